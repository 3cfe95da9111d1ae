import Foundation
import Testing

@testable import CareerDeskCore

/// The case index beside the case files: how saves keep it, how it notices changes made behind
/// its back, and that it never loses a case the files hold.
@Suite struct CaseIndexTests {
    /// The summaries the case files give when every one is decoded (what the index must equal).
    static func decodedSummaries(_ store: FileCaseStore) -> [CaseSummary] {
        store.caseFiles().compactMap { try? CaseFileReader.read($0) }.map(CaseSummary.init).sorted { $0.id < $1.id }
    }

    static func seeker(_ n: Int, region: String = "SAK") -> JobSeeker {
        StoreFixtures.seeker(name: "Ёлкина Анна \(n)", snils: String(format: "%03d-000-000 00", n), region: region)
    }

    /// A store whose refreshes count exactly the files that changed: no stamp is treated as
    /// racy (in real use a file changed within the last 50 ms is read once more, to be safe).
    static func exactStore() throws -> FileCaseStore {
        var store = try StoreFixtures.store()
        store.indexRacyWindowNs = 0
        return store
    }

    /// Writes a case file as another program would: a temp file renamed into place.
    static func writeFromOutside(_ item: Case, in store: FileCaseStore) throws {
        let temp = store.root.appendingPathComponent("outside.tmp")
        try CaseCoding.encoder().encode(item).write(to: temp)
        #expect(rename(temp.path, store.url(for: item.id).path) == 0)
    }

    @Test func createAndSaveKeepTheIndexFreshWithoutARefresh() throws {
        let store = try Self.exactStore()
        _ = store.refreshIndex(progress: { _, _ in })
        var item = try store.create(seeker: Self.seeker(1), caseworker: "Петров")
        _ = try store.create(seeker: Self.seeker(2), caseworker: "Петров")
        item.seeker.fullName = "Иванова\tМария"
        item.stage = .guidance
        item = try store.save(item, by: "Петров", lock: nil)

        let snapshot = store.indexSnapshot()
        #expect(!snapshot.needsRefresh)
        #expect(snapshot.indexFound)
        #expect(snapshot.cases == Self.decodedSummaries(store))
        #expect(snapshot.cases.first?.fullName == "Иванова\tМария")
        #expect(snapshot.cases.first?.revision == item.revision)

        var reads = 0
        let listed = store.refreshIndex(progress: { _, _ in reads += 1 })
        #expect(reads == 0, "a fresh index reads no case file")
        #expect(listed.cases == snapshot.cases)
    }

    @Test func deletingTheIndexLosesNothing() throws {
        let first = try StoreFixtures.store()
        for n in 1...5 {
            _ = try first.create(seeker: Self.seeker(n, region: n % 2 == 0 ? "PER" : "SAK"), caseworker: "П")
        }
        let before = first.list().cases
        #expect(before.count == 5)
        try FileManager.default.removeItem(at: first.root.appendingPathComponent("index"))
        // The next start finds no index.
        let store = try FileCaseStore(root: first.root, clock: first.clock)

        let snapshot = store.indexSnapshot()
        #expect(snapshot.needsRefresh)
        #expect(!snapshot.indexFound)
        #expect(snapshot.cases.isEmpty)
        var progress: [(Int, Int)] = []
        let rebuilt = store.refreshIndex(progress: { progress.append(($0, $1)) })
        #expect(rebuilt.cases == before)
        #expect(rebuilt.cases == Self.decodedSummaries(store))
        #expect(progress.first.map { $0 == (0, 5) } == true)
        #expect(progress.last.map { $0 == (5, 5) } == true)
        #expect(!store.indexSnapshot().needsRefresh)
    }

    @Test func aCaseWrittenByAnotherProgramMakesTheIndexStaleAndOnlyItIsReread() throws {
        let store = try Self.exactStore()
        var item = try store.create(seeker: Self.seeker(1), caseworker: "П")
        _ = try store.create(seeker: Self.seeker(2), caseworker: "П")
        _ = store.list()
        #expect(!store.indexSnapshot().needsRefresh)

        item.seeker.fullName = "Сидорова Ольга"
        item.revision += 1
        try Self.writeFromOutside(item, in: store)
        let snapshot = store.indexSnapshot()
        #expect(snapshot.needsRefresh)
        #expect(snapshot.cases.first?.fullName == "Ёлкина Анна 1", "the stale list stays usable")

        var totals: [Int] = []
        let refreshed = store.refreshIndex(progress: { totals.append($1) })
        #expect(Set(totals) == [1], "only the changed file is read")
        #expect(refreshed.cases.first?.fullName == "Сидорова Ольга")
        #expect(!store.indexSnapshot().needsRefresh)
    }

    @Test func anEditInPlaceOrTouchIsFoundByTheRefresh() throws {
        let store = try StoreFixtures.store()
        var item = try store.create(seeker: Self.seeker(1), caseworker: "П")
        _ = store.list()
        // Rewritten in place (no rename, so the directory does not change) to the same length.
        item.seeker.fullName = "Ёлкина Анна 7"
        let file = store.url(for: item.id)
        let handle = try FileHandle(forWritingTo: file)
        try handle.write(contentsOf: CaseCoding.encoder().encode(item))
        try handle.close()
        #expect(store.list().cases.map(\.fullName) == ["Ёлкина Анна 7"])

        // `touch` alone: read again (its change time moved), same content.
        var reads = 0
        #expect(utimes(file.path, nil) == 0)
        #expect(store.refreshIndex(progress: { _, _ in reads += 1 }).cases.map(\.fullName) == ["Ёлкина Анна 7"])
        #expect(reads > 0)
    }

