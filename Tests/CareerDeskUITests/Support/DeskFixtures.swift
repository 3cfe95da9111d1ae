import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// Desks for tests: the real catalog and demo cases from data/ (found from this file's path),
/// a frozen clock, a fixed officer and store name, and temp stores removed by the caller.
enum DeskFixtures {
    /// The package root: Tests/CareerDeskUITests/Support/ is three folders below it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let dataDirectory = root.appendingPathComponent("data")
    static let demoDirectory = dataDirectory.appendingPathComponent("demo")

    /// The desk's "now" in every test: the same instant as the CLI tests' CAREERDESK_NOW.
    static let now = Timestamp.parse("2026-11-23T10:00:00Z")!
    static let caseworker = "Петрова А. В."
    /// Shown in the header; a fixed text so snapshots do not depend on the temp folder.
    static let storeName = "~/careerdesk-test"

    /// Loaded once: every test reads the same catalog. `TZ` is set to UTC first, because the
    /// desk shows times in the local time zone and the goldens are written in UTC.
    static let catalog: Catalog = {
        setenv("TZ", "UTC", 1)
        NSTimeZone.resetSystemTimeZone()
        return try! Catalog.load(from: dataDirectory)
    }()

    /// Tests of known, reported bugs are disabled; DESK_KNOWN_BUGS=1 runs them (to check a fix).
    static let checkKnownBugs = ProcessInfo.processInfo.environment["DESK_KNOWN_BUGS"] == "1"

    static let demoCases: [Case] = DeskRunner.demoFiles(in: demoDirectory).map { try! CaseImport.read($0) }

    static func demoCase(_ id: String) -> Case {
        guard let item = demoCases.first(where: { $0.id.description == id }) else {
            fatalError("no demo case \(id) in \(demoDirectory.path)")
        }
        return item
    }

    static func context(_ language: Language = .ru, demo: Bool = true) -> DeskContext {
        DeskContext(
            language: language, caseworker: caseworker, storePath: storeName, catalog: catalog,
            demoCount: demo ? DeskRunner.demoFiles(in: demoDirectory).count : 0)
    }

    /// A desk with nothing loaded yet (as before the first `.casesLoaded`).
    static func blank(_ language: Language = .ru, size: Size = Size(width: 80, height: 24), demo: Bool = true)
        -> AppState
    {
        AppState(context: context(language, demo: demo), now: now, size: size)
    }

    /// A desk listing `cases` (by default every demo case).
    static func desk(
        _ language: Language = .ru, cases: [Case] = demoCases, size: Size = Size(width: 80, height: 24)
    ) -> AppState {
        let (state, effects) = DeskUpdate.update(
            blank(language, size: size), .casesLoaded(cases.map(CaseSummary.init), problems: [], complete: true))
        precondition(effects.isEmpty)
        return state
    }

    /// A desk with the demo case `id` open on the case screen (not read-only).
    static func opened(
        _ id: String, _ language: Language = .ru, size: Size = Size(width: 80, height: 24), holder: String? = nil
    ) -> AppState {
        DeskUpdate.update(desk(language, size: size), .caseOpened(demoCase(id), holder: holder)).0
    }

    /// A fresh, empty directory under the temp folder.
    static func tempDirectory(_ name: String = "desk") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "careerdesk-ui-\(name)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A valid SNILS made from nine digits: the check number computed, not copied.
    static func snils(_ nine: String) -> String {
        let digits = nine.compactMap(\.wholeNumberValue)
        precondition(digits.count == 9)
        return nine + String(format: "%02d", SNILS.checkNumber(digits))
    }
}

/// Keys a person would press, and the effects they led to.
struct Keys {
    var state: AppState
    private(set) var effects: [Effect] = []

    init(_ state: AppState) { self.state = state }

    /// Sends each key through `DeskUpdate.update`, collecting the effects.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] { press(keys) }

    @discardableResult
    mutating func press(_ keys: [Key]) -> [Effect] {
        var produced: [Effect] = []
        for key in keys {
            let (next, effects) = DeskUpdate.update(state, .key(key))
            state = next
            produced += effects
        }
        effects += produced
        return produced
    }

    /// Types `text` one character at a time.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] { press(text.map { Key.character($0) }) }

    @discardableResult
    mutating func send(_ action: Action) -> [Effect] {
        let (next, effects) = DeskUpdate.update(state, action)
        state = next
        self.effects += effects
        return effects
    }

