import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// `DeskUpdate.update` on the case list and for the actions that come back from the runner:
/// each test sends keys or actions and checks the state and the effects asked for.
@Suite struct DeskUpdateTests {
    // MARK: The list: filter, sort, selection, open

    @Test func typingFiltersByNameSNILSOrIdAndBackspaceAndEscUndoIt() {
        var k = Keys(DeskFixtures.desk())
        #expect(k.state.desk.visible.count == 27)
        // ё typed as е, any case: "семен" finds Семёнова.
        k.type("семен")
        #expect(k.state.desk.filter == "семен")
        #expect(k.state.desk.visible.map { k.state.desk.cases[$0].fullName } == ["Семёнова Ирина Павловна"])
        #expect(k.state.screenText.contains("показано 1"))
        k.press(.backspace, .backspace, .backspace, .backspace)
        #expect(k.state.desk.filter == "с")
        #expect(k.state.desk.visible.count > 1)
        k.press(.escape)
        #expect(k.state.desk.filter == "")
        #expect(k.state.desk.visible.count == 27)
        // A SNILS without dashes and a case number find their case too.
        k.type("21234567029")
        #expect(k.state.desk.selectedCase?.id.description == "KDA-2026-000501")
        k.press(.ctrl("u"))
        k.type("mow-2026-000302")
        #expect(k.state.desk.visible.count == 1)
        #expect(k.state.desk.selectedCase?.fullName == "Орлов Никита Сергеевич")
        #expect(k.effects.isEmpty)
    }

    @Test func aFilterWithNoMatchSaysSoAndEnterOpensNothing() {
        var k = Keys(DeskFixtures.desk())
        k.type("жжж")
        #expect(k.state.desk.visible.isEmpty)
        #expect(k.state.desk.selectedCase == nil)
        #expect(k.press(.enter).isEmpty)
        #expect(k.state.screenText.contains("Ничего не найдено"))
        // Only the keys that work now: no Enter/Print/Export without a selection, Esc clears.
        let keys = DeskView.keys(k.state).map(\.key)
        #expect(!keys.contains(.enter) && !keys.contains(.function(5)) && keys.contains(.escape))
    }

    @Test func f3CyclesTheSortColumnsAndComesBackToNewestFirst() {
        var k = Keys(DeskFixtures.desk(.en))
        #expect(k.state.desk.sort == .changed && !k.state.desk.ascending)
        // Newest change first: the paying demo contract's payment recorded on 20.11.2026.
        #expect(k.state.desk.selectedCase?.id.description == "SAK-2025-000105")
        var seen: [DeskSort] = []
        for _ in 0..<5 {
            k.press(.function(3))
            seen.append(k.state.desk.sort)
        }
        #expect(seen == [.name, .id, .stage, .status, .changed])
        #expect(k.state.desk.sort == .changed && !k.state.desk.ascending)
        k.press(.function(3))
        #expect(k.state.notice == .info("sorted by Name"))
        let names = k.state.desk.visible.map { k.state.desk.cases[$0].fullName }
        #expect(names.first == "Ахмедова Зарина Руслановна")
        #expect(names.last == "Юн Алина Вадимовна")
        k.press(.function(3))
        let ids = k.state.desk.visible.map { k.state.desk.cases[$0].id.description }
        #expect(ids == ids.sorted())
        #expect(k.state.screenText.contains("Case ▲"))
    }

    @Test func sortingKeepsTheSelectedCaseSelected() {
        var k = Keys(DeskFixtures.desk())
        k.press(.down, .down, .down)
        let chosen = k.state.desk.selectedCase?.id
        k.press(.function(3))
        #expect(k.state.desk.selectedCase?.id == chosen)
    }