    @Test func aSaveThatDiedHalfwayLeavesTheIndexStale() throws {
        let store = try StoreFixtures.store()
        var item = try store.create(seeker: Self.seeker(1), caseworker: "П")
        _ = store.list()
        // What a desk killed between its write and its index update leaves behind.
        item.seeker.fullName = "Новое Имя"
        item.revision += 1
        try Self.writeFromOutside(item, in: store)
        #expect(store.indexSnapshot().needsRefresh)
        #expect(store.list().cases.map(\.fullName) == ["Новое Имя"])
        #expect(!store.indexSnapshot().needsRefresh)
    }

    @Test func twoWritersAndARefreshLoseNoEntry() async throws {
        let root = StoreFixtures.tempDirectory()
        let desks = try (0..<2).map { _ in
            var desk = try FileCaseStore(root: root, clock: FixedClock(StoreFixtures.now))
            desk.indexRacyWindowNs = 0
            return desk
        }
        let created = try (1...16).map { n in
            try desks[0].create(seeker: Self.seeker(n, region: n % 2 == 0 ? "PER" : "SAK"), caseworker: "П")
        }
        _ = desks[0].list()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (d, desk) in desks.enumerated() {
                let mine = created.enumerated().filter { $0.offset % 2 == d }.map(\.element)
                group.addTask {
                    for round in 1...6 {
                        for var item in mine {
                            item = try desk.load(item.id)
                            item.seeker.fullName = "Раунд \(round) \(item.id)"
                            _ = try desk.save(item, by: "desk\(d)", lock: nil)
                        }
                    }
                }
            }
            group.addTask {
                for _ in 1...4 { _ = desks[1].refreshIndex(progress: { _, _ in }) }
            }
            try await group.waitForAll()
        }
        let truth = Self.decodedSummaries(desks[0])
        #expect(truth.allSatisfy { $0.fullName.hasPrefix("Раунд 6") })
        // Overlapping saves may leave the directory stamp unproven (then it asks for a refresh),
        // but every entry is there and current.
        let snapshot = desks[1].indexSnapshot()
        #expect(snapshot.cases == truth)
        var reads = 0
        #expect(desks[1].refreshIndex(progress: { _, _ in reads += 1 }).cases == truth)
        #expect(reads == 0, "the index already had every save")
    }

    @Test func damagedCaseFilesAreStillReportedFromTheIndex() throws {
        let store = try Self.exactStore()
        _ = try store.create(seeker: Self.seeker(1), caseworker: "П")
        try Data(#"{"schemaVersion":1,"seeker":{"fullName":"Ан"#.utf8).write(
            to: store.casesDirectory.appendingPathComponent("SAK-2026-000099.json"))
        try Data("not json".utf8).write(to: store.casesDirectory.appendingPathComponent("notes.json"))
        try Data("temp".utf8).write(to: store.casesDirectory.appendingPathComponent(".SAK-2026-000001.json.1.tmp"))

        let listed = store.list()
        #expect(listed.cases.count == 1)
        #expect(listed.problems.map(\.file) == ["SAK-2026-000099.json", "notes.json"])
        #expect(listed.problems.first?.error == .truncated)
        let snapshot = store.indexSnapshot()
        #expect(!snapshot.needsRefresh)
        #expect(snapshot.problems == listed.problems)
        #expect(store.list().problems == listed.problems, "the reasons are read again from the files")

        // Repaired from outside: it leaves the problems and joins the cases.
        let fixed = Case(
            id: CaseID("SAK-2026-000099")!, seeker: Self.seeker(99), caseworker: "П", createdAt: StoreFixtures.now)
        try Self.writeFromOutside(fixed, in: store)
        let again = store.list()
        #expect(again.cases.map(\.id.description) == ["SAK-2026-000001", "SAK-2026-000099"])
        #expect(again.problems.map(\.file) == ["notes.json"])
    }

    @Test func theRegisterFromSummariesIsTheRegisterFromCases() throws {
        let catalog = CatalogFixtures.catalog
        let cases = DemoCaseTests.cases
        for language in Language.allCases {
            let utc = TimeZone(identifier: "UTC")!
            let fromCases = CaseRegister.csv(
                cases, language: language, timeZone: utc, references: { DocumentReferences(for: $0, catalog: catalog) })
            let fromSummaries = CaseRegister.csv(
                summaries: cases.map(CaseSummary.init), language: language, timeZone: utc,
                references: { DocumentReferences(for: $0, catalog: catalog) })
            #expect(fromSummaries == fromCases)
            let bare = CaseRegister.csv(cases, language: language, timeZone: utc)
            #expect(CaseRegister.csv(summaries: cases.map(CaseSummary.init), language: language, timeZone: utc) == bare)
        }
    }
}
