import Foundation

/// The payment maths of a career development contract (docs/contract.md), month by month and
/// in whole kopecks. Pure: the same terms and income always give the same schedule.
///
/// The calendar: month 0 is funding, months 1…D the course, D+1…D+G the grace period, and the
/// payment window months D+G+1…D+G+W. A window month whose income reaches B + M pays
/// s × (income − B) (or s × income for a total-income programme), rounded half up to kopecks;
/// any other month pays nothing and does not count towards the term N. The obligation ends at
/// the cap C (the last payment trimmed to reach C exactly), after N payments, or when the
/// window closes, whichever comes first.
public enum ContractSimulator {
    /// Runs the contract on one income path.
    public static func simulate(terms: ContractTerms, income: IncomePath) -> SimulationResult {
        let first = terms.firstPaymentMonth
        let cap = terms.cap
        let threshold = terms.paymentThreshold
        var schedule: [ScheduledMonth] = []
        var paymentsMade = 0
        var cumulative = Money.zero
        var capReached = false
        var endReason: EndReason?

        // A contract that could never be owed anything does not run at all: a share of 0 pays
        // nothing, rather than 36 "payments" of 0,00 that end the term.
        if terms.windowMonths <= 0 || terms.termPayments <= 0 || cap <= .zero || terms.shareBasisPoints <= 0 {
            endReason = EndReason.none
        }
        var index = 0
        while endReason == nil {
            let month = first + index
            let monthIncome = income.income(atWindowIndex: index)
            var payment = Money.zero
            var qualifying = false
            if monthIncome >= threshold {
                qualifying = true
                payment = terms.payment(forIncome: monthIncome)
                if cumulative + payment >= cap {
                    payment = cap - cumulative
                    capReached = true
                }
                paymentsMade += 1
                cumulative += payment
            }
            schedule.append(
                ScheduledMonth(
                    month: month, income: monthIncome, qualifying: qualifying, payment: payment,
                    cumulative: cumulative
                ))
            // The cap wins a tie with the term: it is what trimmed the payment.
            if capReached {
                endReason = .cap
            } else if paymentsMade >= terms.termPayments {
                endReason = .term
            } else if index + 1 >= terms.windowMonths {
                endReason = .window
            }
            index += 1
        }
        let payments = schedule.filter(\.qualifying).map { (month: $0.month, amount: $0.payment) }
        let monthlyRate = ImpliedRate.monthlyIRR(funded: terms.fundedAmount, payments: payments)
        return SimulationResult(
            schedule: schedule,
            paymentsMade: paymentsMade,
            totalPaid: cumulative,
            capReached: capReached,
            endReason: endReason ?? EndReason.none,
            endMonth: schedule.last?.month ?? (first - 1),
            monthlyPayment: payments.first?.amount ?? .zero,
            impliedAnnualRate: monthlyRate.map(ImpliedRate.annualPercentage(monthly:))
        )
    }
}

extension ContractTerms {
    /// The first month a payment can fall due: D + G + 1 (month 0 is funding).
    public var firstPaymentMonth: Int { courseMonths + graceMonths + 1 }

    /// The last month of the window: D + G + W.
    public var lastWindowMonth: Int { courseMonths + graceMonths + windowMonths }

    /// B + M: a month pays only when income reaches it.
    public var paymentThreshold: Money { baselineIncome + minimumIncrease }

    /// The untrimmed payment for a month with this income, which must reach the threshold:
    /// s × (income − B), or s × income for a total-income programme, rounded half up to kopecks.
    public func payment(forIncome income: Money) -> Money {
        let base = shareBase == .increase ? income - baselineIncome : income
        return base.applying(basisPoints: Int64(shareBasisPoints))
    }
}

/// Why the obligation ended.
public enum EndReason: String, Codable, CaseIterable, Sendable {
    /// Total payments reached the cap C (the last one trimmed to hit it exactly).
    case cap
    /// N qualifying payments were made.
    case term
    /// The window's W months passed (also when none of them reached the threshold).
    case window
    /// The contract never ran: its window, term, cap or share is zero, so nothing could be owed.
    case none
}

/// One window month of a simulation.
public struct ScheduledMonth: Codable, Hashable, Sendable {
    /// The month on the contract calendar (0 = funding).
    public var month: Int
    public var income: Money
    /// Whether income reached B + M, so the month counts towards the term.
    public var qualifying: Bool
    public var payment: Money
    /// Total paid up to and including this month.
    public var cumulative: Money

    public init(month: Int, income: Money, qualifying: Bool, payment: Money, cumulative: Money) {
        self.month = month
        self.income = income
        self.qualifying = qualifying
        self.payment = payment
        self.cumulative = cumulative
    }
}

/// What a contract costs the seeker on one income path.
public struct SimulationResult: Codable, Hashable, Sendable {
    /// Every window month from D+G+1 until the obligation ended.
    public var schedule: [ScheduledMonth]
    public var paymentsMade: Int
    public var totalPaid: Money
    public var capReached: Bool
    public var endReason: EndReason
    /// The month the obligation ended: the last payment's for `cap` and `term`, D+G+W for
    /// `window`, D+G for `none`.
    public var endMonth: Int
    /// The first payment made (the regular monthly payment on a flat path), zero when none.
    public var monthlyPayment: Money
    /// 12 × monthly IRR × 100, rounded to two decimals; nil when nothing was paid.
    public var impliedAnnualRate: Double?

    public init(
        schedule: [ScheduledMonth], paymentsMade: Int, totalPaid: Money, capReached: Bool,
        endReason: EndReason,
        endMonth: Int, monthlyPayment: Money, impliedAnnualRate: Double?
    ) {
        self.schedule = schedule
        self.paymentsMade = paymentsMade
        self.totalPaid = totalPaid
        self.capReached = capReached
        self.endReason = endReason
        self.endMonth = endMonth
        self.monthlyPayment = monthlyPayment
        self.impliedAnnualRate = impliedAnnualRate
    }
}
