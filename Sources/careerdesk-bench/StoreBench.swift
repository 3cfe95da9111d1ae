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
        let index = root.appendingPathComponent("index/cases.sqlite").path
        let bytes = ["", "-wal"].reduce(0) { sum, suffix in
            sum + ((try? FileManager.default.attributesOfItem(atPath: index + suffix)[.size] as? Int) ?? 0)
        }
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
        // A directory of its own, removed only after the timing: ext4 creates files slowly for
        // a while where thousands were just deleted, which would be timed with the export.
        let output = root.appendingPathComponent("export-md-\(getpid())-\(Int(Date().timeIntervalSince1970))")
        defer { try? FileManager.default.removeItem(at: output) }
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

extension StoreBench {
    /// What one case file costs to read, as the store reads it (`CaseFileReader.read`), and as
    /// it would with a date parser that does not build two `ISO8601DateFormatter`s per date
    /// (`Timestamp.parse` does): milliseconds per file, over `files`.
    func caseReadCost(_ files: [URL]) -> (storeMs: Double, fastDatesMs: Double) {
        let (store, _) = Stopwatch.time { for file in files { _ = try? CaseFileReader.read(file) } }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = FastTimestamp.parse(text) ?? Timestamp.parse(text) { return date }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a time")
        }
        let (fast, _) = Stopwatch.time {
            for file in files {
                if let data = try? Data(contentsOf: file) { _ = try? decoder.decode(Case.self, from: data) }
            }
        }
        let n = Double(max(1, files.count))
        return (store * 1000 / n, fast * 1000 / n)
    }
}

/// `2026-11-23T10:15:00Z` read byte by byte (the form case files are written in), for the
/// comparison above.
enum FastTimestamp {
    static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8)
        guard b.count == 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x5A
        else { return nil }
        func n(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for i in from..<(from + count) {
                let d = Int(b[i]) - 48
                guard (0...9).contains(d) else { return nil }
                v = v * 10 + d
            }
            return v
        }
        guard let y = n(0, 4), let m = n(5, 2), let d = n(8, 2), let h = n(11, 2), let mi = n(14, 2), let s = n(17, 2)
        else { return nil }
        // Days from 1970-01-01 (Howard Hinnant's days_from_civil).
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + h * 3_600 + mi * 60 + s))
    }
}
