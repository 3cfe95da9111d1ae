import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// The contract step through `DeskUpdate.update`: the draft, live validation and scenarios,
/// status moves with confirmation, frozen signed terms and amendments.
@Suite struct ContractStepTests {
    /// A demo case at the contract step with a draft contract (SAK, Earning Money Together).
    static let draftCase = "SAK-2026-000103"
    /// A demo case at the contract step with a course and no contract yet.
    static let undraftedCase = "PER-2026-000203"

    static func session(_ keys: Keys) -> CaseSession { keys.state.session! }
    static func contract(_ keys: Keys) -> Contract { keys.state.session!.item.contract! }

    /// Focuses the form row `key` (Tab from the top, as the officer would).
    static func focus(_ key: String, _ keys: inout Keys) {
        let rows = session(keys).contract.form!.list.rows
        let target = rows.firstIndex { $0.key == key }!
        var guardCount = 0
        while session(keys).contract.form!.list.focus != target, guardCount < rows.count + 1 {
            keys.press(.tab)
            guardCount += 1
        }
        #expect(session(keys).contract.form!.list.focusedRow?.key == key)
    }

    /// Replaces the text of the focused row with `text`.
    static func retype(_ text: String, _ keys: inout Keys) {
        keys.press(.end)
        for _ in 0..<20 { keys.press(.backspace) }
        keys.type(text)
    }

    static func screen(_ state: AppState) -> String { DeskView.render(state, size: state.size).text }

    /// Chooses the status-menu option named `name` and answers its confirmation with `yes`.
    static func move(to name: String, yes: Bool, _ keys: inout Keys) {
        keys.press(.function(4))
        guard case .dialog(let menu, .step(.contract, let tag)) = keys.state.overlay else {
            Issue.record("F4 did not open the status menu")
            return
        }
        #expect(tag.hasPrefix("menu:"))
        let index = menu.buttons.firstIndex(of: name)!
        for _ in 0..<index { keys.press(.tab) }
        keys.press(.enter)
        guard case .dialog(let confirm, .step(.contract, _)) = keys.state.overlay else { return }
        #expect(confirm.selectedButton == 0, "the move asked for is the default: Enter confirms")
        keys.press(yes ? .enter : .escape)
    }

