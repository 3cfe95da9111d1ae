import Foundation

/// The seeker's monthly income over the payment window, as a simulation assumes it.
///
/// Income is only looked at in the payment window (months D+G+1 … D+G+W); what the seeker
/// earns during the course and the grace period never costs anything.
public enum IncomePath: Hashable, Sendable {
    /// The same income every month.
    case flat(Money)
    /// `start` in the first window month, growing once a year by `annualGrowthBasisPoints`
    /// (500 = 5 %; negative for a decline), compounded yearly and rounded half up to kopecks at
    /// each step: income(m) = start × (1 + g)^⌊(m − first) / 12⌋, where first = D + G + 1.
    case growing(start: Money, annualGrowthBasisPoints: Int)
    /// Month by month: the first amount is the first window month's income (D + G + 1), the
    /// next the month after, and so on; after the list ends its last amount holds. An empty
    /// list means no income.
    case monthly([Money])

    /// The income in the `index`-th window month (0 = the first window month, D + G + 1).
    public func income(atWindowIndex index: Int) -> Money {
        switch self {
        case .flat(let amount):
            return amount
        case .growing(let start, let growth):
            var income = start
            // Yearly steps, each rounded: the same figure a person gets on a calculator year by year.
            // It stops at the ceiling (and at zero for a decline below −100 %, which commands refuse):
            // a century of compounding would otherwise leave Int64 behind.
            for _ in 0..<(index / 12) {
                income = income.applying(basisPoints: 10_000 + Int64(growth))
                if income.kopecks >= Money.maximum.kopecks { return Money.maximum }
                if income.kopecks <= 0 { return .zero }
            }
            return income
        case .monthly(let amounts):
            guard let last = amounts.last else { return .zero }
            return index < amounts.count ? amounts[index] : last
        }
    }
}
