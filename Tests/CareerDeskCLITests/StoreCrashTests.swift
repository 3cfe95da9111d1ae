import CareerDeskTestSupport
import Foundation
import Testing

@testable import CareerDeskCore

/// Saves survive a process killed at any instant, and two processes never write one case at once.
@Suite(.serialized) struct StoreCrashTests {
    /// Imports two versions of one case alternately with `--replace`, killing the process after a
    /// random delay each time: afterwards the file must parse and be the old or the new version.
    @Test func aSaveKilledAtAnyInstantLeavesTheOldOrTheNewFile() throws {
        let store = makeTempDirectory("crash")
        let work = makeTempDirectory("crash-input")
        let base = try seedCase(in: store)
        var versions: [Data] = []
        for (index, town) in ["Корсаков", "Холмск"].enumerated() {
            var item = base
            item.seeker.municipality = town
            item.notes = [
                CaseNote(
                    at: item.createdAt, author: "test", text: String(repeating: "заметка ", count: 200 * (index + 1)))
            ]
            let url = work.appendingPathComponent("v\(index).json")
            try CaseCoding.encoder().encode(item).write(to: url)
            versions.append(try Data(contentsOf: url))
        }
        let target = store.appendingPathComponent("cases/\(base.id).json")
        // Calibrate: kill instants spread over 0–1.5 × one import's duration, so some land before
        // the write, some during it, some after the process finished.
        let started = Date()
        let warmup = try CLI.run(["import", "--replace", work.appendingPathComponent("v1.json").path], store: store)
        #expect(warmup.status == 0, "\(warmup.stderr)")
        let span = UInt32(max(2_000, min(500_000, Date().timeIntervalSince(started) * 1_500_000)))
        var killed = 0
        var completed = 0
        for round in 0..<100 {
            let before = try CaseFileReader.decode(Data(contentsOf: target)).seeker.municipality
            let input = work.appendingPathComponent("v\(round % 2).json")
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["import", "--replace", "--store", store.path, input.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...span))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            if process.terminationReason == .exit { completed += 1 }
            let after = try CaseFileReader.decode(Data(contentsOf: target)).seeker.municipality
            let written = round % 2 == 0 ? "Корсаков" : "Холмск"
            #expect(after == before || after == written, "round \(round): \(String(describing: after))")
        }
        // the kills must really have landed during work, or the test proves nothing
        #expect(killed >= 10, "killed \(killed) of 100")
        #expect(completed >= 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent("cases").path)
        #expect(leftovers.filter { !$0.hasPrefix(".") } == ["\(base.id).json"])
        #expect(try schemaErrors(inStore: store).isEmpty)
        #expect(AuditLog(url: store.appendingPathComponent("audit.log")).entries().count >= completed)
    }

    /// A case held by another process (flock) is refused with the holder's name; when that
    /// process dies, its lock is gone and the case can be saved.
    @Test func anotherProcessHoldingTheCaseMakesItReadOnlyUntilItDies() throws {
        let storeURL = makeTempDirectory("lock")
        let base = try seedCase(in: storeURL)
        let lockFile = storeURL.appendingPathComponent("locks/\(base.id).lock")
        let holder = LockHolder(caseworker: "Сидорова", host: "desk-2", pid: 4242, since: base.createdAt)
        try CaseCoding.encoder().encode(holder).write(to: lockFile)
        let other = Process()
        other.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        // -o: the lock stays with flock itself, not the sleep it runs, so killing flock frees it
        other.arguments = ["-o", lockFile.path, "sleep", "30"]
        try other.run()
        defer { if other.isRunning { kill(other.processIdentifier, SIGKILL) } }
        // wait until the other process holds the lock
        let store = try FileCaseStore(root: storeURL)
        var held = false
        for _ in 0..<200 {
            do {
                let probe = try store.lock(base.id, caseworker: "probe")
                probe.release()
                try CaseCoding.encoder().encode(holder).write(to: lockFile)
                usleep(10_000)
            } catch {
                held = true
                break
            }
        }
        #expect(held)

        let input = makeTempDirectory("lock-input").appendingPathComponent("case.json")
        try CaseCoding.encoder().encode(base).write(to: input)
        let refused = try CLI.run(["import", "--replace", input.path], store: storeURL)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Сидорова"))
        #expect(refused.stderr.contains("desk-2"))

        // end flock's `sleep` child too, or the waiting on it outlives the test
        let children = Process()
        children.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
        children.arguments = ["-KILL", "-P", String(other.processIdentifier)]
        try children.run()
        children.waitUntilExit()
        kill(other.processIdentifier, SIGKILL)
        other.waitUntilExit()
        let accepted = try CLI.run(["import", "--replace", input.path], store: storeURL)
        #expect(accepted.status == 0, "\(accepted.stderr)")
    }

    private func seedCase(in store: URL) throws -> Case {
        let result = try CLI.run(
            [
                "new", "--name", "Ли Вэй (李伟)", "--birth-date", "1985-07-01", "--snils", "112-233-445 95", "--region",
                "SAK", "--consent",
            ], store: store)
        #expect(result.status == 0, "\(result.stderr)")
        return try CaseFileReader.decode(Data(contentsOf: store.appendingPathComponent("cases/SAK-2026-000001.json")))
    }
}
