import Foundation

/// The documents `careerdesk print` makes from a case.
public enum DocumentKind: String, CaseIterable, Sendable {
    /// The contract summary the parties sign.
    case contract
    /// The consent to personal-data processing (a separate document under 152-FZ).
    case consent
    /// The individual career plan.
    case plan
    /// The yearly statement of a signed contract's ledger (`DocumentContext.statementYear`,
    /// else the year of the issue date).
    case statement

    /// Builds the document from the case.
    public func make(_ item: Case, context: DocumentContext) throws(DocumentError) -> Document {
        switch self {
        case .contract: try ContractSummaryDocument.make(item, context: context)
        case .consent: ConsentDocument.make(item, context: context)
        case .plan: CareerPlanDocument.make(item, context: context)
        case .statement:
            try StatementDocument.make(item, year: context.statementYear ?? context.date.year, context: context)
        }
    }
}

/// The file formats of `careerdesk export` (and of `print --to FILE`, chosen by extension).
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, md, html, pdf, csv, txt

    /// The format a file name asks for by its extension; plain text when it names none we know.
    public static func forFile(_ path: String) -> ExportFormat {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "pdf": .pdf
        case "md", "markdown": .md
        case "html", "htm": .html
        case "json": .json
        case "csv": .csv
        default: .txt
        }
    }

    public var fileExtension: String { rawValue }
}

/// Writes files that hold personal data: readable by the owner only (0600 from the moment the
/// file exists, whatever the umask), replaced atomically so a reader never sees half a file, and
/// never through a symbolic link (the bytes go to a new file created exclusively, which
/// `rename` then puts in place of whatever the name was, a link included).
public enum PrivateFile {
    /// One document: written beside `url`, flushed to the disk, then renamed into place.
    public static func write(_ data: Data, to url: URL) throws {
        let path = url.path
        let staged = try stage(data, for: path, tag: String(getpid()), durable: true)
        try commit(staged, to: path)
    }

    /// Writes the bytes to a new hidden file beside `path` (`.<name>.<tag>.tmp`, the tag keeping
    /// concurrent writers apart) and returns it, for `commit` to put in place. A stale file of
    /// that name (a run killed before its rename) is removed first. `durable` flushes it to the
    /// disk before returning: a lone document does, while a bulk export of thousands of files
    /// does not. Its files are copies the store (the source of truth) can make again, so after
    /// a power cut the export is simply run again; the rename still means no reader ever sees a
    /// half-written file; and a flush each (about 1 ms on this kind of disk) would cost 10 s for
    /// 10 000 files, twice the whole export's budget.
    /// Paths are absolute file paths (as `URL.path` gives them), handled as strings: a bulk
    /// export stages thousands, and URL's path arithmetic costs more than writing the file.
    public static func stage(_ data: Data, for file: String, tag: String, durable: Bool) throws -> String {
        let path = stagedPath(for: file, tag: tag)
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        var fd = open(path, flags, 0o600)
        if fd < 0, errno == EEXIST {
            unlink(path)
            fd = open(path, flags, 0o600)
        }
        guard fd >= 0 else { throw posixError() }
        do {
            // The umask can only take bits away from 0600; this puts back exactly 0600.
            guard fchmod(fd, 0o600) == 0 else { throw posixError() }
            try writeAll(data, to: fd)
            if durable, fsync(fd) != 0 { throw posixError() }
            guard close(fd) == 0 else {
                fd = -1
                throw posixError()
            }
        } catch {
            if fd >= 0 { close(fd) }
            unlink(path)
            throw error
        }
        return path
    }

    /// `.<name>.<tag>.tmp` in the file's directory: `/out/a.md` → `/out/.a.md.<tag>.tmp`.
    static func stagedPath(for file: String, tag: String) -> String {
        guard let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." + file + "." + tag + ".tmp" }
        let name = file[file.utf8.index(after: slash)...]
        return file[..<slash] + "/." + name + "." + tag + ".tmp"
    }

    /// Renames a staged file into place (replacing a file or link of that name, never writing
    /// through it); the staged file is removed when that fails.
    public static func commit(_ staged: String, to file: String) throws {
        if rename(staged, file) != 0 {
            let error = posixError()
            unlink(staged)
            throw error
        }
    }

    /// Removes a staged file that will not be committed.
    public static func discard(_ staged: String) {
        unlink(staged)
    }

    private static func writeAll(_ data: Data, to fd: Int32) throws {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw posixError()
                }
                offset += written
            }
        }
    }

    private static func posixError() -> POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }

    /// Creates the directory (0700) when it does not exist.
    public static func ensureDirectory(_ url: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: url.path])
        }
        try FileManager.default.createDirectory(
            at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
}
