import Foundation

/// What the desk's first frame shows of the case list, read with one query
/// (`FileCaseStore.indexHead(rows:)`): the newest cases, the counts and the problems, exactly
/// as the full snapshot would give them.
public struct CaseIndexHead: Sendable {
    /// The cases changed last, newest first (ties: the higher id first), at most as many as asked.
    public var rows: [CaseSummary]
    /// Every case the index lists.
    public var total: Int
    /// Cases of each status (statuses with none are left out).
    public var counts: [CaseStatus: Int]
    /// Files the index knows cannot be read, by file name.
    public var problems: [StoreProblem]
    /// As `CaseIndexSnapshot.needsRefresh`.
    public var needsRefresh: Bool

    public init(
        rows: [CaseSummary], total: Int, counts: [CaseStatus: Int], problems: [StoreProblem], needsRefresh: Bool
    ) {
        self.rows = rows
        self.total = total
        self.counts = counts
        self.problems = problems
        self.needsRefresh = needsRefresh
    }
}