    @Test func arrowsPagesHomeAndEndMoveTheSelectionWithinTheList() {
        var k = Keys(DeskFixtures.desk())
        #expect(k.state.desk.selection == 0)
        k.press(.up)
        #expect(k.state.desk.selection == 0)
        k.press(.down, .down)
        #expect(k.state.desk.selection == 2)
        k.press(.end)
        #expect(k.state.desk.selection == 26)
        k.press(.down)
        #expect(k.state.desk.selection == 26)
        // 80×24 shows a page of the list: the 27 cases do not fit, so the last page is shown.
        let page = DeskScreen.pageSize(k.state)
        #expect(page < 27)
        #expect(k.state.desk.top == 27 - page)
        k.press(.home)
        #expect(k.state.desk.selection == 0)
        #expect(k.state.desk.top == 0)
        k.press(.pageDown)
        #expect(k.state.desk.selection == page)
        k.press(.pageUp)
        #expect(k.state.desk.selection == 0)
    }

    @Test func aSmallWindowScrollsTheListToKeepTheSelectionVisible() {
        var k = Keys(DeskFixtures.desk(size: Size(width: 80, height: 12)))
        // 12 rows less the header, counts, filter, column titles, status line and one key row.
        let page = DeskScreen.pageSize(k.state)
        #expect(page == 6)
        k.press(.end)
        #expect(k.state.desk.top == 27 - page)
        let last = k.state.desk.selectedCase!.id.description
        #expect(k.state.screenText.contains(last))
    }

    @Test func enterAsksToOpenTheSelectedCase() {
        var k = Keys(DeskFixtures.desk())
        k.press(.down)
        let id = k.state.desk.selectedCase!.id
        #expect(k.press(.enter).map(\.name) == ["open \(id)"])
        // Opening is the runner's job: the screen changes only when the case comes back.
        #expect(k.state.screen == .desk)
    }

    @Test func f7StartsANewCaseOnTheProfileStep() {
        for key in [Key.function(7), .insert, .ctrl("n")] {
            var k = Keys(DeskFixtures.desk())
            #expect(k.press(key).isEmpty)
            #expect(k.state.screen == .caseFile)
            let session = try! #require(k.state.session)
            #expect(session.isNew && session.step == .profile)
            #expect(session.item.seeker.fullName.isEmpty)
            #expect(session.item.caseworker == DeskFixtures.caseworker)
            #expect(!session.hasUnsavedWork)
        }
    }

    @Test func f8LoadsTheDemoOnlyOnAnEmptyStoreThatShipsDemoCases() {
        let empty = DeskUpdate.update(DeskFixtures.blank(), .casesLoaded([], problems: [], complete: true)).0
        #expect(empty.desk.isEmptyStore)
        #expect(DeskUpdate.update(empty, .key(.function(8))).1.map(\.name) == ["loadDemo"])
        #expect(DeskView.keys(empty).contains { $0.key == .function(8) })
        // Not with cases in the list, and not when no demo cases were found.
        #expect(DeskUpdate.update(DeskFixtures.desk(), .key(.function(8))).1.isEmpty)
        #expect(!DeskView.keys(DeskFixtures.desk()).contains { $0.key == .function(8) })
        let noDemo = DeskUpdate.update(
            DeskFixtures.blank(demo: false), .casesLoaded([], problems: [], complete: true)
        ).0
        #expect(DeskUpdate.update(noDemo, .key(.function(8))).1.isEmpty)
        #expect(!noDemo.screenText.contains("F8"))
        // Before the list arrived the store is not known to be empty.
        #expect(DeskUpdate.update(DeskFixtures.blank(), .key(.function(8))).1.isEmpty)
    }

    @Test func demoLoadedReportsAndReloadsTheList() {
        let (ok, effects) = DeskUpdate.update(DeskFixtures.blank(), .demoLoaded(count: 16, problems: []))
        #expect(effects.map(\.name) == ["loadCases"])
        #expect(ok.notice == .info("Загружено демонстрационных дел: 16"))
        let (bad, _) = DeskUpdate.update(DeskFixtures.blank(), .demoLoaded(count: 1, problems: ["x.json: damaged"]))
        #expect(bad.notice == .error("x.json: damaged"))
    }

    @Test func pasteAddsOneLineToTheFilter() {
        var k = Keys(DeskFixtures.desk())
        k.press(.paste("Ким\nлишнее"))
        #expect(k.state.desk.filter == "Ким")
        #expect(k.state.desk.visible.count == 1)
    }

