import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// The follow-up step on the signed demo contracts (docs/contract.md, "The ledger"): the welder's
/// terms, F 56 000, cap 84 000, B 35 000, threshold 45 000, s 15 % of the increase.
@Suite struct FollowUpStepTests {
    /// Paying: 2025-11 … 2026-11 at 60 000, 3 750 paid each month (13 × 3 750 = 48 750).
    static let paying = "SAK-2025-000105"

    static func onStep(_ id: String = paying, _ language: Language = .en) -> Keys {
        var k = Keys(DeskFixtures.opened(id, language))
        k.press(.alt("6"))
        return k
    }

    @Test func theStepShowsWhereTheContractStands() {
        let k = Self.onStep()
        #expect(k.state.session?.step == .followUp)
        let text = k.state.screenText.replacingOccurrences(of: "\u{00A0}", with: " ")
        // 84 000 − 48 750 = 35 250 left under the cap.
        #expect(text.contains("active · due RUB 48,750.00 · paid RUB 48,750.00 · cap left RUB 35,250.00"))
        #expect(text.contains("6 Follow-up"))
    }

    @Test func aContactWithAnIncomeIsRecordedInOneForm() throws {
        var k = Self.onStep()
        k.press(.enter)  // Contact
        #expect(k.state.session?.followUp.mode == .contact)
        k.press(.down)
        k.type("ООО «Северсталь-Сахалин»")
        k.press(.down)
        k.type("6502424413")
        k.press(.down)
        k.type("7212")
        k.press(.down)
        k.type("2025-08-01")
        k.press(.down)
        k.type("2026-12")
        k.press(.down)
        k.type("80000")
        k.press(.down, .right, .right)  // evidence: the second kind, a 2-NDFL certificate
        k.press(.down, .character(" "))  // verified
        k.press(.function(4))
        let contract = try #require(k.state.session?.item.contract)
        let contact = try #require(contract.followUps.last)
        #expect(k.state.session?.followUp.mode == .overview)
        #expect(contact.employment?.employer == "ООО «Северсталь-Сахалин»")
        #expect(contact.employment?.inn == "6502424413")
        #expect(contact.employment?.occupation == "7212")
        #expect(contact.employment?.startDate == LocalDate(year: 2025, month: 8, day: 1))
        #expect(
            contact.incomes == [IncomeReport(month: YearMonth(year: 2026, month: 12)!, amount: Money(roubles: 80_000))])
        #expect(contact.evidence == .incomeCertificate2NDFL)
        #expect(contact.isVerified)
        #expect(contact.date == LocalDate(year: 2026, month: 11, day: 23))
        // December at 80 000: 15 % × (80 000 − 35 000) = 6 750 falls due.
        let ledger = try #require(contract.ledger(asOf: LocalDate(year: 2026, month: 12, day: 31)!))
        #expect(ledger.months.last?.due == Money(roubles: 6_750))
    }

    @Test func aPaymentIsRecordedAndTheLedgerMovesOn() throws {
        var k = Self.onStep()
        k.press(.tab, .enter)  // Payment; the date is today's, the amount focused
        #expect(k.state.session?.followUp.mode == .payment)
        // In English amounts are written 1,250.50: the comma only groups, the mask does that.
        k.type("1,250.50")
        #expect(k.state.session?.followUp.form["amount"]?.textValue == "1,250.50")
        k.press(.function(4))
        let contract = try #require(k.state.session?.item.contract)
        let payment = try #require(contract.payments.last)
        #expect(payment.amount == Money(kopecks: 125_050))
        #expect(payment.date == LocalDate(year: 2026, month: 11, day: 23))
        #expect(!payment.earlyPayoff)
        let text = k.state.screenText.replacingOccurrences(of: "\u{00A0}", with: " ")
        // 48 750 + 1 250,50 received; what is left under the cap counts what was paid: 84 000 − 50 000,50.
        #expect(text.contains("paid RUB 50,000.50"))
        #expect(text.contains("cap left RUB 33,999.50"))
    }

    @Test func badInputIsMarkedNextToTheFieldAndNothingIsRecorded() throws {
        var k = Self.onStep()
        k.press(.enter)
        k.press(.down, .down)
        k.type("1234567890")  // check digits fail
        k.press(.down, .down, .down)
        k.type("2026-13")
        k.press(.function(4))
        #expect(k.state.session?.followUp.mode == .contact)
        let form = try #require(k.state.session?.followUp.form)
        #expect(form["inn"]?.error == "the INN check digits fail")
        #expect(form["month"]?.error == "expected YYYY-MM")
        #expect(form["employer"]?.error == "name the employer")
        #expect(
            k.state.session?.item.contract?.followUps.count
                == DeskFixtures.demoCase(Self.paying).contract?.followUps.count)
        k.press(.escape)
        #expect(k.state.session?.followUp.mode == .overview)
        #expect(k.state.session?.step == .followUp)
    }

    @Test func anUnsignedContractSaysWhereToSignIt() {
        var k = Keys(DeskFixtures.opened("MOW-2026-000302", .en))
        k.press(.alt("6"))
        #expect(k.state.screenText.contains("Follow-up starts once the contract is signed"))
    }

    @Test func theStepIsDoneOnceTheObligationHasEnded() {
        #expect(FollowUpStep.isDone(DeskFixtures.demoCase("SAK-2024-000108")))  // capped
        #expect(FollowUpStep.isDone(DeskFixtures.demoCase("SAK-2025-000111")))  // paid off early
        #expect(!FollowUpStep.isDone(DeskFixtures.demoCase(Self.paying)))
        #expect(!FollowUpStep.isDone(DeskFixtures.demoCase("MOW-2026-000302")))
    }
}

