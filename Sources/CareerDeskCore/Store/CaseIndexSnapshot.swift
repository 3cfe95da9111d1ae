import Foundation

/// The case list as the index holds it, read without opening a single case file
/// (`FileCaseStore.indexSnapshot()`).
///
/// The desk shows `cases` at once; when `needsRefresh` is true it runs
/// `FileCaseStore.refreshIndex(progress:)` on a background thread and replaces the list with
/// the result. Until then the list may miss cases saved outside CareerDesk or show them as they
/// were, which is why it is only a first picture.
public struct CaseIndexSnapshot: Sendable {
    /// Sorted by id.
    public var cases: [CaseSummary]
    /// Files the index knows cannot be read, by file name.
    public var problems: [StoreProblem]
    /// The index is missing, damaged, or the cases directory changed since its last record,
    /// or its journal is long enough to compact: call `refreshIndex`.
    public var needsRefresh: Bool
    /// Whether an index was found at all; false on the first start or after it was deleted
    /// (then `cases` is empty, or holds only what saves journalled since).
    public var indexFound: Bool

    public init(cases: [CaseSummary], problems: [StoreProblem], needsRefresh: Bool, indexFound: Bool) {
        self.cases = cases
        self.problems = problems
        self.needsRefresh = needsRefresh
        self.indexFound = indexFound
    }
}