    /// A tick `seconds` after the fixtures' `now`.
    @discardableResult
    mutating func tick(at seconds: Double) -> [Effect] { send(.tick(DeskFixtures.now.addingTimeInterval(seconds))) }

    /// Sets the time keys are pressed at (the program does this for every key).
    mutating func at(_ seconds: Double) { state.now = DeskFixtures.now.addingTimeInterval(seconds) }
}

/// What the desk printed and exported, recorded instead of written (for runner tests).
final class RecordingOutput: DeskOutput, @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [String] = []

    var recorded: [String] {
        lock.lock()
        defer { lock.unlock() }
        return calls
    }

    func print(_ kind: DocumentKind, _ item: Case, to destination: PrintDestination, language: Language) throws
        -> String
    {
        let place: String
        switch destination {
        case .printer: place = "printer"
        case .file(let path): place = path
        }
        append("print \(kind.rawValue) \(item.id) \(item.seeker.fullName) → \(place)")
        return place
    }

    func export(_ format: ExportFormat, _ item: Case, to path: String, language: Language) throws -> String {
        append("export \(format.rawValue) \(item.id) → \(path)")
        return path
    }

    private func append(_ call: String) {
        lock.lock()
        calls.append(call)
        lock.unlock()
    }
}

/// A desk program with a real runner on a temp store (frozen clock), for effects that must run.
struct LiveDesk {
    let directory: URL
    let store: FileCaseStore
    let output = RecordingOutput()
    let program: DeskProgram
    var state: AppState

    init(_ language: Language = .ru, size: Size = Size(width: 80, height: 24), clock: (any Clock)? = nil) throws {
        directory = DeskFixtures.tempDirectory("live")
        let clock = clock ?? FixedClock(DeskFixtures.now)
        store = try FileCaseStore(root: directory, clock: clock)
        let runner = DeskRunner(
            store: store, output: output, caseworker: DeskFixtures.caseworker, language: language,
            demoDirectory: DeskFixtures.demoDirectory)
        program = DeskProgram(runner: runner, clock: clock)
        state = program.initialState(context: DeskFixtures.context(language), size: size)
    }

    mutating func press(_ keys: Key...) { for key in keys { state = program.dispatch(.key(key), on: state) } }
    mutating func type(_ text: String) { for c in text { state = program.dispatch(.key(.character(c)), on: state) } }
    mutating func send(_ action: Action) { state = program.dispatch(action, on: state) }

    /// Waits for a background index refresh to finish and takes its result, as the desk's ticks
    /// would. (Right after writes the index's stamps can be too recent to trust, by design, so
    /// whether a refresh runs depends on timing; a screenshot must not.)
    mutating func settle() {
        let deadline = Date().addingTimeInterval(30)
        while state.desk.indexProgress != nil, Date() < deadline {
            for action in program.runner.collect() { state = program.dispatch(action, on: state) }
            if state.desk.indexProgress != nil { usleep(5_000) }
        }
    }

    func close() { try? FileManager.default.removeItem(at: directory) }
}

extension Effect {
    /// A short name of the effect, to compare lists of effects in expectations.
    var name: String {
        switch self {
        case .loadCases: "loadCases"
        case .buildSearch(_, let version): "buildSearch \(version)"
        case .loadDemo: "loadDemo"
        case .open(let id): "open \(id)"
        case .lock(let id): "lock \(id)"
        case .close(let id): "close \(id)"
        case .create: "create"
        case .save(_, let explicit): explicit ? "save explicit" : "save"
        case .writeRecovery: "writeRecovery"
        case .clearRecovery: "clearRecovery"
        case .checkRecovery: "checkRecovery"
        case .print(let kind, let ref, let destination):
            "print \(kind.rawValue) \(ref.name) \(destination)"
        case .export(let format, let ref, let path): "export \(format.rawValue) \(ref.name) \(path)"
        }
    }
}

extension CaseRef {
    var name: String {
        switch self {
        case .loaded(let item): "loaded \(item.id)"
        case .stored(let id): "stored \(id)"
        }
    }
}

extension AppState {
    /// The dialog on screen, if the overlay is one.
    var dialog: Dialog? {
        if case .dialog(let dialog, _) = overlay { return dialog }
        return nil
    }

    var dialogPurpose: DialogPurpose? {
        if case .dialog(_, let purpose) = overlay { return purpose }
        return nil
    }

    /// The screen as text (no styles), for expectations about what a person sees.
    var screenText: String { DeskView.render(self, size: size).text }
}