    @Test func prefillsFromProgrammeCourseAndRegionalWage() throws {
        var keys = Keys(DeskFixtures.opened(Self.undraftedCase))
        let item = DeskFixtures.demoCase(Self.undraftedCase)
        #expect(item.contract == nil)
        let course = item.course!
        let session = Self.session(keys)
        #expect(session.step == .contract)
        let contract = session.item.contract!
        #expect(contract.programmeId == "earning-money-together")
        #expect(contract.terms.fundedAmount == course.cost)
        #expect(contract.terms.baselineIncome == item.seeker.baselineIncome)
        #expect(contract.terms.courseMonths == course.durationMonths)
        let occupation = DeskFixtures.catalog.occupation(item.guidance!.targetOccupation!)!
        #expect(contract.terms.targetIncome == occupation.figuresOrNational(in: item.seeker.region).medianWage)
        let policy = DeskFixtures.catalog.programme("earning-money-together")!
        #expect(contract.terms.shareBasisPoints == policy.defaults.shareBasisPoints)
        #expect(contract.parties.provider?.name == course.provider)
        #expect(contract.parties.seeker?.fullName == item.seeker.fullName)
        // The draft counts as an edit: autosave will write it.
        #expect(session.hasUnsavedWork)
        #expect(
            session.contract.form?.list["fundedAmount"]?.textValue
                == FieldFormat.moneyField(course.cost, .ru).moneyGrouped)
        // The provider's INN is not in the catalog: the validator asks for it beside the field.
        #expect(session.contract.form?.list["parties.provider.inn"]?.error != nil)
        #expect(session.contract.scenarios.map(\.name) == [.noGain, .target, .high])
        // Issue 17.2: the form opens on the first field that needs input, not the programme row;
        // Ctrl-N (named in the key bar) goes on to the next field with a problem.
        let list = try #require(Self.session(keys).contract.form?.list)
        #expect(list.focus == list.firstNeedingInput)
        #expect(list.focusedRow?.key.hasPrefix("parties.") == true)
        #expect(CaseFrame.keys(keys.state).contains { $0.key == .ctrl("n") })
        keys.press(.ctrl("n"))
        let next = try #require(Self.session(keys).contract.form?.list)
        #expect(next.focus > list.focus)
        #expect(next.focusedRow.map(FieldList.needsInput) == true)
    }

    @Test func ownBusinessTrackTakesTheOwnBusinessWage() {
        let keys = Keys(DeskFixtures.opened("KDA-2026-000501"))
        let item = DeskFixtures.demoCase("KDA-2026-000501")
        #expect(item.guidance?.track == .ownBusiness)
        let wage = DeskFixtures.catalog.ownBusiness.figuresOrNational(in: item.seeker.region).medianWage
        #expect(Self.contract(keys).terms.targetIncome == wage)
        #expect(Self.contract(keys).terms.fundedAmount == item.course!.cost)
    }

    @Test func withoutCourseSaysSoAndPointsToTheCourseStep() {
        var keys = Keys(DeskFixtures.opened("SAK-2026-000102"))
        keys.press(.alt("4"))
        let session = Self.session(keys)
        #expect(session.step == .contract)
        #expect(session.item.contract == nil)
        #expect(session.contract.form == nil)
        #expect(Self.screen(keys.state).contains("Alt-3"))
        #expect(ContractStep.keys(session, context: keys.state.context).map(\.key) == [.alt("3")])
        keys.press(.function(4))
        #expect(keys.state.overlay == nil)
    }

    @Test func editingATermRevalidatesAndUpdatesTheScenarios() {
        var keys = Keys(DeskFixtures.opened(Self.draftCase))
        let before = Self.contract(keys).terms
        let targetBefore = Self.session(keys).contract.scenarios.first { $0.name == .target }!.result
        #expect(
            targetBefore.monthlyPayment == (before.targetIncome - before.baselineIncome).applying(basisPoints: 1500))
        Self.focus("shareBasisPoints", &keys)
        Self.retype("12,5", &keys)
        let terms = Self.contract(keys).terms
        #expect(terms.shareBasisPoints == 1250)
        // 12.5 % of (131 500 − 68 000) = 7 937.50, by hand.
        let target = Self.session(keys).contract.scenarios.first { $0.name == .target }!.result
        #expect(target.monthlyPayment == Money(kopecks: 793_750))
        #expect(target != targetBefore)
        #expect(Self.session(keys).contract.problems.isEmpty)
        #expect(Self.screen(keys.state).contains(Money(kopecks: 793_750).formatted(.ru)))
        #expect(Self.session(keys).hasUnsavedWork)

        // A funded amount with kopecks, typed through the money mask.
        Self.focus("fundedAmount", &keys)
        Self.retype("90000,5", &keys)
        #expect(Self.contract(keys).terms.fundedAmount == Money(kopecks: 9_000_050))
    }

    @Test func outOfPolicyValueShowsTheBoundBesideTheField() {
        var keys = Keys(DeskFixtures.opened(Self.draftCase))
        Self.focus("shareBasisPoints", &keys)
        Self.retype("25", &keys)
        let session = Self.session(keys)
        #expect(session.item.contract?.terms.shareBasisPoints == 2500)
        let problem = session.contract.problems.first { $0.field == "shareBasisPoints" }
        #expect(problem?.kind == .aboveMaximum)
        #expect(session.contract.form?.list["shareBasisPoints"]?.error == "не больше 20\u{00A0}%")
        let screen = Self.screen(keys.state)
        #expect(screen.contains("! не больше 20"))
        #expect(screen.contains("замечаний: 1"))

        // The same in English, and a value that does not parse keeps the last good one.
        var english = Keys(DeskFixtures.opened(Self.draftCase, .en))
        Self.focus("termPayments", &english)
        Self.retype("60", &english)
        #expect(Self.session(english).contract.form?.list["termPayments"]?.error == "at most 48")
        Self.focus("capMultipleHundredths", &english)
        Self.retype("1.5.", &english)
        #expect(
            Self.session(english).contract.form?.list["capMultipleHundredths"]?.error
                == "a multiple is needed, e.g. 1.5")
        #expect(Self.contract(english).terms.capMultipleHundredths == 150)
    }

    @Test func signingNeedsConfirmationAndRecordsWhoAndWhen() {
        var keys = Keys(DeskFixtures.opened(Self.draftCase))
        keys.at(60)
        // Declined: nothing moves.
        Self.move(to: "Готов к подписанию", yes: false, &keys)
        #expect(Self.contract(keys).status == .draft)
        Self.move(to: "Готов к подписанию", yes: true, &keys)
        #expect(Self.contract(keys).status == .ready)
        #expect(ContractStep.isDone(Self.session(keys).item) == false)
        keys.at(120)
        Self.move(to: "Подписан", yes: true, &keys)
        let contract = Self.contract(keys)
        #expect(contract.status == .signed)
        let last = contract.statusHistory.last!
        #expect(last.from == .ready && last.to == .signed)
        #expect(last.by == DeskFixtures.caseworker)
        #expect(last.at == DeskFixtures.now.addingTimeInterval(120))
        #expect(contract.statusHistory.count == 2)
        // The seeker's snapshot was taken when it went for signing.
        #expect(contract.parties.seeker?.fullName == DeskFixtures.demoCase(Self.draftCase).seeker.fullName)
        #expect(ContractStep.isDone(Self.session(keys).item))
        #expect(keys.state.notice?.text.contains("подписан") == true)
    }

    @Test func aDraftIsSignedInOneRoundConfirmingTheTermsOnce() throws {
        for (language, sign) in [(Language.ru, "Подписать"), (.en, "Sign")] {
            var keys = Keys(DeskFixtures.opened(Self.draftCase, language))
            keys.at(60)
            let terms = Self.contract(keys).terms
            keys.press(.function(4))
            guard case .dialog(let menu, _) = keys.state.overlay else {
                Issue.record("F4 did not open the status menu")
                return
            }
            #expect(menu.buttons[menu.selectedButton] == sign, "signing is the draft's default move")
            keys.press(.enter)
            guard case .dialog(let confirm, _) = keys.state.overlay else {
                Issue.record("no confirmation")
                return
            }
            // The terms are stated once, in the confirmation, with the default on signing.
            #expect(confirm.message.contains(terms.fundedAmount.formatted(language)))
            #expect(confirm.message.contains(terms.cap.formatted(language)))
            #expect(confirm.message.contains(ContractText.percent(terms.shareBasisPoints, language)))
            #expect(confirm.selectedButton == 0)
            keys.press(.enter)
            let contract = Self.contract(keys)
            #expect(contract.status == .signed)
            #expect(contract.statusHistory.map(\.to) == [.ready, .signed])
            #expect(contract.statusHistory.allSatisfy { $0.at == DeskFixtures.now.addingTimeInterval(60) })
            #expect(contract.parties.seeker?.fullName == DeskFixtures.demoCase(Self.draftCase).seeker.fullName)
            #expect(keys.state.overlay == nil)
        }
    }

    @Test func escapeCancelsTheSigningAndNothingMoves() {
        var keys = Keys(DeskFixtures.opened(Self.draftCase))
        keys.press(.function(4), .enter, .escape)
        #expect(keys.state.overlay == nil)
        #expect(Self.contract(keys).status == .draft)
        #expect(Self.contract(keys).statusHistory.isEmpty)
    }

    @Test func signingIsRefusedWhileTheValidatorReportsProblems() {
        var keys = Keys(DeskFixtures.opened(Self.draftCase))
        Self.focus("parties.investor.inn", &keys)
        Self.retype("1234567890", &keys)
        #expect(Self.session(keys).contract.problems.contains { $0.field == "parties.investor.inn" })
        Self.focus("programmeId", &keys)
        keys.press(.function(4))
        keys.press(.enter)
        // No confirmation: refused at once, the cursor on the field with the problem.
        #expect(keys.state.overlay == nil)
        #expect(keys.state.notice?.kind == .error)
        #expect(Self.contract(keys).status == .draft)
        #expect(Self.session(keys).contract.form?.list.focusedRow?.key == "parties.investor.inn")
    }

    @Test func aReadyContractThatChangesGoesBackToDraft() {
        var keys = Keys(DeskFixtures.opened(Self.draftCase))
        Self.move(to: "Готов к подписанию", yes: true, &keys)
        #expect(Self.contract(keys).status == .ready)
        Self.focus("graceMonths", &keys)
        Self.retype("4", &keys)
        #expect(Self.contract(keys).status == .draft)
        #expect(Self.contract(keys).terms.graceMonths == 4)
    }

    @Test func signedTermsCannotBeEdited() {
        var keys = Keys(DeskFixtures.opened(Self.draftCase))
        Self.move(to: "Готов к подписанию", yes: true, &keys)
        Self.move(to: "Подписан", yes: true, &keys)
        let signed = Self.contract(keys)
        let rows = Self.session(keys).contract.form!.list.rows
        #expect(rows.allSatisfy { $0.isLocked })
        Self.focus("shareBasisPoints", &keys)
        keys.press(.backspace)
        keys.type("9")
        #expect(Self.contract(keys) == signed)
        #expect(keys.state.notice?.kind == .error)
        Self.focus("programmeId", &keys)
        keys.press(.right)
        #expect(Self.contract(keys) == signed)
        let keyNames = ContractStep.keys(Self.session(keys), context: keys.state.context).map(\.key)
        #expect(keyNames.contains(.function(9)))
    }

    @Test func amendMakesVersionTwoAndKeepsVersionOne() {
        var keys = Keys(DeskFixtures.opened(Self.draftCase))
        Self.move(to: "Готов к подписанию", yes: true, &keys)
        Self.move(to: "Подписан", yes: true, &keys)
        let signed = Self.contract(keys)
        // F9 asks first; No keeps version 1.
        keys.press(.function(9))
        guard case .dialog(_, .step(.contract, let tag)) = keys.state.overlay else {
            Issue.record("F9 did not ask")
            return
        }
        #expect(tag == "move:amend")
        keys.press(.enter)
        #expect(Self.contract(keys).version == 1)
        keys.press(.function(9), .left, .enter)
        let amended = Self.contract(keys)
        #expect(amended.version == 2)
        #expect(amended.status == .draft)
        #expect(amended.previousVersions.count == 1)
        #expect(amended.previousVersions[0].terms == signed.terms)
        #expect(amended.previousVersions[0].status == .signed)
        let rows = Self.session(keys).contract.form!.list.rows
        #expect(!rows.contains { $0.isLocked })
        Self.focus("shareBasisPoints", &keys)
        Self.retype("10", &keys)
        #expect(Self.contract(keys).terms.shareBasisPoints == 1000)
        #expect(Self.contract(keys).previousVersions[0].terms.shareBasisPoints == 1500)
        #expect(!ContractStep.isDone(Self.session(keys).item))
    }

    @Test func changingTheProgrammeBringsItsDefaults() {
        var keys = Keys(DeskFixtures.opened(Self.draftCase))
        let before = Self.contract(keys).terms
        let choices = Self.session(keys).contract.form!.list["programmeId"]!
        guard case .choice(let options, _) = choices.kind else { return }
        let perspectiva = DeskFixtures.catalog.programme("perspectiva-krasnokamsk")!
        let index = options.firstIndex(of: perspectiva.name(.ru))!
        let current = choices.choiceIndex
        for _ in 0..<((index - current + options.count) % options.count) { keys.press(.right) }
        let contract = Self.contract(keys)
        #expect(contract.programmeId == "perspectiva-krasnokamsk")
        #expect(contract.terms.shareBasisPoints == perspectiva.defaults.shareBasisPoints)
        #expect(contract.terms.earlyPayoff == perspectiva.earlyPayoff)
        #expect(contract.terms.fundedAmount == before.fundedAmount)
        #expect(contract.terms.targetIncome == before.targetIncome)
        #expect(Self.session(keys).contract.form?.list["shareBasisPoints"]?.textValue == "8")
    }

    @Test func rendersAt80x24And120x40InBothLanguages() {
        for language in [Language.ru, .en] {
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
                let state = DeskFixtures.opened(Self.draftCase, language, size: size)
                let text = DeskView.render(state, size: size).text
                let scenario = language == .ru ? "Целевой доход" : "Target income"
                #expect(text.contains(scenario))
                #expect(text.contains(language == .ru ? "Версия 1" : "Version 1"))
                #expect(text.contains("█"))
                // Rendering twice gives the same frame.
                #expect(DeskView.render(state, size: size).text == text)
            }
        }
        let wide = DeskView.render(
            DeskFixtures.opened(Self.draftCase, size: Size(width: 120, height: 40)), size: Size(width: 120, height: 40))
        #expect(wide.text.contains("Нарастающим итогом"))
    }

    @Test func helpNamesEveryKey() {
        for language in [Language.ru, .en] {
            let help = ContractStep.help(language)
            for key in ["F4", "F9", "Tab", "Alt-3"] { #expect(help.contains(key)) }
        }
    }
}

extension String {
    /// `78500` as the money mask shows it: `78 500`.
    fileprivate var moneyGrouped: String { InputMask.money.formatted(self) }
}
