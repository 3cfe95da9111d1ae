import CareerDeskCore
import Foundation
import Testing

/// `careerdesk print`. Printing goes through a real CUPS: `make test` starts a throw-away
/// scheduler with a cups-pdf queue (Tests/cups/with-cupsd.sh) and every `lp` and `lpstat` of the
/// run talks to it; the tests read the PDF cups-pdf writes. Run outside `make test` (no
/// scheduler), the tests that print are skipped.
@Suite struct PrintCommandTests {
    /// The test scheduler's queue and where its PDFs land, when `make test` started one.
    static let printer = ProcessInfo.processInfo.environment["CAREERDESK_TEST_PRINTER"]
    static let pdfDirectory = ProcessInfo.processInfo.environment["CAREERDESK_TEST_PDF_DIR"]
    static var hasCUPS: Bool { printer != nil && pdfDirectory != nil }

    /// The PDF cups-pdf made of job `id` (`<title>-job_<id>.pdf`), once written whole (the job
    /// is done when `lpstat` no longer lists it); removed after reading.
    static func printedPDF(job id: Int) throws -> Data {
        let directory = URL(fileURLWithPath: try #require(pdfDirectory))
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            if let name = names.first(where: { $0.hasSuffix("-job_\(id).pdf") }), !isQueued(job: id) {
                let url = directory.appendingPathComponent(name)
                defer { try? FileManager.default.removeItem(at: url) }
                return try Data(contentsOf: url)
            }
            usleep(100_000)
        }
        Issue.record("no PDF for job \(id) in \(directory.path)")
        return Data()
    }

    static func isQueued(job id: Int) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/lpstat")
        process.arguments = ["-o", printer ?? ""]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.contains("\(printer ?? "")-\(id) ")
    }

    /// The text of a PDF, by pdftotext (poppler-utils).
    static func text(ofPDF data: Data) throws -> String {
        let file = makeTempDirectory("careerdesk-printed").appendingPathComponent("printed.pdf")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        try data.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-layout", file.path, "-"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }

    /// The job number in lp's answer: "request id is careerdesk-test-42-7 (0 file(s))".
    static func jobID(in text: String) -> Int? {
        guard let range = text.range(of: "request id is ") else { return nil }
        let id = text[range.upperBound...].prefix { !$0.isWhitespace }
        return id.split(separator: "-").last.flatMap { Int($0) }
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

    /// The test scheduler has no default destination: without --printer the command says how
    /// to write a file instead, and nothing is queued.
    @Test(.enabled(if: hasCUPS)) func withoutAPrinterItSaysHowToWriteAFile() throws {
        let root = try ExportCommandTests.storeWithCases()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLI.run(
            ["print", "SAK-2026-000042"], store: root.appendingPathComponent("store"),
            environment: ["PRINTER": "", "LPDEST": ""])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--to"))
        #expect(Self.jobID(in: result.stderr) == nil)
    }

    /// Each document goes to the queue as PDF through lp, and the PDF that comes out of the
    /// cups-pdf printer holds the name, the case id and the terms.
    @Test(.enabled(if: hasCUPS), arguments: ["contract", "plan", "statement"])
    func eachDocumentIsPrintedThroughCUPS(_ document: String) throws {
        let store = makeTempDirectory("careerdesk-print-cups")
        defer { try? FileManager.default.removeItem(at: store) }
        let demo = repositoryData.appendingPathComponent("demo/SAK-2025-000105.json")
        #expect(try CLI.run(["import", demo.path], store: store).status == 0)
        let result = try CLI.run(
            ["print", "SAK-2025-000105", "--document", document, "--printer", Self.printer!, "--lang", "en"],
            store: store, environment: ["CAREERDESK_NOW": "2026-11-23T10:00:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
        let job = try #require(Self.jobID(in: result.stderr), "\(result.stderr)")
        let pdf = try Self.printedPDF(job: job)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        // Spaces as pdftotext gives them (a no-break space in an amount comes out plain).
        let text = try Self.text(ofPDF: pdf).replacingOccurrences(of: "\u{00A0}", with: " ")
        let item = try CaseImport.read(demo)
        #expect(text.contains("SAK-2025-000105"), "\(text.prefix(400))")
        #expect(text.contains(item.seeker.fullName), "\(text.prefix(400))")
        if document != "plan" {
            // The terms: the cap the contract fixes, as the document writes it.
            let cap = try #require(item.contract).terms.cap.formatted(.en).replacingOccurrences(
                of: "\u{00A0}", with: " ")
            #expect(text.contains(cap), "\(cap) not in \(text.prefix(800))")
        }
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
