import Foundation
import GRDB
import Testing

@testable import CareerDeskCore

/// The index as an attacker or a failing disk leaves it: values changed in its rows, a file
/// that is not a database, pages overwritten. Nothing read may trap; damage is reported and
/// repaired from the case files.
@Suite struct CaseIndexDamageTests {
    /// A store of a few cases, indexed, with stamps recorded as verified.
    static func indexedStore(count: Int = 6) throws -> FileCaseStore {
        let store = try CaseIndexTests.exactStore()
        for n in 1...count {
            _ = try store.create(seeker: CaseIndexTests.seeker(n, region: n % 2 == 0 ? "PER" : "SAK"), caseworker: "П")
        }
        _ = store.list()
        return store
    }

    /// Runs SQL on the index file as another program would (its own connection).
    static func tamper(_ store: FileCaseStore, _ sql: String) throws {
        let queue = try DatabaseQueue(path: store.caseIndex.path)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
    }

    /// One changed field each: a 19-digit stamp grown past Int64, text where numbers go, a time
    /// past any calendar, an unknown status, a broken id, money past every bound.
    static let damage = [
        "UPDATE caseFile SET changeNs = 92233720368547758070 WHERE id = 'SAK-2026-000001'",
        "UPDATE caseFile SET revision = 9223372036854775807 WHERE id = 'SAK-2026-000001'",
        "UPDATE caseFile SET revision = 'много' WHERE id = 'SAK-2026-000001'",
        "UPDATE caseFile SET inode = 'x', size = -5 WHERE id = 'SAK-2026-000001'",
        "UPDATE caseFile SET updatedAt = 1e300 WHERE id = 'SAK-2026-000001'",
        "UPDATE caseFile SET updatedAt = 'вчера' WHERE id = 'SAK-2026-000001'",
        "UPDATE caseFile SET status = 'deleted' WHERE id = 'SAK-2026-000001'",
        "UPDATE caseFile SET birthDate = '2026-02-31' WHERE id = 'SAK-2026-000001'",
        "UPDATE caseFile SET id = 'SAK-2026-0000x1' WHERE id = 'SAK-2026-000001'",
        "UPDATE caseFile SET fundedAmount = 9223372036854775807 WHERE id = 'SAK-2026-000001'",
        "UPDATE caseFile SET fullName = x'00ff' WHERE id = 'SAK-2026-000001'",
        "UPDATE caseFile SET id = x'00ff41' WHERE id = 'SAK-2026-000001'",
        "UPDATE caseFile SET id = CAST(x'ff53414b' AS TEXT) WHERE id = 'SAK-2026-000001'",
        "UPDATE caseFile SET nextFollowUp = '2027-02-30' WHERE id = 'SAK-2026-000001'",
        "UPDATE caseFile SET nextFollowUp = 20270206 WHERE id = 'SAK-2026-000001'",
        "UPDATE caseFile SET caseworker = x'c3' WHERE id = 'SAK-2026-000001'",
        "UPDATE indexState SET value = 'x'",
        "UPDATE statusCount SET count = -5",
        "UPDATE statusCount SET count = 'x'",
        "INSERT INTO problemFile VALUES ('../../etc/passwd', 1, 2, 3)",
    ]

    @Test(arguments: damage)
    func aChangedValueNeverTrapsAndIsRepairedFromTheCaseFiles(_ sql: String) throws {
        let store = try Self.indexedStore()
        let truth = CaseIndexTests.decodedSummaries(store)
        try Self.tamper(store, sql)

        let snapshot = store.indexSnapshot()
        #expect(snapshot.cases.allSatisfy { $0.id.description != "SAK-2026-0000x1" })
        #expect(snapshot.problems.allSatisfy { !$0.file.contains("/") })
        _ = store.indexHead(rows: 3)
        #expect(store.list().cases == truth)
        #expect(store.indexSnapshot().cases == truth)
        #expect(!store.indexSnapshot().needsRefresh)
        _ = store.takeIndexRepairs()
        #expect(store.verifyIndex().isEmpty, "after the repair the index matches every file")
    }

    @Test func aDamagedRowIsReportedAndCountedOnce() throws {
        let store = try Self.indexedStore()
        try Self.tamper(store, "UPDATE caseFile SET revision = 'много' WHERE id = 'PER-2026-000002'")
        #expect(store.indexSnapshot().needsRefresh, "a row that does not read is damage: not trusted")
        _ = store.list()
        #expect(store.takeIndexRepairs().rows >= 1)
        _ = store.list()
        #expect(store.takeIndexRepairs().isEmpty)
    }

    @Test func aValueChangedBehindAMatchingStampIsFoundByValidation() throws {
        let store = try Self.indexedStore()
        try Self.tamper(store, "UPDATE caseFile SET fullName = 'Подменённое Имя' WHERE id = 'SAK-2026-000003'")
        // The stamp still matches the file, so only reading every file can tell.
        #expect(store.list().cases.contains { $0.fullName == "Подменённое Имя" })
        let repairs = store.verifyIndex()
        #expect(repairs.rows == 1)
        #expect(store.list().cases == CaseIndexTests.decodedSummaries(store))
    }

