import Foundation
import Testing

@testable import CareerDeskCore

/// PRODUCT.md's worked example: F 120 000, B 35 000, s 15 % of the increase, M 10 000, k 1.5,
/// N 36, W 60, G 3, D 0.
func workedExampleTerms(
    shareBasisPoints: Int = 1500, shareBase: ContractTerms.ShareBase = .increase,
    capMultipleHundredths: Int = 150,
    termPayments: Int = 36, windowMonths: Int = 60, graceMonths: Int = 3, courseMonths: Int = 0
) -> ContractTerms {
    ContractTerms(
        fundedAmount: Money(roubles: 120_000), baselineIncome: Money(roubles: 35_000),
        targetIncome: Money(roubles: 60_000), minimumIncrease: Money(roubles: 10_000),
        shareBasisPoints: shareBasisPoints, shareBase: shareBase,
        capMultipleHundredths: capMultipleHundredths,
        termPayments: termPayments, windowMonths: windowMonths, graceMonths: graceMonths,
        courseMonths: courseMonths)
}

@Suite struct ContractSimulatorTests {
    @Test func workedExampleAtTargetEndsOnTheTerm() {
        let result = ContractSimulator.simulate(
            terms: workedExampleTerms(), income: .flat(Money(roubles: 60_000)))
        // 15 % × (60 000 − 35 000) = 3 750 a month, 36 of them.
        #expect(result.monthlyPayment == Money(roubles: 3_750))
        #expect(result.paymentsMade == 36)
        #expect(result.totalPaid == Money(roubles: 135_000))
        #expect(result.endReason == .term)
        #expect(!result.capReached)
        // First payment month D + G + 1 = 4; the 36th is month 39.
        #expect(result.schedule.first?.month == 4)
        #expect(result.endMonth == 39)
        #expect(result.schedule.count == 36)
        #expect(result.schedule.allSatisfy { $0.payment == Money(roubles: 3_750) })
        #expect(result.schedule.last?.cumulative == Money(roubles: 135_000))
    }

    @Test func incomeBelowThresholdPaysNothingAndEndsWithTheWindow() {
        let result = ContractSimulator.simulate(
            terms: workedExampleTerms(), income: .flat(Money(roubles: 44_000)))
        #expect(result.paymentsMade == 0)
        #expect(result.totalPaid == .zero)
        #expect(result.monthlyPayment == .zero)
        #expect(result.endReason == .window)
        #expect(result.schedule.count == 60)
        #expect(result.endMonth == 63)
        #expect(result.impliedAnnualRate == nil)
        #expect(result.schedule.allSatisfy { !$0.qualifying && $0.payment == .zero })
    }

    @Test func incomeExactlyAtThresholdPays() {
        // 45 000 = B + M: the month qualifies; 15 % × 10 000 = 1 500.
        let result = ContractSimulator.simulate(
            terms: workedExampleTerms(), income: .flat(Money(roubles: 45_000)))
        #expect(result.monthlyPayment == Money(roubles: 1_500))
        #expect(result.paymentsMade == 36)
        #expect(result.totalPaid == Money(roubles: 54_000))
    }

    @Test func endsOnTheCapWithATrimmedLastPayment() {
        // 15 % × (100 000 − 35 000) = 9 750; 18 payments = 175 500; the 19th is trimmed to 4 500.
        let result = ContractSimulator.simulate(
            terms: workedExampleTerms(), income: .flat(Money(roubles: 100_000)))
        #expect(result.endReason == .cap)
        #expect(result.capReached)
        #expect(result.paymentsMade == 19)
        #expect(result.totalPaid == Money(roubles: 180_000))
        #expect(result.schedule.last?.payment == Money(roubles: 4_500))
        #expect(result.schedule.dropLast().allSatisfy { $0.payment == Money(roubles: 9_750) })
        #expect(result.endMonth == 4 + 18)
    }

    @Test func capWinsATieWithTheTerm() {
        // 10 % of total income 50 000 = 5 000; 36 × 5 000 = 180 000 = the cap exactly.
        let terms = workedExampleTerms(shareBasisPoints: 1000, shareBase: .total)
        let result = ContractSimulator.simulate(terms: terms, income: .flat(Money(roubles: 50_000)))
        #expect(result.paymentsMade == 36)
        #expect(result.totalPaid == Money(roubles: 180_000))
        #expect(result.endReason == .cap)
        #expect(result.schedule.last?.payment == Money(roubles: 5_000))
    }

    @Test func totalIncomeProgrammeTakesAShareOfTheWholeIncome() {
        // 10 % × 45 000 = 4 500 (not 10 % × 10 000); 36 × 4 500 = 162 000 < cap 180 000.
        let terms = workedExampleTerms(shareBasisPoints: 1000, shareBase: .total)
        let result = ContractSimulator.simulate(terms: terms, income: .flat(Money(roubles: 45_000)))
        #expect(result.monthlyPayment == Money(roubles: 4_500))
        #expect(result.totalPaid == Money(roubles: 162_000))
        #expect(result.endReason == .term)
        // The threshold still applies to a total-income programme.
        let below = ContractSimulator.simulate(terms: terms, income: .flat(Money(roubles: 44_999)))
        #expect(below.paymentsMade == 0)
        #expect(below.endReason == .window)
    }

