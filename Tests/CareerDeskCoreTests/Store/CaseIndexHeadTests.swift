import Foundation
import Testing

@testable import CareerDeskCore

/// The index's table and the head of the list read from it: whenever a head is given, it is
/// exactly what the full snapshot says (the newest rows, the counts, the problems); and when
/// the table cannot be trusted, no head is given at all.
@Suite struct CaseIndexHeadTests {
    /// What the head must be: the snapshot's cases newest first (ties: higher id first, as the
    /// desk sorts them), its count, its counts by status and its problems.
    static func expected(_ snapshot: CaseIndexSnapshot, rows: Int) -> CaseIndexHead {
        let newest = snapshot.cases.sorted {
            $0.updatedAt == $1.updatedAt ? $0.id > $1.id : $0.updatedAt > $1.updatedAt
        }
        return CaseIndexHead(
            rows: Array(newest.prefix(rows)), total: snapshot.cases.count,
            counts: Dictionary(grouping: snapshot.cases, by: \.status).mapValues(\.count),
            problems: snapshot.problems, needsRefresh: snapshot.needsRefresh)
    }

    static func expectSame(_ head: CaseIndexHead?, _ expected: CaseIndexHead, _ note: String = "") {
        guard let head else {
            Issue.record("no head \(note)")
            return
        }
        #expect(head.rows.map(\.id) == expected.rows.map(\.id), "\(note)")
        #expect(head.rows == expected.rows, "\(note)")
        #expect(head.total == expected.total, "\(note)")
        #expect(head.counts == expected.counts, "\(note)")
        #expect(head.problems == expected.problems, "\(note)")
        #expect(head.needsRefresh == expected.needsRefresh, "\(note)")
    }

    /// A store of `count` cases written as another program would (fast: no fsync), with last
    /// changes that tie in threes, all three statuses, and one damaged file; then refreshed.
    static func store(count: Int, clock: any Clock = FixedClock(StoreFixtures.now)) throws -> FileCaseStore {
        var store = try FileCaseStore(root: StoreFixtures.tempDirectory("head"), clock: clock)
        store.indexRacyWindowNs = 0
        for n in 1...count {
            var item = Case(
                id: CaseID(region: n % 4 == 0 ? "PER" : "SAK", year: 2026, sequence: n)!,
                seeker: CaseIndexTests.seeker(n), caseworker: "П", createdAt: StoreFixtures.now)
            item.revision = 1
            item.status = CaseStatus.allCases[n % 3]
            item.updatedAt = StoreFixtures.now.addingTimeInterval(-Double((n * 7919) % count / 3) * 60)
            try CaseIndexTests.writeFromOutside(item, in: store)
        }
        try Data("{\"schemaVersion\": 1".utf8).write(
            to: store.casesDirectory.appendingPathComponent("SAK-2025-000001.json"))
        _ = store.refreshIndex(progress: { _, _ in })
        return store
    }

    @Test func theHeadOfAFreshIndexIsTheSnapshotsNewestRows() throws {
        let store = try Self.store(count: 150)
        let snapshot = store.indexSnapshot()
        #expect(!snapshot.needsRefresh)
        #expect(snapshot.cases.count == 150)
        #expect(snapshot.problems.count == 1)
        for rows in [0, 1, 3, 40, 150, 400] {
            Self.expectSame(store.indexHead(rows: rows), Self.expected(snapshot, rows: rows), "rows \(rows)")
        }
    }

    @Test func savesAndNewCasesSinceTheBaseAreInTheHead() throws {
        let later = FixedClock(StoreFixtures.now.addingTimeInterval(3_600))
        var store = try Self.store(count: 120)
        store = try FileCaseStore(root: store.root, clock: later)
        // Saved now: they move to the top, tie on the same second, and change status counts.
        for n in [5, 77, 120, 33] {
            let id = CaseID(region: n % 4 == 0 ? "PER" : "SAK", year: 2026, sequence: n)!
            var item = try store.load(id)
            item.status = .closed
            item.seeker.fullName = "Сохранена \(n)"
            _ = try store.save(item, by: "П", lock: nil)
        }
        _ = try store.create(seeker: CaseIndexTests.seeker(500, region: "KAM"), caseworker: "П")
        // An older change saved: it stays low in the list.
        var old = try FileCaseStore(root: store.root, clock: FixedClock(StoreFixtures.now.addingTimeInterval(-86_400)))
        old.indexRacyWindowNs = 0
        var item = try old.load(CaseID(region: "SAK", year: 2026, sequence: 9)!)
        item.status = .onHold
        _ = try old.save(item, by: "П", lock: nil)

        let snapshot = store.indexSnapshot()
        #expect(!snapshot.needsRefresh)
        #expect(snapshot.cases.count == 121)
        for rows in [1, 4, 6, 30, 121, 200] {
            Self.expectSame(store.indexHead(rows: rows), Self.expected(snapshot, rows: rows), "rows \(rows)")
        }
        #expect(store.indexHead(rows: 5)?.rows.first?.fullName.hasPrefix("Сохранена") == true)
    }