    @Test func f5AndF6OnTheListWorkOnTheSelectedStoredCase() {
        var k = Keys(DeskFixtures.desk())
        let id = k.state.desk.selectedCase!.id
        k.press(.function(5))
        #expect(k.state.dialogPurpose == .printKind(.stored(id)))
        k.press(.escape)
        #expect(k.state.overlay == nil)
        k.press(.function(6))
        #expect(k.state.dialogPurpose == .exportFormat(.stored(id)))
    }

    @Test func f1ShowsHelpForTheListAndEscClosesIt() {
        var k = Keys(DeskFixtures.desk(.en))
        k.press(.function(1))
        guard case .help(_, let title) = k.state.overlay else {
            Issue.record("no help overlay")
            return
        }
        #expect(title == "Help — case list")
        #expect(k.state.screenText.contains("Type to search"))
        // Keys go to the help while it is up: typing does not reach the filter.
        k.type("x")
        #expect(k.state.desk.filter.isEmpty)
        k.press(.escape)
        #expect(k.state.overlay == nil)
        k.press(.function(1))
        k.press(.function(1))
        #expect(k.state.overlay == nil)
    }

    // MARK: Actions from the runner

    @Test func casesLoadedFillsTheListCountsAndEndsTheIndexProgress() {
        var state = DeskFixtures.blank()
        #expect(!state.desk.loaded)
        state = DeskUpdate.update(state, .indexProgress(done: 3, total: 16)).0
        #expect(state.screenText.contains("Обновление списка дел: 3 из 16"))
        var summaries = DeskFixtures.demoCases.map(CaseSummary.init)
        summaries[0].status = .onHold
        summaries[1].status = .closed
        state = DeskUpdate.update(state, .casesLoaded(summaries, problems: [], complete: false)).0
        #expect(state.desk.loaded && state.desk.cases.count == 27)
        #expect(state.desk.indexProgress != nil)
        state = DeskUpdate.update(state, .casesLoaded(summaries, problems: [], complete: true)).0
        #expect(state.desk.indexProgress == nil)
        #expect(state.desk.counts == [.open: 25, .onHold: 1, .closed: 1])
        #expect(state.screenText.contains("Дел: 27 · открыто 25 · отложено 1 · закрыто 1"))
    }

    @Test func casesLoadedWithProblemsNamesHowManyFilesDoNotRead() {
        let problem = StoreProblem(file: "bad.json", error: .empty)
        let state = DeskUpdate.update(DeskFixtures.blank(), .casesLoaded([], problems: [problem], complete: true)).0
        // An empty list with unreadable files is not a welcome: the problem is shown.
        #expect(state.screenText.contains("1 файл(ов) дел не читается"))
        #expect(!state.screenText.contains("Добро пожаловать"))
    }

    @Test func casesLoadedKeepsTheSelectedCaseSelected() {
        var k = Keys(DeskFixtures.desk())
        k.press(.down, .down, .down)
        let id = k.state.desk.selectedCase!.id
        k.send(.casesLoaded(DeskFixtures.demoCases.reversed().map(CaseSummary.init), problems: [], complete: true))
        #expect(k.state.desk.selectedCase?.id == id)
    }

    @Test func caseOpenedShowsTheCaseOnItsFurthestStep() {
        let item = DeskFixtures.demoCase("SAK-2026-000102")
        let (state, effects) = DeskUpdate.update(DeskFixtures.desk(), .caseOpened(item, holder: nil))
        #expect(effects.isEmpty)
        #expect(state.screen == .caseFile)
        #expect(state.session?.step == .course)
        #expect(state.session?.isReadOnly == false)
        #expect(state.session?.item == item)
        #expect(state.desk.selectedCase?.id == item.id)
        #expect(state.notice == nil)
    }

