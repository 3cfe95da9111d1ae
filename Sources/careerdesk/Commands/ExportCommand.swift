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
        if all {
            let listing = cases.list()
            store.reportIndexRepairs(cases)
            var failures = 0
            for problem in listing.problems {
                failures += 1
                note(DocumentText.skippedCase.with(["reason": problem.text(language)])(language))
            }
            let summaries = listing.cases.sorted(by: { $0.id < $1.id })
            // The register of the whole store comes from the index: no case file is decoded.
            if format == .csv {
                let catalog = DocumentCatalog.load(explicit: data, language: language)
                let register = CaseRegister.csv(
                    summaries: summaries, language: language,
                    references: { summary in
                        catalog.catalog.map { DocumentReferences(for: summary, catalog: $0) } ?? DocumentReferences()
                    })
                try write(Data(register.utf8), to: output, language: language)
                note(DocumentText.exportedCount.with(["n": String(listing.cases.count)])(language))
                note(DocumentText.holdsPersonalData(language))
                if failures > 0 { throw ExitCode(1) }
                return
            }
            try exportEach(
                summaries.map { .success($0.id) }, from: cases, skipUnreadable: true, failures: failures,
                language: language)
            return
        }
        if format != .csv, ids.count > 1 {
            try exportEach(
                ids.map { text in Result { try store.caseID(text) } }, from: cases, skipUnreadable: false,
                failures: 0, language: language)
            return
        }

        // One case to a file or stdout, or a register of the cases given.
        var items: [Case] = []
        for text in ids {
            let id = try store.caseID(text)
            do {
                items.append(try cases.load(id))
            } catch {
                throw CommandError(error.text(language))
            }
        }
        let catalog = DocumentCatalog.load(explicit: data, language: language)
        if format == .csv {
            let register = CaseRegister.csv(
                items, language: language, references: catalog.references(for:))
            try write(Data(register.utf8), to: output, language: language)
        } else {
            let bytes = try catalog.exportBytes(
                items[0], as: format, now: environmentClock().now, language: language, redact: redact)
            try write(bytes, to: output, language: language)
        }
        note(DocumentText.exportedCount.with(["n": String(items.count)])(language))
        note(DocumentText.holdsPersonalData(language))
        if redact { note(PrivacyText.redactedExport(language)) }
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

extension ExportCommand {
    /// What became of one case of a many-file export, worked out on any core.
    enum Outcome: Sendable {
        /// The id given cannot name a case (the error as `store.caseID` throws it).
        case invalidID(any Error)
        /// The case file could not be read: the store's reason.
        case unreadable(String)
        /// Read, but there is no directory to write to (the run ends with that error).
        case read
        /// The document is in a hidden file beside its place (paths), to be renamed there in order.
        case staged(String, file: String)
        /// The document could not be made or written (the error to end the run with).
        case failed(any Error)
    }

