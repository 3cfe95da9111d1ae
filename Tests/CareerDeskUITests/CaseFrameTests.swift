import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// The case screen's own keys, common to every step: save, notes, feedback, print, export,
/// moving between steps, help, back to the list.
@Suite struct CaseFrameTests {
    // MARK: Steps

    @Test func f8AndF7MoveBetweenStepsAndAltJumps() {
        // A case at the course step, feedback given for guidance already.
        var k = Keys(DeskFixtures.opened("SAK-2026-000102"))
        #expect(k.state.session?.step == .course)
        k.press(.function(7))
        #expect(k.state.session?.step == .guidance)
        k.press(.function(7))
        #expect(k.state.session?.step == .profile)
        k.press(.function(7))
        #expect(k.state.session?.step == .profile)
        k.press(.alt("4"))
        #expect(k.state.session?.step == .contract)
        // Going to a later step marks it reached (the furthest step is kept in the case).
        #expect(k.state.session?.item.stage == .contract)
        k.press(.alt("5"))
        #expect(k.state.session?.step == .review)
        k.press(.alt("1"))
        #expect(k.state.session?.step == .profile)
        #expect(k.state.session?.item.stage == .review)
        // Alt with anything but 1–5 goes to the step, which ignores it.
        k.press(.alt("9"))
        #expect(k.state.session?.step == .profile)
    }

    @Test
    func reachingALaterStepIsSavedLikeAnyOtherChange() {
        var k = Keys(DeskFixtures.opened("SAK-2026-000102"))
        k.press(.alt("4"))
        #expect(k.state.session?.item.stage == .contract)
        // The new furthest step is a change of the case: autosave must write it.
        let effects = k.tick(at: 2)
        #expect(effects.map(\.name) == ["writeRecovery", "save"])
    }

    @Test func theStepBarShowsEveryStepAndMarksTheDoneOnes() {
        let state = DeskFixtures.opened("SAK-2026-000101", .en, size: Size(width: 120, height: 40))
        let bar = state.screenText.split(separator: "\n").first { $0.contains("Profile") }
        let line = String(bar ?? "")
        for name in ["Profile", "Guidance", "Course", "Contract", "Review", "Follow-up"] {
            #expect(line.contains(name), "\(line)")
        }
        #expect(line.contains("✓"), "\(line)")
        // At 80 columns the six names do not fit: the first steps shrink to their marks, the
        // current one keeps its name.
        let narrow = DeskFixtures.opened("SAK-2026-000101", .en)
        let row = String(narrow.screenText.split(separator: "\n").first { $0.contains("Review") } ?? "")
        #expect(row.hasPrefix(" ✓  › "), "\(row)")
        #expect(row.contains("5 Review") || row.contains("✓ Review"), "\(row)")
        #expect(row.contains("6 Follow-up"), "\(row)")
    }

    @Test func aNewCaseStaysOnTheProfileMarkerWhileMovingSteps() {
        var k = Keys(DeskFixtures.desk())
        k.press(.function(7))
        k.press(.function(8))
        // A new case is not created yet: its furthest step stays the profile.
        #expect(k.state.session?.step == .guidance)
        #expect(k.state.session?.item.stage == .profile)
        // No feedback asked for an uncreated case.
        #expect(k.state.overlay == nil)
    }

    // MARK: Feedback