/// The case list's follow-up column: the next contact's date, "!" once it is past, "•" from 14
/// days before it (FollowUpSchedule.dueDaysBefore); on a narrow screen only the mark.
@Suite struct DeskFollowUpColumnTests {
    static let today = LocalDate(year: 2026, month: 11, day: 23)!

    @Test func theMarkFollowsTheDateAgainstToday() {
        let cell = { (y: Int, m: Int, d: Int, wide: Bool) in
            DeskScreen.followUpCell(LocalDate(year: y, month: m, day: d), today: Self.today, wide: wide, .en)
        }
        #expect(cell(2026, 11, 22, true) == "2026-11-22 !")
        #expect(cell(2026, 11, 23, true) == "2026-11-23 •")
        #expect(cell(2026, 12, 7, true) == "2026-12-07 •")
        #expect(cell(2026, 12, 8, true) == "2026-12-08")
        #expect(cell(2026, 11, 22, false) == "!")
        #expect(cell(2026, 12, 8, false) == "")
        #expect(DeskScreen.followUpCell(nil, today: Self.today, wide: true, .en) == "")
    }

    @Test func theWideListShowsTheNextContactOfASignedContract() {
        let state = DeskFixtures.desk(.en, size: Size(width: 120, height: 40))
        let row = state.screenText.split(separator: "\n").first { $0.contains("SAK-2026-000113") }
        // Training Jun–Aug 2026 ended 2026-09-06 and was followed up; +3 months is 2026-12-06,
        // within 14 days of 2026-11-23: due.
        #expect(row?.hasSuffix("2026-12-06 •") == true, "\(row ?? "")")
    }
}

/// The follow-up queue (F9 on the case list): the contacts due or overdue, oldest first, the
/// officer's own cases or everyone's (F2), opened on the follow-up step.
@Suite struct DeskFollowUpQueueTests {
    /// The demo cases with one overdue case (SAK-2025-000112, April's contact missed) made the
    /// desk officer's; SAK-2026-000113 (due 2026-12-06) stays another officer's.
    static func desk(_ language: Language = .en) -> Keys {
        let cases = DeskFixtures.demoCases.map { item -> Case in
            var item = item
            if item.id.description == "SAK-2025-000112" { item.caseworker = DeskFixtures.caseworker }
            return item
        }
        return Keys(DeskFixtures.desk(language, cases: cases, size: Size(width: 120, height: 40)))
    }

