import ArgumentParser
import CareerDeskCore
import CareerDeskPDF
import Foundation

/// Prints one of a case's documents: to a CUPS printer through `lp`, to a file, or to stdout.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract:
            "Print a case's contract summary, consent, career plan or yearly statement (to a printer, a file or stdout).",
        discussion: """
            To a printer the document goes as PDF through CUPS `lp` (--printer NAME, else the default \
            destination). --to FILE writes it instead, in the format the extension names (.pdf, .md, .html, \
            else plain text at 80 columns); --to - writes plain text to stdout. Every document states that it \
            holds personal data. --redact masks SNILS, phone, e-mail and birth date (year only). \
            --document statement is the yearly statement of a signed contract's ledger (--year, default this year).
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The case id, e.g. SAK-2026-000042.") var id: String
    @Option(help: "contract (the summary), consent, plan or statement (a signed contract's year).")
    var document: DocumentKind = .contract
    @Option(help: "The year of a statement (default: the current year).") var year: Int?
    @Option(help: "The CUPS destination (default: the system's default destination).") var printer: String?
    @Option(help: "Write to FILE instead of printing (.pdf, .md, .html or text); - for stdout.")
    var to: String?
    @Option(
        help: "The catalog directory (default: $CAREERDESK_DATA, else data/ found near the program).")
    var data: String?
    @Flag(help: "Mask SNILS, phone, e-mail and birth date (year only) in the document.")
    var redact = false

    func run() throws {
        let language = store.language
        let caseID = try store.caseID(id)
        let cases = try store.open()
        let item: Case
        do {
            item = try cases.load(caseID)
        } catch {
            throw CommandError(error.text(language))
        }
        if let year, !(1...9999).contains(year) {
            throw CommandError(DocumentText.badYear.with(["value": String(year)])(language))
        }
        let catalog = DocumentCatalog.load(explicit: data, language: language)
        let built = try catalog.document(
            document, of: item, today: LocalDate(environmentClock().now), language: language, redact: redact,
            year: year)
        if document == .contract, let known = catalog.catalog {
            for line in SignedTermsCheck.lines(SignedTermsCheck.problems(item, catalog: known)) { note(line(language)) }
        }

        if let to {
            if to == "-" {
                FileHandle.standardOutput.write(Data(PlainTextRenderer().render(built).utf8))
                note(DocumentText.holdsPersonalData(language))
                return
            }
            let url = URL(fileURLWithPath: to)
            let bytes = try DocumentOutput.render(
                built, as: ExportFormat.forFile(to), item: item, language: language)
            do {
                try PrivateFile.write(bytes, to: url)
            } catch {
                throw CommandError(
                    DocumentText.writeFailed.with(["path": to, "reason": DocumentOutput.reason(error)])(
                        language))
            }
            note(DocumentText.written.with(["path": to])(language))
            note(DocumentText.holdsPersonalData(language))
            return
        }
        let pdf = try DocumentOutput.render(built, as: .pdf, item: item, language: language)
        let job = try LinePrinter(printer: printer, language: language).send(
            pdf, title: "\(item.id) \(document.rawValue)")
        note(
            DocumentText.sentToPrinter.with([
                "document": DocumentText.documentName(document)(language), "id": item.id.description,
                "printer": printer ?? DocumentText.defaultPrinter(language), "job": job,
            ])(language))
        note(DocumentText.printedHoldsPersonalData(language))
    }
}

extension DocumentKind: ExpressibleByArgument {}

/// Writes a line to stderr: status and warnings, kept apart from a document sent to stdout.
func note(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// The document in a file format, shared by `print --to` and `export`.
enum DocumentOutput {
    static func render(_ document: Document, as format: ExportFormat, item: Case, language: Language)
        throws -> Data
    {
        switch format {
        case .pdf:
            do {
                return try PDFRenderer(
                    footer: item.id.description + " · " + DocumentText.personalDataNotice(language)
                )
                .render(document)
            } catch {
                throw CommandError(
                    DocumentText.pdfFailed.with(["reason": String(describing: error)])(language))
            }
        case .md: return Data(MarkdownRenderer().renderUTF8(document))
        case .html: return Data(HTMLRenderer(language: language).render(document).utf8)
        case .txt, .json, .csv: return Data(PlainTextRenderer().render(document).utf8)
        }
    }

    static func reason(_ error: Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        return (error as NSError).localizedDescription
    }
}

/// The CUPS client: `lp` reads the PDF on stdin. Without `--printer` it needs a default
/// destination (`lpstat -d`, or $PRINTER / $LPDEST which lp honours), else says how to write a file.
struct LinePrinter {
    var printer: String?
    var language: Language
    var environment = ProcessInfo.processInfo.environment

    /// Sends the bytes and returns what lp said (the job id line).
    func send(_ data: Data, title: String) throws -> String {
        guard let lp = Self.find("lp", in: environment) else {
            throw CommandError(DocumentText.lpMissing(language))
        }
        if printer == nil, !hasDefaultDestination() {
            throw CommandError(DocumentText.noPrinter(language))
        }
        var arguments = ["-t", title]
        if let printer { arguments = ["-d", printer] + arguments }
        arguments.append("-")
        let result = try Self.run(lp, arguments, input: data)
        guard result.status == 0 else {
            // lp ends its message with a full stop; the text around it adds its own.
            var reason = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            while reason.hasSuffix(".") { reason.removeLast() }
            throw CommandError(
                DocumentText.printFailed.with([
                    "printer": printer ?? DocumentText.defaultPrinter(language),
                    "reason": reason.isEmpty ? "lp exit \(result.status)" : String(reason.prefix(300)),
                ])(language))
        }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func hasDefaultDestination() -> Bool {
        for key in ["LPDEST", "PRINTER"] where !(environment[key] ?? "").isEmpty { return true }
        guard let lpstat = Self.find("lpstat", in: environment),
            let result = try? Self.run(lpstat, ["-d"], input: nil), result.status == 0
        else { return false }
        // "system default destination: office" — anything else ("no system default destination") is none.
        return result.stdout.contains(":") && !result.stdout.lowercased().contains("no system default")
    }

    static func find(_ name: String, in environment: [String: String]) -> URL? {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    static func run(_ executable: URL, _ arguments: [String], input: Data?) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // lp spools all of stdin before it answers, so writing first cannot deadlock.
        if let input { try? stdin.fileHandleForWriting.write(contentsOf: input) }
        try? stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: out, as: UTF8.self),
            String(decoding: err, as: UTF8.self)
        )
    }
}

/// The catalog for documents, when it can be found; without it documents show codes.
struct DocumentCatalog: Sendable {
    var catalog: Catalog?
    /// The rank lines of career plans worded so far with this catalog.
    let wording = GuidanceWording()

    static func load(explicit: String?, language: Language) -> DocumentCatalog {
        let (catalog, problem) = locate(explicit: explicit, language: language)
        if let problem { note(problem) }
        return catalog
    }

    /// The catalog, and the warning to print when it cannot be loaded: for a command that loads
    /// it early but says so where it always has.
    static func locate(explicit: String?, language: Language) -> (DocumentCatalog, problem: String?) {
        do {
            let directory = try CatalogLocator(explicit: explicit).locate()
            return (DocumentCatalog(catalog: try Catalog.load(from: directory)), nil)
        } catch {
            return (
                DocumentCatalog(catalog: nil),
                DocumentText.catalogUnavailable.with(["reason": error.message(language)])(language)
            )
        }
    }

    /// The catalog names for the case's ids (enough for the CSV register).
    func references(for item: Case) -> DocumentReferences {
        catalog.map { DocumentReferences(for: item, catalog: $0) } ?? DocumentReferences()
    }

    /// The names and the guidance engine's reasons for the case's target, for the documents
    /// that explain the choice (career plan, case file).
    func references(for item: Case, explainingGuidanceOn today: LocalDate) -> DocumentReferences {
        catalog.map { DocumentReferences(for: item, catalog: $0, explainingGuidanceOn: today, wording: wording) }
            ?? DocumentReferences()
    }

    /// One printable document of the case (contract summary, consent, career plan), redacted
    /// when asked. Shared by `print` and the desk.
    func document(
        _ kind: DocumentKind, of item: Case, today: LocalDate, language: Language, redact: Bool = false,
        year: Int? = nil
    ) throws -> Document {
        let context = DocumentContext(
            language: language, date: today, references: references(for: item, explainingGuidanceOn: today),
            statementYear: year)
        var built: Document
        do {
            built = try kind.make(item, context: context)
        } catch {
            throw CommandError(error.text(language))
        }
        if redact { built = Redaction(seeker: item.seeker).apply(to: built, language: language) }
        return built
    }

    /// The case in an export format: the JSON envelope that imports back, a one-row register, or
    /// the case-file document rendered. Shared by `export` and the desk.
    func exportBytes(_ item: Case, as format: ExportFormat, now: Date, language: Language, redact: Bool = false)
        throws -> Data
    {
        switch format {
        case .json:
            return try CaseExport(item: item, catalog: entries(for: item), exportedAt: now).encoded()
        case .csv:
            return Data(CaseRegister.csv([item], language: language, references: references(for:)).utf8)
        case .md, .html, .pdf, .txt:
            let today = LocalDate(now)
            let context = DocumentContext(
                language: language, date: today, references: references(for: item, explainingGuidanceOn: today))
            var document = CaseFileDocument.export(item, context: context)
            if redact { document = Redaction(seeker: item.seeker).apply(to: document, language: language) }
            return try DocumentOutput.render(document, as: format, item: item, language: language)
        }
    }

    func entries(for item: Case) throws -> CaseExport.CatalogEntries {
        guard let catalog else { return CaseExport.CatalogEntries() }
        return try CaseExport.CatalogEntries(for: item, catalog: catalog)
    }
}
