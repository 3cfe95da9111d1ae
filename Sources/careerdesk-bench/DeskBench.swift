import CareerDeskCore
import CareerDeskUI
import Foundation
import TerminalKit

/// The desk's figures, with the real `DeskProgram` (update, effects through `DeskRunner`) and
/// `DeskView.render`, drawn by TerminalKit's renderer on its test terminal.
///
/// Start-up and peak memory are measured in fresh processes (this program run with
/// `--desk-probe`), from `posix_spawn` to exit right after the first frame; filter and open
/// keystrokes in this process, from the key to the new frame on the test terminal.
struct DeskBench {
    let root: URL
    let binary: String
    let language: Language

    /// The terminal the figures are taken on.
    static let size = Size(width: 120, height: 40)

    /// Type-to-filter input: each query typed a key at a time, a slip corrected with Backspace
    /// now and then, and cleared with Escape.
    struct Queries {
        var keys: [[Key]]
        /// The queries as finally typed (for `grep -c`).
        var prefixesTyped: [String]
    }

    /// Realistic queries from the store's own cases: surname beginnings (lower case, as people
    /// type), SNILS digit groups and case-number tails, until `keystrokes` keys are planned.
    static func queries(from summaries: [CaseSummary], keystrokes: Int) -> Queries {
        var random = SplitMix64(seed: 7)
        var keys: [[Key]] = []
        var typed: [String] = []
        var planned = 0
        while planned < keystrokes, !summaries.isEmpty {
            let summary = summaries[Int.random(in: 0..<summaries.count, using: &random)]
            let query: String
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<6: query = String(summary.fullName.lowercased().prefix(Int.random(in: 3...7, using: &random)))
            case 6..<8: query = String(summary.snils.prefix(Int.random(in: 4...7, using: &random)))
            default: query = String(summary.id.description.suffix(Int.random(in: 3...6, using: &random)))
            }
            var sequence = query.map { Key.character($0) }
            if Int.random(in: 0..<4, using: &random) == 0, let last = sequence.last {
                sequence += [.backspace, last]
            }
            sequence.append(.escape)
            keys.append(sequence)
            typed.append(query)
            planned += sequence.count
        }
        return Queries(keys: keys, prefixesTyped: typed)
    }

    func measure(into figures: inout BenchFigures, queries: Queries, startups: Int) throws {
        var startup = Sample()
        for _ in 0..<startups {
            guard let outcome = Spawn.run([binary, "--desk-probe", "startup", "--store", root.path]),
                outcome.status == 0
            else {
                throw BenchError(
                    IndexText.benchCommandFailed.with(["command": "--desk-probe startup", "status": "≠0"])(language))
            }
            startup.add(outcome.seconds * 1000)
        }
        figures.startupMs = startup.percentile(50)
        // From the process's start to the filter's search ready for a first keystroke.
        var ready = Sample()
        for _ in 0..<max(3, startups / 2) {
            if let outcome = Spawn.run([binary, "--desk-probe", "search-ready", "--store", root.path]),
                outcome.status == 0
            {
                ready.add(outcome.seconds * 1000)
            }
        }
        figures.searchReadyMs = ready.count > 0 ? ready.percentile(50) : nil
        let phasesFile = root.appendingPathComponent("phases.json")
        if Spawn.run([binary, "--desk-probe", "phases", "--store", root.path], stdout: phasesFile.path)?.status == 0,
            let data = try? Data(contentsOf: phasesFile),
            let phases = try? JSONSerialization.jsonObject(with: data) as? [String: Double]
        {
            figures.extra.merge(phases) { $1 }
        }
        // Whether the desk will find its index fresh: a stale one makes it refresh beside its
        // list (a second list in memory for a moment), which the RSS then includes.
        if let store = try? FileCaseStore(root: root) {
            figures.extra["index_fresh_before_session"] = store.indexSnapshot().needsRefresh ? 0 : 1
        }
        if let session = Spawn.run([binary, "--desk-probe", "session", "--store", root.path]), session.status == 0 {
            figures.rssMB = Double(session.maxRSSKiB) / 1024
        }
        try measureKeystrokes(into: &figures, queries: queries)
    }

    /// Filter keystrokes and opens, in this process.
    func measureKeystrokes(into figures: inout BenchFigures, queries: Queries) throws {
        let desk = try BenchDesk(root: root, language: language)
        var filter = Sample()
        let settled = desk.settled()
        var state = settled
        var slowest: [(ms: Double, what: String)] = []
        for sequence in queries.keys {
            for key in sequence {
                let before = state.desk.filter
                let start = Stopwatch.nowNs()
                state = desk.press(key, on: state)
                let ms = Double(Stopwatch.nowNs() - start) / 1e6
                filter.add(ms)
                slowest.append((ms, "\(before) + \(key) -> \(state.desk.visible.count) rows"))
            }
        }
        if ProcessInfo.processInfo.environment["BENCH_SLOWEST"] != nil {
            var moves = Sample()
            var listed = settled
            for _ in 0..<200 {
                let start = Stopwatch.nowNs()
                listed = desk.press(.down, on: listed)
                moves.add(Double(Stopwatch.nowNs() - start) / 1e6)
            }
            FileHandle.standardError.write(
                Data(
                    String(format: "Down: p50 %.2f ms, p99 %.2f ms\n", moves.percentile(50), moves.percentile(99)).utf8)
            )
            for item in slowest.sorted(by: { $0.ms > $1.ms }).prefix(12) {
                FileHandle.standardError.write(Data(String(format: "%7.2f ms  %@\n", item.ms, item.what).utf8))
            }
        }
        figures.filterP50 = filter.percentile(50)
        figures.filterP99 = filter.percentile(99)
        figures.extra["filter_keystrokes"] = Double(filter.count)

        var open = Sample()
        var random = SplitMix64(seed: 11)
        for _ in 0..<200 {
            var listed = settled
            for _ in 0..<Int.random(in: 0...30, using: &random) { listed = desk.press(.pageDown, on: listed) }
            for _ in 0..<Int.random(in: 0...20, using: &random) { listed = desk.press(.down, on: listed) }
            let start = Stopwatch.nowNs()
            let opened = desk.press(.enter, on: listed)
            open.add(Double(Stopwatch.nowNs() - start) / 1e6)
            if ProcessInfo.processInfo.environment["BENCH_SLOWEST"] != nil, let item = opened.session?.item {
                FileHandle.standardError.write(
                    Data(
                        String(
                            format: "open %6.2f ms  %@ at %@\n", Double(Stopwatch.nowNs() - start) / 1e6,
                            item.id.description, "\(item.stage)"
                        ).utf8))
            }
            if let id = opened.session?.item.id { _ = desk.runner.perform(.close(id)) }
        }
        figures.openP99 = open.percentile(99)
        figures.extra["open_ms_p50"] = open.percentile(50)
    }

    /// The child's side: `startup` builds the desk and draws its first frame; `session` also
    /// types the benchmark's queries and opens cases, so its peak memory is the desk's in use.
    static func probe(mode: String, store: URL) throws {
        if mode == "snapshot" {
            // The index read alone, many times: for profiling the loader.
            let cases = try FileCaseStore(root: store)
            var total = 0
            let (seconds, _) = Stopwatch.time { for _ in 0..<20 { total += cases.indexSnapshot().cases.count } }
            print(String(format: "%.2f ms per snapshot of %d", seconds * 1000 / 20, total / 20))
            exit(0)
        }
        if mode == "refresh" {
            // A refresh that finds nothing changed, three times: for profiling the stat pass.
            let cases = try FileCaseStore(root: store)
            let (seconds, _) = Stopwatch.time { for _ in 0..<3 { _ = cases.refreshIndex(progress: { _, _ in }) } }
            print(String(format: "%.1f ms per unchanged refresh", seconds * 1000 / 3))
            exit(0)
        }
        if mode == "down" {
            // Down pressed 2 000 times on the list: the cost of a frame, for profiling.
            let desk = try BenchDesk(root: store, language: .current)
            var state = desk.settled()
            for _ in 0..<2000 { state = desk.press(.down, on: state) }
            exit(0)
        }
        if mode == "narrow" {
            // Where a slow narrowing keystroke goes: the search, the list state, the frame.
            let desk = try BenchDesk(root: store, language: .current)
            let settled = desk.settled()
            for (from, to) in [("", "7"), ("", "к"), ("0", "00"), ("00", "000"), ("н", "ни"), ("2", "26"), ("и", "ив")]
            {
                var list = settled.desk
                list.setFilter(from)
                var searchMs = Sample()
                var stateMs = Sample()
                var pressMs = Sample()
                for _ in 0..<20 {
                    var copy = list
                    let (t1, _) = Stopwatch.time { copy.setFilter(to) }
                    stateMs.add(t1 * 1000)
                    var state = settled
                    state = desk.press(.escape, on: state)
                    for c in from { state = desk.press(.character(c), on: state) }
                    let (t2, _) = Stopwatch.time { _ = desk.press(.character(to.last!), on: state) }
                    pressMs.add(t2 * 1000)
                    let (t3, _) = Stopwatch.time { _ = copy.debugSearch(to, among: list.visible) }
                    searchMs.add(t3 * 1000)
                }
                print(
                    String(
                        format: "%@ -> %@: search %.2f ms, list state %.2f ms, key to frame %.2f ms", from, to,
                        searchMs.percentile(50), stateMs.percentile(50), pressMs.percentile(50)))
            }
            exit(0)
        }
        if mode == "saves" {
            // 200 saves on a kept store, as the full run times them: for working on the store.
            let bench = StoreBench(
                root: store, binaryDirectory: URL(fileURLWithPath: "/"), language: .current, report: { _ in })
            let ids = try FileCaseStore(root: store).indexSnapshot().cases.map(\.id)
            let sample = try bench.saves(of: ids, count: 200)
            print(String(format: "save p50 %.2f ms, p99 %.2f ms", sample.percentile(50), sample.percentile(99)))
            exit(0)
        }
        if mode == "opens" {
            // 300 cases opened from the list: the cost of opening, for profiling.
            let desk = try BenchDesk(root: store, language: .current)
            var listed = desk.settled()
            for _ in 0..<300 {
                listed = desk.press(.pageDown, on: listed)
                let opened = desk.press(.enter, on: listed)
                if let id = opened.session?.item.id { _ = desk.runner.perform(.close(id)) }
            }
            exit(0)
        }
        if mode == "keys" {
            // The filter and open figures alone, on a kept store: for working on the desk.
            let bench = DeskBench(root: store, binary: CommandLine.arguments[0], language: .current)
            let summaries = try FileCaseStore(root: store).indexSnapshot().cases
            var figures = BenchFigures()
            try bench.measureKeystrokes(into: &figures, queries: queries(from: summaries, keystrokes: 240))
            print(
                String(
                    format: "filter p50 %.2f ms, p99 %.2f ms; open p50 %.2f ms, p99 %.2f ms", figures.filterP50 ?? 0,
                    figures.filterP99 ?? 0, figures.extra["open_ms_p50"] ?? 0, figures.openP99 ?? 0))
            exit(0)
        }
        if mode == "phases" {
            // Where start-up goes, phase by phase, as one JSON object on stdout.
            var phases: [(String, Double)] = []
            func phase<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
                let (seconds, value) = try Stopwatch.time(body)
                phases.append((name, seconds * 1000))
                return value
            }
            let catalog = try phase("startup_catalog_ms") { try Catalog.load(from: try CatalogLocator().locate()) }
            let cases = try FileCaseStore(root: store)
            _ = phase("startup_head_ms") { cases.indexHead(rows: DeskBench.size.height) }
            let snapshot = phase("startup_index_load_ms") { cases.indexSnapshot() }
            let context = DeskContext(
                language: .current, caseworker: "bench", storePath: store.path, catalog: catalog, demoCount: 0)
            var state = AppState(context: context, now: Date(), size: DeskBench.size)
            phase("startup_list_state_ms") { state.desk.setCases(snapshot.cases) }
            // The desk as it starts (catalog given): its first frame, then the whole list and
            // the filter's search arriving in the background.
            let started = Stopwatch.nowNs()
            let desk = try phase("startup_desk_total_ms") {
                try BenchDesk(root: store, language: .current, catalog: catalog)
            }
            phase("startup_frame_ms") { _ = DeskView.render(desk.state, size: DeskBench.size) }
            var whole = desk.state
            while whole.desk.showsHeadOnly {
                for action in desk.runner.collect() { whole = desk.program.dispatch(action, on: whole) }
                if whole.desk.showsHeadOnly { usleep(200) }
            }
            phases.append(("startup_whole_list_ms", Double(Stopwatch.nowNs() - started) / 1e6))
            _ = desk.settled(from: whole)
            phases.append(("startup_search_ready_ms", Double(Stopwatch.nowNs() - started) / 1e6))
            print("{" + phases.map { "\"\($0.0)\": \(String(format: "%.2f", $0.1))" }.joined(separator: ", ") + "}")
            exit(0)
        }
        if mode == "startup" {
            // As `careerdesk` starts (DeskCommand), through the real run loop, on a test
            // terminal that ends the process when the first frame is flushed.
            let cases = try FileCaseStore(root: store)
            let prefetch = IndexPrefetch(cases)
            let catalog = try Catalog.load(from: try CatalogLocator().locate())
            let runner = DeskRunner(
                store: cases, output: NoDeskOutput(), caseworker: "bench", language: .current, demoDirectory: nil,
                prefetch: prefetch)
            let context = DeskContext(
                language: .current, caseworker: "bench", storePath: store.path, catalog: catalog, demoCount: 0)
            var terminal = FirstFrameTerminal(TestTerminal(size: DeskBench.size))
            _ = try DeskProgram(runner: runner, clock: SystemClock()).run(context: context, on: &terminal)
            exit(1)
        }
        let desk = try BenchDesk(root: store, language: .current)
        if mode == "search-ready" {
            // The desk started, its whole list in and its search built: ready for the first keystroke.
            var state = desk.state
            while state.desk.showsHeadOnly {
                for action in desk.runner.collect() { state = desk.program.dispatch(action, on: state) }
                if state.desk.showsHeadOnly { usleep(200) }
            }
            _ = desk.settled(from: state)
            exit(0)
        }
        if mode == "session" {
            let summaries = desk.state.desk.cases
            let settled = desk.settled()
            var state = settled
            for sequence in queries(from: summaries, keystrokes: 240).keys {
                for key in sequence { state = desk.press(key, on: state) }
            }
            for _ in 0..<20 {
                state = desk.press(.pageDown, on: settled)
                let opened = desk.press(.enter, on: state)
                if let id = opened.session?.item.id { _ = desk.runner.perform(.close(id)) }
            }
        }
        // Straight out: tearing down 100 000 summaries is not part of the figure.
        exit(0)
    }
}

