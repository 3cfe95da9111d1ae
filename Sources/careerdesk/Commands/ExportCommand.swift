import ArgumentParser
import CareerDeskCore
import Foundation

/// Exports cases: a self-contained JSON document that imports back, a readable case file
/// (Markdown, HTML, PDF, text), or a CSV register of cases.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export cases as JSON (imports back), Markdown, HTML, PDF or a CSV register.",
        discussion: """
            One case goes to -o FILE, or to stdout without -o (PDF only when stdout is not a terminal). \
            Several cases (or --all) in json, md, html, pdf or txt go one file per case, <id>.<format>, into \
            the directory -o DIR. csv is always one register of all the cases given, one row per case. Files \
            are created readable by their owner only: they hold personal data. --redact masks SNILS, phone, \
            e-mail and birth date (year only) in md, html, pdf and txt; the csv register holds none of them.
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "Case ids, e.g. SAK-2026-000042.") var ids: [String] = []
    @Flag(help: "Export every case in the store.") var all = false
    @Option(help: "json, md, html, pdf, csv (or txt).") var format: ExportFormat
    @Option(
        name: [.customShort("o"), .long],
        help: "Output file, or directory for several cases; stdout if omitted.")
    var output: String?
    @Option(
        help: "The catalog directory (default: $CAREERDESK_DATA, else data/ found near the program).")
    var data: String?
    @Flag(help: "Mask SNILS, phone, e-mail and birth date (year only) in the documents.")
    var redact = false

    func run() throws {
        let language = store.language
        if ids.isEmpty, !all { throw CommandError(DocumentText.noCasesGiven(language)) }
        if !ids.isEmpty, all { throw CommandError(DocumentText.idsAndAll(language)) }
        if redact, format == .json { throw CommandError(PrivacyText.redactJSONRefused(language)) }
        let cases = try store.open()
        var items: [Case] = []
        var failures = 0
        if all {
            let listing = cases.list()
            for problem in listing.problems {
                failures += 1
                note(DocumentText.skippedCase.with(["reason": problem.text(language)])(language))
            }
            // The register of the whole store comes from the index: no case file is decoded.
            if format == .csv {
                let catalog = DocumentCatalog.load(explicit: data, language: language)
                let register = CaseRegister.csv(
                    summaries: listing.cases.sorted(by: { $0.id < $1.id }), language: language,
                    references: { summary in
                        catalog.catalog.map { DocumentReferences(for: summary, catalog: $0) } ?? DocumentReferences()
                    })
                try write(Data(register.utf8), to: output, language: language)
                note(DocumentText.exportedCount.with(["n": String(listing.cases.count)])(language))
                note(DocumentText.holdsPersonalData(language))
                if failures > 0 { throw ExitCode(1) }
                return
            }
            for summary in listing.cases.sorted(by: { $0.id < $1.id }) {
                do {
                    items.append(try cases.load(summary.id))
                } catch {
                    failures += 1
                    note(DocumentText.skippedCase.with(["reason": error.text(language)])(language))
                }
            }
        } else {
            for text in ids {
                let id = try store.caseID(text)
                do {
                    items.append(try cases.load(id))
                } catch {
                    throw CommandError(error.text(language))
                }
            }
        }

        let catalog = DocumentCatalog.load(explicit: data, language: language)
        let now = environmentClock().now
        func bytes(_ item: Case) throws -> Data {
            try catalog.exportBytes(item, as: format, now: now, language: language, redact: redact)
        }

        if format == .csv {
            let register = CaseRegister.csv(
                items, language: language, references: catalog.references(for:))
            try write(Data(register.utf8), to: output, language: language)
        } else if items.count == 1, !all {
            try write(try bytes(items[0]), to: output, language: language)
        } else {
            guard let output else {
                throw CommandError(DocumentText.needsDirectory.with(["format": format.rawValue])(language))
            }
            let directory = URL(fileURLWithPath: output)
            do {
                try PrivateFile.ensureDirectory(directory)
            } catch {
                throw CommandError(DocumentText.notADirectory.with(["path": output])(language))
            }
            for item in items {
                let file = directory.appendingPathComponent("\(item.id).\(format.fileExtension)")
                try write(try bytes(item), to: file.path, language: language, quiet: true)
            }
            note(DocumentText.written.with(["path": output])(language))
        }
        note(DocumentText.exportedCount.with(["n": String(items.count)])(language))
        note(DocumentText.holdsPersonalData(language))
        if redact { note(PrivacyText.redactedExport(language)) }
        if failures > 0 { throw ExitCode(1) }
    }

    /// To a private file, or to stdout when no path is given (refusing PDF bytes on a terminal).
    private func write(_ data: Data, to path: String?, language: Language, quiet: Bool = false) throws {
        guard let path, path != "-" else {
            if format == .pdf, isatty(STDOUT_FILENO) != 0 {
                throw CommandError(DocumentText.binaryToTerminal(language))
            }
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try PrivateFile.write(data, to: URL(fileURLWithPath: path))
        } catch {
            throw CommandError(
                DocumentText.writeFailed.with(["path": path, "reason": DocumentOutput.reason(error)])(
                    language))
        }
        if !quiet { note(DocumentText.written.with(["path": path])(language)) }
    }
}

extension ExportFormat: ExpressibleByArgument {}
