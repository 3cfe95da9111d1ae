import ArgumentParser
import CareerDeskCore
import Foundation

/// `make bench`: CareerDesk at job-centre scale. Generates a deterministic synthetic store in a
/// temporary directory and measures the index, saves, export, validate and the desk against
/// the targets of issue 7, beside plain tools doing comparable work (docs/performance.md).
@main
struct CareerDeskBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "careerdesk-bench",
        abstract: "Measure CareerDesk on a synthetic store of N cases (release build; see docs/performance.md).")

    @Option(help: "How many synthetic cases to generate.") var cases = 100_000
    @Flag(help: "Print one JSON object with the figures instead of the table.") var json = false
    @Option(help: "Seed of the synthetic store.") var seed: UInt64 = 2026
    @Option(help: "Generate the store here and keep it (default: a temporary directory, removed after).")
    var store: String?
    @Option(help: "Saves to time (at least 200 for a p99).") var saves = 200
    @Option(help: "Type-to-filter keystrokes to time (at least 200 for a p99).") var keystrokes = 240
    @Option(help: "Desk start-ups to time.") var startups = 11
    @Flag(help: "Only write the synthetic store (to --store) and stop: a store to try the desk on.")
    var generateOnly = false
    @Option(name: .customLong("desk-probe"), help: .hidden) var deskProbe: String?

    func run() throws {
        if let deskProbe {
            try DeskBench.probe(mode: deskProbe, store: URL(fileURLWithPath: store ?? ""))
            return
        }
        let language = Language.current
        func say(_ text: String) {
            if !json { FileHandle.standardError.write(Data((text + "\n").utf8)) }
        }
        let root =
            store.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("careerdesk-bench-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        defer {
            if store == nil {
                try? FileManager.default.removeItem(at: root)
            } else {
                say(IndexText.benchKept.with(["path": root.path])(language))
            }
        }
        var figures = BenchFigures()

        say(IndexText.benchGenerating.with(["count": String(cases), "path": root.path])(language))
        let generator = SyntheticStore(seed: seed, count: cases, now: Date())
        let (generated, bytes) = try Stopwatch.time { try generator.write(to: root) }
        // The generator's 400 MB go to disk now, as a store at rest would be: otherwise the
        // kernel writes them back during the first measurements, and the saves' fsyncs wait
        // behind them (save p99 26 ms instead of 8–12 in one run).
        sync()
        say(
            IndexText.benchGenerated.with([
                "seconds": String(format: "%.1f", generated), "megabytes": String(bytes / 1_048_576),
            ])(language))
        figures.extra["generate_s"] = generated
        if generateOnly { return }
        figures.extra["case_file_kb_mean"] = Double(bytes) / Double(max(1, cases)) / 1024

        let binaryDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let bench = StoreBench(root: root, binaryDirectory: binaryDirectory, language: language, report: say)

        say(IndexText.benchMeasuring.with(["what": "cat"])(language))
        figures.catSeconds = bench.catAllCaseFiles()
        let sampleFiles = try FileCaseStore(root: root).caseFiles().prefix(300).map { $0 }
        let readCost = bench.caseReadCost(sampleFiles)
        figures.extra["case_read_ms"] = readCost.storeMs
        figures.extra["case_read_fast_dates_ms"] = readCost.fastDatesMs
        say(IndexText.benchMeasuring.with(["what": "cold_index_s"])(language))
        let cold = try bench.coldIndex()
        figures.coldIndexSeconds = cold.seconds
        let warm = try bench.warmIndex()
        figures.extra["index_load_ms"] = warm.snapshotMs
        figures.extra["index_refresh_unchanged_ms"] = warm.refreshMs
        figures.extra["index_mb"] = Double(warm.indexBytes) / 1_048_576

        let summaries = try FileCaseStore(root: root).indexSnapshot().cases
        let ids = summaries.map(\.id)
        say(IndexText.benchMeasuring.with(["what": "save_ms"])(language))
        let saveSample = try bench.saves(of: ids, count: saves)
        figures.saveP50 = saveSample.percentile(50)
        figures.saveP99 = saveSample.percentile(99)

        say(IndexText.benchMeasuring.with(["what": "export_10k_s"])(language))
        let exportIDs = Array(
            stride(from: 0, to: ids.count, by: max(1, ids.count / 10_000)).map { ids[$0] }.prefix(10_000))
        figures.export10kSeconds = try bench.exportMarkdown(exportIDs) * 10_000 / Double(max(1, exportIDs.count))
        say(IndexText.benchMeasuring.with(["what": "validate_s"])(language))
        figures.validateSeconds = try bench.validate()

        let queries = DeskBench.queries(from: summaries, keystrokes: keystrokes)
        say(IndexText.benchMeasuring.with(["what": "grep"])(language))
        figures.grepMs = bench.grepNames(summaries, queries: queries.prefixesTyped)

        say(IndexText.benchMeasuring.with(["what": "desk"])(language))
        let desk = DeskBench(root: root, binary: CommandLine.arguments[0], language: language)
        do {
            try desk.measure(into: &figures, queries: queries, startups: startups)
        } catch {
            figures.deskUnavailable = "\(error)"
        }

        if json {
            print(figures.json())
        } else {
            for line in figures.table(language: language, cases: cases) { print(line) }
        }
    }
}