    static func shownIDs(_ keys: Keys) -> [String] {
        keys.state.desk.visible.map { keys.state.desk.cases[$0].id.description }
    }

    @Test func f9ShowsTheOfficersDueContactsAndF2EveryonesOldestFirst() {
        var keys = Self.desk()
        let all = keys.state.desk.visible.count
        keys.press(.function(9))
        #expect(keys.state.desk.queue == .mine)
        #expect(Self.shownIDs(keys) == ["SAK-2025-000112"])
        #expect(keys.state.screenText.contains("Follow-ups due (my cases): 1 · 1 overdue · oldest first"))
        keys.press(.function(2))
        #expect(keys.state.desk.queue == .everyone)
        // Oldest first: April's overdue contact before December's due one; no case without one.
        #expect(Self.shownIDs(keys) == ["SAK-2025-000112", "SAK-2026-000113"])
        #expect(keys.state.desk.queueOverdue == 1)
        #expect(keys.state.screenText.contains("F2Mine"))
        #expect(!keys.state.screenText.contains("F3Sort"))
        keys.press(.function(9))
        #expect(keys.state.desk.queue == nil)
        #expect(keys.state.desk.visible.count == all)
    }

    @Test func theFilterSearchesWithinTheQueue() {
        var keys = Self.desk()
        keys.press(.function(9), .function(2))
        keys.type("Орлов")
        #expect(Self.shownIDs(keys) == ["SAK-2026-000113"])
        keys.press(.escape)
        #expect(Self.shownIDs(keys).count == 2)
    }

    @Test func aCaseOpenedFromTheQueueOpensOnTheFollowUpStep() {
        var keys = Self.desk()
        keys.press(.function(9))
        let effects = keys.press(.enter)
        guard case .open(let id) = effects.first else {
            Issue.record("Enter opened nothing: \(effects)")
            return
        }
        #expect(id.description == "SAK-2025-000112")
        keys.send(.caseOpened(DeskFixtures.demoCase("SAK-2025-000112"), holder: nil))
        #expect(keys.state.session?.step == .followUp)
        // From the whole list the same case opens on its furthest step, the review.
        var list = Self.desk()
        list.send(.caseOpened(DeskFixtures.demoCase("SAK-2025-000112"), holder: nil))
        #expect(list.state.session?.step == .review)
    }

    @Test func anEmptyQueueSaysSoInBothLanguages() {
        for language in [Language.ru, .en] {
            var keys = Keys(DeskFixtures.desk(language, size: Size(width: 120, height: 40)))
            keys.press(.function(9))
            #expect(keys.state.desk.visible.isEmpty)
            #expect(keys.state.screenText.contains(DeskText.queueEmpty(language)))
        }
    }

    @Test func aSavedContactLeavesTheQueue() throws {
        var keys = Self.desk()
        keys.press(.function(9))
        var item = DeskFixtures.demoCase("SAK-2025-000112")
        item.caseworker = DeskFixtures.caseworker
        try item.contract!.recordFollowUp(
            FollowUpContact(
                scheduledFor: LocalDate(year: 2026, month: 4, day: 6), date: LocalDate(year: 2026, month: 11, day: 23)!,
                by: DeskFixtures.caseworker, reached: true))
        item.updatedAt = DeskFixtures.now
        var summary = CaseSummary(item)
        #expect(summary.nextFollowUp == LocalDate(year: 2027, month: 1, day: 6))
        summary.caseworker = DeskFixtures.caseworker
        keys.state.desk.upsert(summary)
        keys.state.desk.refresh()
        #expect(Self.shownIDs(keys).isEmpty)
    }
}

