import Foundation
import Testing

@testable import CareerDeskCore

@Suite struct CaseJSONTests {
    @Test func aFullCaseRoundTripsThroughJSON() throws {
        let item = StoreFixtures.fullCase()
        let data = try CaseCoding.encoder().encode(item)
        #expect(try CaseFileReader.decode(data) == item)
    }

    @Test func topLevelAndSeekerKeysAreTheDocumentedOnes() throws {
        let data = try CaseCoding.encoder().encode(StoreFixtures.fullCase())
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let expected: Set = [
            "schemaVersion", "id", "revision", "status", "stage", "createdAt", "updatedAt", "caseworker", "seeker",
            "guidance", "course", "contract", "notes", "feedback", "history",
        ]
        #expect(Set(json.keys) == expected)
        let seeker = try #require(json["seeker"] as? [String: Any])
        for key in ["fullName", "birthDate", "snils", "region", "baselineIncome"] { #expect(seeker[key] != nil) }
        #expect(seeker["baselineIncome"] as? String == "35000.00")
        #expect(seeker["birthDate"] as? String == "1990-03-12")
        #expect(json["createdAt"] as? String == "2026-11-23T10:00:00Z")
    }

    @Test func readsTheLanguageOfDamage() {
        func reason(_ text: String) -> CaseFileError? {
            do {
                _ = try CaseFileReader.decode(Data(text.utf8))
                return nil
            } catch { return error }
        }
        #expect(reason("") == .empty)
        #expect(reason("[1,2]") == .notAnObject)
        #expect(reason(#"{"id":"SAK-2026-000001"}"#) == .missingSchemaVersion)
        #expect(reason(#"{"schemaVersion":99}"#) == .unknownSchemaVersion(99))
        #expect(reason(#"{"schemaVersion":"1"}"#) != nil)
        #expect(
            reason(String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
                == .tooDeeplyNested(limit: 64))
        #expect(reason(#"{"schemaVersion":1,"seeker":{"fullName":"Ан"#) == .truncated)
        if case .notJSON = reason(#"{"schemaVersion":1,}}"#) {} else { Issue.record("broken JSON should be notJSON") }
        #expect(throws: CaseFileError.notUTF8) { try CaseFileReader.decode(Data([0x7B, 0xFF, 0xFE, 0x7D])) }
    }

    @Test func wrongTypesNameTheField() throws {
        var json = try #require(
            try JSONSerialization.jsonObject(with: CaseCoding.encoder().encode(StoreFixtures.fullCase()))
                as? [String: Any])
        var seeker = json["seeker"] as! [String: Any]
        seeker["baselineIncome"] = 35000
        json["seeker"] = seeker
        let data = try JSONSerialization.data(withJSONObject: json)
        #expect(throws: CaseFileError.field("seeker.baselineIncome", .wrongType(expected: .string))) {
            try CaseFileReader.decode(data)
        }
    }

    @Test func aByteOrderMarkIsTolerated() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + (try CaseCoding.encoder().encode(StoreFixtures.fullCase()))
        #expect(try CaseFileReader.decode(data).id.description == "SAK-2026-000042")
    }
}

@Suite struct FileCaseStoreTests {
    @Test func createAllocatesSequentialIDsPerRegionAndYear() throws {
        let store = try StoreFixtures.store()
        let a = try store.create(seeker: StoreFixtures.seeker(), caseworker: "Петров")
        let b = try store.create(seeker: StoreFixtures.seeker(snils: "087-654-303 00"), caseworker: "Петров")
        let c = try store.create(seeker: StoreFixtures.seeker(region: "PER"), caseworker: "Петров")
        #expect([a.id, b.id, c.id].map(\.description) == ["SAK-2026-000001", "SAK-2026-000002", "PER-2026-000001"])
        #expect(try store.load(b.id) == b)
    }

    @Test func filesAreOwnerOnlyWhateverTheUmask() throws {
        let old = umask(0o000)
        defer { umask(old) }
        // A store the program creates (an existing directory's mode is its owner's choice).
        let store = try FileCaseStore(
            root: StoreFixtures.tempDirectory().appendingPathComponent("new"), clock: FixedClock(StoreFixtures.now))
        let item = try store.create(seeker: StoreFixtures.seeker(), caseworker: "Петров")
        func mode(_ url: URL) -> mode_t {
            var info = stat()
            stat(url.path, &info)
            return info.st_mode & 0o777
        }
        #expect(mode(store.root) == 0o700)
        #expect(mode(store.casesDirectory) == 0o700)
        #expect(mode(store.url(for: item.id)) == 0o600)
        #expect(mode(store.audit.url) == 0o600)
    }

