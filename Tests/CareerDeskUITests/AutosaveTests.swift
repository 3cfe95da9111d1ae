import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// Never lose work: ticks save once typing pauses for half a second, or after a second of
/// continuous typing; the journal is written with every save; a kill loses at most a second.
/// Time is whatever the test says (`Keys.at`, `Keys.tick`): no clock is read.
@Suite struct AutosaveTests {
    /// The demo case Ковалёв (profile step), the municipality field focused and cleared at t=0.
    static func editing() -> Keys {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        k.press(.down, .down, .down, .down, .down, .down)
        #expect(k.state.session?.profile.list.focusedRow?.key == "municipality")
        // Clearing it is an edit too: made and saved well before t=0, so tests start clean.
        k.at(-10)
        k.press(.end, .ctrl("u"))
        #expect(k.state.session?.profile.list["municipality"]?.textValue == "")
        #expect(k.tick(at: -5).map(\.name) == ["writeRecovery", "save"])
        #expect(k.state.session?.hasUnsavedWork == false)
        return k
    }

    @Test func noSaveBeforeHalfASecondPauseThenSaveAndJournal() throws {
        var k = Self.editing()
        k.at(0)
        k.type("З")
        #expect(k.state.session?.firstUnsavedEdit == DeskFixtures.now)
        #expect(k.tick(at: 0.2).isEmpty)
        #expect(k.tick(at: 0.4).isEmpty)
        let effects = k.tick(at: 0.6)
        #expect(effects.map(\.name) == ["writeRecovery", "save"])
        if case .writeRecovery(let record) = effects[0] {
            #expect(record.profileTexts["municipality"] == "З")
            #expect(record.step == .profile && !record.isNew)
            #expect(record.savedAt == DeskFixtures.now.addingTimeInterval(0.6))
        }
        if case .save(let item, let explicit) = effects[1] {
            #expect(item.seeker.municipality == "З")
            #expect(!explicit)
        }
        #expect(k.state.session?.hasUnsavedWork == false)
        // Saved once: the next ticks are quiet.
        #expect(k.tick(at: 0.8).isEmpty)
        #expect(k.tick(at: 5).isEmpty)
    }