/// Dates, months and amounts in the desk's forms are written as the rest of the screen writes
/// them in that language (issue 17, point 10).
@Suite struct FieldFormatTests {
    @Test func eachLanguageTypesAndShowsItsOwnForms() {
        let date = LocalDate(year: 2026, month: 11, day: 23)!
        #expect(FieldFormat.dateMask(.ru).formatted(FieldFormat.dateField(date, .ru)) == "23.11.2026")
        #expect(FieldFormat.dateMask(.en).formatted(FieldFormat.dateField(date, .en)) == "2026-11-23")
        #expect(FieldFormat.dateMask(.en).formatted(FieldFormat.dateField(date, .en)) == date.formatted(.en))
        #expect(FieldFormat.monthMask(.ru).formatted("112026") == YearMonth(year: 2026, month: 11)!.formatted(.ru))
        #expect(FieldFormat.monthMask(.en).formatted("202611") == YearMonth(year: 2026, month: 11)!.formatted(.en))
        let amount = Money(kopecks: 4_800_050)
        #expect(FieldFormat.moneyMask(.ru).formatted(FieldFormat.moneyField(amount, .ru)) == "48 000,50")
        #expect(FieldFormat.moneyMask(.en).formatted(FieldFormat.moneyField(amount, .en)) == "48,000.50")
        #expect(FieldFormat.money("48,000.50", .en) == amount)
        #expect(FieldFormat.money("48 000,50", .ru) == amount)
        // A comma is a decimal separator in Russian only.
        #expect(FieldFormat.money("48,5", .ru) == Money(kopecks: 4_850))
        #expect(FieldFormat.money("48,5", .en) == Money(kopecks: 48_500))
        #expect(FieldFormat.moneyField(nil, .en) == "")
    }

    /// The English profile shows the birth date as the list and documents do, not DD.MM.YYYY.
    @Test func theEnglishProfileWritesDatesAndAmountsTheEnglishWay() {
        var keys = Keys(DeskFixtures.opened("SAK-2026-000101", .en, size: Size(width: 120, height: 40)))
        keys.press(.alt("1"))
        let state = keys.state
        let item = DeskFixtures.demoCase("SAK-2026-000101")
        let text = state.screenText
        #expect(text.contains(item.seeker.birthDate!.formatted(.en)))
        #expect(!text.contains(item.seeker.birthDate!.formatted(.ru)))
        let income = FieldFormat.moneyMask(.en).formatted(FieldFormat.moneyField(item.seeker.baselineIncome, .en))
        #expect(income.contains(","), "\(income)")
        #expect(text.contains(income))
    }
}

/// Nothing is cut where the screen has room (issue 17, point 8): field labels and choices at
/// 120 columns, occupation names in the ranking.
@Suite struct WideScreenTruncationTests {
    static let wide = Size(width: 120, height: 40)

    @Test func labelsAndChoicesAreWholeAt120Columns() {
        for language in [Language.ru, .en] {
            var profile = Keys(DeskFixtures.opened("MOW-2026-000301", language, size: Self.wide))
            profile.press(.alt("1"))
            for group in PriorityGroup.allCases {
                let label = DocumentText.priorityGroup(group)(language)
                #expect(profile.state.screenText.contains(label), "\(label)")
            }
            let contract = DeskFixtures.opened("MOW-2026-000302", language, size: Self.wide)
            let programme = DeskFixtures.catalog.programmes.first {
                $0.id == DeskFixtures.demoCase("MOW-2026-000302").contract?.programmeId
            }
            if let name = programme?.name(language) {
                #expect(contract.screenText.contains("‹ \(name) ›"), "\(name)")
            }
        }
    }

