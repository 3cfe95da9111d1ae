import Foundation
import Testing

@testable import CareerDeskCore

/// Temporary files of writers that were killed are removed; nothing else is.
@Suite struct AbandonedTemporariesTests {
    /// No process has this pid (above Linux's pid_max).
    static let deadPID: pid_t = 2_000_000_000

    /// Writes a file in `directory`, its mtime `age` seconds ago.
    @discardableResult
    static func file(_ name: String, in directory: URL, age: TimeInterval = 3600) throws -> URL {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(#"{"seeker":{"fullName":"Ёлкина Анна Сергеевна"}}"#.utf8).write(to: url)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -age)], ofItemAtPath: url.path)
        return url
    }

    static func exists(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0
    }

    @Test func theSweepRemovesOnlyOldFilesOfDeadWriters() throws {
        let root = StoreFixtures.tempDirectory()
        let cases = root.appendingPathComponent("cases")
        let recovery = root.appendingPathComponent("recovery")
        let dead = try Self.file(".SAK-2026-000001.json.\(Self.deadPID).12345.tmp", in: cases)
        let deadRecovery = try Self.file(".Петров.json.\(Self.deadPID).7.tmp", in: recovery)
        let fresh = try Self.file(".SAK-2026-000002.json.\(Self.deadPID).12345.tmp", in: cases, age: 60)
        let live = try Self.file(".SAK-2026-000003.json.\(getpid()).12345.tmp", in: cases)
        let caseFile = try Self.file("SAK-2026-000004.json", in: cases)
        let other = try Self.file(".SAK-2026-000005.json.tmp", in: cases)
        let notANumber = try Self.file(".SAK-2026-000006.json.x\(Self.deadPID).1.tmp", in: cases)
        // A symlink named like a leftover is not a regular file: neither it nor its target goes.
        let target = try Self.file("elsewhere.json", in: root)
        let link = cases.appendingPathComponent(".SAK-2026-000007.json.\(Self.deadPID).1.tmp")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)

        let store = try FileCaseStore(root: root, clock: FixedClock(StoreFixtures.now))
        #expect(store.temporariesRemoved == 1, "opening sweeps the small recovery folder")
        #expect(store.sweepAbandonedTemporaries() == 1)
        #expect(!Self.exists(dead))
        #expect(!Self.exists(deadRecovery))
        for kept in [fresh, live, caseFile, other, notANumber, link, target] {
            #expect(Self.exists(kept), "\(kept.lastPathComponent)")
        }
    }

    @Test func aListingThatPassesThemRemovesThem() throws {
        let store = try StoreFixtures.store()
        _ = try store.create(seeker: StoreFixtures.seeker(), caseworker: "Петров")
        let dead = try Self.file(".SAK-2026-000001.json.\(Self.deadPID).97.tmp", in: store.casesDirectory)
        #expect(store.list().cases.count == 1)
        #expect(!Self.exists(dead))
    }

    @Test func validateRemovesThemAndCounts() throws {
        let store = try StoreFixtures.store()
        _ = try store.create(seeker: StoreFixtures.seeker(), caseworker: "Петров")
        let dead = try Self.file(".SAK-2026-000001.json.\(Self.deadPID).99.tmp", in: store.casesDirectory)
        let live = try Self.file(".SAK-2026-000001.json.\(getpid()).98.tmp", in: store.casesDirectory)
        let report = StoreValidation.run(store, today: StoreFixtures.today)
        #expect(report.temporariesRemoved == 1)
        #expect(report.filesChecked == 1)
        #expect(!Self.exists(dead))
        #expect(Self.exists(live))
    }

    @Test func namesAreReadStrictly() {
        #expect(AbandonedTemporaries.writerPID(fileName: ".SAK-2026-000001.json.4242.17.tmp") == 4242)
        #expect(AbandonedTemporaries.writerPID(fileName: ".a.1.2.tmp") == 1)
        for name in [
            "SAK-2026-000001.json.4242.17.tmp", ".SAK-2026-000001.json.tmp", "..4242.17.tmp", ".x.0.17.tmp",
            ".x.-5.17.tmp", ".x.4242..tmp", ".x.4242.17.tmp.bak", ".x.99999999999.17.tmp", ".4242.17.tmp",
        ] {
            #expect(AbandonedTemporaries.writerPID(fileName: name) == nil, "\(name)")
        }
    }
}
