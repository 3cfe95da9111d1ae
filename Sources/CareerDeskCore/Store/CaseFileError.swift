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
    case invalidField(path: String, reason: String)
    case idMismatch(fileName: String, id: String)

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
        case .notJSON(let detail): return StoreText.notJSON.with(["detail": detail])(language)
        case .notAnObject: return StoreText.notAnObject(language)
        case .missingSchemaVersion: return StoreText.missingSchemaVersion(language)
        case .unknownSchemaVersion(let version):
            return StoreText.unknownSchemaVersion.with([
                "version": String(version), "current": String(Case.currentSchemaVersion),
            ])(language)
        case .invalidField(let path, let reason):
            return StoreText.invalidField.with(["path": path, "reason": reason])(language)
        case .idMismatch(let fileName, let id):
            return StoreText.idMismatch.with(["file": fileName, "id": id])(language)
        }
    }
}
