import Foundation
import Testing

@testable import CareerDeskCore

/// The case index beside the case files: its line format, how saves keep it, how it notices
/// changes made behind its back, and that it never loses a case the files hold.
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

    @Test func linesRoundTripCyrillicTabsNewlinesAndEmptyValues() throws {
        var full = CaseSummary(StoreFixtures.fullCase())
        full.fullName = "Ёлкина\tАнна\nСергеевна \\ 作者\r"
        full.courseTitle = ""
        full.updatedAt = Date(timeIntervalSince1970: 1_795_436_078.25)
        var bare = CaseSummary(
            Case(
                id: CaseID("PER-2026-000001")!, seeker: StoreFixtures.seeker(region: "PER"), caseworker: "П",
                createdAt: StoreFixtures.now))
        bare.birthDate = nil
        let stamp = FileStamp(inode: UInt64.max - 3, size: 5_120, changeNs: 1_795_436_078_947_147_995)
        let errors: [CaseFileError] = [
            .unreadable(errno: EACCES), .tooLarge(bytes: 9_000_000), .empty, .truncated, .notUTF8,
            .tooDeeplyNested(limit: 64), .notJSON("unexpected \t end\n"), .notAnObject, .missingSchemaVersion,
            .unknownSchemaVersion(9), .invalidField(path: "seeker.snils", reason: "expected a string"),
            .idMismatch(fileName: "x.json", id: "SAK-2026-000001"),
        ]
        var writer = CaseIndexWriter()
        writer.append(.header(directoryStamp: -5, count: 2))
        writer.append(.entry(full, stamp))
        writer.append(.entry(bare, stamp))
        for error in errors { writer.append(.problem(file: "имя\tфайла.json", stamp, error)) }
        writer.append(.writeBegan(token: "12-abc"))
        writer.append(.writeSettled(token: "12-abc", before: 1, after: 2))
        writer.append(.verified(directoryStamp: 3))
        #expect(writer.bytes.filter { $0 == 0x0A }.count == 6 + errors.count)

        var records: [CaseIndexRecord] = []
        let outcome = CaseIndexParser.parse(Data(writer.bytes)) { records.append($0) }
        #expect(outcome == .init(unreadableLines: 0, tornBytes: 0, completeLength: writer.bytes.count))
        #expect(records.count == 6 + errors.count)
        guard case .header(-5, 2) = records[0] else {
            Issue.record("header: \(records[0])")
            return
        }
        guard case .entry(let readFull, let readStamp) = records[1], case .entry(let readBare, _) = records[2] else {
            Issue.record("entries: \(records[1]), \(records[2])")
            return
        }
        #expect(readFull == full)
        #expect(readFull.courseTitle == "")
        #expect(readBare == bare)
        #expect(readBare.courseTitle == nil)
        #expect(readStamp == stamp)
        for (i, error) in errors.enumerated() {
            guard case .problem(let file, _, let read) = records[3 + i] else {
                Issue.record("problem \(i): \(records[3 + i])")
                continue
            }
            #expect(file == "имя\tфайла.json")
            #expect(read == error)
        }
    }

    @Test func fileNameKeysSortAsCaseIDsAndRefuseWhatCaseIDRefuses() {
        let names = ["SAK-2026-000042", "AAA-2000-000001", "ZZZ-9999-999999", "PER-2025-000100", "PER-2026-000002"]
        let ids = names.map { CaseID($0)! }
        let keys = names.map { CaseIndexName.key(fileName: "\($0).json") }
        #expect(keys == ids.map { CaseIndexName.key($0) })
        #expect(ids.sorted() == ids.sorted { CaseIndexName.key($0) < CaseIndexName.key($1) })
        #expect(ids.map { CaseIndexName.id(CaseIndexName.key($0)) } == ids)
        for bad in [
            "SAK-1999-000001.json", "SAK-2026-000000.json", "sak-2026-000001.json", "SAK-2026-00001.json",
            "SAK-2026-000001.jsonx", "SAK_2026-000001.json", ".SAK-2026-000001.json", "SAK-2026-0000a1.json",
        ] {
            #expect(CaseIndexName.key(fileName: bad) == nil, "\(bad)")
            #expect(CaseIndexName.caseID(fileName: bad) == nil)
        }
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
        let store = try StoreFixtures.store()
        for n in 1...5 {
            _ = try store.create(seeker: Self.seeker(n, region: n % 2 == 0 ? "PER" : "SAK"), caseworker: "П")
        }
        let before = store.list().cases
        #expect(before.count == 5)
        try FileManager.default.removeItem(at: store.root.appendingPathComponent("index"))

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

    @Test func aTornJournalLineIsSkippedAndRepaired() throws {
        let store = try StoreFixtures.store()
        _ = try store.create(seeker: Self.seeker(1), caseworker: "П")
        _ = store.list()
        _ = try store.create(seeker: Self.seeker(2), caseworker: "П")
        let journal = store.caseIndex.journalPath
        let handle = try #require(FileHandle(forWritingAtPath: journal))
        handle.seekToEndOfFile()
        handle.write(Data("C\tSAK-2026-000003\t12\t34\tЁлки".utf8))
        try handle.close()

        let snapshot = store.indexSnapshot()
        #expect(snapshot.cases.map(\.id.description) == ["SAK-2026-000001", "SAK-2026-000002"])
        #expect(snapshot.needsRefresh, "a torn line means a writer died: not trusted")

        let refreshed = store.refreshIndex(progress: { _, _ in })
        #expect(refreshed.cases == Self.decodedSummaries(store))
        let after = try String(contentsOfFile: journal, encoding: .utf8)
        #expect(!after.contains("Ёлки"))
        _ = try store.create(seeker: Self.seeker(3), caseworker: "П")
        let last = store.indexSnapshot()
        #expect(!last.needsRefresh)
        #expect(last.cases.count == 3)
    }

    @Test func aDamagedJournalLineMakesTheIndexStale() throws {
        let store = try StoreFixtures.store()
        _ = try store.create(seeker: Self.seeker(1), caseworker: "П")
        _ = store.list()
        let handle = try #require(FileHandle(forWritingAtPath: store.caseIndex.journalPath))
        handle.seekToEndOfFile()
        handle.write(Data("C\tnot a case\n".utf8))
        try handle.close()
        #expect(store.indexSnapshot().needsRefresh)
        _ = store.list()
        #expect(!store.indexSnapshot().needsRefresh)
    }

    @Test func aSaveThatDiedHalfwayLeavesTheIndexStale() throws {
        let store = try StoreFixtures.store()
        var item = try store.create(seeker: Self.seeker(1), caseworker: "П")
        _ = store.list()
        // What a desk killed between its journal line and its rename leaves behind.
        _ = store.caseIndex.beginWrite()
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
        // Overlapping saves may leave the chain of stamps unproven (then it asks for a refresh),
        // but every entry is there and current.
        let snapshot = desks[1].indexSnapshot()
        #expect(snapshot.cases == truth)
        var reads = 0
        #expect(desks[1].refreshIndex(progress: { _, _ in reads += 1 }).cases == truth)
        #expect(reads == 0, "the journal already had every save")
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
        var reads = 0
        _ = store.refreshIndex(progress: { _, _ in reads += 1 })
        #expect(reads == 0, "a damaged file that did not change is not read again")

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
