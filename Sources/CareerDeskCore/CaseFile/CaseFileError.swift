import Foundation

/// Why a case file could not be read. Each names what a person needs to find the fault.
public enum CaseFileError: Error, Hashable, Sendable {
    case unreadable(errno: Int32)
    case tooLarge(bytes: Int)
    case empty
    /// The text stops inside a string or with brackets open: cut off while being written.
    case truncated
    case notUTF8
    case tooDeeplyNested(limit: Int)
    case notJSON(String)
    case notAnObject
    case missingSchemaVersion
    case unknownSchemaVersion(Int)
    /// One field is wrong; `reason` is a `FieldFault.code` (kept as text so the index can store it).
    case invalidField(path: String, reason: String)
    case idMismatch(fileName: String, id: String)

    /// The field at `path` refused for `fault`.
    public static func field(_ path: String, _ fault: FieldFault) -> CaseFileError {
        .invalidField(path: path, reason: fault.code)
    }

    /// Why the field was refused, for `invalidField`.
    public var fieldFault: FieldFault? {
        guard case .invalidField(_, let reason) = self else { return nil }
        return FieldFault(code: reason) ?? .invalid
    }

    public func text(_ language: Language) -> String {
        switch self {
        case .unreadable(let code):
            return StoreText.unreadable.with(["reason": String(cString: strerror(code))])(language)
        case .tooLarge(let bytes):
            return StoreText.tooLarge.with([
                "size": String(bytes / 1_048_576), "limit": String(CaseFileReader.maxBytes / 1_048_576),
            ])(language)
        case .empty: return StoreText.emptyFile(language)
        case .truncated: return StoreText.truncated(language)
        case .notUTF8: return StoreText.notUTF8(language)
        case .tooDeeplyNested(let limit): return StoreText.tooDeep.with(["limit": String(limit)])(language)
        case .notJSON(let detail):
            // The parser's detail is English; only where it stopped is shown.
            guard let (line, column) = Self.position(in: detail) else { return StoreText.notJSON(language) }
            return StoreText.notJSONAt.with(["line": String(line), "column": String(column)])(language)
        case .notAnObject: return StoreText.notAnObject(language)
        case .missingSchemaVersion: return StoreText.missingSchemaVersion(language)
        case .unknownSchemaVersion(let version):
            return StoreText.unknownSchemaVersion.with([
                "version": String(version), "current": String(Case.currentSchemaVersion),
            ])(language)
        case .invalidField(let path, let reason):
            // A reason that is no fault's code (written by an older version) is not shown: it was English.
            let fault = FieldFault(code: reason) ?? .invalid
            return StoreText.invalidField.with(["path": path, "reason": fault.text(language)])(language)
        case .idMismatch(let fileName, let id):
            return StoreText.idMismatch.with(["file": fileName, "id": id])(language)
        }
    }

    /// `line 3, column 17` in a parser's detail.
    static func position(in detail: String) -> (line: Int, column: Int)? {
        func number(after label: String) -> Int? {
            guard let found = detail.range(of: label) else { return nil }
            return Int(detail[found.upperBound...].prefix(while: { $0.isASCIIDigit }))
        }
        guard let line = number(after: "line "), let column = number(after: "column ") else { return nil }
        return (line, column)
    }
}