/// The desk as `careerdesk` builds it, on a store, with its first frame drawn.
final class BenchDesk {
    let runner: DeskRunner
    let program: DeskProgram
    let state: AppState
    private var renderer = Renderer()
    private var terminal = TestTerminal(size: DeskBench.size)

    init(root: URL, language: Language, catalog given: Catalog? = nil) throws {
        // In the order `careerdesk` starts: the index read begins, the catalog loads meanwhile.
        let store = try FileCaseStore(root: root)
        let prefetch = IndexPrefetch(store)
        let catalog = try given ?? Catalog.load(from: try CatalogLocator().locate())
        runner = DeskRunner(
            store: store, output: NoDeskOutput(), caseworker: "bench", language: language, demoDirectory: nil,
            prefetch: prefetch)
        program = DeskProgram(runner: runner, clock: SystemClock())
        let context = DeskContext(
            language: language, caseworker: "bench", storePath: root.path, catalog: catalog, demoCount: 0)
        state = program.initialState(context: context, size: DeskBench.size)
        renderer.draw(DeskView.render(state, size: DeskBench.size), on: &terminal)
    }

    /// One key as the desk takes it (background results, the key, a tick), through update and
    /// its effects, and the new frame drawn.
    func press(_ key: Key, on state: AppState) -> AppState {
        var next = state
        for action in program.actions(for: .key(key)) { next = program.dispatch(action, on: next) }
        renderer.draw(DeskView.render(next, size: DeskBench.size), on: &terminal)
        return next
    }

