import Foundation

/// A hardship pause (`contract.hardshipPauses`): for `months` calendar months from `start` the
/// clock stops — nothing is due, the months do not count towards the term, and the window is
/// extended by them. It takes effect only once a second officer (not the one who asked) has
/// approved it; the total paused is bounded by the contract's `hardshipPauseMonths`.
public struct HardshipPause: Codable, Hashable, Sendable {
    public var start: YearMonth
    /// 1 … `CaseBounds.months`.
    public var months: Int
    public var reason: Reason
    public var requestedBy: String
    public var requestedAt: Date
    public var approvedBy: String?
    public var approvedAt: Date?
    public var note: String?

    public init(
        start: YearMonth, months: Int, reason: Reason, requestedBy: String, requestedAt: Date,
        approvedBy: String? = nil, approvedAt: Date? = nil, note: String? = nil
    ) {
        self.start = start
        self.months = months
        self.reason = reason
        self.requestedBy = requestedBy
        self.requestedAt = requestedAt
        self.approvedBy = approvedBy
        self.approvedAt = approvedAt
        self.note = note
    }

    /// Approved by someone other than the officer who asked for it.
    public var isApproved: Bool {
        guard let approvedBy, approvedAt != nil else { return false }
        return approvedBy != requestedBy
    }

    public enum Reason: String, Codable, CaseIterable, Sendable {
        case jobLoss, illness, parentalLeave
    }
}