    @Test func saveBumpsTheRevisionAndRefusesAStaleOne() throws {
        let store = try StoreFixtures.store()
        var first = try store.create(seeker: StoreFixtures.seeker(), caseworker: "Петров")
        var second = first
        first.seeker.phone = "+79140000000"
        let saved = try store.save(first, by: "Петров", lock: nil)
        #expect(saved.revision == first.revision + 1)
        second.seeker.email = "other@example.ru"
        #expect(throws: StoreError.staleRevision(second.id, onDisk: saved.revision, yours: second.revision)) {
            try store.save(second, by: "Сидорова", lock: nil)
        }
        #expect(try store.load(first.id).seeker.phone == "+79140000000")
    }

    @Test func theAuditLogNamesFieldsNeverValues() throws {
        let store = try StoreFixtures.store()
        var item = try store.create(seeker: StoreFixtures.seeker(), caseworker: "Петров")
        item.seeker.snils = "087-654-303 00"
        item.notes.append(CaseNote(at: StoreFixtures.now, author: "Петров", text: "секретная заметка"))
        _ = try store.save(item, by: "Петров", lock: nil)
        let entries = store.audit.entries()
        #expect(entries.map(\.action) == ["create", "update"])
        #expect(entries[1].fields == ["notes", "seeker.snils"])
        let raw = try String(contentsOf: store.audit.url, encoding: .utf8)
        #expect(!raw.contains("087-654-303"))
        #expect(!raw.contains("секретная"))
        #expect(!raw.contains("Ёлкина"))
    }

    @Test func aTornLastAuditLineIsSkipped() throws {
        let store = try StoreFixtures.store()
        _ = try store.create(seeker: StoreFixtures.seeker(), caseworker: "Петров")
        let handle = try FileHandle(forWritingTo: store.audit.url)
        handle.seekToEndOfFile()
        handle.write(Data(#"{"action":"upd"#.utf8))
        try handle.close()
        #expect(store.audit.entries().count == 1)
    }

    @Test func consentIsRequiredBeforeAnythingIsWritten() throws {
        let store = try StoreFixtures.store()
        var seeker = StoreFixtures.seeker()
        seeker.consent = Consent(given: false)
        #expect(throws: StoreError.consentMissing) { try store.create(seeker: seeker, caseworker: "Петров") }
        #expect(store.caseFiles().isEmpty)
    }

    @Test func aSecondLockOnTheSameCaseIsRefusedAndSaysWho() throws {
        let store = try StoreFixtures.store()
        let item = try store.create(seeker: StoreFixtures.seeker(), caseworker: "Петров")
        let lock = try store.lock(item.id, caseworker: "Петров")
        do {
            _ = try store.lock(item.id, caseworker: "Сидорова")
            Issue.record("the second lock should be refused")
        } catch {
            guard case .locked(_, let holder) = error else { throw error }
            #expect(holder.caseworker == "Петров")
            #expect(error.text(.ru).contains("Петров"))
        }
        var edited = item
        edited.seeker.municipality = "Корсаков"
        #expect(throws: StoreError.self) { try store.save(edited, by: "Сидорова", lock: nil) }
        #expect(try store.save(edited, by: "Петров", lock: lock).seeker.municipality == "Корсаков")
        lock.release()
        #expect(try store.lock(item.id, caseworker: "Сидорова").isHeld)
    }

    @Test func damagedFilesAreReportedAndNeverCostTheOthers() throws {
        let store = try StoreFixtures.store()
        let good = try store.create(seeker: StoreFixtures.seeker(), caseworker: "Петров")
        let cases = store.casesDirectory
        let goodData = try Data(contentsOf: store.url(for: good.id))
        try goodData.prefix(goodData.count / 2).write(to: cases.appendingPathComponent("SAK-2026-000101.json"))
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) })
            .write(to: cases.appendingPathComponent("SAK-2026-000102.json"))
        var wrong = try JSONSerialization.jsonObject(with: goodData) as! [String: Any]
        wrong["id"] = "SAK-2026-000103"
        wrong["stage"] = 7
        try JSONSerialization.data(withJSONObject: wrong).write(
            to: cases.appendingPathComponent("SAK-2026-000103.json"))
        let huge = "{\"schemaVersion\":1,\"x\":\"" + String(repeating: "а", count: 25_000_000) + "\"}"
        try Data(huge.utf8).write(to: cases.appendingPathComponent("SAK-2026-000104.json"))
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        try Data(deep.utf8).write(to: cases.appendingPathComponent("SAK-2026-000105.json"))
        try Data().write(to: cases.appendingPathComponent("SAK-2026-000106.json"))

        let before = try (101...106).map {
            try Data(contentsOf: cases.appendingPathComponent("SAK-2026-000\($0).json"))
        }
        let (list, problems) = store.list()
        #expect(list.map(\.id) == [good.id])
        #expect(problems.map(\.file) == (101...106).map { "SAK-2026-000\($0).json" })
        #expect(problems[0].error == .truncated)
        #expect(problems[2].error == .field("stage", .wrongType(expected: .string)))
        #expect(problems[3].error == .tooLarge(bytes: huge.utf8.count))
        #expect(problems[4].error == .tooDeeplyNested(limit: 64))
        #expect(problems[5].error == .empty)
        let report = StoreValidation.run(store, today: StoreFixtures.today)
        #expect(report.badFiles == 6)
        #expect(report.filesChecked == 7)
        // nothing was rewritten
        let after = try (101...106).map { try Data(contentsOf: cases.appendingPathComponent("SAK-2026-000\($0).json")) }
        #expect(before == after)
    }

    @Test func importRefusesAnExistingIDUnlessReplacing() throws {
        let store = try StoreFixtures.store()
        let item = StoreFixtures.fullCase()
        _ = try store.insert(item, by: "Петров", replace: false)
        #expect(throws: StoreError.alreadyExists(item.id)) { try store.insert(item, by: "Петров", replace: false) }
        let replaced = try store.insert(item, by: "Петров", replace: true)
        #expect(replaced.revision > item.revision)
        #expect(store.audit.entries().map(\.action) == ["import", "replace"])
    }

    @Test func historyFoldsRepeatedSavesByTheSameOfficer() throws {
        let store = try StoreFixtures.store()
        var item = try store.create(seeker: StoreFixtures.seeker(), caseworker: "Петров")
        item.seeker.phone = "+79140000001"
        item = try store.save(item, by: "Петров", lock: nil)
        item.seeker.email = "x@example.ru"
        item = try store.save(item, by: "Петров", lock: nil)
        #expect(item.history.map(\.action) == ["created", "update"])
        #expect(item.history.last?.fields == ["seeker.email", "seeker.phone"])
    }
}

