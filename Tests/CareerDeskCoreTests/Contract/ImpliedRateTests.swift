import Foundation
import Testing

@testable import CareerDeskCore

@Suite struct ImpliedRateTests {
    @Test func singlePaymentHasAnExactRate() {
        // 100 000 funded, 110 000 back after one month: r = 10 % a month, 120 % nominal a year.
        let terms = ContractTerms(
            fundedAmount: Money(roubles: 100_000), baselineIncome: .zero,
            targetIncome: Money(roubles: 110_000),
            minimumIncrease: .zero, shareBasisPoints: 10_000, capMultipleHundredths: 200, termPayments: 1,
            windowMonths: 1, graceMonths: 0)
        let result = ContractSimulator.simulate(terms: terms, income: .flat(Money(roubles: 110_000)))
        #expect(result.endReason == .term)
        #expect(result.impliedAnnualRate == 120.0)
    }

    @Test func workedExampleRateSolvesTheAnnuityInClosedForm() throws {
        let result = ContractSimulator.simulate(
            terms: workedExampleTerms(), income: .flat(Money(roubles: 60_000)))
        let payments = result.schedule.map { (month: $0.month, amount: $0.payment) }
        let r = try #require(
            ImpliedRate.monthlyIRR(funded: Money(roubles: 120_000), payments: payments))
        // Independent: a 36-payment annuity of 3 750 deferred by 3 months, valued in closed form.
        let annuity = 3_750 * (1 - pow(1 + r, -36)) / r * pow(1 + r, -3)
        #expect(abs(annuity - 120_000) < 0.01)
        // And the NPV summed month by month in kopecks is zero at r.
        let npv = ImpliedRate.netPresentValue(
            funded: Money(roubles: 120_000), payments: payments, monthlyRate: r)
        #expect(abs(npv) < 1)
        #expect(result.impliedAnnualRate == ((r * 1200 * 100).rounded() / 100))
        // A rate just off r leaves a visible NPV: the check above could fail.
        let off = ImpliedRate.netPresentValue(
            funded: Money(roubles: 120_000), payments: payments, monthlyRate: r + 1e-4)
        #expect(abs(off) > 100)
        #expect(result.impliedAnnualRate.map { $0 > 6.6 && $0 < 6.8 } == true)
    }

    @Test func payingBackLessThanFundedGivesANegativeRate() throws {
        // 10 × 3 750 = 37 500 of 120 000.
        let payments = (4..<14).map { (month: $0, amount: Money(roubles: 3_750)) }
        let r = try #require(
            ImpliedRate.monthlyIRR(funded: Money(roubles: 120_000), payments: payments))
        #expect(r < 0)
        let npv = ImpliedRate.netPresentValue(
            funded: Money(roubles: 120_000), payments: payments, monthlyRate: r)
        #expect(abs(npv) < 1)
    }

    @Test func noPaymentsNoRate() {
        #expect(ImpliedRate.monthlyIRR(funded: Money(roubles: 120_000), payments: []) == nil)
        #expect(
            ImpliedRate.monthlyIRR(funded: .zero, payments: [(month: 1, amount: Money(roubles: 1))])
                == nil)
    }

    @Test func annualPercentageRoundsToTwoDecimals() {
        #expect(ImpliedRate.annualPercentage(monthly: 0.005571180652968) == 6.69)
        #expect(ImpliedRate.annualPercentage(monthly: -0.01) == -12.0)
    }
}
