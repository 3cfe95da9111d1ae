import Foundation

/// Recording the contract's life after signing: contacts, payments and hardship pauses. Each is
/// refused on a contract that was never signed, so a draft's terms never carry a ledger.
extension Contract {
    /// Whether the current version has been signed (signed, active, completed or terminated).
    public var isSigned: Bool { status.isSigned }

    /// Records a follow-up contact.
    public mutating func recordFollowUp(_ contact: FollowUpContact) throws(ContractError) {
        guard isSigned else { throw .notSigned(status: status) }
        followUps.append(contact)
    }

    /// Records a payment received; an `earlyPayoff` payment only where the programme allows one.
    public mutating func recordPayment(_ payment: PaymentRecord) throws(ContractError) {
        guard isSigned else { throw .notSigned(status: status) }
        guard payment.amount > .zero, CaseBounds.moneyKopecks.contains(payment.amount.kopecks) else {
            throw .paymentNotPositive
        }
        if payment.earlyPayoff, terms.earlyPayoff == .notAllowed { throw .earlyPayoffNotAllowed }
        payments.append(payment)
    }

    /// Months of approved hardship pauses so far.
    public var approvedHardshipMonths: Int {
        hardshipPauses.filter(\.isApproved).reduce(0) { $0 + $1.months }
    }

    /// Records a request for a hardship pause; it stops nothing until approved.
    public mutating func requestHardshipPause(_ pause: HardshipPause) throws(ContractError) {
        guard isSigned else { throw .notSigned(status: status) }
        let allowed = terms.hardshipPauseMonths
        guard pause.months >= 1, approvedHardshipMonths + pause.months <= allowed else {
            throw .hardshipAllowanceExceeded(requested: pause.months, allowed: max(0, allowed - approvedHardshipMonths))
        }
        var pending = pause
        pending.approvedBy = nil
        pending.approvedAt = nil
        hardshipPauses.append(pending)
    }

    /// A second officer approves the pending pause number `number` (1-based, as listed).
    public mutating func approveHardshipPause(number: Int, by officer: String, at time: Date) throws(ContractError) {
        guard hardshipPauses.indices.contains(number - 1), !hardshipPauses[number - 1].isApproved else {
            throw .noSuchHardshipPause(number: number)
        }
        let pause = hardshipPauses[number - 1]
        guard pause.requestedBy != officer else { throw .hardshipSelfApproval }
        let allowed = terms.hardshipPauseMonths
        guard approvedHardshipMonths + pause.months <= allowed else {
            throw .hardshipAllowanceExceeded(requested: pause.months, allowed: max(0, allowed - approvedHardshipMonths))
        }
        hardshipPauses[number - 1].approvedBy = officer
        hardshipPauses[number - 1].approvedAt = time
    }
}