    @Test func ctrlRRatesTheStepOnItsLineAndF8NeverAsks() throws {
        // Ковалёв: profile done (stored, consent), no feedback yet.
        var k = Keys(DeskFixtures.opened("MOW-2026-000301", .en))
        #expect(ProfileStep.isDone(k.state.session!.item))
        // The rating is a line of the step, there before any key.
        #expect(k.state.screenText.contains("Seeker's rating: none · Ctrl-R to rate"))
        k.at(30)
        k.press(.ctrl("r"))
        guard case .feedback(let panel) = k.state.overlay else {
            Issue.record("no rating line: \(String(describing: k.state.overlay))")
            return
        }
        #expect(panel.stage == .profile && panel.then == nil)
        #expect(k.state.screenText.contains("Rating of “Profile”: ☆☆☆☆☆ press 1–5 · comment:"))
        // Enter without a rating does nothing yet.
        k.press(.enter)
        #expect(k.state.overlay != nil)
        k.type("4")
        k.type("Всё понятно")
        #expect(k.state.screenText.contains("★★★★☆ 4/5 · comment: Всё понятно"))
        k.press(.enter)
        let session = try #require(k.state.session)
        #expect(k.state.overlay == nil)
        #expect(session.step == .profile, "rating does not move the step")
        let feedback = try #require(session.item.feedback.first { $0.stage == .profile })
        #expect(feedback.rating == 4)
        #expect(feedback.comment == "Всё понятно")
        #expect(feedback.at == DeskFixtures.now.addingTimeInterval(30))
        #expect(k.state.notice == .info("Rating saved: 4/5"))
        #expect(session.hasUnsavedWork)
        #expect(k.state.screenText.contains("Seeker's rating (Ctrl-R): ★★★★☆ 4/5 — Всё понятно"))
        // Ctrl-R again opens on the rating given; F8 goes straight on.
        k.press(.ctrl("r"))
        guard case .feedback(let again) = k.state.overlay else { throw E2E("no rating line") }
        #expect(again.rating == 4 && again.comment.text == "Всё понятно")
        k.press(.escape, .function(8))
        #expect(k.state.overlay == nil && k.state.session?.step == .guidance)
    }

    @Test func feedbackRatingByArrowsAndOnlyTheFirstDigitRates() throws {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        k.press(.ctrl("r"))
        k.press(.up, .up, .up)
        guard case .feedback(let panel) = k.state.overlay else { throw E2E("no panel") }
        #expect(panel.rating == 3)
        k.press(.down)
        k.type("x5")
        k.press(.enter)
        let feedback = try #require(k.state.session?.item.feedback.first { $0.stage == .profile })
        // Once a comment is begun, digits are text.
        #expect(feedback.rating == 2 && feedback.comment == "x5")
    }

    @Test func skippingTheRatingCostsNoKeyAndEscCancelsIt() throws {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        k.press(.function(8))
        let session = try #require(k.state.session)
        #expect(k.state.overlay == nil)
        #expect(session.step == .guidance)
        #expect(session.item.feedback.isEmpty)
        // Reaching the guidance step is the only change, and it is saved like any other.
        #expect(session.item.stage == .guidance)
        k.press(.ctrl("r"), .character("5"), .escape)
        #expect(k.state.overlay == nil)
        #expect(k.state.session?.item.feedback.isEmpty == true)
    }

    @Test func noRatingOnAReadOnlyOrUncreatedCase() {
        var readOnly = Keys(DeskFixtures.opened("MOW-2026-000301", holder: "Сидоров"))
        readOnly.press(.ctrl("r"))
        #expect(readOnly.state.overlay == nil && readOnly.state.notice?.kind == .error)
        var new = Keys(DeskFixtures.desk())
        new.press(.function(7), .ctrl("r"))
        #expect(new.state.overlay == nil && new.state.notice?.kind == .error)
    }

    // MARK: Notes

    @Test func f3OpensNotesF2AddsANoteWithAuthorStepAndTime() throws {
        var k = Keys(DeskFixtures.opened("SAK-2026-000102", .en))
        let before = k.state.session!.item.notes.count
        k.press(.function(3))
        guard case .notes = k.state.overlay else { throw E2E("no notes panel") }
        #expect(k.state.screenText.contains("New note:"))
        // F2 on an empty note adds nothing.
        k.press(.function(2))
        #expect(k.state.session?.item.notes.count == before)
        k.at(12)
        k.type("Звонила, придёт в среду")
        k.press(.enter)
        k.type("с документами")
        k.press(.function(2))
        let session = try #require(k.state.session)
        #expect(session.item.notes.count == before + 1)
        let note = try #require(session.item.notes.last)
        #expect(note.text == "Звонила, придёт в среду\nс документами")
        #expect(note.author == DeskFixtures.caseworker)
        #expect(note.stage == .course)
        #expect(note.at == DeskFixtures.now.addingTimeInterval(12))
        #expect(session.notesDraft.isEmpty)
        #expect(session.hasUnsavedWork)
        #expect(k.state.notice == .info("Note added"))
        // The panel stays open for another note and lists the new one, signed.
        guard case .notes(let panel) = k.state.overlay else { throw E2E("panel closed") }
        #expect(panel.editor.text.isEmpty)
        #expect(k.state.screenText.contains("\(DeskFixtures.caseworker) · Course"))
        #expect(k.state.screenText.contains("Звонила, придёт в среду"))
    }

