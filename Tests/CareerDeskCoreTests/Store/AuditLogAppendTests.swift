import Foundation
import Testing

@testable import CareerDeskCore

/// The audit log holds whole lines only, whatever a crash or a full disk left at its end, and a
/// case written without its audit line says so.
@Suite struct AuditLogAppendTests {
    /// Every line of the log, each decoded as an entry (nil where one does not decode).
    static func lines(_ log: AuditLog) throws -> [AuditEntry?] {
        let data = try Data(contentsOf: log.url)
        #expect(data.last == 0x0A, "the log does not end with a newline")
        let decoder = CaseCoding.decoder()
        return data.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map {
            try? decoder.decode(AuditEntry.self, from: Data($0))
        }
    }

    @Test func aTornLastLineIsCutBeforeTheNextAppend() throws {
        let store = try StoreFixtures.store()
        var item = try store.create(seeker: StoreFixtures.seeker(), caseworker: "Петров")
        let handle = try FileHandle(forWritingTo: store.audit.url)
        handle.seekToEndOfFile()
        handle.write(Data(#"{"action":"upd"#.utf8))
        try handle.close()
        item.seeker.phone = "+79140000000"
        _ = try store.save(item, by: "Петров", lock: nil)
        let lines = try Self.lines(store.audit)
        #expect(lines.map { $0?.action } == ["create", "update"])
    }

    @Test func aLogThatIsOnlyATornLineStartsAfresh() throws {
        let store = try StoreFixtures.store()
        try Data(String(repeating: "x", count: 200_000).utf8).write(to: store.audit.url)
        _ = try store.create(seeker: StoreFixtures.seeker(), caseworker: "Петров")
        #expect(try Self.lines(store.audit).map { $0?.action } == ["create"])
    }

    @Test func appendsFromManyWritersAtOnceStayWhole() throws {
        let store = try StoreFixtures.store()
        let log = store.audit
        let fields = (0..<40).map { "field\($0)" }
        DispatchQueue.concurrentPerform(iterations: 200) { i in
            try? log.append(
                AuditEntry(
                    at: StoreFixtures.now, caseworker: "w\(i)", caseId: "SAK-2026-000001", action: "update",
                    fields: fields))
        }
        let lines = try Self.lines(log)
        #expect(lines.count == 200)
        #expect(lines.allSatisfy { $0 != nil })
    }

    @Test func aCaseWrittenWithoutItsAuditLineSaysSo() throws {
        let store = try StoreFixtures.store()
        // A directory where the log should be: the case file writes, the append cannot.
        try FileManager.default.createDirectory(at: store.audit.url, withIntermediateDirectories: false)
        let expected = StoreError.auditNotWritten(
            CaseID(region: "SAK", year: 2026, sequence: 1)!, revision: 1, errno: EISDIR)
        #expect(throws: expected) { try store.create(seeker: StoreFixtures.seeker(), caseworker: "Петров") }
        let created = try store.load(CaseID(region: "SAK", year: 2026, sequence: 1)!)
        #expect(created.revision == 1)
        #expect(
            expected.text(.en)
                == "case SAK-2026-000001 was saved (revision 1) but the audit record could not be written: "
                + String(cString: strerror(EISDIR)))
        #expect(expected.text(.ru).hasPrefix("дело SAK-2026-000001 сохранено (версия 1)"))

        var edited = created
        edited.seeker.phone = "+79140000000"
        #expect(throws: StoreError.auditNotWritten(created.id, revision: 2, errno: EISDIR)) {
            try store.save(edited, by: "Петров", lock: nil)
        }
        #expect(try store.load(created.id).revision == 2)
    }
}