    @Test func caseOpenedWithAHolderIsReadOnlyAndSaysWho() {
        var k = Keys(DeskFixtures.desk())
        let item = DeskFixtures.demoCase("MOW-2026-000301")
        k.send(.caseOpened(item, holder: "Сидоров (pid 4242)"))
        #expect(k.state.session?.isReadOnly == true)
        #expect(k.state.notice?.kind == .error)
        #expect(k.state.notice?.text.contains("Сидоров (pid 4242)") == true)
        #expect(k.state.screenText.contains("Только просмотр"))
        // No save key in the bar, and typing changes nothing.
        #expect(!DeskView.keys(k.state).contains { $0.key == .function(2) })
        k.type("X")
        #expect(k.state.session?.item == item)
        #expect(k.state.session?.profile.texts["fullName"] == item.seeker.fullName)
        #expect(k.state.session?.hasUnsavedWork == false)
        #expect(k.state.notice == .error("Дело открыто только для просмотра — изменения не вносятся"))
        // F2 and ticks never save a read-only case; F10 quits at once.
        #expect(k.press(.function(2)).isEmpty)
        #expect(k.tick(at: 5).isEmpty)
        #expect(k.press(.function(10)).map(\.name) == ["close MOW-2026-000301"])
        #expect(k.state.quitting)
    }

    @Test func lockRefusedTurnsTheOpenCaseReadOnly() {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        k.send(.lockRefused(holder: "Иванова"))
        #expect(k.state.session?.readOnlyHolder == "Иванова")
        #expect(k.state.notice?.text.contains("Иванова") == true)
    }

    @Test func caseOpenFailedStaysOnTheListWithTheReason() {
        let (state, _) = DeskUpdate.update(DeskFixtures.desk(.en), .caseOpenFailed("the file is damaged"))
        #expect(state.screen == .desk)
        #expect(state.notice == .error("The case did not open: the file is damaged"))
    }

    @Test func caseSavedCreatedTurnsTheNewCaseIntoTheStoredOne() throws {
        var k = Keys(DeskFixtures.desk())
        k.press(.function(7))
        var created = DeskFixtures.demoCase("MOW-2026-000301")
        created.id = CaseID("MOW-2026-000303")!
        // The form holds what was typed (the case as created).
        k.state.session?.profile.restore(ProfileForm(seeker: created.seeker, context: DeskFixtures.context()).texts)
        let effects = k.send(.caseSaved(created, created: true, explicit: true))
        let session = try #require(k.state.session)
        #expect(!session.isNew)
        #expect(session.item == created)
        #expect(k.state.notice == .info("Заведено дело MOW-2026-000303. Далее: F8 — профориентация."))
        // Nothing unsaved and the form valid: the recovery journal can go.
        #expect(effects.map(\.name) == ["clearRecovery"])
        #expect(k.state.desk.cases.contains { $0.id == created.id })
    }

    @Test func caseSavedNotCreatedKeepsEditsMadeSinceTheSaveWasAsked() throws {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        let before = try #require(k.state.session).item
        var saved = before
        saved.revision += 1
        saved.updatedAt = DeskFixtures.now
        // Typed after the save was asked: the municipality field (row 6).
        k.press(.down, .down, .down, .down, .down, .down, .ctrl("u"))
        k.type("Зеленоград")
        #expect(k.state.session?.hasUnsavedWork == true)
        let effects = k.send(.caseSaved(saved, created: false, explicit: false))
        let session = try #require(k.state.session)
        #expect(session.item.revision == saved.revision)
        #expect(session.item.seeker.municipality == "Зеленоград")
        // Autosave says nothing; and with edits pending the journal stays.
        #expect(k.state.notice == nil)
        #expect(!effects.contains { $0.name == "clearRecovery" })
        // An explicit save (F2) says so.
        var again = session.item
        again.revision += 1
        k.send(.caseSaved(again, created: false, explicit: true))
        #expect(k.state.notice == .info("Дело MOW-2026-000301 сохранено"))
    }

    @Test func caseSavedForAnotherCaseOnlyUpdatesTheList() {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        var other = DeskFixtures.demoCase("SAK-2026-000101")
        other.seeker.fullName = "Иванов Алексей Петрович-Новый"
        k.send(.caseSaved(other, created: false, explicit: true))
        #expect(k.state.session?.item.id.description == "MOW-2026-000301")
        #expect(k.state.desk.cases.contains { $0.fullName == "Иванов Алексей Петрович-Новый" })
        #expect(k.state.notice == nil)
    }

