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
        #expect(live.state.desk.cases.count == 16)
        // A refresh that read the store before the demo cases arrived, finishing late.
        live.program.runner.post(.casesLoaded([], problems: [], complete: true), list: 0)
        let loaded = live.program.runner.perform(.loadCases(rows: 40))
        let counts = loaded.compactMap { action -> Int? in
            if case .casesLoaded(let cases, _, _) = action { return cases.count }
            return nil
        }
        #expect(counts.last == 16)
        for action in loaded { live.send(action) }
        live.settle()
        for action in live.program.runner.collect() { live.send(action) }
        #expect(live.state.desk.cases.count == 16)
    }

    @Test func theListAfterTheDemoIsCompleteWhateverTheTiming() throws {
        for _ in 0..<5 {
            var live = try LiveDesk()
            defer { live.close() }
            live.press(.function(8))
            live.settle()
            for action in live.program.runner.collect() { live.send(action) }
            #expect(live.state.desk.cases.count == 16)
            #expect(live.state.desk.indexProgress == nil)
        }
    }
}
