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
    }

    public static func run(_ store: FileCaseStore, today: LocalDate) -> Report {
        let validator = JobSeekerValidator(today: today)
        var problems: [Problem] = []
        var bad = 0
        let files = store.caseFiles()
        for file in files {
            let path = file.path
            do throws(CaseFileError) {
                let item = try CaseFileReader.read(file)
                let found = validator.validate(item.seeker)
                if !found.isEmpty { bad += 1 }
                problems += found.map { Problem(path: "\(path): \($0.field)", reason: $0.message) }
            } catch {
                bad += 1
                problems.append(
                    Problem(path: path, reason: LocalizedText(ru: error.text(.ru), en: error.text(.en))))
            }
        }
        return Report(filesChecked: files.count, badFiles: bad, problems: problems)
    }
}
