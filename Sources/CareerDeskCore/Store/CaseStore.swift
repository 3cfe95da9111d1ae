import Foundation

/// Where cases live. The embedded default is `FileCaseStore` (a directory of JSON files); a
/// shared server backend can implement the same protocol without the UI noticing.
///
/// `create`, `save` and `insert` write the case, then its audit record; when only the audit
/// record fails they throw `StoreError.auditNotWritten`: the case is saved at that revision.
public protocol CaseStore: Sendable {
    /// Every readable case's summary, and every file that could not be read (never fatal).
    func list() -> (cases: [CaseSummary], problems: [StoreProblem])
    func load(_ id: CaseID) throws(StoreError) -> Case
    /// Allocates the next id for the seeker's region and year, and writes the new case.
    func create(seeker: JobSeeker, caseworker: String) throws(StoreError) -> Case
    /// Writes the case as its next revision. Refuses when the file on disk is newer than the
    /// revision `item` was loaded at, or when another desk holds the case.
    func save(_ item: Case, by caseworker: String, lock: CaseLock?) throws(StoreError) -> Case
    /// Writes a case from outside (import) under its own id.
    func insert(_ item: Case, by caseworker: String, replace: Bool) throws(StoreError) -> Case
    func lock(_ id: CaseID, caseworker: String) throws(StoreError) -> CaseLock
}
