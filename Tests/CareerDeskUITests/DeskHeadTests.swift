import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// A long store's first frame drawn from the index's head while the whole list is read: the
/// frame is the one the whole list gives, and a key never acts on the head alone.
@Suite struct DeskHeadTests {
    /// A store of `count` cases (written as another program would, then indexed), with last
    /// changes that tie, every status, and a damaged file.
    static func store(count: Int) throws -> FileCaseStore {
        let store = try FileCaseStore(root: DeskFixtures.tempDirectory("head"), clock: FixedClock(DeskFixtures.now))
        let encoder = CaseCoding.encoder()
        for n in 1...count {
            var item = DeskFixtures.demoCases[n % DeskFixtures.demoCases.count]
            item.id = CaseID(region: n % 5 == 0 ? "PER" : "SAK", year: 2026, sequence: n)!
            item.seeker.fullName = "Фамилия\(n % 37) Имя \(n)"
            item.status = CaseStatus.allCases[n % 3]
            item.updatedAt = DeskFixtures.now.addingTimeInterval(-Double((n * 7919) % count / 4) * 60)
            let temp = store.root.appendingPathComponent("outside.tmp")
            try encoder.encode(item).write(to: temp)
            #expect(rename(temp.path, store.url(for: item.id).path) == 0)
        }
        try Data("{".utf8).write(to: store.casesDirectory.appendingPathComponent("SAK-2025-000001.json"))
        _ = store.refreshIndex(progress: { _, _ in })
        return store
    }

    /// The desk as `careerdesk` starts it: the index read on its own thread, the head shown first.
    /// Fewer rows than the stores hold (the desk reads 256), more than the screens show: the
    /// head is a part of the list, as at 100 000 cases.
    static let headRows = 45

    static func program(_ store: FileCaseStore, language: Language = .ru) -> DeskProgram {
        let runner = DeskRunner(
            store: store, output: RecordingOutput(), caseworker: DeskFixtures.caseworker, language: language,
            demoDirectory: nil, prefetch: IndexPrefetch(store, headRows: headRows), headFrom: 0)
        return DeskProgram(runner: runner, clock: FixedClock(DeskFixtures.now))
    }

    /// The state once the whole list and its search have arrived, as ticks would bring them.
    static func settled(_ start: AppState, _ program: DeskProgram) -> AppState {
        var state = start
        let deadline = Date().addingTimeInterval(30)
        while state.desk.showsHeadOnly || state.desk.searchPending, Date() < deadline {
            for action in program.actions(for: .tick) { state = program.dispatch(action, on: state) }
            if state.desk.showsHeadOnly || state.desk.searchPending { usleep(2_000) }
        }
        return state
    }

