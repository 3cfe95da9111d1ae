import CareerDeskCore
import Foundation
import Testing

/// `careerdesk print`, with stand-in `lp` and `lpstat` scripts on PATH so the tests never need
/// (or reach) a real printer.
@Suite struct PrintCommandTests {
    /// A bin directory whose `lpstat -d` reports `defaultPrinter` (or none) and whose `lp` saves
    /// its arguments and stdin beside it.
    static func fakeCUPS(in root: URL, defaultPrinter: String?) throws -> [String: String] {
        let bin = root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let lpstat =
            defaultPrinter.map { "#!/bin/sh\necho \"system default destination: \($0)\"\n" }
            ?? "#!/bin/sh\necho \"no system default destination\"\n"
        let lp =
            "#!/bin/sh\necho \"$@\" > \"\(bin.path)/lp.args\"\ncat > \"\(bin.path)/lp.stdin\"\necho \"request id is office-7 (1 file(s))\"\n"
        for (name, script) in [("lpstat", lpstat), ("lp", lp)] {
            let url = bin.appendingPathComponent(name)
            try script.write(to: url, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return ["PATH": bin.path + ":" + path, "PRINTER": "", "LPDEST": ""]
    }

    @Test func theCareerPlanExplainsTheTargetWithTheGuidanceEnginesReasons() throws {
        let store = makeTempDirectory("careerdesk-print-plan")
        defer { try? FileManager.default.removeItem(at: store) }
        let demo = repositoryData.appendingPathComponent("demo/SAK-2026-000101.json")
        #expect(try CLI.run(["import", demo.path], store: store).status == 0)
        let result = try CLI.run(
            [
                "print", "SAK-2026-000101", "--document", "plan", "--lang", "en", "--to", "-", "--data",
                repositoryData.path,
            ],
            store: store)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("• Interests match (RIE ↔ RIC); demand 3.44 vacancies per job seeker."))
        #expect(result.stdout.contains("• Ranked 2 of 77 by career guidance, score 91 of 100"))
        #expect(result.stdout.contains("Course:             Vocational training: Welder (SAK-7212-01)"))
    }

    @Test func textToStdoutFitsEightyColumnsAndStatesPersonalData() throws {
        let root = try ExportCommandTests.storeWithCases()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = root.appendingPathComponent("store")
        for document in ["contract", "consent", "plan"] {
            let result = try CLI.run(["print", "SAK-2026-000042", "--document", document, "--to", "-"], store: store)
            #expect(result.status == 0, "\(document): \(result.stderr)")
            #expect(result.stdout.contains("персональные данные"))
            #expect(result.stdout.contains("Ёлкина Анна Сергеевна"))
            for line in result.stdout.split(separator: "\n") {
                #expect(TextColumns.width(of: String(line)) <= 80, "\(document): \(line)")
            }
        }
    }

    @Test func withoutAPrinterItSaysHowToWriteAFile() throws {
        let root = try ExportCommandTests.storeWithCases()
        defer { try? FileManager.default.removeItem(at: root) }
        let env = try Self.fakeCUPS(in: root, defaultPrinter: nil)
        let result = try CLI.run(
            ["print", "SAK-2026-000042"], store: root.appendingPathComponent("store"), environment: env)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--to"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("bin/lp.stdin").path))
    }

    @Test func sendsAPDFToTheNamedPrinter() throws {
        let root = try ExportCommandTests.storeWithCases()
        defer { try? FileManager.default.removeItem(at: root) }
        let env = try Self.fakeCUPS(in: root, defaultPrinter: nil)
        let result = try CLI.run(
            ["print", "SAK-2026-000042", "--document", "plan", "--printer", "office", "--lang", "en"],
            store: root.appendingPathComponent("store"), environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("request id is office-7"))
        let args = try String(contentsOf: root.appendingPathComponent("bin/lp.args"), encoding: .utf8)
        #expect(args.hasPrefix("-d office"))
        #expect(try Data(contentsOf: root.appendingPathComponent("bin/lp.stdin")).starts(with: Array("%PDF-".utf8)))
    }

    @Test func contractSummaryOfACaseWithoutAContractIsRefused() throws {
        let root = try ExportCommandTests.storeWithCases()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(
            ["print", "SAK-2026-000043", "--to", "-", "--lang", "en"], store: root.appendingPathComponent("store"))
        #expect(result.status != 0)
        #expect(result.stderr.contains("has no career development contract"))
    }
}

/// `careerdesk print ID --document statement [--year Y]` on the signed demo contract after the
/// worked example of docs/contract.md: June 2027 reported at 72 000, 5 550 paid.
@Suite struct StatementCommandTests {
    static func store() throws -> URL {
        let store = try LedgerCommandTests.store()
        let income = try CLI.run(
            [
                "followup", "SAK-2026-000101", "--income", "2027-06=72000", "--evidence", "incomeCertificate2NDFL",
                "--verified",
            ],
            store: store, environment: LedgerCommandTests.at("2027-07-06"))
        #expect(income.status == 0, "\(income.stderr)")
        let payment = try CLI.run(
            ["payment", "SAK-2026-000101", "--date", "2027-06-20", "--amount", "5550"], store: store,
            environment: LedgerCommandTests.at("2027-07-06"))
        #expect(payment.status == 0, "\(payment.stderr)")
        return store
    }