    @Test func escClosesNotesAndKeepsTheDraftForNextTime() throws {
        var k = Keys(DeskFixtures.opened("SAK-2026-000102"))
        k.press(.function(3))
        k.type("черновик")
        k.press(.escape)
        #expect(k.state.overlay == nil)
        #expect(k.state.session?.notesDraft == "черновик")
        #expect(k.state.session?.item == DeskFixtures.demoCase("SAK-2026-000102"))
        k.press(.function(3))
        guard case .notes(let panel) = k.state.overlay else { throw E2E("no notes panel") }
        #expect(panel.editor.text == "черновик")
        // F3 closes it as well.
        k.press(.function(3))
        #expect(k.state.overlay == nil)
    }

    @Test func notesOnAReadOnlyCaseAreRefused() {
        var k = Keys(DeskFixtures.opened("SAK-2026-000102", holder: "Сидоров"))
        k.press(.function(3))
        k.type("нельзя")
        k.press(.function(2))
        #expect(k.state.session?.item.notes == DeskFixtures.demoCase("SAK-2026-000102").notes)
        #expect(k.state.notice?.kind == .error)
    }

    // MARK: Save, back, help

    @Test func f2SavesAtOnceExplicitly() {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        k.press(.end)
        k.type("а")
        let effects = k.press(.function(2))
        #expect(effects.map(\.name) == ["writeRecovery", "save explicit"])
        #expect(k.state.session?.hasUnsavedWork == false)
        // Nothing more to save afterwards: ticks stay quiet.
        #expect(k.tick(at: 5).isEmpty)
    }

    @Test func f2OnAnIncompleteNewCaseSaysWhatIsMissingAndShowsEveryError() throws {
        var k = Keys(DeskFixtures.desk())
        k.press(.function(7))
        k.type("Ёлкин")
        let effects = k.press(.function(2))
        #expect(effects.map(\.name) == ["writeRecovery"])
        #expect(k.state.notice == .error(DeskText.notSavedYet(.ru)))
        let session = try #require(k.state.session)
        #expect(session.profile.showAllErrors)
        #expect(session.profile.list["snils"]?.error != nil)
        #expect(session.profile.list["consent"]?.error != nil)
    }

    @Test func escGoesBackToTheListSavingWhatIsUnsaved() {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        #expect(k.press(.escape).map(\.name) == ["close MOW-2026-000301"])
        #expect(k.state.screen == .desk && k.state.session == nil)
        var edited = Keys(DeskFixtures.opened("MOW-2026-000301"))
        edited.type("я")
        #expect(edited.press(.escape).map(\.name) == ["writeRecovery", "save", "close MOW-2026-000301"])
        #expect(edited.state.screen == .desk)
    }