    @Test func theFirstFrameFromTheHeadIsTheFrameOfTheWholeList() throws {
        let store = try Self.store(count: 180)
        defer { try? FileManager.default.removeItem(at: store.root) }
        for language in [Language.ru, .en] {
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 100, height: 12)] {
                let program = Self.program(store, language: language)
                let first = program.initialState(context: DeskFixtures.context(language, demo: false), size: size)
                #expect(first.desk.showsHeadOnly)
                #expect(first.desk.cases.count == Self.headRows)
                let whole = Self.settled(first, program)
                #expect(!whole.desk.showsHeadOnly)
                #expect(whole.desk.cases.count == 180)
                #expect(whole.desk.problems.count == 1)
                let frame = DeskView.render(first, size: size).text
                #expect(frame == DeskView.render(whole, size: size).text, "\(language) \(size)")
                #expect(frame.contains("180"))
            }
        }
    }

    @Test func aKeyRightAfterStartActsOnTheWholeList() throws {
        let store = try Self.store(count: 150)
        defer { try? FileManager.default.removeItem(at: store.root) }
        let program = Self.program(store)
        let size = Size(width: 80, height: 24)
        var state = program.initialState(context: DeskFixtures.context(demo: false), size: size)
        #expect(state.desk.showsHeadOnly)
        // End at once: the last case of all 150, not of the head.
        for action in program.actions(for: .key(.end)) { state = program.dispatch(action, on: state) }
        #expect(!state.desk.showsHeadOnly)
        #expect(state.desk.cases.count == 150)
        let oldest = state.desk.cases.min {
            $0.updatedAt == $1.updatedAt ? $0.id < $1.id : $0.updatedAt < $1.updatedAt
        }
        #expect(state.desk.selectedCase?.id == oldest?.id)
        // And a filter typed at once searches every case.
        let second = Self.program(store)
        var typed = second.initialState(context: DeskFixtures.context(demo: false), size: size)
        #expect(typed.desk.showsHeadOnly)
        for key in "имя 14".map(Key.character) {
            for action in second.actions(for: .key(key)) { typed = second.dispatch(action, on: typed) }
        }
        let expected = (1...150).filter { "\($0)".hasPrefix("14") }.count
        #expect(typed.desk.visible.count == expected)
    }

    @Test func aShortStoreOrAStaleIndexLoadsTheWholeListAtOnce() throws {
        let store = try Self.store(count: 40)
        defer { try? FileManager.default.removeItem(at: store.root) }
        let size = Size(width: 80, height: 24)
        // Fewer cases than the runner's threshold: no head.
        let short = DeskRunner(
            store: store, output: RecordingOutput(), caseworker: DeskFixtures.caseworker, language: .ru,
            demoDirectory: nil, prefetch: IndexPrefetch(store), headFrom: 40)
        let shortState = DeskProgram(runner: short, clock: FixedClock(DeskFixtures.now))
            .initialState(context: DeskFixtures.context(demo: false), size: size)
        #expect(!shortState.desk.showsHeadOnly)
        #expect(shortState.desk.cases.count == 40)

        // The index stale (a case file changed by another program): the snapshot and its
        // refresh, as before.
        var item = try store.load(CaseID("SAK-2026-000003")!)
        item.seeker.fullName = "Извне"
        usleep(20_000)  // past the coarse clock tick of the index's stamp
        let temp = store.root.appendingPathComponent("outside.tmp")
        try CaseCoding.encoder().encode(item).write(to: temp)
        #expect(rename(temp.path, store.url(for: item.id).path) == 0)
        let program = Self.program(store)
        var stale = program.initialState(context: DeskFixtures.context(demo: false), size: size)
        #expect(!stale.desk.showsHeadOnly)
        #expect(stale.desk.cases.count == 40)
        stale = Self.settled(stale, program)
        let refreshDeadline = Date().addingTimeInterval(10)
        while stale.desk.indexProgress != nil, Date() < refreshDeadline {
            for action in program.actions(for: .tick) { stale = program.dispatch(action, on: stale) }
            usleep(2_000)
        }
        #expect(stale.desk.cases.first { $0.id == item.id }?.fullName == "Извне")
    }

    /// A terminal whose first flush (the first frame) opens a gate; its keys come after.
    struct GateTerminal: Terminal {
        var inner: TestTerminal
        let gate: DispatchSemaphore
        var firstFrame: String?
        var size: Size { inner.size }
        mutating func write(_ changes: [CellChange]) { inner.write(changes) }
        mutating func setCursor(_ position: Position?) { inner.setCursor(position) }
        mutating func flush() {
            inner.flush()
            if firstFrame == nil {
                firstFrame = inner.text
                gate.signal()
            }
        }
        mutating func clear() { inner.clear() }
        mutating func readKey(timeoutMilliseconds: Int?) throws -> Key? {
            try inner.readKey(timeoutMilliseconds: timeoutMilliseconds)
        }
        mutating func suspend() {}
    }

    @Test func theRunLoopDrawsTheFirstFrameBeforeTheWholeListArrives() throws {
        let store = try Self.store(count: 150)
        defer { try? FileManager.default.removeItem(at: store.root) }
        // The whole list is held back until the first frame is on the terminal.
        let gate = DispatchSemaphore(value: 0)
        let heldBack = Atomic(false)
        let prefetch = IndexPrefetch(read: { publish in
            let snapshot = store.indexSnapshot(headRows: Self.headRows, head: publish)
            heldBack.value = gate.wait(timeout: .now() + 20) == .success
            return snapshot
        })
        let runner = DeskRunner(
            store: store, output: RecordingOutput(), caseworker: DeskFixtures.caseworker, language: .ru,
            demoDirectory: nil, prefetch: prefetch, headFrom: 0)
        let program = DeskProgram(runner: runner, clock: FixedClock(DeskFixtures.now))
        var terminal = GateTerminal(
            inner: TestTerminal(size: Size(width: 80, height: 24), keys: [.end, .function(10)]), gate: gate)
        let final = try program.run(context: DeskFixtures.context(demo: false), on: &terminal)
        #expect(heldBack.value, "the first frame came before the whole list")
        #expect(terminal.firstFrame?.contains("Дел: 150") == true)
        #expect(!final.desk.showsHeadOnly)
        #expect(final.desk.cases.count == 150)
        #expect(final.desk.selection == 149)
    }
}

extension DeskHeadTests {
    @Test func aResizeWaitsForTheWholeListOnlyWhenTallerThanTheHead() throws {
        let store = try Self.store(count: 150)
        defer { try? FileManager.default.removeItem(at: store.root) }
        let gate = DispatchSemaphore(value: 0)
        let prefetch = IndexPrefetch(read: { publish in
            let snapshot = store.indexSnapshot(headRows: Self.headRows, head: publish)
            _ = gate.wait(timeout: .now() + 20)
            return snapshot
        })
        let runner = DeskRunner(
            store: store, output: RecordingOutput(), caseworker: DeskFixtures.caseworker, language: .ru,
            demoDirectory: nil, prefetch: prefetch, headFrom: 0)
        let program = DeskProgram(runner: runner, clock: FixedClock(DeskFixtures.now))
        var state = program.initialState(context: DeskFixtures.context(demo: false), size: Size(width: 80, height: 24))
        #expect(state.desk.showsHeadOnly)
        // Within the head's rows: drawn from the head (the whole list is still held back).
        #expect(runner.headCovers(height: Self.headRows))
        for action in program.actions(for: .resized(Size(width: 100, height: Self.headRows))) {
            state = program.dispatch(action, on: state)
        }
        #expect(state.desk.showsHeadOnly)
        #expect(state.size.height == Self.headRows)
        // Taller than the head: waits for the whole list (let go now).
        #expect(!runner.headCovers(height: Self.headRows + 1))
        gate.signal()
        for action in program.actions(for: .resized(Size(width: 100, height: 60))) {
            state = program.dispatch(action, on: state)
        }
        #expect(!state.desk.showsHeadOnly)
        #expect(state.desk.cases.count == 150)
        #expect(runner.headCovers(height: 1_000))
    }
}

/// A value shared with a background thread in a test.
final class Atomic<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