@Suite struct StoreLocationTests {
    @Test func followsTheDocumentedOrder() {
        #expect(StoreLocation.resolve(explicit: "/x", environment: ["CAREERDESK_STORE": "/y"]).path == "/x")
        #expect(
            StoreLocation.resolve(explicit: nil, environment: ["CAREERDESK_STORE": "/y", "XDG_DATA_HOME": "/z"]).path
                == "/y")
        #expect(
            StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/z", "HOME": "/h"]).path
                == "/z/careerdesk")
        #expect(StoreLocation.resolve(explicit: nil, environment: ["HOME": "/h"]).path == "/h/.local/share/careerdesk")
    }
}

@Suite struct DamagedFileTests {
    @Test func aDamagedFileIsNeverOverwrittenEvenByReplace() throws {
        let store = try StoreFixtures.store()
        let item = StoreFixtures.fullCase()
        let damaged = Data("{\"schemaVersion\": 1, \"id\": \"SAK-20".utf8)
        try damaged.write(to: store.url(for: item.id))
        do {
            _ = try store.insert(item, by: "Петров", replace: true)
            Issue.record("replacing a damaged file should be refused")
        } catch {
            guard case .damaged(let problem) = error else { throw error }
            #expect(problem.file == "SAK-2026-000042.json")
        }
        #expect(throws: StoreError.self) { try store.save(item, by: "Петров", lock: nil) }
        #expect(try Data(contentsOf: store.url(for: item.id)) == damaged)
    }
}
