import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// The runner's background list: an old refresh must never replace a newer list.
@Suite struct DeskRunnerTests {
    @Test func aListPostedBeforeANewerOneIsDropped() throws {
        var live = try LiveDesk()
        defer { live.close() }
        live.press(.function(8))
        live.settle()
        #expect(live.state.desk.cases.count == 27)
        // A refresh that read the store before the demo cases arrived, finishing late.
        live.program.runner.post(.casesLoaded([], problems: [], complete: true), list: 0)
        let loaded = live.program.runner.perform(.loadCases(rows: 40))
        let counts = loaded.compactMap { action -> Int? in
            if case .casesLoaded(let cases, _, _) = action { return cases.count }
            return nil
        }
        #expect(counts.last == 27)
        for action in loaded { live.send(action) }
        live.settle()
        for action in live.program.runner.collect() { live.send(action) }
        #expect(live.state.desk.cases.count == 27)
    }

    @Test func theListAfterTheDemoIsCompleteWhateverTheTiming() throws {
        for _ in 0..<5 {
            var live = try LiveDesk()
            defer { live.close() }
            live.press(.function(8))
            live.settle()
            for action in live.program.runner.collect() { live.send(action) }
            #expect(live.state.desk.cases.count == 27)
            #expect(live.state.desk.indexProgress == nil)
        }
    }

    /// A save whose audit record cannot be written is still a save: the desk carries the new
    /// revision (the next save is not refused as stale) and says why the audit record is missing.
    @Test func aSaveWithoutItsAuditRecordCountsAsSavedAndSaysSo() throws {
        var live = try LiveDesk(.en)
        defer { live.close() }
        let demo = DeskFixtures.demoCase(DeskFixtures.demoCases[0].id.description)
        let created = try live.store.create(seeker: demo.seeker, caseworker: DeskFixtures.caseworker)
        try FileManager.default.removeItem(at: live.store.audit.url)
        try FileManager.default.createDirectory(at: live.store.audit.url, withIntermediateDirectories: false)

        var edited = created
        edited.seeker.phone = "+79140000000"
        let actions = live.program.runner.perform(.save(edited, explicit: true))
        guard actions.count == 2, case .caseSaved(let saved, created: false, explicit: true) = actions[0],
            case .storeWarning(let message) = actions[1]
        else {
            Issue.record("\(actions)")
            return
        }
        #expect(saved.revision == 2)
        #expect(message.contains("was saved (revision 2) but the audit record could not be written"))
        for action in actions { live.send(action) }
        #expect(live.state.notice == .error(message))

        var again = saved
        again.seeker.phone = "+79140000001"
        let next = live.program.runner.perform(.save(again, explicit: false))
        guard case .caseSaved(let third, _, _) = next.first else {
            Issue.record("\(next)")
            return
        }
        #expect(third.revision == 3)

        let fromDraft = live.program.runner.perform(.create(demo.seeker, draft: demo))
        // The create and the save of the draft's work each miss their audit record.
        guard case .caseSaved(let new, created: true, _) = fromDraft.first, case .storeWarning = fromDraft.last else {
            Issue.record("\(fromDraft)")
            return
        }
        #expect(try live.store.load(new.id).revision == new.revision)
    }
}
