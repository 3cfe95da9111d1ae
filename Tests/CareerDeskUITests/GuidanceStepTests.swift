import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// The guidance step through `DeskUpdate.update`: keys in, the case and the screen checked.
@Suite struct GuidanceStepTests {
    /// The worked example of docs/guidance.md: R 92, I 71, A 21, S 21, E 46, C 46 → RIE.
    static let exampleAnswers: [Int] = [
        5, 4, 2, 2, 3, 3, 5, 5, 3, 3, 4, 4, 4, 3, 1, 1, 2, 2, 5, 4, 2, 2, 3, 3, 5, 4, 2, 2, 3, 3, 4, 3, 1, 1, 2, 2,
    ]

    /// A case with no guidance yet (profile stage), on the guidance step.
    static func onGuidance(_ language: Language = .ru, size: Size = Size(width: 80, height: 24), holder: String? = nil)
        -> Keys
    {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301", language, size: size, holder: holder))
        k.press(.alt("2"))
        return k
    }

    static func answerAll(_ k: inout Keys) {
        k.type(exampleAnswers.map(String.init).joined())
    }

    var catalog: Catalog { DeskFixtures.catalog }

    @Test func aNewQuestionnaireStartsAtTheFirstItemWithTheScaleShown() {
        let k = Self.onGuidance()
        #expect(k.state.session?.step == .guidance)
        #expect(k.state.session?.guidance.pane == .questionnaire)
        #expect(k.state.session?.guidance.item == 0)
        let screen = k.state.screenText
        #expect(screen.contains("Вопрос 1 из 36"))
        #expect(screen.contains(catalog.questionnaire.items[0].text.ru))
        for point in catalog.questionnaire.scale { #expect(screen.contains(point.label.ru)) }
        #expect(screen.contains("Опросник 0/36"))
    }

    @Test func eachDigitAnswersOneItemAndMovesOnAndBackChangesAnAnswer() {
        var k = Self.onGuidance()
        k.type("54")
        var guidance = k.state.session?.item.guidance
        #expect(guidance?.answers.count == 36)
        #expect(guidance?.answers.prefix(3) == [5, 4, nil])
        #expect(guidance?.questionnaireId == catalog.questionnaire.id)
        #expect(guidance?.hollandCode == nil)
        #expect(k.state.session?.guidance.item == 2)
        #expect(k.state.screenText.contains("Вопрос 3 из 36"))
        #expect(k.state.screenText.contains("Опросник 2/36"))
        // An answer is unsaved work: autosave picks it up.
        #expect(k.state.session?.hasUnsavedWork == true)
        // ← and Backspace go back; a new digit replaces the answer.
        k.press(.left)
        #expect(k.state.session?.guidance.item == 1)
        k.type("2")
        #expect(k.state.session?.item.guidance?.answers.prefix(3) == [5, 2, nil])
        k.press(.backspace, .backspace)
        #expect(k.state.session?.guidance.item == 0)
        // → moves over answered items only: item 2 has no answer, so → stops there.
        k.press(.right, .right, .right, .right)
        #expect(k.state.session?.guidance.item == 2)
        // A digit outside the scale is not an answer.
        k.type("7")
        #expect(k.state.session?.item.guidance?.answers[2] == nil)
        guidance = k.state.session?.item.guidance
        #expect(guidance?.answers.compactMap { $0 }.count == 2)
    }

    @Test func theLastAnswerShowsTheRIASECBarsAndTheHollandCode() {
        var k = Self.onGuidance()
        Self.answerAll(&k)
        let guidance = k.state.session?.item.guidance
        #expect(guidance?.answers == Self.exampleAnswers.map { Optional($0) })
        #expect(guidance?.hollandCode == "RIE")
        #expect(guidance?.riasec?.realistic == 92)
        #expect(guidance?.riasec?.investigative == 71)
        #expect(guidance?.riasec?.enterprising == 46)
        let screen = k.state.screenText
        #expect(screen.contains("Код Холланда: RIE"))
        #expect(screen.contains("Опросник заполнен"))
        // The bars: one row per type with its score at the end.
        let rows = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(rows.contains { $0.hasPrefix("R ") && $0.contains("█") && $0.hasSuffix("92") })
        #expect(rows.contains { $0.hasPrefix("S ") && $0.hasSuffix("21") })
        // The ranking now uses interests.
        #expect(k.state.session?.guidance.result?.usesInterests == true)
    }

    @Test func tabWalksThePanesAndShiftTabWalksBack() {
        var k = Self.onGuidance(.en)
        let before = k.state.session?.item
        var seen: [GuidanceStepState.Pane] = []
        for _ in 0..<4 {
            k.press(.tab)
            seen.append(k.state.session!.guidance.pane)
        }
        #expect(seen == [.skills, .occupations, .measures, .questionnaire])
        k.press(.backTab)
        #expect(k.state.session?.guidance.pane == .measures)
        #expect(k.state.screenText.contains("Support measures the seeker is entitled to"))
        // Panes do not change the case.
        #expect(k.state.session?.item == before)
    }

    /// Issue 17.1: the ranking changes with every answer; the list must open on rank 1, in view,
    /// so Enter at once picks the best-ranked target (it used to keep following a row to rank 13).
    @Test func theRankingOpensOnItsBestRowInViewAfterTheQuestionnaire() throws {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            var k = Self.onGuidance(.en, size: size)
            // Look at the ranking half-way, move down it, then finish the questionnaire.
            k.type(Self.exampleAnswers.prefix(18).map(String.init).joined())
            k.press(.tab, .tab)
            k.press(.down, .down, .down)
            k.press(.backTab, .backTab)
            k.type(Self.exampleAnswers.dropFirst(18).map(String.init).joined())
            k.press(.tab, .tab)
            let session = try #require(k.state.session)
            #expect(session.guidance.pane == .occupations)
            let row = try #require(session.guidance.occupations.selectedRow)
            #expect(row == 0)
            #expect(session.guidance.occupations.top == 0)
            let best = try #require(session.guidance.result?.recommendations.first)
            #expect(best.rank == 1)
            k.press(.enter)
            #expect(GuidanceStep.targetCode(k.state.session?.item.guidance) == best.occupationCode)
            #expect(k.state.screenText.contains(best.name(.en)))
        }
    }