    /// The desk a moment after start, once the background work of starting (the filter's
    /// search over a long list) has arrived, as it has before an officer's first keystroke.
    func settled(from start: AppState? = nil) -> AppState {
        var state = start ?? self.state
        let deadline = Date().addingTimeInterval(10)
        while state.desk.searchPending, Date() < deadline {
            for action in runner.collect() { state = program.dispatch(action, on: state) }
            if state.desk.searchPending { usleep(500) }
        }
        return state
    }
}

/// The benchmark prints and exports nothing through the desk.
struct NoDeskOutput: DeskOutput {
    func print(_ kind: DocumentKind, _ item: Case, to destination: PrintDestination, language: Language) throws
        -> String
    { "" }
    func export(_ format: ExportFormat, _ item: Case, to path: String, language: Language) throws -> String { "" }
}

/// A test terminal that ends the process as soon as the first frame is flushed: the end of
/// the start-up probe.
struct FirstFrameTerminal: Terminal {
    var inner: TestTerminal
    init(_ inner: TestTerminal) { self.inner = inner }
    var size: Size { inner.size }
    mutating func write(_ changes: [CellChange]) { inner.write(changes) }
    mutating func setCursor(_ position: Position?) { inner.setCursor(position) }
    mutating func flush() {
        inner.flush()
        // Straight out: tearing down 100 000 summaries is not part of the figure.
        exit(0)
    }
    mutating func clear() { inner.clear() }
    mutating func readKey(timeoutMilliseconds: Int?) throws -> Key? { nil }
    mutating func suspend() {}
}