    @Test func saveFailedSaysNothingIsLostOrWhereTheCopyIs() {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301", .en))
        k.send(.saveFailed("disk full", staleCopy: nil))
        #expect(k.state.notice == .error("Not saved: disk full. Nothing typed is lost."))
        k.send(.saveFailed("stale", staleCopy: "/store/recovery/copy.json"))
        #expect(k.state.notice?.kind == .error)
        #expect(k.state.notice?.text.contains("/store/recovery/copy.json") == true)
        #expect(k.state.session != nil)
    }

    @Test func outputDoneAndFailedShowWhereItWentOrWhy() {
        let (done, _) = DeskUpdate.update(DeskFixtures.desk(), .outputDone("/tmp/x.txt"))
        #expect(done.notice == .info("Готово: /tmp/x.txt"))
        let (failed, _) = DeskUpdate.update(DeskFixtures.desk(.en), .outputFailed("no printer"))
        #expect(failed.notice == .error("Failed: no printer"))
    }

    @Test func resizedRefitsTheDialogOnScreen() {
        var k = Keys(DeskFixtures.desk())
        k.press(.function(10))
        k.send(.resized(Size(width: 120, height: 40)))
        #expect(k.state.size == Size(width: 120, height: 40))
    }

    // MARK: Recovery

    static func newCaseRecord() -> RecoveryRecord {
        var texts = ProfileForm(
            seeker: JobSeeker(fullName: "", birthDate: nil, snils: "", region: ""), context: DeskFixtures.context()
        ).texts
        texts["fullName"] = "Ёлкин Пётр"
        texts["birthDate"] = "0103"  // half a date: not valid, still recovered as typed
        let item = Case(
            id: CaseSession.provisionalID(now: DeskFixtures.now),
            seeker: JobSeeker(fullName: "", birthDate: nil, snils: "", region: ""),
            caseworker: DeskFixtures.caseworker, createdAt: DeskFixtures.now)
        return RecoveryRecord(
            savedAt: DeskFixtures.now.addingTimeInterval(-3600), caseworker: DeskFixtures.caseworker, item: item,
            isNew: true, step: .profile, profileTexts: texts)
    }

    @Test func recoveryFoundAsksAndRecoverPutsTheTypedTextBack() throws {
        var k = Keys(DeskFixtures.desk())
        k.send(.recoveryFound(Self.newCaseRecord()))
        let dialog = try #require(k.state.dialog)
        #expect(dialog.title == "Восстановление")
        #expect(dialog.message.contains("23.11.2026 09:00"))
        #expect(dialog.buttons == ["Восстановить", "Отбросить"])
        // Enter takes the default: recover.
        let effects = k.press(.enter)
        #expect(effects.isEmpty)
        let session = try #require(k.state.session)
        #expect(k.state.screen == .caseFile && session.isNew)
        #expect(session.profile.texts["fullName"] == "Ёлкин Пётр")
        #expect(session.profile.texts["birthDate"] == "0103")
        #expect(session.hasUnsavedWork)
        #expect(k.state.notice == .info("Правки восстановлены — проверьте и сохраните (F2)"))
        #expect(k.state.screenText.contains("Ёлкин Пётр"))
        #expect(k.state.screenText.contains("01.03.ГГГГ") || k.state.screenText.contains("01.03"))
    }

    @Test
    func recoveryDialogNamesTheNewCaseAsTyped() throws {
        var k = Keys(DeskFixtures.desk())
        k.send(.recoveryFound(Self.newCaseRecord()))
        let dialog = try #require(k.state.dialog)
        // The officer must see whose work it is: the name typed before the crash.
        #expect(dialog.message.contains("новое дело «Ёлкин Пётр»"), "\(dialog.message)")
    }

