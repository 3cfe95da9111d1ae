import Foundation
import Testing

/// `careerdesk simulate` run as a person would, on PRODUCT.md's worked example.
@Suite struct SimulateCommandTests {
    static let example = [
        "simulate", "--funded", "120000", "--baseline", "35000", "--target", "60000", "--share", "15",
        "--min-increase", "10000", "--cap", "1.5", "--term", "36", "--window", "60", "--grace", "3",
    ]

    func scenarios(_ result: CLI.Result) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return try #require(object?["scenarios"] as? [[String: Any]])
    }

    @Test func workedExampleAsJSON() throws {
        let result = try CLI.run(Self.example + ["--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let list = try scenarios(result)
        #expect(list.map { $0["name"] as? String } == ["noGain", "target", "high"])
        let noGain = list[0]
        #expect(noGain["totalPaid"] as? String == "0.00")
        #expect(noGain["paymentsMade"] as? Int == 0)
        #expect(noGain["endReason"] as? String == "window")
        #expect(noGain["impliedAnnualRate"] is NSNull)
        let target = list[1]
        #expect(target["monthlyPayment"] as? String == "3750.00")
        #expect(target["paymentsMade"] as? Int == 36)
        #expect(target["totalPaid"] as? String == "135000.00")
        #expect(target["capReached"] as? Bool == false)
        #expect(target["endReason"] as? String == "term")
        let rate = try #require(target["impliedAnnualRate"] as? Double)
        #expect(rate > 6.6 && rate < 6.8)
        #expect((target["schedule"] as? [Any])?.count == 36)
        let high = list[2]
        #expect(high["endReason"] as? String == "cap")
        #expect(high["totalPaid"] as? String == "180000.00")
        #expect(high["capReached"] as? Bool == true)
    }

    @Test func incomeBelowThresholdPaysNothingEndingWithTheWindow() throws {
        let result = try CLI.run(Self.example + ["--income", "44000", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let only = try #require(try scenarios(result).first)
        #expect(only["name"] as? String == "custom")
        #expect(only["totalPaid"] as? String == "0.00")
        #expect(only["endReason"] as? String == "window")
        #expect((only["schedule"] as? [Any])?.count == 60)
    }

    @Test func textTableInRussianAndEnglish() throws {
        let ru = try CLI.run(Self.example)
        #expect(ru.status == 0)
        #expect(ru.stdout.contains("целевой доход"))
        #expect(ru.stdout.contains("135\u{00A0}000,00\u{00A0}₽"))
        #expect(ru.stdout.contains("внесены все платежи"))
        let en = try CLI.run(Self.example + ["--lang", "en"])
        #expect(en.status == 0)
        #expect(en.stdout.contains("RUB\u{00A0}135,000.00"))
        #expect(en.stdout.contains("term paid"))
        #expect(en.stdout.contains("window closed"))
        // The scenario table fits an 80-column terminal.
        for line in en.stdout.split(separator: "\n") where line.contains("RUB") && !line.hasPrefix("F ") {
            #expect(line.count <= 80, "\(line)")
        }
    }

    @Test func incomePathFileAndJSONArray() throws {
        let folder = makeTempDirectory("simulate")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = folder.appendingPathComponent("income.txt")
        try "# months 4, 5, 6…\n30000\n\n30 000,00\n60000\n".write(to: lines, atomically: true, encoding: .utf8)
        let fromLines = try CLI.run(Self.example + ["--income-path", lines.path, "--json"])
        #expect(fromLines.status == 0, "\(fromLines.stderr)")
        let scenario = try #require(try scenarios(fromLines).first)
        #expect(scenario["paymentsMade"] as? Int == 36)
        #expect(scenario["endMonth"] as? Int == 41)
        let array = folder.appendingPathComponent("income.json")
        try #"["30000.00", "30000", "60000.00"]"#.write(to: array, atomically: true, encoding: .utf8)
        let fromArray = try CLI.run(Self.example + ["--income-path", array.path, "--json"])
        #expect(try scenarios(fromArray).first?["endMonth"] as? Int == 41)
        let bad = folder.appendingPathComponent("bad.txt")
        try "60000\n6O000\n".write(to: bad, atomically: true, encoding: .utf8)
        let refused = try CLI.run(Self.example + ["--income-path", bad.path, "--lang", "en"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("line 2"))
        #expect(refused.stderr.contains("6O000"))
        let numbers = folder.appendingPathComponent("numbers.json")
        try "[60000, 61000]".write(to: numbers, atomically: true, encoding: .utf8)
        let floating = try CLI.run(Self.example + ["--income-path", numbers.path, "--lang", "en"])
        #expect(floating.status != 0)
        #expect(floating.stderr.contains("item 1: 60000 is a JSON number. Write amounts as strings"))
    }

    func replacing(_ option: String, with value: String) -> [String] {
        var arguments = Self.example
        let index = arguments.firstIndex(of: option)!
        arguments[index + 1] = value
        return arguments
    }

    @Test func refusesImpossibleTerms() throws {
        let capBelow = try CLI.run(replacing("--cap", with: "0.9") + ["--lang", "en"])
        #expect(capBelow.status != 0)
        #expect(capBelow.stdout.isEmpty)
        #expect(capBelow.stderr.contains("cap multiple (k)"))
        #expect(capBelow.stderr.contains("below the funded amount"))
        let share = try CLI.run(replacing("--share", with: "120") + ["--lang", "en"])
        #expect(share.status != 0)
        #expect(share.stderr.contains("outside 0–100%"))
        // A negative value needs `=`, or the parser takes it for an option.
        var arguments = Self.example
        arguments.removeSubrange(1...2)
        let negative = try CLI.run(arguments + ["--funded=-5", "--lang", "en"])
        #expect(negative.status != 0)
        #expect(negative.stderr.contains("funded amount (F): the value cannot be negative"))
        let window = try CLI.run(replacing("--window", with: "24") + ["--lang", "en"])
        #expect(window.status != 0)
        #expect(window.stderr.contains("shorter than the term"))
        let ru = try CLI.run(replacing("--window", with: "24"))
        #expect(ru.stderr.contains("окно выплат (W)"))
        // All problems at once.
        let both = try CLI.run(replacing("--cap", with: "0.5") + ["--share=-1", "--lang", "en"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("cap multiple") && both.stderr.contains("income share"))
        #expect(!both.stderr.contains("Error:"))
    }

    @Test func refusesBadNumbers() throws {
        let share = try CLI.run(replacing("--share", with: "12,5,0") + ["--lang", "en"])
        #expect(share.status != 0)
        #expect(share.stderr.contains("--share: “12,5,0” is not a percentage"))
        let funded = try CLI.run(replacing("--funded", with: "12e4"))
        #expect(funded.status != 0)
        #expect(funded.stderr.contains("--funded: «12e4»"))
        let term = try CLI.run(replacing("--term", with: "3.5") + ["--lang", "en"])
        #expect(term.status != 0)
        #expect(term.stderr.contains("--term"))
        let base = try CLI.run(Self.example + ["--share-base", "gross", "--lang", "en"])
        #expect(base.status != 0)
        #expect(base.stderr.contains("expected increase or total"))
    }

    @Test func decimalShareAndTotalIncomeBase() throws {
        // 12.5 % of total income 50 000 = 6 250 a month; 28 payments = 175 000, the 29th trimmed to 5 000.
        let result = try CLI.run(
            replacing("--share", with: "12,5") + ["--share-base", "total", "--income", "50000", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let only = try #require(try scenarios(result).first)
        #expect(only["monthlyPayment"] as? String == "6250.00")
        #expect(only["paymentsMade"] as? Int == 29)
        #expect(only["endReason"] as? String == "cap")
        let schedule = try #require(only["schedule"] as? [[String: Any]])
        #expect(schedule.last?["payment"] as? String == "5000.00")
    }
}