    @Test func pickingATargetSetsTheGuidanceFields() throws {
        var k = Self.onGuidance()
        Self.answerAll(&k)
        k.press(.tab, .tab)
        #expect(k.state.session?.guidance.pane == .occupations)
        k.press(.down)
        k.at(30)
        k.press(.enter)
        let session = try #require(k.state.session)
        let guidance = try #require(session.item.guidance)
        // The second of the ranking, computed here independently of the screen.
        let seeker = session.item.seeker
        var asked = Guidance(answers: Self.exampleAnswers.map { Optional($0) })
        asked.questionnaireId = catalog.questionnaire.id
        let result = GuidanceEngine(catalog: catalog).recommend(
            for: seeker, guidance: asked, today: LocalDate(DeskFixtures.now))
        let second = result.recommendations[1]
        #expect(second.track == .employment)
        #expect(guidance.targetOccupation == second.occupationCode)
        #expect(guidance.track == .employment)
        #expect(guidance.hollandCode == "RIE")
        #expect(guidance.riasec?.social == 21)
        let measures = SupportMeasures.eligible(
            catalog.supportMeasures, for: seeker, track: .employment, today: LocalDate(DeskFixtures.now))
        #expect(!measures.isEmpty)
        #expect(guidance.supportMeasures == measures.map(\.id))
        #expect(guidance.completedAt == DeskFixtures.now.addingTimeInterval(30))
        #expect(GuidanceStep.isDone(session.item))
        #expect(k.state.screenText.contains("✓ Профориентация"))
        #expect(k.state.screenText.contains("Цель: ✓ " + second.name.ru))
        // Enter on the target again changes nothing.
        let before = session.item
        k.at(60)
        k.press(.enter)
        #expect(k.state.session?.item == before)
    }

    @Test func theOwnBusinessTrackIsRankedAndCanBeTheTarget() throws {
        var k = Self.onGuidance(.en)
        Self.answerAll(&k)
        k.press(.tab, .tab)
        let result = try #require(k.state.session?.guidance.result)
        #expect(result.recommendations.contains { $0.track == .ownBusiness })
        // Type to find it, then choose it.
        k.type("own bus")
        #expect(k.state.session?.guidance.occupations.visibleRows.count == 1)
        k.press(.enter)
        let guidance = try #require(k.state.session?.item.guidance)
        #expect(guidance.track == .ownBusiness)
        #expect(guidance.targetOccupation == nil)
        let seeker = k.state.session!.item.seeker
        let ownMeasures = SupportMeasures.eligible(
            catalog.supportMeasures, for: seeker, track: .ownBusiness, today: LocalDate(DeskFixtures.now))
        #expect(guidance.supportMeasures == ownMeasures.map(\.id))
        #expect(GuidanceStep.isDone(k.state.session!.item))
        // Esc clears the search first; it does not leave the case.
        k.press(.escape)
        #expect(k.state.screen == .caseFile)
        #expect(k.state.session?.guidance.occupations.filter == "")
    }

