import Foundation

/// The payment ledger of a signed contract, month by month (docs/contract.md, "The ledger").
///
/// Pure and deterministic: the signed terms, the calendar month of contract month 1, the
/// reported incomes, the approved hardship pauses, the payments received and the month to stop
/// at give the same rows every time. A window month's due amount follows `ContractSimulator`'s
/// rules exactly, so when the reported incomes are a scenario's path and every due amount is
/// paid, the due amounts are the simulation's payments to the kopeck.
public enum ContractLedger {
    /// What the ledger is computed from.
    public struct Input: Hashable, Sendable {
        public var terms: ContractTerms
        /// The calendar month of contract month 1 (the course's first month).
        public var monthOne: YearMonth
        /// Reported income by calendar month.
        public var incomes: [YearMonth: Money]
        /// Approved hardship pauses.
        public var pauses: [HardshipPause]
        public var payments: [PaymentRecord]
        /// The month the contract was terminated in, if it was.
        public var terminatedIn: YearMonth?
        /// The last month to show (this month, for a ledger as of today).
        public var through: YearMonth

        public init(
            terms: ContractTerms, monthOne: YearMonth, incomes: [YearMonth: Money] = [:], pauses: [HardshipPause] = [],
            payments: [PaymentRecord] = [], terminatedIn: YearMonth? = nil, through: YearMonth
        ) {
            self.terms = terms
            self.monthOne = monthOne
            self.incomes = incomes
            self.pauses = pauses
            self.payments = payments
            self.terminatedIn = terminatedIn
            self.through = through
        }
    }

    /// The contract month (1 = `monthOne`) of a calendar month.
    static func contractMonth(_ month: YearMonth, monthOne: YearMonth) -> Int { monthOne.months(until: month) + 1 }

    /// The window months (contract months) stopped by approved hardship pauses, at most the
    /// contract's allowance of them, earliest first. Months before the window stop nothing.
    public static func pausedMonths(terms: ContractTerms, monthOne: YearMonth, pauses: [HardshipPause]) -> Set<Int> {
        let first = terms.firstPaymentMonth
        var months = Set<Int>()
        for pause in pauses where pause.isApproved {
            let start = contractMonth(pause.start, monthOne: monthOne)
            for offset in 0..<max(0, min(pause.months, CaseBounds.months.upperBound)) where start + offset >= first {
                months.insert(start + offset)
            }
        }
        let allowed = max(0, terms.hardshipPauseMonths)
        return Set(months.sorted().prefix(allowed))
    }

    /// The last month of the payment window: D + G + W, moved later by every paused month that
    /// falls inside it (a pause stops the clock, so it can never shorten the window).
    public static func windowEnd(terms: ContractTerms, paused: Set<Int>) -> Int {
        var month = terms.firstPaymentMonth - 1
        var counted = 0
        while counted < terms.windowMonths {
            month += 1
            if !paused.contains(month) { counted += 1 }
        }
        return month
    }

    public static func compute(_ input: Input) -> Ledger {
        let terms = input.terms
        let cap = terms.cap
        let first = terms.firstPaymentMonth
        let threshold = terms.paymentThreshold
        let paused = pausedMonths(terms: terms, monthOne: input.monthOne, pauses: input.pauses)
        let windowEnd = windowEnd(terms: terms, paused: paused)
        let through = contractMonth(input.through, monthOne: input.monthOne)
        let terminated = input.terminatedIn.map { contractMonth($0, monthOne: input.monthOne) }
        let runs = terms.windowMonths > 0 && terms.termPayments > 0 && cap > .zero

        // Payments by contract month; those before month 1 count in month 1.
        var received: [Int: Money] = [:]
        var payoffMonths = Set<Int>()
        for payment in input.payments {
            let month = max(1, contractMonth(YearMonth(payment.date), monthOne: input.monthOne))
            received[month, default: .zero] += payment.amount
            if payment.earlyPayoff { payoffMonths.insert(month) }
        }

        var rows: [LedgerMonth] = []
        var accrued = Money.zero
        var paid = Money.zero
        var counted = 0
        var ended: LedgerStatus?
        var month = 1
        let lastMonth = runs ? windowEnd : first - 1
        while ended == nil, month <= through, month <= max(lastMonth, 1) {
            let calendar = input.monthOne.adding(months: month - 1)
            var status: LedgerStatus
            let income: Money? = calendar.flatMap { input.incomes[$0] }
            var due = Money.zero
            var end: LedgerStatus?
            if let terminated, month >= terminated {
                status = .terminated
                end = .terminated
            } else if !runs && month > first - 1 {
                status = .windowExpired
                end = .windowExpired
            } else if month <= terms.courseMonths {
                status = .training
            } else if month < first {
                status = .grace
                if !runs && month == first - 1 { end = .windowExpired }
            } else if paused.contains(month) {
                status = .hardshipPause
            } else {
                var assumed = income
                status = .belowThreshold
                if income == nil {
                    status = .notReported
                    if terms.unreportedIncome == .targetIncome { assumed = terms.targetIncome }
                }
                if let assumed, assumed >= threshold {
                    if income != nil { status = .active }
                    due = terms.payment(forIncome: assumed)
                    // What can still become due: the cap less the larger of what fell due and what came in.
                    let room = cap - max(accrued, min(paid, cap))
                    if due >= room {
                        due = max(room, .zero)
                        end = .capped
                    }
                    counted += 1
                    accrued += due
                }
                if end == nil, counted >= terms.termPayments {
                    end = .completed
                } else if end == nil, month >= windowEnd {
                    end = .windowExpired
                }
            }
            var inMonth = received[month] ?? .zero
            paid += inMonth
            if end == nil {
                if payoffMonths.contains(month), let target = payoffTarget(terms), paid >= target {
                    end = .paidOffEarly
                } else if paid >= cap, month >= first {
                    end = .capped
                }
            }
            if month == through || month == lastMonth || end != nil {
                // The last row shown takes every later payment, so totals hide nothing.
                for (later, amount) in received where later > month {
                    inMonth += amount
                    paid += amount
                }
            }
            if let end { status = end }
            rows.append(
                LedgerMonth(
                    month: month, date: calendar, status: status, income: income, due: due, paid: inMonth,
                    capRemaining: cap - min(cap, max(accrued, paid)), paymentsCounted: counted))
            ended = end
            month += 1
        }
        if rows.isEmpty {
            paid = input.payments.reduce(.zero) { $0 + $1.amount }
        }
        let status = ended ?? rows.last?.status ?? .training
        let countedPaid = min(paid, cap)
        let quote: Money? = ended == nil ? terms.earlyPayoffAmount(afterPaying: countedPaid) : nil
        // A payoff settles the quote as well as what fell due; only the rest is overpaid.
        let settled = ended == .paidOffEarly ? max(accrued, payoffTarget(terms) ?? accrued) : accrued
        return Ledger(
            months: rows,
            totals: LedgerTotals(
                due: accrued, paid: countedPaid, received: paid, capRemaining: cap - min(cap, max(accrued, paid)),
                arrears: max(settled - paid, .zero), overpaid: max(paid - settled, .zero)),
            status: status, ended: ended != nil, windowEnd: runs ? windowEnd : first - 1,
            windowEndDate: input.monthOne.adding(months: (runs ? windowEnd : first - 1) - 1),
            payoffQuote: quote, cap: cap)
    }