    @Test func escOnANewCaseLeavesAtOnceWhenNothingWasTypedElseAsks() throws {
        var empty = Keys(DeskFixtures.desk())
        empty.press(.function(7))
        #expect(empty.press(.escape).map(\.name) == ["clearRecovery"])
        #expect(empty.state.screen == .desk)

        var k = Keys(DeskFixtures.desk())
        k.press(.function(7))
        k.type("Ёлкин")
        #expect(k.press(.escape).isEmpty)
        let dialog = try #require(k.state.dialog)
        #expect(k.state.dialogPurpose == .leaveNewCase)
        #expect(dialog.buttons == ["Отложить", "Удалить", "Остаться"])
        // The safe default is to stay.
        var stay = k
        #expect(stay.press(.enter).isEmpty)
        #expect(stay.state.screen == .caseFile && stay.state.session?.profile.texts["fullName"] == "Ёлкин")
        var keep = k
        let kept = keep.press(.tab, .enter)
        #expect(kept.map(\.name) == ["writeRecovery"])
        #expect(keep.state.screen == .desk)
        if case .writeRecovery(let record) = kept.first { #expect(record.profileTexts["fullName"] == "Ёлкин") }
        var discard = k
        #expect(discard.press(.character("У")).map(\.name) == ["clearRecovery"])
        #expect(discard.state.screen == .desk)
    }

    @Test func f1OnTheCaseScreenShowsTheStepsHelpAndTheCommonKeys() {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301", .en))
        k.press(.function(1))
        guard case .help(_, let title) = k.state.overlay else {
            Issue.record("no help")
            return
        }
        #expect(title == "Help — Profile")
        let text = k.state.screenText
        #expect(text.contains("The seeker's profile."))
        #expect(DeskView.keys(k.state).map(\.key) == [.pageDown, .escape])
        k.press(.escape)
        #expect(k.state.overlay == nil)
        // Every step has its own help text.
        for stage in CaseStage.allCases {
            #expect(!CaseSteps.screen(stage).help(.ru).isEmpty, "\(stage)")
            #expect(!CaseSteps.screen(stage).help(.en).isEmpty, "\(stage)")
        }
    }

    @Test func theKeyBarShowsTheFramesKeysAndNoSaveWhenReadOnly() {
        let keys = DeskView.keys(DeskFixtures.opened("MOW-2026-000301")).map(\.key)
        for key in [Key.function(1), .function(2), .function(3), .function(5), .function(6), .function(10), .escape] {
            #expect(keys.contains(key), "\(key)")
        }
        let readOnly = DeskView.keys(DeskFixtures.opened("MOW-2026-000301", holder: "X")).map(\.key)
        #expect(!readOnly.contains(.function(2)))
    }

    // MARK: Print and export

    @Test func f5PrintsADocumentOfTheOpenCaseToAFileAtTheTypedPath() throws {
        var k = Keys(DeskFixtures.opened("SAK-2026-000101", .en))
        k.press(.function(5))
        let kind = try #require(k.state.dialog)
        #expect(kind.title == "Print")
        #expect(
            kind.buttons
                == [DocumentKind.contract, .consent, .plan, .statement].map { DocumentText.documentName($0)(.en) } + [
                    "Cancel"
                ])
        #expect(k.state.dialogPurpose == .printKind(.open))
        k.press(.enter)  // the contract summary
        let destination = try #require(k.state.dialog)
        #expect(destination.buttons == ["Printer", "File", "Cancel"])
        #expect(k.state.dialogPurpose == .printDestination(.contract, .open))
        k.press(.tab, .enter)
        let path = try #require(k.state.dialog)
        #expect(path.input?.text == "SAK-2026-000101-contract.txt")
        k.press(.ctrl("u"))
        k.type("/tmp/итог.txt")
        let effects = k.press(.enter)
        #expect(effects.map(\.name) == ["print contract loaded SAK-2026-000101 file(\"/tmp/итог.txt\")"])
        #expect(k.state.overlay == nil)
    }