    @Test func countsChangedInTheIndexAreFoundByValidation() throws {
        let store = try Self.indexedStore()
        try Self.tamper(store, "UPDATE statusCount SET count = 999")
        #expect(store.verifyIndex().rows == 1)
        #expect(store.indexHead(rows: 2)?.total == 6)
        #expect(store.indexHead(rows: 2)?.counts[.open] == 6)
    }

    @Test func tablesDroppedByHandAreBuiltAnewByTheNextOpen() throws {
        let store = try Self.indexedStore()
        let truth = CaseIndexTests.decodedSummaries(store)
        try Self.tamper(store, "DROP TABLE statusCount")
        let next = try FileCaseStore(root: store.root, clock: store.clock)
        #expect(next.list().cases == truth)
        #expect(next.takeIndexRepairs().rebuiltFile)
        #expect(next.indexHead(rows: 3)?.total == truth.count)
    }

    @Test func twoStoresOpeningAMissingIndexAtOnceKeepOneIndex() async throws {
        let store = try Self.indexedStore()
        let truth = CaseIndexTests.decodedSummaries(store)
        try FileManager.default.removeItem(at: store.root.appendingPathComponent("index"))
        let desks = try (0..<4).map { _ in try FileCaseStore(root: store.root, clock: store.clock) }
        try await withThrowingTaskGroup(of: [CaseSummary].self) { group in
            for desk in desks { group.addTask { desk.list().cases } }
            for try await listed in group { #expect(listed == truth) }
        }
        #expect(desks.allSatisfy { !$0.takeIndexRepairs().rebuiltFile }, "nobody took the others' tables for damage")
        #expect(desks[0].indexSnapshot().cases == truth)
    }

    @Test func aDirectoryTimePastTheNanosecondRangeTrapsNothing() throws {
        let store = try Self.indexedStore()
        // 2300-01-01: its nanoseconds do not fit in 64 bits.
        var times = [timespec(tv_sec: 10_413_792_000, tv_nsec: 0), timespec(tv_sec: 10_413_792_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, store.casesDirectory.path, &times, 0) == 0)
        #expect(store.list().cases.count == 6)
        _ = store.indexSnapshot()
        var item = try store.load(CaseID("SAK-2026-000001")!)
        item.seeker.fullName = "Другое Имя"
        _ = try store.save(item, by: "П", lock: nil)
        #expect(store.list().cases.contains { $0.fullName == "Другое Имя" })
    }

    @Test func aFileThatIsNotADatabaseIsRebuilt() throws {
        let store = try Self.indexedStore()
        let truth = CaseIndexTests.decodedSummaries(store)
        let path = store.caseIndex.path
        // A new process finds garbage where the index was.
        let fresh = try FileCaseStore(root: store.root, clock: store.clock)
        try Data(repeating: 0x41, count: 20_000).write(to: URL(fileURLWithPath: path))
        for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
        #expect(fresh.list().cases == truth)
        #expect(fresh.takeIndexRepairs().rebuiltFile)
        #expect(!fresh.indexSnapshot().needsRefresh)
    }

    @Test func overwrittenPagesAreFoundAndTheIndexRebuilt() throws {
        let store = try Self.indexedStore(count: 40)
        let truth = CaseIndexTests.decodedSummaries(store)
        _ = store.caseIndex.scrub()
        let path = store.caseIndex.path
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seek(toOffset: 4096)
        handle.write(Data(repeating: 0xA5, count: 8192))
        try handle.close()
        let fresh = try FileCaseStore(root: store.root, clock: store.clock)
        _ = fresh.indexSnapshot()
        _ = fresh.indexHead(rows: 5)
        #expect(fresh.list().cases == truth)
        #expect(fresh.verifyIndex().isEmpty || fresh.list().cases == truth)
        #expect(fresh.list().cases == truth)
    }

    @Test func theHeadIsTheSnapshotsNewestRowsAndCounts() throws {
        var now = StoreFixtures.now
        let clock = SteppingClock(start: now)
        let store = try FileCaseStore(root: StoreFixtures.tempDirectory("head"), clock: clock)
        for n in 1...40 {
            var item = try store.create(seeker: CaseIndexTests.seeker(n), caseworker: "П")
            if n % 3 == 0 {
                item.status = .onHold
                _ = try store.save(item, by: "П", lock: nil)
            }
        }
        now = clock.now
        let snapshot = store.indexSnapshot()
        var head: CaseIndexHead?
        let same = store.indexSnapshot(headRows: 10) { head = $0 }
        #expect(same.cases == snapshot.cases)
        let newest = snapshot.cases.sorted {
            $0.updatedAt != $1.updatedAt ? $0.updatedAt > $1.updatedAt : $0.id > $1.id
        }
        #expect(head?.rows == Array(newest.prefix(10)))
        #expect(head?.total == 40)
        #expect(head?.counts[.onHold] == 13)
        #expect(head?.counts[.open] == 27)
        #expect(store.indexHead(rows: 10)?.rows == head?.rows)
        #expect(now > StoreFixtures.now)
    }
}

/// A clock that moves a second each time it is read: every save has its own time.
final class SteppingClock: Clock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(start: Date) { current = start }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        current = current.addingTimeInterval(1)
        return current
    }
}