    @Test func theRankingShowsScorePartsPayAndTheReason() throws {
        var k = Self.onGuidance(.en)
        Self.answerAll(&k)
        k.press(.tab, .tab)
        let top = try #require(k.state.session?.guidance.result?.recommendations.first)
        let screen = k.state.screenText
        #expect(screen.contains(top.name.en))
        #expect(screen.contains("interests \(top.parts.interest!) · demand \(top.parts.demand)"))
        #expect(screen.contains(top.medianWage.formatted(.en, kopecks: false)))
        // The reason's first words (it may wrap onto a second line).
        #expect(screen.contains(String(top.reason.en.prefix(30))))
    }

    @Test func theSkillsCheckListsTheTopOccupationsSkillsFirstAndTicksThem() throws {
        var k = Self.onGuidance()
        Self.answerAll(&k)
        k.press(.tab)
        let state = try #require(k.state.session?.guidance)
        let top = state.result!.recommendations.prefix(GuidanceStep.relevantOutcomes)
        let needed = Set(top.flatMap { catalog.occupation($0.occupationCode)!.skills })
        #expect(needed.contains(state.skillIDs[0]))
        #expect(state.skillIDs.count == catalog.skills.count)
        let first = state.skillIDs[0]
        let scoreBefore = state.result!.recommendations.first { $0.occupationCode == top.first!.occupationCode }!
        k.press(.character(" "))
        #expect(k.state.session?.item.guidance?.skills == [first])
        #expect(k.state.screenText.contains("Навыки 1"))
        // Ticking changes the ranking's skills part.
        let scoreAfter = k.state.session!.guidance.result!.recommendations.first {
            $0.occupationCode == scoreBefore.occupationCode
        }!
        if catalog.occupation(scoreBefore.occupationCode)!.skills.contains(first) {
            #expect(scoreAfter.parts.skills! > scoreBefore.parts.skills!)
        }
        k.press(.enter)
        #expect(k.state.session?.item.guidance?.skills == [])
        // Type to filter: every row left names the text in the skill or the occupation needing it.
        k.type("свар")
        let table = k.state.session!.guidance.skills
        #expect(!table.visibleRows.isEmpty && table.visibleRows.count < table.rows.count)
        for row in table.visibleRows {
            #expect(TextMatch.contains(table.rows[row][1] + " " + table.rows[row][2], "свар"))
        }
        k.press(.escape)
        #expect(k.state.session?.guidance.skills.filter == "")
        #expect(k.state.screen == .caseFile)
    }

    @Test func aReadOnlyCaseRefusesAnswersSkillsAndTargets() {
        var k = Self.onGuidance(holder: "desk-7 (Сидоров)")
        k.type("5")
        #expect(k.state.session?.item.guidance == nil)
        #expect(k.state.notice?.kind == .error)
        k.press(.tab)
        k.press(.character(" "))
        #expect(k.state.session?.item.guidance == nil)
        k.press(.tab, .enter)
        #expect(k.state.session?.item.guidance == nil)
        #expect(k.state.session?.hasUnsavedWork == false)
        // The bottom bar offers no key that would change the case.
        let keys = CaseFrame.keys(k.state).map(\.key)
        #expect(!keys.contains(.enter))
    }

    @Test func aCaseWithGuidanceDoneOpensOnTheRankingWithTheTargetSelected() throws {
        var k = Keys(DeskFixtures.opened("SAK-2026-000101"))
        k.press(.alt("2"))
        let session = try #require(k.state.session)
        #expect(session.guidance.pane == .occupations)
        let target = session.item.guidance?.targetOccupation
        let row = try #require(session.guidance.occupations.selectedRow)
        #expect(session.guidance.result?.recommendations[row].occupationCode == target)
        #expect(GuidanceStep.isDone(session.item))
    }

    @Test func rendersAt80x24And120x40InBothLanguagesTheSameEachTime() {
        for language in Language.allCases {
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
                var k = Self.onGuidance(language, size: size)
                Self.answerAll(&k)
                for _ in 0..<4 {
                    let a = DeskView.render(k.state, size: size)
                    let b = DeskView.render(k.state, size: size)
                    #expect(a == b)
                    // The step's own keys are in the bottom bar.
                    #expect(a.rowText(size.height - 1).contains("Tab") || a.rowText(size.height - 2).contains("Tab"))
                    k.press(.tab)
                }
                #expect(!GuidanceStep.help(language).isEmpty)
            }
        }
    }

    @Test func wideScreensShowTheScorePartsAsBarsBesideTheRanking() {
        var k = Self.onGuidance(.en, size: Size(width: 120, height: 40))
        Self.answerAll(&k)
        k.press(.tab, .tab)
        let buffer = DeskView.render(k.state, size: Size(width: 120, height: 40))
        // A ranking row (its uplift in %) and a bar of the details share a screen row.
        let rows = (0..<40).map { buffer.rowText($0) }
        #expect(rows.contains { $0.contains("Interests") && $0.contains("█") && $0.contains("%") })
        #expect(rows.contains { $0.contains("Demand: ") })
    }
}
