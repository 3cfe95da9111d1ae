import Foundation

/// A payment received from the seeker (`contract.payments`): the day, the amount, the bank's or
/// the cashier's reference, and who recorded it. A payment marked `earlyPayoff` is meant to end
/// the obligation (docs/contract.md, "Early payoff").
public struct PaymentRecord: Codable, Hashable, Sendable {
    public var date: LocalDate
    /// More than zero (`CaseBounds.paymentKopecks`).
    public var amount: Money
    public var reference: String?
    public var recordedBy: String
    public var recordedAt: Date
    public var earlyPayoff: Bool

    public init(
        date: LocalDate, amount: Money, reference: String? = nil, recordedBy: String, recordedAt: Date,
        earlyPayoff: Bool = false
    ) {
        self.date = date
        self.amount = amount
        self.reference = reference
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.earlyPayoff = earlyPayoff
    }
}
