import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// The review step: the whole case on one page, its actions, scrolling and the done rule.
@Suite struct ReviewStepTests {
    /// A demo case at the review step with a signed contract.
    static let signedCase = "SAK-2026-000101"

    static func page(_ state: AppState) -> String {
        let session = state.session!
        return ReviewPage.lines(session.item, context: state.context, reasons: session.review.reasons)
            .joined(separator: "\n")
    }

    @Test func pageHoldsTheKeyFactsOfTheCase() throws {
        let state = DeskFixtures.opened(Self.signedCase)
        let item = DeskFixtures.demoCase(Self.signedCase)
        #expect(state.session?.step == .review)
        let page = Self.page(state)
        let guidance = try #require(item.guidance)
        let contract = try #require(item.contract)
        let course = try #require(item.course)
        let occupation = try #require(DeskFixtures.catalog.occupation(guidance.targetOccupation!))
        let programme = try #require(DeskFixtures.catalog.programme(contract.programmeId))
        for fact in [
            item.seeker.fullName, item.seeker.snils, try #require(guidance.hollandCode), occupation.name.text.ru,
            course.courseId, course.provider, contract.terms.fundedAmount.formatted(.ru), "подписан",
            "Сценарии выплат", "Целевой доход", "Заметки", "Оценки",
        ] {
            #expect(page.contains(fact), "the page lacks \(fact)")
        }
        #expect(page.contains(programme.name(.ru)) || page.contains(String(programme.name(.ru).prefix(20))))
        // Why this occupation: the guidance engine's reason, worked out when the step was shown.
        #expect(!(state.session?.review.reasons.isEmpty ?? true))
        #expect(page.contains(state.session!.review.reasons[0].ru.prefix(30)))
        // The target scenario's total, computed here from the contract's own terms.
        let target = ContractScenarios.standard(terms: contract.terms).first { $0.name == .target }!
        #expect(page.contains(target.result.totalPaid.formatted(.ru)))
        for note in item.notes { #expect(page.contains(String(note.text.prefix(20)))) }
        // Readable at 80 columns: no page line is wider than the page.
        for line in page.split(separator: "\n") { #expect(String(line).displayWidth <= ReviewPage.width) }
        // Not the export's extras: no personal-data box, no case log.
        #expect(!page.contains("Журнал дела"))
    }

    @Test func pageInEnglish() {
        let state = DeskFixtures.opened(Self.signedCase, .en)
        let page = Self.page(state)
        for fact in ["Where the case stands", "Payment scenarios", "Target income", "signed", "Notes"] {
            #expect(page.contains(fact), "the page lacks \(fact)")
        }
        #expect(!page.contains("Сценарии"))
    }

    @Test func doneWhenTheContractIsSignedAndTheCaseReachedReview() {
        let signed = DeskFixtures.demoCase(Self.signedCase)
        #expect(ReviewStep.isDone(signed))
        var earlier = signed
        earlier.stage = .contract
        #expect(!ReviewStep.isDone(earlier))
        let draft = DeskFixtures.demoCase("SAK-2026-000103")
        var reviewed = draft
        reviewed.stage = .review
        #expect(!ReviewStep.isDone(reviewed))
        let state = DeskFixtures.opened(Self.signedCase)
        #expect(DeskView.render(state, size: state.size).text.contains("✓ Итог"))
    }

    @Test func enterOnAnActionOpensTheOutputDialogs() {
        var keys = Keys(DeskFixtures.opened(Self.signedCase))
        keys.press(.enter)
        guard case .dialog(_, .printDestination(.contract, .open)) = keys.state.overlay else {
            Issue.record("Enter did not ask where to print the contract summary")
            return
        }
        // "To a file", then the path: the frame's own flow prints the working copy.
        keys.press(.tab, .enter)
        guard case .dialog(_, .printPath(.contract, .open)) = keys.state.overlay else {
            Issue.record("no path dialog")
            return
        }
        let effects = keys.press(.enter)
        guard case .print(.contract, .loaded(let item), .file(let path)) = effects.first else {
            Issue.record("no print effect: \(effects.map(\.name))")
            return
        }
        #expect(item.id.description == Self.signedCase)
        #expect(path.hasSuffix("contract.txt"))

        keys.press(.tab, .tab)
        #expect(keys.state.session?.review.action == ReviewAction.printPlan.rawValue)
        keys.press(.enter)
        guard case .dialog(_, .printDestination(.plan, .open)) = keys.state.overlay else {
            Issue.record("Enter did not ask where to print the plan")
            return
        }
        keys.press(.escape, .tab, .enter)
        guard case .dialog(_, .exportFormat(.open)) = keys.state.overlay else {
            Issue.record("Enter on Export did not ask the format")
            return
        }
    }

    @Test func printingASummaryWithoutContractIsRefused() {
        var keys = Keys(DeskFixtures.opened("KDA-2026-000501"))
        // Leave the contract step without drafting: the review of a case whose contract is not signed.
        var state = keys.state
        state.session?.item.contract = nil
        keys = Keys(state)
        keys.press(.alt("5"))
        keys.press(.enter)
        #expect(keys.state.overlay == nil)
        #expect(keys.state.notice?.kind == .error)
        #expect(DeskView.render(keys.state, size: keys.state.size).text.contains("Договора нет"))
    }

    @Test func scrollsThePageAndStopsAtTheEnd() {
        var keys = Keys(DeskFixtures.opened(Self.signedCase))
        let count = ReviewPage.lines(
            keys.state.session!.item, context: keys.state.context, reasons: keys.state.session!.review.reasons
        ).count
        #expect(count > 40)
        keys.press(.down, .down)
        #expect(keys.state.session?.review.offset == 2)
        // A page is the step's body less the lines above it (the frame keeps the body size).
        let page = ReviewStep.pageRows(keys.state.session!)
        #expect(page == CaseFrame.bodySize(keys.state).height - 3)
        keys.press(.pageDown)
        #expect(keys.state.session?.review.offset == 2 + page)
        keys.press(.end)
        #expect(keys.state.session?.review.offset == count - page)
        keys.press(.down)
        #expect(keys.state.session?.review.offset == count - page)
        let bottom = DeskView.render(keys.state, size: keys.state.size).text
        #expect(bottom.contains("100%"))
        keys.press(.home)
        #expect(keys.state.session?.review.offset == 0)
        keys.press(.up)
        #expect(keys.state.session?.review.offset == 0)
    }

    @Test func rendersAt80x24And120x40WithThePrintKeysShown() {
        for language in [Language.ru, .en] {
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
                let state = DeskFixtures.opened(Self.signedCase, language, size: size)
                let text = DeskView.render(state, size: size).text
                // At 80 columns a line above the page, at 120 a panel beside it.
                let keys =
                    size.width < 110
                    ? ReviewStepText.outputKeys(language) : String(ReviewStepText.panelPrint(language).prefix(12))
                #expect(text.contains(keys))
                #expect(text.contains(language == .ru ? "Сводка договора" : "Contract summary"))
                #expect(DeskView.render(state, size: size).text == text)
            }
        }
    }

    @Test func helpStatesTheDoneRule() {
        #expect(ReviewStep.help(.ru).contains("подписан"))
        #expect(ReviewStep.help(.en).contains("signed"))
        for language in [Language.ru, .en] {
            // The step's keys and the frame's (F5, F6) in the F1 text of the review step.
            let help = CaseFrame.help(DeskFixtures.opened("SAK-2026-000101", language)).text
            for key in ["F5", "F6", "Tab", "Enter", "PgDn"] { #expect(help.contains(key)) }
        }
    }

    @Test func theStatusActionPutsTheCaseOnHoldAndTheFrameSavesIt() throws {
        var keys = Keys(DeskFixtures.opened(Self.signedCase))
        #expect(keys.state.session?.item.status == .open)
        // The fifth action, then the dialog's second choice (open, on hold, closed, cancel).
        keys.press(.tab, .tab, .tab, .tab, .enter)
        guard case .dialog(let dialog, .step(.review, tag: "status")) = keys.state.overlay else {
            Issue.record("no status dialog")
            return
        }
        #expect(dialog.buttons.count == CaseStatus.allCases.count + 1)
        keys.press(.down, .enter)
        let session = try #require(keys.state.session)
        #expect(session.item.status == .onHold)
        #expect(session.hasUnsavedWork)
        #expect(keys.state.notice?.text.contains("приостановлено") == true)
        // The dialog opens on the current status; Esc cancels and leaves it as it is.
        keys.press(.enter)
        guard case .dialog(let again, _) = keys.state.overlay else {
            Issue.record("no status dialog the second time")
            return
        }
        #expect(again.selectedButton == 1)
        keys.press(.escape)
        #expect(keys.state.overlay == nil)
        #expect(keys.state.session?.item.status == .onHold)
    }
}
