import CareerDeskCore
import Foundation
import Testing

/// Issue 17.12: a signed contract whose terms lie outside its programme is imported as it is,
/// and `import`, `validate` and `print` say what is outside.
@Suite struct SignedTermsCLITests {
    /// The signed demo contract (Earning Money Together, a share of 5–20 %) with a share of 25 %.
    static func outsideCaseFile(in directory: URL) throws -> URL {
        let demo = repositoryData.appendingPathComponent("demo/SAK-2026-000101.json")
        let text = try String(contentsOf: demo, encoding: .utf8)
        #expect(text.contains("\"shareBasisPoints\": 1500"))
        let url = directory.appendingPathComponent("SAK-2026-000101.json")
        try text.replacingOccurrences(of: "\"shareBasisPoints\": 1500", with: "\"shareBasisPoints\": 2500")
            .write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func importValidateAndPrintReportAShareOutsideTheProgramme() throws {
        let root = makeTempDirectory("careerdesk-signed-terms")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = root.appendingPathComponent("store")
        let data = ["--data", repositoryData.path, "--lang", "en"]
        let file = try Self.outsideCaseFile(in: root)

        let imported = try CLI.run(["import", file.path] + data, store: store)
        #expect(imported.status == 0, "a signed contract is a fact: imported, \(imported.stderr)")
        #expect(
            imported.stderr.contains(
                "signed terms outside the programme: income share (s): 25% is above the maximum 20%"))

        let validated = try CLI.run(["validate"] + data, store: store)
        #expect(validated.status == 1)
        #expect(validated.stdout.contains("contract.terms.shareBasisPoints: signed terms outside the programme"))
        #expect(validated.stdout.contains("25% is above the maximum 20%"))

        let printed = try CLI.run(["print", "SAK-2026-000101", "--to", "-"] + data, store: store)
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.contains("WARNING: the signed terms are outside the programme's bounds."))
        // In the box, wrapped at 80 columns.
        let flat = printed.stdout.split(whereSeparator: { $0.isWhitespace || $0 == "|" }).joined(separator: " ")
        #expect(flat.contains("income share (s): 25% is above the maximum 20%"), "\(printed.stdout)")
        #expect(printed.stderr.contains("25% is above the maximum 20%"))
    }

    @Test func termsWithinTheProgrammeSayNothing() throws {
        let root = makeTempDirectory("careerdesk-signed-terms-ok")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = root.appendingPathComponent("store")
        let data = ["--data", repositoryData.path, "--lang", "en"]
        let demo = repositoryData.appendingPathComponent("demo/SAK-2026-000101.json")
        let imported = try CLI.run(["import", demo.path] + data, store: store)
        #expect(imported.status == 0)
        #expect(!imported.stderr.contains("outside"))
        let validated = try CLI.run(["validate"] + data, store: store)
        #expect(validated.status == 0, "\(validated.stdout)")
        let printed = try CLI.run(["print", "SAK-2026-000101", "--to", "-"] + data, store: store)
        #expect(!printed.stdout.contains("WARNING"))
    }

    @Test func validateWithoutACatalogSaysTheTermsWereNotChecked() throws {
        let root = makeTempDirectory("careerdesk-signed-terms-nocat")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = root.appendingPathComponent("store")
        let file = try Self.outsideCaseFile(in: root)
        #expect(try CLI.run(["import", file.path, "--data", repositoryData.path], store: store).status == 0)
        let validated = try CLI.run(
            ["validate", "--lang", "en", "--data", root.appendingPathComponent("nowhere").path], store: store)
        #expect(validated.stderr.contains("Signed terms not checked against their programmes"))
    }
}
