import CareerDeskTestSupport
import Foundation
import Testing

/// The audit append failing for real (a file-size limit below the log's size gives EFBIG):
/// `new` says the case exists and that its audit record is missing, and the log stays whole.
@Suite struct AuditFailureCLITests {
    let root = makeTempDirectory("audit-fail")
    var store: URL { root.appendingPathComponent("store") }

    /// ~1.5 MB of valid audit lines: above the limit, while the store's other files stay far below it.
    func prefilledLog() throws -> URL {
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        let line =
            #"{"action":"update","at":"2026-11-01T10:00:00Z","caseId":"PER-2026-000001","caseworker":"x","fields":["notes"]}"#
            + "\n"
        let log = store.appendingPathComponent("audit.log")
        try Data(String(repeating: line, count: 1_500_000 / line.utf8.count).utf8).write(to: log)
        return log
    }

    @Test func newSaysTheCaseIsSavedButNotAudited() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let log = try prefilledLog()
        let before = try Data(contentsOf: log)
        let result = try Guarded.run(
            [
                "new", "--name", "Ёлкина Анна Сергеевна", "--birth-date", "12.03.1990", "--snils", "112-233-445 95",
                "--region", "SAK", "--consent", "--lang", "en",
            ], store: store, fileSizeLimit: 1024)
        #expect(!result.crashedOrHung, "status \(result.status): \(result.stderr)")
        #expect(result.status != 0)
        #expect(result.stdout == "SAK-2026-000001\n")
        #expect(
            result.stderr.contains(
                "case SAK-2026-000001 was saved (revision 1) but the audit record could not be written: "
                    + String(cString: strerror(EFBIG))), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: store.appendingPathComponent("cases/SAK-2026-000001.json").path))
        let after = try Data(contentsOf: log)
        #expect(after == before)
        #expect(after.last == 0x0A)
        let lines = after.split(separator: 0x0A)
        #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0))) != nil })
    }
}
