import Foundation
import Testing

@testable import CareerDeskCore

/// The ledger on PRODUCT.md's worked example, each figure worked out by hand from the rules.
@Suite struct ContractLedgerTests {
    /// F 120 000, B 35 000, T 60 000, M 10 000, s 15 % of the increase, k 1.5, N 36, W 60, G 3, D 0.
    static func terms(
        unreported: ContractTerms.UnreportedIncome = .paused, earlyPayoff: ContractTerms.EarlyPayoff = .capMinusPaid
    ) -> ContractTerms {
        ContractTerms(
            fundedAmount: Money(roubles: 120_000), baselineIncome: Money(roubles: 35_000),
            targetIncome: Money(roubles: 60_000), minimumIncrease: Money(roubles: 10_000), shareBasisPoints: 1500,
            capMultipleHundredths: 150, termPayments: 36, windowMonths: 60, graceMonths: 3, earlyPayoff: earlyPayoff,
            unreportedIncome: unreported, hardshipPauseMonths: 12)
    }

    static let monthOne = YearMonth(year: 2027, month: 1)!

    static func month(_ n: Int) -> YearMonth { monthOne.adding(months: n - 1)! }

    /// The same income in every month of the window, months 4…63.
    static func flat(_ roubles: Int64, from: Int = 4, to: Int = 63) -> [YearMonth: Money] {
        Dictionary(uniqueKeysWithValues: (from...to).map { (month($0), Money(roubles: roubles)) })
    }

    static func pay(_ kopecks: Int64, inMonth n: Int, payoff: Bool = false) -> PaymentRecord {
        PaymentRecord(
            date: month(n).firstDay.adding(days: 9), amount: Money(kopecks: kopecks), recordedBy: "Петров",
            recordedAt: Date(timeIntervalSince1970: 1_800_000_000), earlyPayoff: payoff)
    }

    static func approved(from n: Int, months: Int) -> HardshipPause {
        HardshipPause(
            start: month(n), months: months, reason: .jobLoss, requestedBy: "Петров",
            requestedAt: Date(timeIntervalSince1970: 1_800_000_000), approvedBy: "Сидорова",
            approvedAt: Date(timeIntervalSince1970: 1_800_000_600))
    }

    static let far = YearMonth(year: 2040, month: 1)!

    @Test func targetIncomeEndsOnTheTermAfter36PaymentsOf3750() {
        let ledger = ContractLedger.compute(
            .init(terms: Self.terms(), monthOne: Self.monthOne, incomes: Self.flat(60_000), through: Self.far))
        #expect(ledger.months.map(\.status).prefix(3) == [.grace, .grace, .grace])
        #expect(ledger.months[3].due == Money(roubles: 3_750))
        #expect(ledger.months.count == 39)
        #expect(ledger.status == .completed)
        #expect(ledger.months.last?.date == YearMonth(year: 2030, month: 3))
        #expect(ledger.totals.due == Money(roubles: 135_000))
        #expect(ledger.totals.arrears == Money(roubles: 135_000))
        #expect(ledger.months.last?.paymentsCounted == 36)
        #expect(ledger.payoffQuote == nil)
    }

    @Test func highIncomeIsTrimmedToTheCapInMonth25() {
        let ledger = ContractLedger.compute(
            .init(terms: Self.terms(), monthOne: Self.monthOne, incomes: Self.flat(90_000), through: Self.far))
        #expect(ledger.status == .capped)
        #expect(ledger.months.count == 25)
        #expect(ledger.months[23].due == Money(roubles: 8_250))
        #expect(ledger.months[24].due == Money(roubles: 6_750))
        #expect(ledger.totals.due == Money(roubles: 180_000))
        #expect(ledger.totals.capRemaining == .zero)
    }

    @Test func incomeBelowTheThresholdPaysNothingAndTheWindowCloses() {
        let ledger = ContractLedger.compute(
            .init(terms: Self.terms(), monthOne: Self.monthOne, incomes: Self.flat(44_000), through: Self.far))
        #expect(ledger.status == .windowExpired)
        #expect(ledger.months.count == 63)
        #expect(ledger.months[10].status == .belowThreshold)
        #expect(ledger.totals.due == .zero)
    }

    @Test func anUnreportedMonthPausesOrIsDueAtTheTargetAsTheTermsSay() {
        var incomes = Self.flat(60_000, to: 10)
        incomes[Self.month(8)] = nil
        let paused = ContractLedger.compute(
            .init(terms: Self.terms(), monthOne: Self.monthOne, incomes: incomes, through: Self.month(10)))
        #expect(paused.months[7].status == .notReported)
        #expect(paused.months[7].due == .zero)
        // Months 4–10 less the unreported 8th: six payments of 3 750.
        #expect(paused.totals.due == Money(roubles: 22_500))
        #expect(paused.months.last?.paymentsCounted == 6)
        #expect(paused.status == .active)
        let assumed = ContractLedger.compute(
            .init(
                terms: Self.terms(unreported: .targetIncome), monthOne: Self.monthOne, incomes: incomes,
                through: Self.month(10)))
        #expect(assumed.months[7].status == .notReported)
        #expect(assumed.months[7].due == Money(roubles: 3_750))
        #expect(assumed.totals.due == Money(roubles: 26_250))
    }

