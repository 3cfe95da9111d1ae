import Foundation
import Testing

@testable import CareerDeskCore

/// What the probes found the store doing to the disk around it: following links out of the
/// store, making a read-only store writable, and keeping an anonymised person in the index.
@Suite struct StoreSafetyTests {
    static func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    /// Every file under `root` (the index's WAL and shared memory too), as bytes.
    static func everyFile(under root: URL) -> [(String, Data)] {
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return paths.compactMap { relative in
            let path = root.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: path)
            else { return nil }
            return (relative, data)
        }
    }

    @Test(arguments: ["cases", "locks", "index", "recovery", "audit.log", "store.lock", "index/cases.sqlite"])
    func aStoreWhosePartIsALinkIsRefusedAndNothingOutsideIsTouched(_ part: String) throws {
        let store = try StoreFixtures.store()
        _ = try store.create(seeker: CaseIndexTests.seeker(1), caseworker: "П")
        _ = store.list()
        let outside = StoreFixtures.tempDirectory("outside")
        let target = outside.appendingPathComponent("target")
        let partURL = store.root.appendingPathComponent(part)
        let wasDirectory = ["cases", "locks", "index", "recovery"].contains(part)
        if wasDirectory {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        } else {
            try Data("outside".utf8).write(to: target)
        }
        #expect(chmod(target.path, 0o755) == 0)
        try? FileManager.default.removeItem(at: partURL)
        #expect(symlink(target.path, partURL.path) == 0)

        #expect(throws: StoreError.linkInStore(path: partURL.path)) {
            try FileCaseStore(root: store.root, clock: store.clock)
        }
        #expect(Self.mode(target.path) == 0o755, "the link's target keeps its mode")
        if wasDirectory {
            #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).isEmpty)
        } else {
            #expect(try Data(contentsOf: target) == Data("outside".utf8))
        }
        #expect(
            StoreError.linkInStore(path: partURL.path).text(.ru).contains("ссылка"),
            "the message says what is wrong in the session's language")
    }

    @Test func aLockFileThatIsALinkIsNotFollowed() throws {
        let store = try StoreFixtures.store()
        let item = try store.create(seeker: CaseIndexTests.seeker(1), caseworker: "П")
        let outside = StoreFixtures.tempDirectory("outside").appendingPathComponent("victim")
        try Data("keep".utf8).write(to: outside)
        #expect(symlink(outside.path, store.locksDirectory.appendingPathComponent("\(item.id).lock").path) == 0)
        #expect(throws: StoreError.self) { try store.lock(item.id, caseworker: "П") }
        #expect(try Data(contentsOf: outside) == Data("keep".utf8))
    }

    @Test func aStoreMadeReadOnlyStaysSoAndRefusesWrites() throws {
        let store = try StoreFixtures.store()
        var item = try store.create(seeker: CaseIndexTests.seeker(1), caseworker: "П")
        _ = store.list()
        try FileManager.default.removeItem(at: store.root.appendingPathComponent("index"))
        #expect(chmod(store.root.path, 0o500) == 0)
        defer { chmod(store.root.path, 0o700) }

        let readOnly = try FileCaseStore(root: store.root, clock: store.clock)
        #expect(readOnly.isReadOnly)
        #expect(Self.mode(store.root.path) == 0o500, "opening never changes an existing directory's mode")
        #expect(readOnly.list().cases.map(\.id) == [item.id], "listing works from the files")
        #expect(try readOnly.load(item.id).id == item.id)
        item.seeker.fullName = "Другое Имя"
        #expect(throws: StoreError.readOnlyStore(store.root.path)) { try readOnly.save(item, by: "П", lock: nil) }
        #expect(throws: StoreError.readOnlyStore(store.root.path)) {
            try readOnly.create(seeker: CaseIndexTests.seeker(2), caseworker: "П")
        }
        #expect(throws: StoreError.readOnlyStore(store.root.path)) { try readOnly.lock(item.id, caseworker: "П") }
        #expect(!FileManager.default.fileExists(atPath: store.root.appendingPathComponent("index").path))
        #expect(Self.mode(store.root.path) == 0o500)
        #expect(StoreValidation.run(readOnly, today: StoreFixtures.today).problems.isEmpty)
    }

    @Test func aReadOnlyStoreUsesItsIndexWithoutWritingBesideIt() throws {
        let store = try StoreFixtures.store()
        for n in 1...3 { _ = try store.create(seeker: CaseIndexTests.seeker(n), caseworker: "П") }
        _ = store.list()
        _ = store.caseIndex.scrub()
        let index = store.root.appendingPathComponent("index")
        let before = try FileManager.default.contentsOfDirectory(atPath: index.path).sorted()
        #expect(chmod(store.root.path, 0o500) == 0)
        defer { chmod(store.root.path, 0o700) }
        let readOnly = try FileCaseStore(root: store.root, clock: store.clock)
        #expect(readOnly.indexSnapshot().cases.count == 3, "the index on disk is read (as a copy in memory)")
        #expect(readOnly.list().cases.count == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: index.path).sorted() == before)
    }

    @Test func anonymisingLeavesNoPersonalValueAnywhereInTheStore() throws {
        let store = try StoreFixtures.store()
        var seeker = StoreFixtures.seeker(
            name: "Шестакова Виолетта Аркадьевна", snils: "112-233-445 95", region: "SAK")
        seeker.birthDate = LocalDate(year: 1977, month: 5, day: 14)
        var item = try store.create(seeker: seeker, caseworker: "П")
        for n in 2...30 { _ = try store.create(seeker: CaseIndexTests.seeker(n), caseworker: "П") }
        item.stage = .guidance
        item = try store.save(item, by: "П", lock: nil)
        _ = store.list()
        // A desk's unsaved edits of the case and a copy kept aside after a stale save.
        let recovery = store.root.appendingPathComponent("recovery")
        try FileManager.default.createDirectory(at: recovery, withIntermediateDirectories: true)
        try CaseCoding.encoder().encode(item).write(to: recovery.appendingPathComponent("officer.json"))
        try CaseCoding.encoder().encode(item).write(to: recovery.appendingPathComponent("\(item.id)-r2-П.json"))

        let lock = try store.lock(item.id, caseworker: "П")
        let withdrawn = Anonymisation.withdrawingConsent(item, on: StoreFixtures.today, by: "П", at: StoreFixtures.now)
        _ = try store.save(
            try Anonymisation.anonymised(withdrawn, by: "П", at: StoreFixtures.now), by: "П", lock: lock)
        lock.release()
        #expect(store.forgetPersonalData(of: item.id))

        let birth = try #require(seeker.birthDate)
        let values = [seeker.fullName, "Шестакова", seeker.snils, "11223344595", birth.iso, birth.formatted(.ru)]
        for (file, data) in Self.everyFile(under: store.root) {
            for value in values {
                #expect(data.range(of: Data(value.utf8)) == nil, "\(value) is still in \(file)")
            }
        }
        #expect(store.list().cases.count == 30)
    }

    @Test func theSNILSCheckHoldsWithoutAUsableIndex() throws {
        let store = try StoreFixtures.store()
        _ = try store.create(seeker: CaseIndexTests.seeker(1), caseworker: "П")
        // `index` taken by a plain file: no index can be opened, the files are read instead.
        try FileManager.default.removeItem(at: store.root.appendingPathComponent("index"))
        try Data("x".utf8).write(to: store.root.appendingPathComponent("index"))
        let blind = try FileCaseStore(root: store.root, clock: store.clock)
        #expect(throws: StoreError.duplicateSNILS(CaseID("SAK-2026-000001")!)) {
            try blind.create(seeker: CaseIndexTests.seeker(1), caseworker: "П", allowDuplicateSNILS: false)
        }
        #expect(
            try blind.create(seeker: CaseIndexTests.seeker(2), caseworker: "П", allowDuplicateSNILS: false).id
                .sequence == 2)
        #expect(blind.list().cases.count == 2)
    }

    @Test func aRevisionAtItsBoundIsRefusedNotTrapped() throws {
        let store = try StoreFixtures.store()
        var item = try store.create(seeker: CaseIndexTests.seeker(1), caseworker: "П")
        item.revision = Int(CaseBounds.revision.upperBound)
        try CaseIndexTests.writeFromOutside(item, in: store)
        var stored = try store.load(item.id)
        stored.seeker.fullName = "Другое Имя"
        #expect(throws: StoreError.revisionExhausted(item.id)) { try store.save(stored, by: "П", lock: nil) }
        #expect(throws: StoreError.revisionExhausted(item.id)) { try store.insert(stored, by: "П", replace: true) }
    }
}