    @Test func theRankingShowsWholeNamesWhenTheDetailsKeepTheirWidth() throws {
        var keys = Keys(DeskFixtures.opened("SAK-2026-000102", .ru, size: Self.wide))
        keys.press(.alt("2"))
        let table = try #require(keys.state.session?.guidance.occupations)
        let text = keys.state.screenText
        // Every name on screen that fits beside the 44 columns the details keep is shown whole.
        var shown = 0
        for row in table.visibleRows where table.rows[row][2].displayWidth <= 120 - 44 - 34 {
            let name = table.rows[row][2]
            guard text.contains(String(name.prefix(12))) else { continue }
            shown += 1
            #expect(text.contains(name), "\(name)")
        }
        #expect(shown > 20)
    }
}

/// The case list's keys are one table (issue 17, point 7): every key in the bar is taken by the
/// table when pressed, and the F1 help names it, in every state of the list.
@Suite struct DeskKeyTableTests {
    @Test(arguments: [Language.ru, .en])
    func theBarTheHelpAndTheDispatchAreOneTable(_ language: Language) {
        var states: [AppState] = []
        let empty = DeskUpdate.update(
            DeskFixtures.blank(language), .casesLoaded([], problems: [], complete: true)
        ).0
        states.append(empty)
        var keys = Keys(DeskFixtures.desk(language, size: Size(width: 120, height: 40)))
        states.append(keys.state)
        keys.type("Орлов")
        states.append(keys.state)
        keys.press(.escape, .function(9))
        states.append(keys.state)
        keys.press(.function(2))
        states.append(keys.state)
        let help = DeskScreen.help(language)
        for state in states {
            let bar = DeskScreen.keys(state)
            #expect(!bar.isEmpty)
            for item in bar {
                var pressed = state
                #expect(DeskScreen.table.handle(item.key, &pressed) != nil, "\(item.key.name) in the bar does nothing")
                #expect(help.contains(item.key.name + " "), "\(item.key.name) is not in the help")
            }
        }
        // A key the table does not offer now is not in the bar: F3 in the queue, F8 on a full list.
        #expect(!DeskScreen.keys(states[3]).contains { $0.key == .function(3) })
        #expect(!DeskScreen.keys(states[1]).contains { $0.key == .function(8) })
    }
}

/// Every case screen's keys are tables too (issue 17, point 7): each key in the bar of every
/// step is taken by the frame's table or the step's when pressed, and the F1 help names it.
@Suite struct CaseKeyTableTests {
    /// The step's table, whichever the step.
    static func taken(_ key: Key, _ state: AppState) -> Bool {
        var frame = state
        if CaseFrame.lead.handle(key, &frame) != nil || CaseFrame.tail.handle(key, &frame) != nil { return true }
        guard var session = state.session else { return false }
        let context = state.context
        let now = state.now
        let table: StepKeyTable
        switch session.step {
        case .profile: table = ProfileStep.table
        case .guidance: table = GuidanceStep.table(scale: context.catalog.questionnaire.scale.map(\.value))
        case .course: table = CourseStep.table
        case .contract: table = ContractStep.table
        case .review: table = ReviewStep.table
        case .followUp: table = FollowUpStep.table
        }
        return table.handle(key, &session, context: context, now: now) != nil
    }

    @Test(arguments: [Language.ru, .en])
    func everyKeyInEveryStepsBarIsTakenAndInTheHelp(_ language: Language) {
        let cases = ["MOW-2026-000301", "SAK-2026-000102", "SAK-2026-000104", "MOW-2026-000302", "SAK-2025-000105"]
        var checked = 0
        for id in cases {
            for step in 1...CaseStage.allCases.count {
                var keys = Keys(DeskFixtures.opened(id, language, size: Size(width: 120, height: 40)))
                keys.press(.alt(Character(String(step))))
                let state = keys.state
                let help = CaseFrame.help(state).text
                for item in CaseFrame.keys(state) {
                    // Alt-n goes to a step: the frame's table has it.
                    #expect(Self.taken(item.key, state), "\(id) step \(step): \(item.key.name) does nothing")
                    #expect(help.contains(item.key.name), "\(id) step \(step): \(item.key.name) not in the help")
                    checked += 1
                }
            }
        }
        #expect(checked > 100)
    }
}
