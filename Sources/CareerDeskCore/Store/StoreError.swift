import Foundation

/// Why a store operation was refused. Nothing is lost when one is thrown; `auditNotWritten` is
/// the one that is not a refusal: the case was written, only its audit line was not.
public enum StoreError: Error, Sendable, Equatable {
    case notFound(CaseID)
    case alreadyExists(CaseID)
    case locked(CaseID, by: LockHolder)
    case staleRevision(CaseID, onDisk: Int, yours: Int)
    case damaged(StoreProblem)
    case writeFailed(file: String, errno: Int32)
    case consentMissing
    case sequenceExhausted(region: String, year: Int)
    /// A part of the store (`cases/`, `index/`, a lock file…) is a symbolic link: refused.
    case linkInStore(path: String)
    /// The store cannot be written (permissions or a read-only mount): reading only.
    case readOnlyStore(String)
    /// Another case already has this seeker's SNILS.
    case duplicateSNILS(CaseID)
    /// The case's revision is at its bound (`CaseBounds.revision`): no further save.
    case revisionExhausted(CaseID)
    /// The case was written as `revision`, then appending its audit line failed with `errno`.
    case auditNotWritten(CaseID, revision: Int, errno: Int32)

    public func text(_ language: Language) -> String {
        switch self {
        case .notFound(let id): return StoreText.notFound.with(["id": id.description])(language)
        case .alreadyExists(let id): return StoreText.alreadyExists.with(["id": id.description])(language)
        case .locked(let id, let holder):
            return StoreText.locked.with([
                "id": id.description, "holder": holder.describe(), "since": Timestamp.format(holder.since),
            ])(language)
        case .staleRevision(let id, let disk, let yours):
            return StoreText.staleRevision.with(["id": id.description, "disk": String(disk), "yours": String(yours)])(
                language)
        case .damaged(let problem): return problem.text(language)
        case .writeFailed(let file, let code):
            return StoreText.writeFailed.with(["file": file, "reason": String(cString: strerror(code))])(language)
        case .consentMissing: return StoreText.consentMissing(language)
        case .sequenceExhausted(let region, let year):
            return StoreText.sequenceExhausted.with(["region": region, "year": String(year)])(language)
        case .linkInStore(let path): return StoreText.linkInStore.with(["path": path])(language)
        case .readOnlyStore(let path): return StoreText.readOnlyStore.with(["path": path])(language)
        case .duplicateSNILS(let id): return StoreText.duplicateSNILS.with(["id": id.description])(language)
        case .revisionExhausted(let id):
            return StoreText.revisionExhausted.with([
                "id": id.description, "limit": String(CaseBounds.revision.upperBound),
            ])(language)
        case .auditNotWritten(let id, let revision, let code):
            return StoreText.auditNotWritten.with([
                "id": id.description, "revision": String(revision), "reason": String(cString: strerror(code)),
            ])(language)
        }
    }
}

/// Who holds a case open: written into the lock file so a second desk can say so.
public struct LockHolder: Codable, Hashable, Sendable {
    public var caseworker: String
    public var host: String
    public var pid: Int32
    public var since: Date

    public init(caseworker: String, host: String = ProcessInfo.processInfo.hostName, pid: Int32 = getpid(), since: Date)
    {
        self.caseworker = caseworker
        self.host = host
        self.pid = pid
        self.since = since
    }

    public func describe() -> String { "\(caseworker)@\(host), pid \(pid)" }
}