    /// What the paid total must reach for an early payoff to end the contract: C or F, per the rule.
    static func payoffTarget(_ terms: ContractTerms) -> Money? {
        switch terms.earlyPayoff {
        case .capMinusPaid: terms.cap
        case .fundedMinusPaid: terms.fundedAmount
        case .notAllowed: nil
        }
    }
}

/// A month's place in the contract's life.
public enum LedgerStatus: String, Codable, CaseIterable, Sendable {
    /// Months 1…D: the course.
    case training
    /// Months D+1…D+G: nothing is due yet.
    case grace
    /// A window month whose reported income reached B + M: a payment is due.
    case active
    /// A window month whose income was below B + M: nothing due, not counted towards N.
    case belowThreshold
    /// A window month with no income report: the terms' `unreportedIncome` rule decides.
    case notReported
    /// An approved hardship pause: the clock stops.
    case hardshipPause
    /// Ended: N qualifying payments were due.
    case completed
    /// Ended: the cap was reached.
    case capped
    /// Ended: the window closed.
    case windowExpired
    /// Ended: paid off early.
    case paidOffEarly
    /// Ended: the contract was terminated.
    case terminated

    /// Whether the obligation is over.
    public var isFinal: Bool {
        switch self {
        case .completed, .capped, .windowExpired, .paidOffEarly, .terminated: true
        default: false
        }
    }
}

/// One row of the ledger.
public struct LedgerMonth: Codable, Hashable, Sendable {
    /// The contract month (1 = the course's first month).
    public var month: Int
    /// The calendar month; nil only past year 9999.
    public var date: YearMonth?
    public var status: LedgerStatus
    /// The reported income, nil when none was reported.
    public var income: Money?
    public var due: Money
    /// Received in this month (the last row shown also takes later payments).
    public var paid: Money
    /// C less the larger of what fell due and what was paid so far.
    public var capRemaining: Money
    /// Qualifying months so far (towards N).
    public var paymentsCounted: Int

    private enum CodingKeys: String, CodingKey {
        case month, date, status, income, due, paid, capRemaining, paymentsCounted
    }

    /// Every key always, `income` null for a month with no report.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(month, forKey: .month)
        try c.encode(date, forKey: .date)
        try c.encode(status, forKey: .status)
        try c.encode(income, forKey: .income)
        try c.encode(due, forKey: .due)
        try c.encode(paid, forKey: .paid)
        try c.encode(capRemaining, forKey: .capRemaining)
        try c.encode(paymentsCounted, forKey: .paymentsCounted)
    }
}

public struct LedgerTotals: Codable, Hashable, Sendable {
    /// Everything that fell due.
    public var due: Money
    /// Everything received, counted up to the cap.
    public var paid: Money
    /// Everything received, as received.
    public var received: Money
    public var capRemaining: Money
    /// Due and not yet paid (underpayment).
    public var arrears: Money
    /// Paid beyond what fell due (overpayment, ahead of time or beyond the cap).
    public var overpaid: Money
}

/// The ledger of one contract as of a month.
public struct Ledger: Codable, Hashable, Sendable {
    public var months: [LedgerMonth]
    public var totals: LedgerTotals
    /// The final status when ended, else the latest month's.
    public var status: LedgerStatus
    public var ended: Bool
    /// The last month of the payment window, moved by hardship pauses (contract month).
    public var windowEnd: Int
    public var windowEndDate: YearMonth?
    /// What paying off now would cost; nil once ended or when the programme allows none.
    public var payoffQuote: Money?
    public var cap: Money

    private enum CodingKeys: String, CodingKey {
        case months, totals, status, ended, windowEnd, windowEndDate, payoffQuote, cap
    }

    /// Every key always, `payoffQuote` null when there is none.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(months, forKey: .months)
        try c.encode(totals, forKey: .totals)
        try c.encode(status, forKey: .status)
        try c.encode(ended, forKey: .ended)
        try c.encode(windowEnd, forKey: .windowEnd)
        try c.encode(windowEndDate, forKey: .windowEndDate)
        try c.encode(payoffQuote, forKey: .payoffQuote)
        try c.encode(cap, forKey: .cap)
    }
}