    @Test func recoveryOfAStoredCaseTakesItsLockAgain() throws {
        var item = DeskFixtures.demoCase("MOW-2026-000301")
        item.seeker.municipality = "Троицк"
        var texts = ProfileForm(seeker: item.seeker, context: DeskFixtures.context()).texts
        texts["municipality"] = "Троицк"
        let record = RecoveryRecord(
            savedAt: DeskFixtures.now, caseworker: DeskFixtures.caseworker, item: item, isNew: false, step: .profile,
            profileTexts: texts)
        var k = Keys(DeskFixtures.desk())
        k.send(.recoveryFound(record))
        #expect(k.state.dialog?.message.contains("дело MOW-2026-000301 «Ковалёв Дмитрий Олегович»") == true)
        #expect(k.press(.enter).map(\.name) == ["lock MOW-2026-000301"])
        #expect(k.state.session?.item.seeker.municipality == "Троицк")
        #expect(k.state.session?.isNew == false)
    }

    /// A recovered stored case with the municipality typed, journalled at `now`.
    static func recovered() -> (Keys, Case) {
        var item = DeskFixtures.demoCase("MOW-2026-000301")
        item.seeker.municipality = "Троицк"
        var texts = ProfileForm(seeker: item.seeker, context: DeskFixtures.context()).texts
        texts["municipality"] = "Троицк"
        let record = RecoveryRecord(
            savedAt: DeskFixtures.now, caseworker: DeskFixtures.caseworker, item: item, isNew: false, step: .profile,
            profileTexts: texts)
        var k = Keys(DeskFixtures.desk())
        k.send(.recoveryFound(record))
        k.press(.enter)
        return (k, item)
    }

    @Test func recoveryBaseOfOurOwnLaterSaveTakesItsRevision() throws {
        // Killed after a save and before the next journal write: the store is one revision
        // ahead, written by this officer. The journal's edits go on top of it.
        var (k, item) = Self.recovered()
        // The store has the save before the municipality was typed.
        var stored = DeskFixtures.demoCase("MOW-2026-000301")
        stored.revision += 1
        stored.updatedAt = DeskFixtures.now.addingTimeInterval(-1)
        stored.history.append(
            HistoryEntry(at: stored.updatedAt, by: DeskFixtures.caseworker, action: "update", fields: nil))
        #expect(k.send(.recoveryBase(stored)).isEmpty)
        let session = try #require(k.state.session)
        #expect(session.item.revision == stored.revision && item.revision == stored.revision - 1)
        #expect(session.item.seeker.municipality == "Троицк")
        #expect(session.stored == stored)
        // The next save goes out on the store's revision (not refused as stale).
        let effects = k.tick(at: 2)
        guard case .save(let saving, _) = effects.last else { throw E2E("no save: \(effects.map(\.name))") }
        #expect(saving.revision == stored.revision)
    }

    @Test func recoveryBaseChangedAtAnotherDeskAfterTheJournalIsNotOverwritten() throws {
        var (k, item) = Self.recovered()
        var stored = item
        stored.revision += 1
        stored.updatedAt = DeskFixtures.now.addingTimeInterval(60)
        stored.history.append(HistoryEntry(at: stored.updatedAt, by: "Сидоров", action: "update", fields: nil))
        k.send(.recoveryBase(stored))
        // The working copy keeps its revision: the store will refuse the save as stale and
        // keep the officer's copy aside (saveFailed with staleCopy).
        #expect(k.state.session?.item.revision == item.revision)
        #expect(k.state.session?.stored == stored)
    }

    @Test func recoveryBaseOfAnotherCaseIsIgnored() {
        var (k, item) = Self.recovered()
        let other = DeskFixtures.demoCase("SAK-2026-000101")
        k.send(.recoveryBase(other))
        #expect(k.state.session?.item == item)
    }

    @Test func discardingTheRecoveryClearsTheJournal() {
        for keys: [Key] in [[.tab, .enter], [.escape], [.character("О")]] {
            var k = Keys(DeskFixtures.desk())
            k.send(.recoveryFound(Self.newCaseRecord()))
            #expect(k.press(keys).map(\.name) == ["clearRecovery"], "\(keys)")
            #expect(k.state.session == nil && k.state.overlay == nil)
        }
    }

