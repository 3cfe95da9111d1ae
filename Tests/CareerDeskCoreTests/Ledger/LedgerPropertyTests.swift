import Foundation
import Testing

@testable import CareerDeskCore

/// Properties of the ledger over random terms, income paths, pauses and payments (a fixed seed,
/// so a failure is reproduced by running the test again).
@Suite struct LedgerPropertyTests {
    /// SplitMix64: small, deterministic, no global state.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
        mutating func roubles(_ range: ClosedRange<Int>) -> Money { Money(roubles: Int64(int(range))) }
    }

    static let monthOne = YearMonth(year: 2027, month: 3)!
    static let far = YearMonth(year: 2300, month: 1)!

    static func terms(_ r: inout Random) -> ContractTerms {
        let term = r.int(1...48)
        return ContractTerms(
            fundedAmount: r.roubles(1_000...500_000), baselineIncome: r.roubles(0...80_000),
            targetIncome: r.roubles(40_000...150_000), minimumIncrease: r.roubles(0...30_000),
            shareBasisPoints: r.int(0...3_000), shareBase: r.int(0...1) == 0 ? .increase : .total,
            capMultipleHundredths: r.int(100...250), termPayments: term, windowMonths: term + r.int(0...48),
            graceMonths: r.int(0...6), courseMonths: r.int(0...12),
            earlyPayoff: [.capMinusPaid, .fundedMinusPaid, .notAllowed][r.int(0...2)],
            unreportedIncome: r.int(0...1) == 0 ? .paused : .targetIncome, hardshipPauseMonths: r.int(0...18))
    }

    /// A path that wanders around the threshold, so months qualify and fail in one run.
    static func path(_ terms: ContractTerms, _ r: inout Random) -> [Money] {
        let threshold = terms.paymentThreshold.kopecks
        return (0..<terms.windowMonths).map { _ in
            Money(kopecks: max(0, threshold + Int64(r.int(-2_000_000...6_000_000))))
        }
    }

    /// The path as reports of the window's calendar months.
    static func reports(_ terms: ContractTerms, _ path: [Money]) -> [YearMonth: Money] {
        var incomes: [YearMonth: Money] = [:]
        for (i, amount) in path.enumerated() {
            incomes[monthOne.adding(months: terms.firstPaymentMonth - 1 + i)!] = amount
        }
        return incomes
    }

    static func payment(_ amount: Money, inMonth n: Int) -> PaymentRecord {
        PaymentRecord(
            date: monthOne.adding(months: n - 1)!.firstDay.adding(days: 4), amount: amount, recordedBy: "test",
            recordedAt: Date(timeIntervalSince1970: 0))
    }

    @Test func reportedScenarioIncomesGiveTheSimulationsPaymentsToTheKopeck() {
        var r = Random(state: 16)
        for _ in 0..<300 {
            let terms = Self.terms(&r)
            let path = Self.path(terms, &r)
            let simulation = ContractSimulator.simulate(terms: terms, income: .monthly(path))
            let open = ContractLedger.compute(
                .init(terms: terms, monthOne: Self.monthOne, incomes: Self.reports(terms, path), through: Self.far))
            let window = open.months.filter { $0.month >= terms.firstPaymentMonth }
            #expect(window.map(\.due) == simulation.schedule.map(\.payment), "\(terms)")
            #expect(window.map(\.month) == simulation.schedule.map(\.month))
            let expectedEnd: LedgerStatus =
                switch simulation.endReason {
                case .cap: .capped
                case .term: .completed
                case .window, .none: .windowExpired
                }
            #expect(open.status == expectedEnd)
            // Paying every due amount in its month changes none of them.
            let payments = window.filter { $0.due > .zero }.map { Self.payment($0.due, inMonth: $0.month) }
            let paid = ContractLedger.compute(
                .init(
                    terms: terms, monthOne: Self.monthOne, incomes: Self.reports(terms, path), payments: payments,
                    through: Self.far))
            #expect(paid.months.map(\.due) == open.months.map(\.due))
            #expect(paid.totals.paid == simulation.totalPaid)
            #expect(paid.totals.arrears == .zero && paid.totals.overpaid == .zero)
        }
    }

    @Test func totalPaidNeverExceedsTheCapAndNothingIsDueOutsideTheWindow() {
        var r = Random(state: 1_616)
        for _ in 0..<300 {
            let terms = Self.terms(&r)
            var incomes = Self.reports(terms, Self.path(terms, &r))
            // Some months go unreported; some reports fall in the course and the grace period.
            for _ in 0..<r.int(0...6) {
                incomes[Self.monthOne.adding(months: r.int(0...(terms.lastWindowMonth + 6)))!] = nil
            }
            incomes[Self.monthOne] = r.roubles(0...300_000)
            let payments = (0..<r.int(0...30)).map { _ in
                Self.payment(r.roubles(1...60_000), inMonth: r.int(1...(terms.lastWindowMonth + 12)))
            }
            let pauses = (0..<r.int(0...2)).map { _ in
                HardshipPause(
                    start: Self.monthOne.adding(months: r.int(0...terms.lastWindowMonth))!, months: r.int(1...9),
                    reason: .illness, requestedBy: "a", requestedAt: Date(timeIntervalSince1970: 0), approvedBy: "b",
                    approvedAt: Date(timeIntervalSince1970: 60))
            }
            let ledger = ContractLedger.compute(
                .init(
                    terms: terms, monthOne: Self.monthOne, incomes: incomes, pauses: pauses, payments: payments,
                    through: Self.far))
            #expect(ledger.totals.paid <= terms.cap)
            #expect(ledger.totals.due <= terms.cap)
            #expect(ledger.totals.capRemaining >= .zero)
            #expect(ledger.totals.received == payments.reduce(.zero) { $0 + $1.amount })
            #expect(ledger.totals.arrears == .zero || ledger.totals.overpaid == .zero)
            for month in ledger.months where month.due > .zero {
                #expect(month.month >= terms.firstPaymentMonth && month.month <= ledger.windowEnd)
                #expect(month.status != .hardshipPause)
            }
        }
    }

    @Test func aHardshipPauseNeverShortensTheWindow() {
        var r = Random(state: 2_027)
        for _ in 0..<300 {
            let terms = Self.terms(&r)
            let path = Self.path(terms, &r)
            let pauses = (0..<r.int(1...3)).map { _ in
                HardshipPause(
                    start: Self.monthOne.adding(months: r.int(0...terms.lastWindowMonth))!, months: r.int(1...12),
                    reason: .parentalLeave, requestedBy: "a", requestedAt: Date(timeIntervalSince1970: 0),
                    approvedBy: "b", approvedAt: Date(timeIntervalSince1970: 60))
            }
            let without = ContractLedger.compute(
                .init(terms: terms, monthOne: Self.monthOne, incomes: Self.reports(terms, path), through: Self.far))
            let with = ContractLedger.compute(
                .init(
                    terms: terms, monthOne: Self.monthOne, incomes: Self.reports(terms, path), pauses: pauses,
                    through: Self.far))
            let paused = with.months.filter { $0.status == .hardshipPause }.count
            #expect(without.windowEnd == terms.lastWindowMonth)
            #expect(with.windowEnd >= without.windowEnd)
            #expect(paused <= terms.hardshipPauseMonths)
            // Every paused month inside the window moves its end by one.
            let inWindow = ContractLedger.pausedMonths(terms: terms, monthOne: Self.monthOne, pauses: pauses)
                .filter { $0 <= with.windowEnd }.count
            #expect(with.windowEnd == terms.lastWindowMonth + inWindow)
            #expect(with.months.last!.month >= min(without.months.last!.month, terms.firstPaymentMonth))
        }
    }
}
