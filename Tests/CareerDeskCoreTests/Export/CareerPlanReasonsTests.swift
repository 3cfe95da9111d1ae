import Foundation
import Testing

@testable import CareerDeskCore

/// The career plan explains the target with the guidance engine's own reasons (docs/guidance.md
/// §7 works the welder's numbers out by hand), and names the course in the document's language.
@Suite struct CareerPlanReasonsTests {
    let catalog = CatalogFixtures.catalog

    func demo(_ id: String) throws -> Case {
        try #require(DemoCaseTests.cases.first { $0.id.description == id })
    }

    @Test func theWeldersPlanGivesTheEnginesReasonRankAndParts() throws {
        let item = try demo("SAK-2026-000101")
        let reasons = DocumentReferences.guidanceReasons(
            for: item, catalog: catalog, today: CatalogFixtures.today)
        #expect(
            reasons.map { $0(.en) } == [
                "Interests match (RIE ↔ RIC); demand 3.44 vacancies per job seeker.",
                "Ranked 2 of 77 by career guidance, score 91 of 100 (interests 96 · demand 100 · pay 100 · "
                    + "skills 60 · training 88).",
            ])
        #expect(reasons.first?(.ru) == "Интересы совпадают (RIE ↔ RIC); спрос 3,44 вакансии на соискателя.")

        let references = DocumentReferences(for: item, catalog: catalog, explainingGuidanceOn: CatalogFixtures.today)
        let context = DocumentContext(
            language: .en, date: CatalogFixtures.today, timeZone: ExportFixtures.utc, references: references)
        let text = PlainTextRenderer().render(CareerPlanDocument.make(item, context: context))
        #expect(text.contains("• Interests match (RIE ↔ RIC); demand 3.44 vacancies per job seeker."))
        // A wrapped bullet continues under its text.
        #expect(
            text.contains("• Ranked 2 of 77 by career guidance, score 91 of 100 (interests 96 · demand 100\n  · pay"))
        #expect(!text.contains("It fits the seeker's interests"), "the fallback is not used when the engine answers")
        // The English plan names the course as the catalog translates it; the Russian one as recorded.
        #expect(text.contains("Vocational training: Welder (SAK-7212-01)"))
        #expect(text.contains("Island Polytechnic College"))
        let ru = PlainTextRenderer().render(
            CareerPlanDocument.make(
                item,
                context: DocumentContext(
                    language: .ru, date: CatalogFixtures.today, timeZone: ExportFixtures.utc, references: references)))
        #expect(ru.contains("Профессиональное обучение: сварщик (SAK-7212-01)"))
    }

    @Test func theReasonsAreThoseOfTheDayGuidanceWasDone() throws {
        // Printed years later, when the course has long started, the plan still says why it was chosen.
        let item = try demo("SAK-2026-000101")
        let later = LocalDate(year: 2030, month: 1, day: 1)!
        #expect(
            DocumentReferences.guidanceReasons(for: item, catalog: catalog, today: later)
                == DocumentReferences.guidanceReasons(for: item, catalog: catalog, today: CatalogFixtures.today))
    }

    @Test func theOwnBusinessTrackIsExplainedToo() throws {
        let item = try demo("KDA-2026-000501")
        #expect(item.guidance?.track == .ownBusiness && item.guidance?.targetOccupation == nil)
        let reasons = DocumentReferences.guidanceReasons(for: item, catalog: catalog, today: CatalogFixtures.today)
        #expect(reasons.count == 2)
        #expect(reasons.last?(.en).hasPrefix("Ranked ") == true)
        let references = DocumentReferences(for: item, catalog: catalog, explainingGuidanceOn: CatalogFixtures.today)
        let text = PlainTextRenderer().render(
            CareerPlanDocument.make(
                item,
                context: DocumentContext(
                    language: .en, date: CatalogFixtures.today, timeZone: ExportFixtures.utc, references: references)))
        #expect(text.contains("Why an own business\n"))
        // (RUB and the amount are joined by a no-break space.)
        #expect(text.contains("• Interests match (EAS ↔ ECS); pay RUB\u{00A0}57,500 (+91% over income)"))
    }

    @Test func aRecordedTitleThatDiffersFromTheCatalogIsKept() throws {
        var item = try demo("SAK-2026-000101")
        item.course?.title = "Сварка (по договору с работодателем)"
        let references = DocumentReferences(for: item, catalog: catalog)
        let context = DocumentContext(
            language: .en, date: CatalogFixtures.today, timeZone: ExportFixtures.utc, references: references)
        let text = PlainTextRenderer().render(CareerPlanDocument.make(item, context: context))
        #expect(text.contains("Сварка (по договору с работодателем) (SAK-7212-01)"))
        #expect(!text.contains("Vocational training: Welder"))
    }

    @Test func aCaseWithoutGuidanceHasNoEngineReasons() {
        #expect(
            DocumentReferences.guidanceReasons(for: ExportFixtures.bare, catalog: catalog, today: CatalogFixtures.today)
                .isEmpty)
    }
}