    @Test func endsWithTheWindowWhenTooFewMonthsQualify() {
        // Every other month 60 000 then 40 000: 30 qualifying months of 60, 30 × 3 750 = 112 500.
        let path = IncomePath.monthly((0..<60).map { Money(roubles: $0 % 2 == 0 ? 60_000 : 40_000) })
        let result = ContractSimulator.simulate(terms: workedExampleTerms(), income: path)
        #expect(result.endReason == .window)
        #expect(result.paymentsMade == 30)
        #expect(result.totalPaid == Money(roubles: 112_500))
        #expect(result.schedule.count == 60)
        #expect(result.schedule[1].qualifying == false)
        #expect(result.schedule[1].payment == .zero)
        #expect(result.schedule[1].cumulative == Money(roubles: 3_750))
        #expect(result.endMonth == 63)
    }

    @Test func monthlyListHoldsItsLastAmount() {
        // Two months below the threshold, then 60 000 for good: 36 payments end at month 4 + 2 + 35.
        let path = IncomePath.monthly([
            Money(roubles: 30_000), Money(roubles: 30_000), Money(roubles: 60_000),
        ])
        let result = ContractSimulator.simulate(terms: workedExampleTerms(), income: path)
        #expect(result.endReason == .term)
        #expect(result.paymentsMade == 36)
        #expect(result.endMonth == 41)
    }

    @Test func growthCrossesTheThresholdInTheSecondYear() {
        // 40 000 growing 15 % a year: 40 000 (below 45 000), 46 000, 52 900, 60 835.
        // Payments: 12 × 1 650 + 12 × 2 685 + 12 × 3 875.25 = 98 523 over 36 payments.
        let path = IncomePath.growing(start: Money(roubles: 40_000), annualGrowthBasisPoints: 1500)
        let result = ContractSimulator.simulate(terms: workedExampleTerms(), income: path)
        #expect(result.schedule[11].payment == .zero)
        #expect(result.schedule[12].income == Money(roubles: 46_000))
        #expect(result.schedule[12].payment == Money(roubles: 1_650))
        #expect(result.schedule[24].income == Money(roubles: 52_900))
        #expect(result.schedule[36].payment == Money(kopecks: 387_525))
        #expect(result.paymentsMade == 36)
        #expect(result.totalPaid == Money(roubles: 98_523))
        #expect(result.endReason == .term)
        // 12 months without payment, then 36: the last payment is in window month 48, month 3 + 48.
        #expect(result.endMonth == 51)
    }

    @Test func growthIsRoundedHalfUpEachYear() {
        // 10 000.01 × 1.05 = 10 500.0105 → 10 500.01; × 1.05 = 11 025.0105 → 11 025.01.
        let path = IncomePath.growing(start: Money(kopecks: 1_000_001), annualGrowthBasisPoints: 500)
        #expect(path.income(atWindowIndex: 11) == Money(kopecks: 1_000_001))
        #expect(path.income(atWindowIndex: 12) == Money(kopecks: 1_050_001))
        #expect(path.income(atWindowIndex: 24) == Money(kopecks: 1_102_501))
    }

    @Test func paymentsAreRoundedHalfUpToKopecks() {
        let terms = workedExampleTerms()
        // 15 % × 10 000.10 = 1 500.015 → 1 500.02; 15 % × 10 000.03 = 1 500.0045 → 1 500.00.
        #expect(terms.payment(forIncome: Money(kopecks: 4_500_010)) == Money(kopecks: 150_002))
        #expect(terms.payment(forIncome: Money(kopecks: 4_500_003)) == Money(kopecks: 150_000))
    }

    @Test func courseMonthsShiftTheCalendar() throws {
        // D 4, G 3: the course is months 1–4, grace 5–7, the first payment month 8, the window 8–67.
        let terms = workedExampleTerms(courseMonths: 4)
        #expect(terms.firstPaymentMonth == 8)
        #expect(terms.lastWindowMonth == 67)
        let paying = ContractSimulator.simulate(terms: terms, income: .flat(Money(roubles: 60_000)))
        #expect(paying.schedule.first?.month == 8)
        #expect(paying.endMonth == 43)
        #expect(paying.totalPaid == Money(roubles: 135_000))
        let idle = ContractSimulator.simulate(terms: terms, income: .flat(Money(roubles: 35_000)))
        #expect(idle.endMonth == 67)
        // The later the payments, the lower the rate on the same amounts.
        let undelayed = ContractSimulator.simulate(
            terms: workedExampleTerms(), income: .flat(Money(roubles: 60_000)))
        #expect(try #require(paying.impliedAnnualRate) < (try #require(undelayed.impliedAnnualRate)))
    }

    @Test func zeroWindowNeverRuns() {
        let result = ContractSimulator.simulate(
            terms: workedExampleTerms(termPayments: 0, windowMonths: 0),
            income: .flat(Money(roubles: 60_000)))
        #expect(result.endReason == EndReason.none)
        #expect(result.schedule.isEmpty)
        #expect(result.endMonth == 3)
        #expect(result.impliedAnnualRate == nil)
    }

    @Test func standardScenarios() {
        let scenarios = ContractScenarios.standard(terms: workedExampleTerms())
        #expect(scenarios.map(\.name) == [.noGain, .target, .high])
        #expect(scenarios[0].result.paymentsMade == 0)
        #expect(scenarios[0].result.endReason == .window)
        #expect(scenarios[1].result.totalPaid == Money(roubles: 135_000))
        // High: 90 000 → 15 % × 55 000 = 8 250; 21 × 8 250 = 173 250, the 22nd trimmed to 6 750.
        #expect(scenarios[2].income == .flat(Money(roubles: 90_000)))
        #expect(scenarios[2].result.monthlyPayment == Money(roubles: 8_250))
        #expect(scenarios[2].result.paymentsMade == 22)
        #expect(scenarios[2].result.schedule.last?.payment == Money(roubles: 6_750))
        #expect(scenarios[2].result.endReason == .cap)
    }
}