    @Test func aStaleIndexSaysSoInItsHead() throws {
        let store = try Self.store(count: 30)
        var item = try store.load(CaseID("SAK-2026-000002")!)
        item.seeker.fullName = "Извне"
        try CaseIndexTests.writeFromOutside(item, in: store)
        let snapshot = store.indexSnapshot()
        #expect(snapshot.needsRefresh)
        Self.expectSame(store.indexHead(rows: 10), Self.expected(snapshot, rows: 10))
    }

    /// Replaces the base by a byte-for-byte copy renamed over it (a new inode, as another
    /// program's rewrite would be).
    static func replaceBase(of store: FileCaseStore) throws {
        let base = store.root.appendingPathComponent("index/cases.index")
        let copy = store.root.appendingPathComponent("index/copy.tmp")
        try Data(contentsOf: base).write(to: copy)
        #expect(rename(copy.path, base.path) == 0)
    }

    @Test func withoutAMatchingTableThereIsNoHeadAndTheTableIsWrittenAgain() throws {
        let store = try Self.store(count: 40)
        let index = store.root.appendingPathComponent("index")
        let table = index.appendingPathComponent("cases.table").path
        let basePath = index.appendingPathComponent("cases.index").path
        #expect(store.indexHead(rows: 10) != nil)

        // Deleted: no head, but the index is still fresh (the list is right without it);
        // `ensureIndexTable` writes it from the base as it is, without rewriting the base.
        #expect(unlink(table) == 0)
        #expect(store.indexHead(rows: 10) == nil)
        #expect(!store.indexSnapshot().needsRefresh)
        let baseBefore = FileStamp.of(path: basePath)
        store.ensureIndexTable()
        #expect(FileStamp.of(path: basePath) == baseBefore)
        Self.expectSame(store.indexHead(rows: 10), Self.expected(store.indexSnapshot(), rows: 10))

        // A table of another base (the base rewritten behind it) is not used; a refresh, which
        // finds nothing to change, writes it again.
        try Self.replaceBase(of: store)
        #expect(store.indexHead(rows: 10) == nil)
        _ = store.refreshIndex(progress: { _, _ in })
        Self.expectSame(store.indexHead(rows: 10), Self.expected(store.indexSnapshot(), rows: 10))

        // Cut short, or with a foreign header: not used.
        let saved = try Data(contentsOf: URL(fileURLWithPath: table))
        try saved.prefix(saved.count - 1).write(to: URL(fileURLWithPath: table))
        #expect(store.indexHead(rows: 10) == nil)
        var foreign = saved
        foreign[0] = UInt8(ascii: "X")
        try foreign.write(to: URL(fileURLWithPath: table))
        #expect(store.indexHead(rows: 10) == nil)
    }