    @Test func theStatementOfAYearGoesToStdoutAtEightyColumns() throws {
        let store = try Self.store()
        defer { try? FileManager.default.removeItem(at: store) }
        let result = try CLI.run(
            ["print", "SAK-2026-000101", "--document", "statement", "--year", "2027", "--lang", "en", "--to", "-"],
            store: store, environment: LedgerCommandTests.at("2028-01-15"))
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout.replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(text.contains("CAREER DEVELOPMENT CONTRACT: STATEMENT FOR 2027"))
        #expect(text.contains("2027-01-01 – 2027-12-31"))
        // 15 % × (72 000 − 35 000) fell due and was paid; 84 000 − 5 550 is left under the cap.
        #expect(text.contains("Due in 2027:") && text.contains("RUB 5,550.00"))
        #expect(text.contains("RUB 78,450.00"))
        #expect(text.contains("1 / 36"))
        for line in result.stdout.split(separator: "\n") {
            #expect(TextColumns.width(of: String(line)) <= 80, "\(line)")
        }
        // Without --year: the year of today (2028), which has only January so far; in Russian.
        let current = try CLI.run(
            ["print", "SAK-2026-000101", "--document", "statement", "--lang", "ru", "--to", "-"], store: store,
            environment: LedgerCommandTests.at("2028-01-15"))
        #expect(current.status == 0, "\(current.stderr)")
        #expect(current.stdout.contains("ВЫПИСКА ПО ДОГОВОРУ О РАЗВИТИИ КАРЬЕРЫ ЗА 2028 ГОД"))
        #expect(current.stdout.contains("01.01.2028 – 15.01.2028"))
    }

    @Test func thePDFGoesThroughTheSamePathAsTheOtherDocuments() throws {
        let store = try Self.store()
        defer { try? FileManager.default.removeItem(at: store) }
        let file = store.appendingPathComponent("statement.pdf")
        let result = try CLI.run(
            ["print", "SAK-2026-000101", "--document", "statement", "--year", "2027", "--to", file.path], store: store,
            environment: LedgerCommandTests.at("2028-01-15"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: file).starts(with: Array("%PDF-".utf8)))
    }

    @Test func anUnsignedContractOrABadYearIsRefused() throws {
        let root = try ExportCommandTests.storeWithCases()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = root.appendingPathComponent("store")
        let unsigned = try CLI.run(
            ["print", "SAK-2026-000042", "--document", "statement", "--to", "-", "--lang", "en"], store: store)
        #expect(unsigned.status != 0)
        #expect(unsigned.stderr.contains("has no signed contract"))
        let bad = try CLI.run(
            ["print", "SAK-2026-000042", "--document", "statement", "--year", "0", "--to", "-", "--lang", "en"],
            store: store)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--year: expected a year from 1 to 9999"))
    }
}
