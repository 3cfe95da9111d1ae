import CareerDeskCore
import Foundation
import Testing

/// The printed documents as plain text, compared with golden files under Snapshots/ (readable in
/// a diff). Run with SNAPSHOT_UPDATE=1 to rewrite them after a deliberate change.
@Suite struct DocumentSnapshotTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    func assertSnapshot(
        _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = Self.snapshots.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["SNAPSHOT_UPDATE"] == "1" {
            try FileManager.default.createDirectory(at: Self.snapshots, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            text == expected, "snapshot \(name) differs; rerun with SNAPSHOT_UPDATE=1 if intended",
            sourceLocation: sourceLocation)
    }

    func assertFits(
        _ text: String, width: Int = 80, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            #expect(
                TextColumns.width(of: String(line)) <= width,
                "line \(number + 1) is wider than \(width): \(line)",
                sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: Language.allCases) func contractSummary(language: Language) throws {
        let text = PlainTextRenderer().render(
            try ContractSummaryDocument.make(
                ExportFixtures.full, context: ExportFixtures.context(language)))
        assertFits(text)
        try assertSnapshot(text, named: "contract-summary-\(language.rawValue)")
    }

    @Test(arguments: Language.allCases) func consent(language: Language) throws {
        let text = PlainTextRenderer().render(
            ConsentDocument.make(ExportFixtures.full, context: ExportFixtures.context(language)))
        assertFits(text)
        try assertSnapshot(text, named: "consent-\(language.rawValue)")
    }

    @Test(arguments: Language.allCases) func careerPlan(language: Language) throws {
        let text = PlainTextRenderer().render(
            CareerPlanDocument.make(ExportFixtures.full, context: ExportFixtures.context(language)))
        assertFits(text)
        try assertSnapshot(text, named: "career-plan-\(language.rawValue)")
    }

    @Test func summaryStatesTheWorkedExample() throws {
        let text = PlainTextRenderer().render(
            try ContractSummaryDocument.make(ExportFixtures.full, context: ExportFixtures.context(.en))
        )
        .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        // Wrapping and no-break spaces are flattened to single spaces so phrases are found whole.
        // PRODUCT.md: income 60 000 pays 3 750 a month, 36 payments, 135 000 in all, ending on the term.
        #expect(text.contains("RUB 3,750.00"))
        #expect(text.contains("RUB 135,000.00"))
        #expect(text.contains("one hundred twenty thousand roubles 00 kopecks"))
        #expect(text.contains("RUB 45,000.00"))  // the threshold B + M
        #expect(text.contains("This document contains personal data"))
    }

    @Test func everyDocumentStatesItHoldsPersonalData() throws {
        for language in Language.allCases {
            let c = ExportFixtures.context(language)
            let documents = [
                try ContractSummaryDocument.make(ExportFixtures.full, context: c),
                ConsentDocument.make(ExportFixtures.full, context: c),
                CareerPlanDocument.make(ExportFixtures.full, context: c),
                CaseFileDocument.make(ExportFixtures.bare, context: c),
                CaseFileDocument.export(ExportFixtures.full, context: c),
            ]
            for document in documents {
                #expect(
                    document.blocks.contains(.notice(DocumentText.personalDataNotice(language))),
                    "\(document.title)")
            }
        }
    }

    @Test func summaryOfACaseWithoutAContractIsRefused() {
        #expect(throws: DocumentError.noContract(ExportFixtures.bare.id)) {
            try ContractSummaryDocument.make(ExportFixtures.bare, context: ExportFixtures.context(.ru))
        }
    }

    @Test func bareCaseStillMakesAPlanAndAConsent() {
        let c = ExportFixtures.context(.ru)
        let plan = PlainTextRenderer().render(CareerPlanDocument.make(ExportFixtures.bare, context: c))
        assertFits(plan)
        #expect(plan.contains(DocumentText.stepQuestionnaire(.ru)))
        #expect(plan.contains(DocumentText.noCourse(.ru)))
        let caseFile = PlainTextRenderer().render(
            CaseFileDocument.make(ExportFixtures.bare, context: c))
        assertFits(caseFile)
    }

    @Test func caseFileWithCJKAndLongTextFitsEightyColumns() {
        var item = ExportFixtures.full
        item.notes.append(
            CaseNote(
                at: ExportFixtures.opened, author: "Петров", text: String(repeating: "長い日本語のメモ", count: 30))
        )
        item.notes.append(
            CaseNote(
                at: ExportFixtures.opened, author: "Петров", text: String(repeating: "Ж", count: 300)))
        let text = PlainTextRenderer().render(
            CaseFileDocument.export(item, context: ExportFixtures.context(.ru)))
        assertFits(text)
        #expect(text.contains("日本語の研修も可能"))
    }
}