    /// Several cases, one file each (`<id>.<format>`) in the directory -o names: read, made and
    /// written on every core a batch at a time, then put in place and reported in the order
    /// given, so the files, the messages and the exit status are those of doing the cases one
    /// after the other: with ids given, an id that cannot be read ends the run before any file
    /// is put in place; with --all, it is skipped and reported. A file that cannot be made or
    /// written ends the run, the files of the cases before it in place.
    func exportEach(
        _ targets: [Result<CaseID, any Error>], from cases: FileCaseStore, skipUnreadable: Bool, failures: Int,
        language: Language
    ) throws {
        let (catalog, catalogProblem) = DocumentCatalog.locate(explicit: data, language: language)
        let createdDirectory = output.map { !FileManager.default.fileExists(atPath: $0) } ?? false
        let directory = output.flatMap { output -> URL? in
            let url = URL(fileURLWithPath: output)
            return (try? PrivateFile.ensureDirectory(url)).map { url }
        }
        let directoryPath = directory?.path
        let now = environmentClock().now
        let (format, redact, pid) = (self.format, self.redact, getpid())
        var failures = failures
        var exported = 0
        var fatal: (any Error)?
        var failure: (any Error)?
        var pending: [(staged: String, file: String)] = []

        OrderedBatches.run(
            count: targets.count,
            // PDFs are made one at a time: pango's and cairo's font caches are not relied on across threads.
            workers: format == .pdf ? 1 : nil
        ) { index in
            Self.outcome(
                of: targets[index], index: index, from: cases, into: directoryPath, catalog: catalog, format: format,
                now: now, language: language, redact: redact, pid: pid)
        } deliver: { _, outcome in
            // The first unreadable id ends the run; the rest of its batch is only cleared away.
            if fatal != nil {
                if case .staged(let staged, _) = outcome { PrivateFile.discard(staged) }
                return false
            }
            switch outcome {
            case .invalidID(let error):
                fatal = error
                return false
            case .unreadable(let reason):
                guard skipUnreadable else {
                    fatal = CommandError(reason)
                    return false
                }
                failures += 1
                note(DocumentText.skippedCase.with(["reason": reason])(language))
            case .read:
                exported += 1
            case .failed(let error):
                exported += 1
                if failure == nil { failure = error }
            case .staged(let staged, let file):
                exported += 1
                if failure != nil {
                    PrivateFile.discard(staged)
                } else if skipUnreadable {
                    // With --all no later case can stop the run: the file goes in place now.
                    do {
                        try PrivateFile.commit(staged, to: file)
                    } catch {
                        failure = Self.writeFailed(file, error, language: language)
                    }
                } else {
                    pending.append((staged, file))
                }
            }
            return true
        }

        if let fatal {
            for item in pending { PrivateFile.discard(item.staged) }
            if createdDirectory, let directory { rmdir(directory.path) }
            throw fatal
        }
        if let catalogProblem { note(catalogProblem) }
        guard let output else {
            throw CommandError(DocumentText.needsDirectory.with(["format": format.rawValue])(language))
        }
        guard directory != nil else {
            throw CommandError(DocumentText.notADirectory.with(["path": output])(language))
        }
        for (n, item) in pending.enumerated() {
            do {
                try PrivateFile.commit(item.staged, to: item.file)
            } catch {
                for rest in pending[(n + 1)...] { PrivateFile.discard(rest.staged) }
                throw Self.writeFailed(item.file, error, language: language)
            }
        }
        if let failure { throw failure }
        note(DocumentText.written.with(["path": output])(language))
        note(DocumentText.exportedCount.with(["n": String(exported)])(language))
        note(DocumentText.holdsPersonalData(language))
        if redact { note(PrivacyText.redactedExport(language)) }
        if failures > 0 { throw ExitCode(1) }
    }

    /// One case read, made into its document and staged beside its file (any core).
    static func outcome(
        of target: Result<CaseID, any Error>, index: Int, from cases: FileCaseStore, into directory: String?,
        catalog: DocumentCatalog, format: ExportFormat, now: Date, language: Language, redact: Bool, pid: Int32
    ) -> Outcome {
        let id: CaseID
        switch target {
        case .failure(let error): return .invalidID(error)
        case .success(let value): id = value
        }
        let item: Case
        do {
            item = try cases.load(id)
        } catch {
            return .unreadable(error.text(language))
        }
        guard let directory else { return .read }
        // `URL.appendingPathComponent(...).path`, as a string (the directory's path has no
        // trailing slash unless it is the root).
        let file = (directory.hasSuffix("/") ? directory : directory + "/") + "\(item.id).\(format.fileExtension)"
        let bytes: Data
        do {
            bytes = try catalog.exportBytes(item, as: format, now: now, language: language, redact: redact)
        } catch {
            return .failed(error)
        }
        do {
            // The index keeps two workers apart when an id is given twice.
            return .staged(try PrivateFile.stage(bytes, for: file, tag: "\(pid).\(index)", durable: false), file: file)
        } catch {
            return .failed(writeFailed(file, error, language: language))
        }
    }

    static func writeFailed(_ file: String, _ error: any Error, language: Language) -> CommandError {
        CommandError(DocumentText.writeFailed.with(["path": file, "reason": DocumentOutput.reason(error)])(language))
    }
}

extension ExportFormat: ExpressibleByArgument {}
