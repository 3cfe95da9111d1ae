import Foundation
import Testing

/// The store's defects as the probes found them, through the real binary: a damaged index that
/// crashed every command, two `new` of one seeker that both succeeded, a read-only store made
/// writable again.
@Suite struct StoreDefectsCLITests {
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/demo")

    static func demoStore() throws -> URL {
        let store = makeTempDirectory("defects").appendingPathComponent("store")
        let files = try FileManager.default.contentsOfDirectory(atPath: demo.path).filter { $0.hasSuffix(".json") }
            .sorted().map { demo.appendingPathComponent($0).path }
        let imported = try CLI.run(["import"] + files, store: store)
        #expect(imported.status == 0, "\(imported.stderr)")
        return store
    }

    /// Runs SQL on the index with the sqlite3 shell when it is there, else with python's sqlite3.
    static func tamper(_ store: URL, _ sql: String) throws {
        let index = store.appendingPathComponent("index/cases.sqlite").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()",
            index, sql,
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func oneDigitChangedInAnIndexStampCrashesNothingAndIsRepaired() throws {
        let store = try Self.demoStore()
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        let before = try CLI.run(["list", "--json"], store: store)
        // A 19-digit change time grown by one digit (past Int64), and a revision as text.
        try Self.tamper(
            store,
            "UPDATE caseFile SET changeNs = changeNs * 10 + 7 WHERE id = 'MOW-2026-000301';"
                + "UPDATE caseFile SET changeNs = 92233720368547758079 WHERE id = 'SAK-2026-000101';"
                + "UPDATE caseFile SET revision = 'x' WHERE id = 'PER-2026-000201';")
        let listed = try CLI.run(["list", "--json"], store: store)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout == before.stdout)
        #expect(listed.stderr.contains("индекс дел"), "the repair is reported: \(listed.stderr)")
        let created = try CLI.run(
            [
                "new", "--name", "Новикова Ольга", "--birth-date", "01.02.1991", "--snils", "112-233-445 95",
                "--region", "SAK", "--consent",
            ], store: store)
        #expect(created.status == 0, "\(created.stderr)")

        // A value changed where the stamps still match: `validate` reads every file and says so.
        try Self.tamper(store, "UPDATE caseFile SET fullName = 'Подмена' WHERE id = 'MOW-2026-000301';")
        let validated = try CLI.run(["validate"], store: store)
        #expect(validated.status == 1, "damage in the index is not \"all is well\": \(validated.stdout)")
        #expect(validated.stdout.contains("индекс дел: 1"), "\(validated.stdout)")
        let again = try CLI.run(["validate"], store: store)
        #expect(again.status == 0, "repaired: \(again.stdout)")
        #expect(!(try CLI.run(["list"], store: store).stdout.contains("Подмена")))
    }

    @Test func aFileThatIsNotADatabaseIsRebuiltWithANotice() throws {
        let store = try Self.demoStore()
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        let index = store.appendingPathComponent("index/cases.sqlite")
        try Data(repeating: 0x37, count: 10_000).write(to: index)
        let listed = try CLI.run(["list", "--lang", "en"], store: store)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("16"))
        #expect(listed.stderr.contains("rebuilt from the case files"), "\(listed.stderr)")
    }

    @Test func twoConcurrentNewOfOneSeekerNeverBothSucceed() throws {
        let root = makeTempDirectory("duplicates")
        defer { try? FileManager.default.removeItem(at: root) }
        for pair in 0..<12 {
            let store = root.appendingPathComponent("store\(pair)")
            _ = try CLI.run(["list"], store: store)
            let lock = NSLock()
            nonisolated(unsafe) var results: [CLI.Result?] = [nil, nil]
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                let result = try? CLI.run(
                    [
                        "new", "--name", "Двойникова Анна \(i)", "--birth-date", "12.03.1990", "--snils",
                        "112-233-445 95", "--region", "SAK", "--consent",
                    ], store: store)
                lock.lock()
                results[i] = result
                lock.unlock()
            }
            let succeeded = results.compactMap { $0 }.filter { $0.status == 0 }
            #expect(succeeded.count == 1, "pair \(pair): \(results.map { $0?.stderr ?? "-" })")
            let refused = results.compactMap { $0 }.filter { $0.status != 0 }
            #expect(refused.allSatisfy { $0.stderr.contains("СНИЛС") }, "\(refused.map(\.stderr))")
        }
    }

    @Test func aReadOnlyStoreIsReadWithANoticeAndRefusesWrites() throws {
        let store = try Self.demoStore()
        let root = store.deletingLastPathComponent()
        defer {
            chmod(store.path, 0o700)
            try? FileManager.default.removeItem(at: root)
        }
        #expect(chmod(store.path, 0o500) == 0)
        for arguments in [["list"], ["show", "MOW-2026-000301"], ["validate"]] {
            let result = try CLI.run(arguments, store: store)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("только для чтения"), "\(arguments): \(result.stderr)")
        }
        let export = root.appendingPathComponent("export")
        let exported = try CLI.run(
            ["export", "--all", "--format", "csv", "-o", export.path], store: store)
        #expect(exported.status == 0, "\(exported.stderr)")
        let created = try CLI.run(
            [
                "new", "--name", "Новикова Ольга", "--birth-date", "01.02.1991", "--snils", "112-233-445 95",
                "--region", "SAK", "--consent",
            ], store: store)
        #expect(created.status != 0)
        #expect(created.stderr.contains("только для чтения"), "\(created.stderr)")
        var info = stat()
        #expect(stat(store.path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o500, "the store's mode is never changed")
        #expect(!FileManager.default.fileExists(atPath: store.appendingPathComponent("recovery").path))
    }
}
