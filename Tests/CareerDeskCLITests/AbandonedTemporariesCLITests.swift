import CareerDeskTestSupport
import Foundation
import Testing

/// `careerdesk validate` sweeps the temporary files of killed writers and says how many went.
@Suite struct AbandonedTemporariesCLITests {
    let root = makeTempDirectory("leftovers")
    var store: URL { root.appendingPathComponent("store") }

    @Test func validateSaysHowManyLeftoversItRemoved() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let cases = store.appendingPathComponent("cases")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        let leftover = cases.appendingPathComponent(".SAK-2026-000001.json.2000000000.77.tmp")
        try Data("{}".utf8).write(to: leftover)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: leftover.path)
        let result = try Guarded.run(["validate", "--lang", "en"], store: store)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 temporary files left by an interrupted write removed."), "\(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
    }
}