    // MARK: Quit

    @Test func f10OnTheListQuitsAtOnce() {
        var k = Keys(DeskFixtures.desk())
        #expect(k.press(.function(10)).isEmpty)
        #expect(k.state.quitting)
    }

    @Test func f10WithEverythingSavedQuitsAndReleasesTheLock() {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        #expect(k.press(.function(10)).map(\.name) == ["clearRecovery", "close MOW-2026-000301"])
        #expect(k.state.quitting)
    }

    @Test func f10WithUnsavedWorkAsksAndSaveAndQuitSaves() throws {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        k.press(.end)
        k.type("а")
        #expect(k.state.session?.hasUnsavedWork == true)
        #expect(k.press(.function(10)).isEmpty)
        #expect(!k.state.quitting)
        let dialog = try #require(k.state.dialog)
        #expect(k.state.dialogPurpose == .quit)
        #expect(dialog.buttons == ["Сохранить и выйти", "Выйти без сохранения", "Остаться"])
        #expect(dialog.message.contains("MOW-2026-000301"))
        let effects = k.press(.enter)
        #expect(effects.map(\.name) == ["writeRecovery", "save", "close MOW-2026-000301"])
        #expect(k.state.quitting)
        if case .save(let item, _) = effects[1] {
            #expect(item.seeker.fullName == "Ковалёв Дмитрий Олеговича")
        }
    }

    @Test func saveAndQuitAfterAnEditUndoneLeavesNoJournal() throws {
        // Typed and erased again: the case is as stored, but the edit still counts until the
        // next autosave; quitting then must not leave a journal behind to be offered back.
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        k.press(.end)
        k.type("а")
        k.press(.backspace)
        #expect(k.state.session?.hasUnsavedWork == true)
        #expect(k.state.session.map { $0.item == $0.stored } == true)
        k.press(.function(10))
        #expect(k.state.dialogPurpose == .quit)
        #expect(k.press(.enter).map(\.name) == ["clearRecovery", "close MOW-2026-000301"])
        #expect(k.state.quitting)
        // The same by the autosave's tick: the journal goes, it is not written.
        var t = Keys(DeskFixtures.opened("MOW-2026-000301"))
        t.press(.end)
        t.type("а")
        t.press(.backspace)
        var state = t.state
        state.now = state.now.addingTimeInterval(5)
        #expect(Autosave.tick(&state).map(\.name) == ["clearRecovery"])
    }

    @Test func quitWithoutSavingDropsTheJournalAndStayStays() {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        k.type("а")
        k.press(.function(10))
        var stay = k
        #expect(k.press(.tab, .enter).map(\.name) == ["clearRecovery", "close MOW-2026-000301"])
        #expect(k.state.quitting)
        #expect(stay.press(.tab, .tab, .enter).isEmpty)
        #expect(!stay.state.quitting && stay.state.overlay == nil)
        #expect(stay.state.session?.hasUnsavedWork == true)
        // Esc is "stay" too.
        stay.press(.function(10), .escape)
        #expect(!stay.state.quitting)
    }

    @Test func f10OnANewCaseKeepsWhatWasTypedForTheNextStart() throws {
        var k = Keys(DeskFixtures.desk())
        k.press(.function(7))
        // Nothing typed: quit at once, nothing to keep.
        var untouched = k
        #expect(untouched.press(.function(10)).map(\.name) == ["clearRecovery"])
        #expect(untouched.state.quitting)
        k.type("Ёлкин")
        k.press(.function(10))
        let dialog = try #require(k.state.dialog)
        #expect(dialog.buttons == ["Выйти", "Выйти без сохранения", "Остаться"])
        let effects = k.press(.enter)
        #expect(effects.map(\.name) == ["writeRecovery"])
        #expect(k.state.quitting)
        if case .writeRecovery(let record) = effects[0] {
            #expect(record.isNew && record.profileTexts["fullName"] == "Ёлкин")
            #expect(record.caseworker == DeskFixtures.caseworker)
        }
    }
}
