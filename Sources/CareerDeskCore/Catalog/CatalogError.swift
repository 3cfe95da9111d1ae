import Foundation

/// One broken entry of the catalog: which file, which entry, which field, and what is wrong.
public struct CatalogProblem: Hashable, Sendable, Error {
    public var file: String
    /// The entry's id or code (empty for the file as a whole).
    public var entry: String
    public var field: String
    public var message: LocalizedText

    public init(file: String, entry: String, field: String, message: LocalizedText) {
        self.file = file
        self.entry = entry
        self.field = field
        self.message = message
    }

    /// `courses.json: SAK-7212-01: occupations: unknown occupation code 9999`
    public func text(_ language: Language) -> String {
        [file, entry, field, message(language)].filter { !$0.isEmpty }.joined(separator: ": ")
    }
}

/// Why the catalog could not be found or loaded.
public enum CatalogError: Error, Sendable {
    /// No catalog directory in any of the places searched.
    case notFound(searched: [String])
    /// The directory named by `--data` or `$CAREERDESK_DATA` has no catalog.
    case notACatalog(path: String)
    case missingFile(path: String)
    /// The file is not valid JSON of the expected shape; `detail` says where.
    case unreadable(path: String, detail: String)
    /// The files load but refer to things that do not exist, or break a bound.
    case invalid([CatalogProblem])

    public func message(_ language: Language) -> String {
        switch self {
        case .notFound(let searched):
            return CatalogText.notFound(language) + "\n" + searched.map { "  " + $0 }.joined(separator: "\n")
        case .notACatalog(let path):
            return CatalogText.notACatalog.with(["path": path])(language)
        case .missingFile(let path):
            return CatalogText.missingFile.with(["path": path])(language)
        case .unreadable(let path, let detail):
            return "\(path): \(detail)"
        case .invalid(let problems):
            return problems.map { $0.text(language) }.joined(separator: "\n")
        }
    }
}

extension DecodingError {
    /// `[3].regions.SAK.medianWage: money must be …`: where in the file, and what is wrong.
    var readableDescription: String {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch self {
        case .dataCorrupted(let c):
            let underlying = (c.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            // The model decoders complain in `FieldFault` codes.
            let complaint = FieldFault(code: c.debugDescription)?.text(.en) ?? c.debugDescription
            return [path(c.codingPath), complaint, underlying ?? ""].filter { !$0.isEmpty }.joined(
                separator: ": ")
        case .keyNotFound(let key, let c):
            return "\(path(c.codingPath + [key])): missing"
        case .typeMismatch(let type, let c):
            return "\(path(c.codingPath)): expected \(type)"
        case .valueNotFound(let type, let c):
            return "\(path(c.codingPath)): expected \(type), found null"
        @unknown default:
            return String(describing: self)
        }
    }
}
