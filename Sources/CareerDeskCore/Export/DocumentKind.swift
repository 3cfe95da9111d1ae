import Foundation

/// The documents `careerdesk print` makes from a case.
public enum DocumentKind: String, CaseIterable, Sendable {
    /// The contract summary the parties sign.
    case contract
    /// The consent to personal-data processing (a separate document under 152-FZ).
    case consent
    /// The individual career plan.
    case plan

    /// Builds the document from the case.
    public func make(_ item: Case, context: DocumentContext) throws(DocumentError) -> Document {
        switch self {
        case .contract: try ContractSummaryDocument.make(item, context: context)
        case .consent: ConsentDocument.make(item, context: context)
        case .plan: CareerPlanDocument.make(item, context: context)
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

/// Writes files that hold personal data: readable by the owner only (0600), replaced atomically
/// so a reader never sees half a file.
public enum PrivateFile {
    public static func write(_ data: Data, to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard
            FileManager.default.createFile(
                atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600])
        else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        if rename(temporary.path, url.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
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
