import Foundation

/// `careerdesk validate`: every case file read and its data checked, every problem kept.
public enum StoreValidation {
    /// One problem, located by the file's path (and the field, where there is one).
    public struct Problem: Hashable, Sendable {
        public var path: String
        public var reason: LocalizedText

        /// The path is a file name from the store directory: its control characters are neutralised.
        public func text(_ language: Language) -> String {
            "\(TextColumns.sanitized(path)): \(TextColumns.sanitized(reason(language), keepNewlines: true))"
        }
    }

    public struct Report: Sendable {
        public var filesChecked: Int
        public var badFiles: Int
        public var problems: [Problem]
        /// Temporary files left by killed writers, removed when the store was opened and now.
        public var temporariesRemoved = 0
    }

    /// Reads and checks the files on every core; the report lists the problems file by file in
    /// the files' (sorted) order, exactly as reading them one after the other would.
    /// Abandoned temporary files are swept first (`AbandonedTemporaries`) and counted.
    /// With a catalog, a signed contract's terms are checked against its programme too
    /// (`SignedTermsCheck`).
    public static func run(_ store: FileCaseStore, today: LocalDate, catalog: Catalog? = nil) -> Report {
        let removed = store.temporariesRemoved + AbandonedTemporaries.sweep(store: store.root)
        var report = check(store.caseFiles(), today: today, catalog: catalog)
        report.temporariesRemoved = removed
        return report
    }

    /// The report for these files, in their order.
    static func check(_ files: [URL], today: LocalDate, catalog: Catalog? = nil) -> Report {
        let validator = JobSeekerValidator(today: today)
        var problems: [Problem] = []
        var bad = 0
        OrderedBatches.run(count: files.count) { i in
            check(files[i], validator: validator, catalog: catalog)
        } deliver: { _, found in
            if !found.isEmpty { bad += 1 }
            problems += found
            return true
        }
        return Report(filesChecked: files.count, badFiles: bad, problems: problems)
    }

    /// One file's problems: why it cannot be read, or each field the validators refuse.
    static func check(_ file: URL, validator: JobSeekerValidator, catalog: Catalog? = nil) -> [Problem] {
        let path = file.path
        do throws(CaseFileError) {
            let item = try CaseFileReader.read(file)
            var problems = validator.validate(item.seeker).map {
                Problem(path: "\(path): \($0.field)", reason: $0.message)
            }
            if let catalog {
                let outside = SignedTermsCheck.problems(item, catalog: catalog)
                for (problem, line) in zip(outside, SignedTermsCheck.lines(outside)) {
                    problems.append(Problem(path: "\(path): contract.terms.\(problem.field)", reason: line))
                }
            }
            return problems
        } catch {
            return [Problem(path: path, reason: LocalizedText(ru: error.text(.ru), en: error.text(.en)))]
        }
    }
}