    @Test func theNextPrintOffersTheLastDestinationAndFolder() throws {
        var k = Keys(DeskFixtures.opened("SAK-2026-000101", .en))
        k.press(.function(5), .enter)
        #expect(try #require(k.state.dialog).selectedButton == 0, "the printer first, before any choice")
        k.press(.tab, .enter, .ctrl("u"))
        k.type("/tmp/out/first.txt")
        k.press(.enter)
        // Printed to a file once: the next print defaults to a file, in the same folder.
        k.press(.function(5), .tab, .enter)
        let destination = try #require(k.state.dialog)
        #expect(destination.buttons[destination.selectedButton] == "File")
        k.press(.enter)
        #expect(try #require(k.state.dialog).input?.text == "/tmp/out/SAK-2026-000101-consent.txt")
        k.press(.enter)
        #expect(
            k.effects.last?.name
                == "print consent loaded SAK-2026-000101 file(\"/tmp/out/SAK-2026-000101-consent.txt\")")
        // Back to the printer (one key up from the file): remembered the same way.
        k.press(.function(5), .enter, .up, .enter)
        #expect(k.effects.last?.name == "print contract loaded SAK-2026-000101 printer")
        k.press(.function(5), .enter)
        #expect(try #require(k.state.dialog).selectedButton == 0)
    }

    @Test(
        arguments: [ScreenSize.small, .large], Language.allCases)
    func printAndExportDialogsShowEveryChoice(_ size: ScreenSize, _ language: Language) {
        var k = Keys(DeskFixtures.opened("SAK-2026-000101", language, size: size.size))
        k.press(.function(5))
        #expect(OutputFlow.printKinds(.open, k.state) == [.contract, .consent, .plan, .statement])
        for kind in OutputFlow.printKinds(.open, k.state) {
            let name = DocumentText.documentName(kind)(language)
            #expect(k.state.screenText.contains(name), "\(name) not on screen")
        }
        k.press(.escape, .function(6))
        for format in OutputFlow.exportFormats {
            let name = OutputText.formatName(format)(language)
            #expect(k.state.screenText.contains(name), "\(name) not on screen")
        }
    }

    @Test func printToThePrinterAndOtherDocuments() {
        var k = Keys(DeskFixtures.opened("SAK-2026-000101"))
        k.press(.function(5), .tab, .enter, .enter)
        #expect(k.effects.map(\.name) == ["print consent loaded SAK-2026-000101 printer"])
        var plan = Keys(DeskFixtures.opened("SAK-2026-000101"))
        plan.press(.function(5), .tab, .tab, .enter, .enter)
        #expect(plan.effects.map(\.name) == ["print plan loaded SAK-2026-000101 printer"])
    }

    /// The yearly statement of the ledger is offered for a signed contract only, from the case
    /// and from the list.
    @Test func theStatementIsOfferedForASignedContractOnly() {
        var signed = Keys(DeskFixtures.opened("SAK-2025-000105", .en))
        signed.press(.function(5), .tab, .tab, .tab, .enter, .enter)
        #expect(signed.effects.map(\.name) == ["print statement loaded SAK-2025-000105 printer"])
        let draft = Keys(DeskFixtures.opened("MOW-2026-000302", .en))
        #expect(OutputFlow.printKinds(.open, draft.state) == [.contract, .consent, .plan])
        var list = Keys(DeskFixtures.desk(.en, size: Size(width: 120, height: 40)))
        list.type("SAK-2025-000105")
        list.press(.function(5))
        #expect(list.state.screenText.contains(DocumentText.documentName(.statement)(.en)))
        list.press(.tab, .tab, .tab, .enter, .enter)
        #expect(list.effects.last?.name == "print statement stored SAK-2025-000105 printer")
    }

    @Test func cancellingAnyPrintDialogPrintsNothing() {
        for keys: [Key] in [
            [.function(5), .escape], [.function(5), .end, .backTab, .enter],
            [.function(5), .enter, .escape], [.function(5), .enter, .tab, .tab, .enter],
            [.function(5), .enter, .tab, .enter, .escape], [.function(5), .enter, .tab, .enter, .tab, .enter],
            [.function(5), .enter, .tab, .enter, .ctrl("u"), .enter],
        ] {
            var k = Keys(DeskFixtures.opened("SAK-2026-000101"))
            k.press(keys)
            #expect(k.effects.isEmpty, "\(keys)")
        }
    }

    @Test func printFromTheListUsesTheStoredCase() {
        var k = Keys(DeskFixtures.desk())
        let id = k.state.desk.selectedCase!.id
        k.press(.function(5), .enter, .tab, .enter, .enter)
        #expect(k.effects.map(\.name) == ["print contract stored \(id) file(\"\(id)-contract.txt\")"])
    }

    @Test func f6ExportsInTheChosenFormatToTheTypedPath() throws {
        var k = Keys(DeskFixtures.opened("SAK-2026-000101"))
        k.press(.function(6))
        let formats = try #require(k.state.dialog)
        #expect(formats.buttons.count == 6)
        #expect(formats.buttons.first?.hasPrefix("PDF") == true)
        // JSON is the fourth.
        k.press(.tab, .tab, .tab, .enter)
        #expect(k.state.dialog?.input?.text == "SAK-2026-000101.json")
        k.press(.backspace, .backspace, .backspace, .backspace)
        k.type("case")
        let effects = k.press(.enter)
        #expect(effects.map(\.name) == ["export json loaded SAK-2026-000101 SAK-2026-000101.case"])
        var list = Keys(DeskFixtures.desk())
        let id = list.state.desk.selectedCase!.id
        list.press(.function(6), .enter, .enter)
        #expect(list.effects.map(\.name) == ["export pdf stored \(id) \(id).pdf"])
    }

    @Test func aNewCaseIsPrintedAsTypedUnderAProvisionalName() throws {
        var k = Keys(DeskFixtures.desk())
        k.press(.function(7), .function(5), .enter, .tab, .enter)
        #expect(k.state.dialog?.input?.text == "new-contract.txt")
    }
}

struct E2E: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
