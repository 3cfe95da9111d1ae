import CareerDeskCore
import Foundation

/// The store's figures: the index built from the case files alone, loading it, saving, the
/// Markdown export and `careerdesk validate` (both the real release binary), and the plain
/// tools doing comparable work.
struct StoreBench {
    let root: URL
    let binaryDirectory: URL
    let language: Language
    let report: (String) -> Void

    var store: FileCaseStore { get throws { try FileCaseStore(root: root, clock: SystemClock()) } }

    /// `cat` of every case file: the raw read any index build must at least do.
    func catAllCaseFiles() -> Double? {
        let cases = root.appendingPathComponent("cases").path
        let outcome = Spawn.run(["/bin/sh", "-c", "find '\(cases)' -name '*.json' -exec cat {} + > /dev/null"])
        return outcome.map(\.seconds)
    }

    /// The index rebuilt from the case files alone (it is deleted first).
    func coldIndex() throws -> (seconds: Double, cases: Int, problems: Int) {
        try? FileManager.default.removeItem(at: root.appendingPathComponent("index"))
        let store = try self.store
        let (seconds, result) = Stopwatch.time { store.refreshIndex(progress: { _, _ in }) }
        return (seconds, result.cases.count, result.problems.count)
    }

    /// The warm index read without any case file (`indexSnapshot`), and a refresh that finds
    /// nothing changed (one `stat` per case file): medians in milliseconds.
    func warmIndex(runs: Int = 7) throws -> (snapshotMs: Double, refreshMs: Double, indexBytes: Int) {
        let store = try self.store
        var snapshot = Sample()
        var refresh = Sample()
        for _ in 0..<runs {
            snapshot.add(Stopwatch.time { store.indexSnapshot() }.seconds * 1000)
            refresh.add(Stopwatch.time { store.refreshIndex(progress: { _, _ in }) }.seconds * 1000)
        }
        let base = root.appendingPathComponent("index/cases.index").path
        let bytes = (try? FileManager.default.attributesOfItem(atPath: base)[.size] as? Int) ?? 0
        return (snapshot.percentile(50), refresh.percentile(50), bytes)
    }

    /// `count` saves of edited cases through `FileCaseStore.save` (lock, revision check, diff,
    /// atomic fsynced write, audit line, index journal), in milliseconds.
    func saves(of ids: [CaseID], count: Int) throws -> Sample {
        let store = try self.store
        var random = SplitMix64(seed: 42)
        var sample = Sample()
        for n in 0..<count {
            let id = ids[Int.random(in: 0..<ids.count, using: &random)]
            var item = try store.load(id)
            item.seeker.phone = "+79\(Int.random(in: 100_000_000...999_999_999, using: &random))"
            if n % 3 == 0 {
                item.notes.append(
                    CaseNote(at: Date(), author: "bench", text: "Звонок соискателю, договорились о встрече."))
            }
            let (seconds, _) = try Stopwatch.time { try store.save(item, by: "bench", lock: nil) }
            sample.add(seconds * 1000)
        }
        return sample
    }

    /// `careerdesk export <ids> --format md -o DIR` with the real release binary.
    func exportMarkdown(_ ids: [CaseID]) throws -> Double {
        let output = root.appendingPathComponent("export-md")
        try? FileManager.default.removeItem(at: output)
        return try runCareerdesk(["export"] + ids.map(\.description) + ["--format", "md", "-o", output.path])
    }

    /// `careerdesk validate` over the whole store with the real release binary.
    func validate() throws -> Double {
        try runCareerdesk(["validate"], allowFailure: true)
    }

    private func runCareerdesk(_ arguments: [String], allowFailure: Bool = false) throws -> Double {
        let binary = binaryDirectory.appendingPathComponent("careerdesk").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError(IndexText.benchBinaryMissing.with(["path": binary])(language))
        }
        let command = [binary] + arguments + ["--store", root.path]
        guard let outcome = Spawn.run(command), allowFailure || outcome.status == 0 else {
            throw BenchError(
                IndexText.benchCommandFailed.with(["command": "careerdesk \(arguments[0])", "status": "?"])(language))
        }
        if outcome.status != 0, outcome.status != 1 {
            throw BenchError(
                IndexText.benchCommandFailed.with([
                    "command": "careerdesk \(arguments[0])", "status": String(outcome.status),
                ])(language))
        }
        return outcome.seconds
    }

    /// `grep -c -i -F` of each query over a file of the names, SNILS and ids (one case a line):
    /// the plain tool's time per query in milliseconds (median).
    func grepNames(_ summaries: [CaseSummary], queries: [String]) -> Double? {
        let file = root.appendingPathComponent("names.txt")
        let text = summaries.map { "\($0.id)\t\($0.fullName)\t\($0.snils)" }.joined(separator: "\n") + "\n"
        guard (try? Data(text.utf8).write(to: file)) != nil else { return nil }
        var sample = Sample()
        for query in queries {
            guard let outcome = Spawn.run(["grep", "-c", "-i", "-F", query, file.path]) else { return nil }
            sample.add(outcome.seconds * 1000)
        }
        return sample.percentile(50)
    }
}

/// A failure of the benchmark itself, with a message for the person running it.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