    @Test func aBaseNotAsARefreshWritesItGetsNoTableUntilARefreshRewritesIt() throws {
        let store = try Self.store(count: 30)
        let index = store.root.appendingPathComponent("index")
        let base = index.appendingPathComponent("cases.index")
        let table = index.appendingPathComponent("cases.table").path
        let lines = try String(contentsOf: base, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        let header = lines[0]
        let entries = lines.filter { $0.hasPrefix("C\t") }
        let problems = lines.filter { $0.hasPrefix("P\t") }
        #expect(entries.count == 30 && problems.count == 1)
        func write(_ body: [Substring]) throws {
            let copy = index.appendingPathComponent("copy.tmp")
            try Data(([header] + body).map { $0 + "\n" }.joined().utf8).write(to: copy)
            #expect(rename(copy.path, base.path) == 0)
            _ = unlink(table)
        }
        // Entries out of order, or a problem before them: the list reads right, no table is
        // written for it, and a refresh writes the base again, with its table.
        for body in [Array(entries.reversed()) + problems, problems + entries] {
            try write(body)
            #expect(store.indexSnapshot().cases.count == 30)
            store.ensureIndexTable()
            #expect(store.indexHead(rows: 5) == nil)
            _ = store.refreshIndex(progress: { _, _ in })
            Self.expectSame(store.indexHead(rows: 5), Self.expected(store.indexSnapshot(), rows: 5))
        }
        // An entry missing (the header's count is off): the snapshot says stale, so no table
        // may say fresh.
        try write(Array(entries.dropFirst()) + problems)
        #expect(store.indexSnapshot().needsRefresh)
        store.ensureIndexTable()
        #expect(store.indexHead(rows: 5) == nil)
    }

    @Test func temporaryFilesLeftByADeadWriterAreSweptByTheNextRefresh() throws {
        let store = try Self.store(count: 5)
        let index = store.root.appendingPathComponent("index")
        let left = ["cases.table.4242.123456.tmp", "cases.index.4242.99.tmp", "journal.7.8.tmp"]
        let kept = ["notes.tmp", "cases.table.tmp", "journal.x.8.tmp"]
        for name in left + kept { try Data("x".utf8).write(to: index.appendingPathComponent(name)) }
        _ = store.refreshIndex(progress: { _, _ in })
        let names = try FileManager.default.contentsOfDirectory(atPath: index.path)
        for name in left { #expect(!names.contains(name), "\(name)") }
        for name in kept { #expect(names.contains(name), "\(name)") }
    }

    @Test func theSnapshotsHeadComesFromTheSameFilesAsTheSnapshot() throws {
        let store = try Self.store(count: 90)
        _ = try store.create(seeker: CaseIndexTests.seeker(700, region: "KAM"), caseworker: "П")
        var heads: [CaseIndexHead?] = []
        let snapshot = store.indexSnapshot(headRows: 25) { heads.append($0) }
        #expect(heads.count == 1)
        Self.expectSame(heads.first ?? nil, Self.expected(snapshot, rows: 25))
        #expect(snapshot.cases == store.indexSnapshot().cases)
        // Without a table: the head is nil and the snapshot the same.
        #expect(unlink(store.root.appendingPathComponent("index/cases.table").path) == 0)
        heads = []
        #expect(store.indexSnapshot(headRows: 25) { heads.append($0) }.cases == snapshot.cases)
        #expect(heads.count == 1 && heads[0] == nil)
    }

    @Test func journalRecordsOfEveryKindGiveTheSnapshotsHead() throws {
        let store = try Self.store(count: 80)
        let ids = store.indexSnapshot().cases.map(\.id)
        let newest = Self.expected(store.indexSnapshot(), rows: 1).rows[0]
        // Changed in place by another program to tie with the newest row exactly (a lower id,
        // so it goes below it): the refresh journals its line and a `V`.
        var tie = try store.load(ids.first { $0 < newest.id } ?? ids[0])
        tie.seeker.fullName = "Ничья"
        tie.updatedAt = newest.updatedAt
        try CaseIndexTests.writeFromOutside(tie, in: store)
        _ = store.refreshIndex(progress: { _, _ in })
        let journal = try String(contentsOf: store.root.appendingPathComponent("index/journal"), encoding: .utf8)
        #expect(journal.split(separator: "\n").contains { $0.hasPrefix("V") })
        // The same case saved twice (the last wins).
        var twice = try store.load(ids[70])
        twice.status = .onHold
        twice = try store.save(twice, by: "П", lock: nil)
        twice.status = .closed
        _ = try store.save(twice, by: "П", lock: nil)
        // An entry journalled for the base's damaged file: its problem goes, the case joins.
        var repaired = CaseSummary(try store.load(ids[1]))
        repaired.id = CaseID("SAK-2025-000001")!
        var writer = CaseIndexWriter()
        writer.append(.entry(repaired, FileStamp(inode: 7, size: 7, changeNs: 7)))
        store.caseIndex.append(writer.bytes)
        var snapshot = store.indexSnapshot()
        #expect(!snapshot.needsRefresh)
        #expect(snapshot.problems.isEmpty)
        #expect(snapshot.cases.count == 81)
        #expect(snapshot.cases.first { $0.id == ids[70] }?.status == .closed)
        for rows in [1, 2, 10, 81] {
            Self.expectSame(store.indexHead(rows: rows), Self.expected(snapshot, rows: rows), "rows \(rows)")
        }
        #expect(snapshot.cases.first { $0.id == tie.id }?.fullName == "Ничья")

        // A save begun and never settled: the head says the index needs a refresh, as the snapshot does.
        let index = store.caseIndex
        _ = index.beginWrite()
        snapshot = store.indexSnapshot()
        #expect(snapshot.needsRefresh)
        Self.expectSame(store.indexHead(rows: 10), Self.expected(snapshot, rows: 10))

        // A problem journalled over the table: no head (the snapshot is read instead).
        writer = CaseIndexWriter()
        writer.append(.problem(file: "\(ids[5]).json", FileStamp(inode: 1, size: 1, changeNs: 1), .empty))
        index.append(writer.bytes)
        #expect(store.indexHead(rows: 10) == nil)
    }

    @Test func aTableChangedByDamageIsNotUsed() throws {
        let store = try Self.store(count: 60)
        let tablePath = store.root.appendingPathComponent("index/cases.table").path
        let good = try Data(contentsOf: URL(fileURLWithPath: tablePath))
        #expect(good.count == CaseIndexTable.size(count: 60))
        Self.expectSame(store.indexHead(rows: 25), Self.expected(store.indexSnapshot(), rows: 25))
        var random = SystemRandomNumberGenerator()
        // One byte changed in place (the same size), anywhere: the header, the ids, the offsets,
        // the times, the order, the statuses.
        var positions = Array(0..<CaseIndexTable.headerSize)
        positions += (0..<60).map { _ in Int.random(in: CaseIndexTable.headerSize..<good.count, using: &random) }
        for at in positions {
            var damaged = good
            damaged[at] ^= UInt8.random(in: 1...255, using: &random)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: tablePath))
            try handle.write(contentsOf: damaged)
            try handle.close()
            #expect(store.indexHead(rows: 25) == nil, "byte \(at)")
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: tablePath))
        try handle.write(contentsOf: good)
        try handle.close()
        #expect(store.indexHead(rows: 25) != nil)
    }
}
