import Foundation
import Testing

@testable import CareerDeskCore

/// Issue 17.11: what the printed contract summary states beyond the terms themselves.
@Suite struct ContractSummaryTermsTests {
    /// The fixture's contract signed by `officer` on 2026-11-20, with its practice share known.
    func signedSummary(_ language: Language, officer: String = "Петрова А. В.") throws -> String {
        var item = ExportFixtures.full
        var contract = try #require(item.contract)
        let at = Timestamp.parse("2026-11-20T09:00:00Z")!
        try contract.move(to: .ready, by: officer, at: at)
        try contract.move(to: .signed, by: officer, at: at)
        item.contract = contract
        var references = ExportFixtures.references
        references.practiceShare = 70
        let document = try ContractSummaryDocument.make(
            item, context: ExportFixtures.context(language, references: references))
        // The text as one line, so a phrase is found wherever the 80 columns wrapped it.
        return PlainTextRenderer().render(document).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func theContractedIncreaseInFiguresAndWordsAndWhatItIsNot() throws {
        let en = try signedSummary(.en)
        // T − B = 60 000 − 35 000.
        #expect(en.contains("income increase T − B = RUB 25,000.00 (twenty-five thousand roubles 00 kopecks) a month"))
        #expect(en.contains("not a diploma and not a job guarantee"))
        #expect(en.contains("If the increase is not reached, payments follow the income actually earned"))
        let ru = try signedSummary(.ru)
        #expect(ru.contains("прирост дохода T − B = 25 000,00 ₽ (двадцать пять тысяч рублей 00 копеек) в месяц"))
    }

    @Test func theFirstPaymentMonthAndTheWindowsLastDay() throws {
        // Month 1 is the course's first month (12.2026); D 0, G 3: payments from month 4, the window
        // (W 60) to month 63, the end of February 2032 (a leap year).
        let en = try signedSummary(.en)
        #expect(en.contains("First payment month: 2027-03 (contract month 4), from 2027-03-01"))
        #expect(en.contains("Window's last day: 2032-02-29"))
        let ru = try signedSummary(.ru)
        #expect(ru.contains("Первый платёжный месяц: 03.2027 (месяц 4 договора), с 01.03.2027"))
        #expect(ru.contains("Последний день окна: 29.02.2032"))
    }

    @Test func eachPartysObligationsTheSignedVersionAndNoProgrammeID() throws {
        let en = try signedSummary(.en, officer: "Smith J.")
        #expect(
            en.contains(
                "Training provider: teach the course “Профессиональное обучение: сварщик”, 70% of its hours in practice."
            ))
        #expect(
            en.contains("Employer: offer a job or an internship as Welder at a wage of about RUB 60,000.00 a month."))
        #expect(
            en.contains("Investor: fund the training (RUB 120,000.00) and carry the risk that income does not rise."))
        #expect(en.contains("Job seeker: complete the training and report income every month of the payment window"))
        #expect(en.contains("Signed: 2026-11-20, recorded by Smith J."))
        #expect(!en.contains("(earning-money-together)"))
    }

    @Test func theScenarioTableKeepsEachEndMonthAndWholeNames() throws {
        for language in Language.allCases {
            let text = PlainTextRenderer().render(
                try ContractSummaryDocument.make(ExportFixtures.full, context: ExportFixtures.context(language)))
            let lines = text.split(separator: "\n").map(String.init)
            let names = [DocumentText.scenarioNoGain, DocumentText.scenarioTarget, DocumentText.scenarioHigh]
            let header = try #require(lines.first { $0.hasPrefix(DocumentText.scenarioColumn(language)) })
            for name in names { #expect(header.contains(name(language)), "\(name(language)) broken: \(header)") }
            let ends = try #require(lines.first { $0.hasPrefix(DocumentText.endColumn(language) + "  ") })
            for month in ["63", "39", "25"] { #expect(ends.contains(month), "\(ends)") }
        }
    }
}