    /// Issue 17.9: the terminal vanished mid-typing (no key, no tick will come): what was typed
    /// is saved and journalled at once, the lock released, and the desk ends, with no dialog.
    @Test func aVanishedTerminalSavesAtOnceAndEnds() throws {
        var k = Self.editing()
        k.at(0)
        k.type("Ю")
        let effects = k.send(.inputClosed)
        #expect(effects.map(\.name) == ["writeRecovery", "save", "close MOW-2026-000301"])
        if case .save(let item, _) = effects[1] { #expect(item.seeker.municipality == "Ю") }
        #expect(k.state.quitting)
        #expect(k.state.overlay == nil)
    }

    @Test func continuousTypingIsSavedAfterOneSecond() {
        var k = Self.editing()
        var saves: [Double] = []
        // A key every 0.2 s for two seconds, a tick after each: never a half-second pause.
        for step in 0..<10 {
            let t = Double(step) * 0.2
            k.at(t)
            k.type("ж")
            let effects = k.tick(at: t + 0.1)
            if effects.contains(where: { $0.name == "save" }) { saves.append(t + 0.1) }
        }
        // First edit at 0.0: saved at the first tick ≥ 1.0 s; then again a second after the
        // next first edit (0.2 s after the save, at 1.2 → saved at the tick ≥ 2.2 s, not in range).
        #expect(saves.count == 1)
        #expect(saves.first.map { abs($0 - 1.1) < 0.0001 } == true, "\(saves)")
    }

    @Test func everyKindOfEditIsNoticedNotesFeedbackAndFields() {
        var notes = Keys(DeskFixtures.opened("MOW-2026-000301"))
        notes.press(.function(3))
        notes.type("заметка")
        // A half-typed note is journalled (a kill must not lose it), but the case is unchanged.
        #expect(notes.state.session?.hasUnsavedWork == true)
        let journalled = notes.tick(at: 1)
        #expect(journalled.map(\.name) == ["writeRecovery"])
        if case .writeRecovery(let record) = journalled.first { #expect(record.notesDraft == "заметка") }
        notes.at(2)
        notes.press(.function(2))
        #expect(notes.tick(at: 3).map(\.name) == ["writeRecovery", "save"])

        var choice = Keys(DeskFixtures.opened("MOW-2026-000301"))
        choice.press(.pageDown, .pageDown)  // the priority groups
        choice.press(.character(" "))
        #expect(choice.state.session?.hasUnsavedWork == true)
        #expect(choice.tick(at: 1).map(\.name) == ["writeRecovery", "save"])
    }

    @Test func anInvalidValueIsJournalledButTheStoredCaseKeepsTheLastValidOne() throws {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        k.press(.down)  // birth date
        k.press(.ctrl("k"), .home, .ctrl("k"))
        k.type("3102")
        // The case itself is unchanged (the date is not valid): only the journal is written.
        let effects = k.tick(at: 1)
        #expect(effects.map(\.name) == ["writeRecovery"])
        if case .writeRecovery(let record) = effects.first {
            #expect(record.profileTexts["birthDate"] == "3102")
            #expect(record.item.seeker.birthDate == DeskFixtures.demoCase("MOW-2026-000301").seeker.birthDate)
        }
        #expect(k.state.session?.item == DeskFixtures.demoCase("MOW-2026-000301"))
    }

    @Test func aNewCaseIsCreatedByTheTickOnceValidAndConsented() throws {
        var k = Keys(DeskFixtures.desk())
        k.press(.function(7))
        ProfileStepTests.fillNewCase(&k, snils: DeskFixtures.snils("098765432"))
        // Everything but consent: the tick journals, but nothing is created.
        #expect(k.tick(at: 1).map(\.name) == ["writeRecovery"])
        k.press(.backTab)  // from the first field up to the consent tick, the last row
        #expect(k.state.session?.profile.list.focusedRow?.key == "consent")
        k.at(2)
        k.press(.character(" "))
        #expect(k.tick(at: 2.3).isEmpty)
        let effects = k.tick(at: 2.5)
        #expect(effects.map(\.name) == ["writeRecovery", "create"])
        if case .create(let seeker, let draft) = effects[1] {
            #expect(seeker.fullName == "Ёлкина Анна Сергеевна")
            #expect(seeker.consent.given && seeker.consent.date == LocalDate(DeskFixtures.now))
            #expect(seeker.region == "SAK")
            #expect(draft.seeker == seeker)
        }
    }

    @Test func aNewCaseWithTheSNILSOfAListedCaseAsksAboutDuplicatesFirst() throws {
        var k = Keys(DeskFixtures.desk())
        k.press(.function(7))
        // Ким Елена Сергеевна's SNILS, another name.
        ProfileStepTests.fillNewCase(&k, snils: "12345678055", consent: true)
        let effects = k.tick(at: 1)
        #expect(effects.map(\.name) == ["writeRecovery"])
        let dialog = try #require(k.state.dialog)
        #expect(dialog.title == "Возможно, дело уже есть")
        #expect(dialog.message.contains("SAK-2026-000102 · Ким Елена Сергеевна · 02.09.1984 — тот же СНИЛС"))
        #expect(dialog.buttons == ["Открыть SAK-2026-000102", "Завести новое", "Назад"])
        guard case .duplicates(let ids, _) = k.state.dialogPurpose else { throw E2E("not duplicates") }
        #expect(ids.map(\.description) == ["SAK-2026-000102"])
        // While the question is up, ticks only journal (never ask twice, never create).
        #expect(k.tick(at: 5).isEmpty)

        var open = k
        #expect(open.press(.enter).map(\.name) == ["clearRecovery", "open SAK-2026-000102"])
        #expect(open.state.session == nil)

        var create = k
        #expect(create.press(.tab, .enter).map(\.name) == ["create"])
        // Asked once: the choice is kept for later saves of this seeker.
        #expect(create.state.session?.duplicatesAccepted == true)

        var back = k
        #expect(back.press(.tab, .tab, .enter).isEmpty)
        #expect(back.state.session?.isNew == true && back.state.overlay == nil)
    }

    @Test func aSimilarNameWithTheSameBirthDateIsAPossibleDuplicate() throws {
        var k = Keys(DeskFixtures.desk())
        k.press(.function(7))
        // Ким Елена Сергеевна, born 02.09.1984: one letter different, ё for е.
        ProfileStepTests.fillNewCase(
            &k, name: "Ким Алёна Сергеевна", birth: "02091984", snils: DeskFixtures.snils("111222333"),
            consent: true)
        k.tick(at: 1)
        let dialog = try #require(k.state.dialog)
        #expect(dialog.message.contains("похожее ФИО и та же дата рождения"), "\(dialog.message)")
    }

    @Test func theRecordHoldsEverythingTypedAndTheStep() {
        var k = Keys(DeskFixtures.opened("SAK-2026-000102"))
        k.press(.function(3))
        k.type("заметка")
        k.press(.function(2), .escape)
        let effects = k.tick(at: 1)
        guard case .writeRecovery(let record) = effects.first else {
            Issue.record("no journal: \(effects.map(\.name))")
            return
        }
        #expect(record.step == .course)
        #expect(record.item.notes.last?.text == "заметка")
        #expect(record.caseworker == DeskFixtures.caseworker)
    }
}

/// The duplicate check compares stored SNILS as bytes when they are in the store's form.
@Suite struct DuplicateSNILSTests {
    @Test func storedFormsAreComparedAsBytesAndOddOnesNormalised() {
        #expect(Duplicates.sameSNILS("112-233-445 95", "112-233-445 95"))
        #expect(!Duplicates.sameSNILS("112-233-445 96", "112-233-445 95"))
        #expect(Duplicates.sameSNILS("11223344595", "112-233-445 95"))
        #expect(Duplicates.sameSNILS("112 233 445 95", "112-233-445 95"))
        #expect(!Duplicates.sameSNILS("112-233-445-95", "112-233-445 96"))
    }
}