    @Test func underpaymentAndOverpaymentAreShown() {
        let incomes = Self.flat(60_000)
        let under = ContractLedger.compute(
            .init(
                terms: Self.terms(), monthOne: Self.monthOne, incomes: incomes,
                payments: [Self.pay(375_000, inMonth: 4), Self.pay(300_000, inMonth: 5)], through: Self.month(5)))
        #expect(under.totals.due == Money(roubles: 7_500))
        #expect(under.totals.paid == Money(roubles: 6_750))
        #expect(under.totals.arrears == Money(roubles: 750))
        #expect(under.totals.overpaid == .zero)
        let over = ContractLedger.compute(
            .init(
                terms: Self.terms(), monthOne: Self.monthOne, incomes: incomes,
                payments: [Self.pay(500_000, inMonth: 4)], through: Self.month(4)))
        #expect(over.totals.overpaid == Money(roubles: 1_250))
        #expect(over.totals.arrears == .zero)
        // The cap less the larger of due (3 750) and paid (5 000).
        #expect(over.totals.capRemaining == Money(roubles: 175_000))
    }

    @Test func earlyPayoffIsTheCapLessWhatWasPaidAndEndsTheContract() {
        let incomes = Self.flat(60_000)
        var payments = (4...13).map { Self.pay(375_000, inMonth: $0) }
        let running = ContractLedger.compute(
            .init(
                terms: Self.terms(), monthOne: Self.monthOne, incomes: incomes, payments: payments,
                through: Self.month(13)))
        // Ten payments of 3 750 = 37 500 paid; 180 000 − 37 500.
        #expect(running.payoffQuote == Money(roubles: 142_500))
        payments.append(Self.pay(14_250_000, inMonth: 14, payoff: true))
        let paidOff = ContractLedger.compute(
            .init(terms: Self.terms(), monthOne: Self.monthOne, incomes: incomes, payments: payments, through: Self.far)
        )
        #expect(paidOff.status == .paidOffEarly)
        #expect(paidOff.months.count == 14)
        #expect(paidOff.totals.paid == Money(roubles: 180_000))
        #expect(paidOff.totals.overpaid == .zero)
        #expect(paidOff.totals.arrears == .zero)
        #expect(paidOff.payoffQuote == nil)
        let funded = ContractLedger.compute(
            .init(
                terms: Self.terms(earlyPayoff: .fundedMinusPaid), monthOne: Self.monthOne, incomes: incomes,
                payments: Array(payments.prefix(10)), through: Self.month(13)))
        #expect(funded.payoffQuote == Money(roubles: 82_500))
    }

    @Test func anApprovedPauseStopsTheClockAndMovesTheWindowsEnd() {
        let pause = Self.approved(from: 10, months: 3)
        let ledger = ContractLedger.compute(
            .init(
                terms: Self.terms(), monthOne: Self.monthOne, incomes: Self.flat(44_000, to: 70), pauses: [pause],
                through: Self.far))
        #expect(ledger.months[9].status == .hardshipPause)
        #expect(ledger.months[12].status == .belowThreshold)
        #expect(ledger.windowEnd == 66)
        #expect(ledger.months.count == 66)
        #expect(ledger.status == .windowExpired)
        #expect(ledger.windowEndDate == YearMonth(year: 2032, month: 6))
    }

    @Test func aPauseNotApprovedByASecondOfficerStopsNothing() {
        var selfApproved = Self.approved(from: 10, months: 3)
        selfApproved.approvedBy = selfApproved.requestedBy
        var pending = Self.approved(from: 20, months: 2)
        pending.approvedBy = nil
        pending.approvedAt = nil
        let ledger = ContractLedger.compute(
            .init(
                terms: Self.terms(), monthOne: Self.monthOne, incomes: Self.flat(60_000),
                pauses: [selfApproved, pending], through: Self.far))
        #expect(!ledger.months.contains { $0.status == .hardshipPause })
        #expect(ledger.windowEnd == 63)
    }

    @Test func aTerminatedContractOwesNothingFromTheMonthItEnded() {
        let ledger = ContractLedger.compute(
            .init(
                terms: Self.terms(), monthOne: Self.monthOne, incomes: Self.flat(60_000), terminatedIn: Self.month(6),
                through: Self.far))
        #expect(ledger.status == .terminated)
        #expect(ledger.months.count == 6)
        #expect(ledger.totals.due == Money(roubles: 7_500))
    }

    @Test func paymentsAfterTheLastMonthShownAreStillCounted() {
        let ledger = ContractLedger.compute(
            .init(
                terms: Self.terms(), monthOne: Self.monthOne, incomes: Self.flat(60_000),
                payments: [Self.pay(375_000, inMonth: 4), Self.pay(375_000, inMonth: 9)], through: Self.month(5)))
        #expect(ledger.totals.received == Money(roubles: 7_500))
        #expect(ledger.months.last?.paid == Money(roubles: 3_750))
    }
}
