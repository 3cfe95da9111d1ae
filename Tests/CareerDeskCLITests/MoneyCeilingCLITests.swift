import Foundation
import Testing

/// Issue 17.13: amounts past the ceiling (`CaseBounds.moneyKopecks`, 10 000 000 000,00 ₽) used
/// to crash `simulate` with exit 132 (arithmetic overflow in Money); they are refused with the
/// maximum named. A growth below −100 % is refused; a share of 0 says that nothing is paid.
@Suite struct MoneyCeilingCLITests {
    static func simulate(_ changes: [String: String], extra: [String] = []) throws -> CLI.Result {
        var options: [(String, String)] = [
            ("--funded", "120000"), ("--baseline", "35000"), ("--target", "60000"), ("--share", "15"),
            ("--min-increase", "10000"), ("--cap", "1.5"), ("--term", "36"), ("--window", "60"), ("--grace", "3"),
        ]
        options = options.map { ($0.0, changes[$0.0] ?? $0.1) }
        return try CLI.run(["simulate", "--lang", "en"] + options.flatMap { [$0.0, $0.1] } + extra)
    }

    @Test func aCapPastTheCeilingIsRefusedWithTheMaximumNotCrashedOn() throws {
        let result = try Self.simulate(["--funded": "10000000000", "--cap": "999999999"])
        #expect(result.status == 1, "status \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("the most is 100×"), "\(result.stderr)")
        let capped = try Self.simulate(["--funded": "10000000000", "--cap": "100"])
        #expect(capped.status == 1)
        #expect(capped.stderr.contains("beyond the ceiling of RUB\u{00A0}10,000,000,000.00"), "\(capped.stderr)")
    }

    @Test func anAmountPastTheCeilingNamesTheMaximum() throws {
        let result = try Self.simulate(["--funded": "99999999999"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "--funded: the amount is beyond the ceiling; the most is RUB\u{00A0}10,000,000,000.00"))
        // At the ceiling itself the maths runs (k 1: C = F, within the ceiling).
        let edge = try Self.simulate(["--funded": "10000000000", "--cap": "1", "--target": "10000000000"])
        #expect(edge.status == 0, "\(edge.stderr)")
    }

    @Test func aCenturyOfGrowthStopsAtTheCeilingAndAFallBelowMinus100IsRefused() throws {
        let century = try Self.simulate(
            ["--term": "1200", "--window": "1200", "--cap": "100"], extra: ["--growth=900", "--json"])
        #expect(century.status == 0, "status \(century.status): \(century.stderr)")
        let fall = try Self.simulate([:], extra: ["--growth=-150"])
        #expect(fall.status == 1)
        #expect(fall.stderr.contains("--growth: income cannot fall by more than 100% a year"), "\(fall.stderr)")
    }

    @Test func aShareOfZeroSaysNothingIsPaidNotThirtySixPaymentsOfZero() throws {
        let result = try Self.simulate(["--share": "0"], extra: ["--json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let scenarios = try #require(object?["scenarios"] as? [[String: Any]])
        for scenario in scenarios {
            #expect(scenario["paymentsMade"] as? Int == 0)
            #expect(scenario["endReason"] as? String == "none")
        }
        let text = try Self.simulate(["--share": "0"])
        #expect(text.stdout.contains("An income share of 0%: nothing is paid on these terms."))
    }
}
