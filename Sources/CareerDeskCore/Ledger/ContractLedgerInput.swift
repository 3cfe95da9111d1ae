import Foundation

/// The ledger's input taken from a signed contract: its calendar, its reported incomes, its
/// approved pauses, its payments and its termination.
extension Contract {
    /// The calendar month of contract month 1: the course's first month, or the month after
    /// signing when the contract has no course start; nil for a contract never signed.
    public var monthOne: YearMonth? {
        if let courseStart { return YearMonth(courseStart) }
        guard isSigned, let signed = statusHistory.first(where: { $0.to == .signed })?.at else { return nil }
        return YearMonth(LocalDate(signed, timeZone: TimeZone(identifier: "UTC")!)).adding(months: 1)
    }

    /// The income that counts for each reported month: a verified report over an unverified one,
    /// then the later contact, then the later recorded.
    public var reportedIncomes: [YearMonth: Money] {
        var best: [YearMonth: (verified: Bool, date: LocalDate, amount: Money)] = [:]
        for contact in followUps {
            for report in contact.incomes {
                let candidate = (verified: contact.isVerified, date: contact.date, amount: report.amount)
                if let current = best[report.month] {
                    let newer =
                        (candidate.verified && !current.verified)
                        || (candidate.verified == current.verified && candidate.date >= current.date)
                    if !newer { continue }
                }
                best[report.month] = candidate
            }
        }
        return best.mapValues(\.amount)
    }

    /// The month the contract was terminated in (UTC), if it was.
    public var terminatedIn: YearMonth? {
        guard status == .terminated, let at = statusHistory.last(where: { $0.to == .terminated })?.at else {
            return nil
        }
        return YearMonth(LocalDate(at, timeZone: TimeZone(identifier: "UTC")!))
    }

    /// The ledger as of a day; nil for a contract that was never signed.
    public func ledger(asOf day: LocalDate) -> Ledger? {
        guard isSigned, let monthOne else { return nil }
        return ContractLedger.compute(
            ContractLedger.Input(
                terms: terms, monthOne: monthOne, incomes: reportedIncomes, pauses: hardshipPauses,
                payments: payments, terminatedIn: terminatedIn, through: YearMonth(day)))
    }
}
