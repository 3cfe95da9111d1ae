import CareerDeskCore
import Foundation
import Testing

/// `careerdesk export` and `careerdesk print` run as a person would, on a store holding a case
/// imported from a file built in code (Cyrillic name, a contract with every party).
@Suite struct ExportCommandTests {
    static func sampleCase() -> Case {
        let opened = Timestamp.parse("2026-11-20T09:00:00Z")!
        var item = Case(
            id: CaseID("SAK-2026-000042")!,
            seeker: JobSeeker(
                fullName: "Ёлкина Анна Сергеевна", birthDate: LocalDate(year: 1990, month: 4, day: 12),
                snils: "112-233-445 95", region: "SAK", baselineIncome: Money(roubles: 35_000),
                consent: Consent(given: true, date: LocalDate(year: 2026, month: 11, day: 20))),
            caseworker: "Петров П. П.", createdAt: opened)
        item.guidance = Guidance(hollandCode: "RIC", track: .employment, targetOccupation: "7212")
        item.contract = Contract(
            programmeId: "earning-money-together",
            parties: ContractParties(
                provider: Organisation(name: "Островной политехнический колледж", inn: "6501012345"),
                investor: Organisation(name: "Фонд «Развитие Сахалина»", inn: "6501055555")),
            terms: ContractTerms(
                fundedAmount: Money(roubles: 120_000), baselineIncome: Money(roubles: 35_000),
                targetIncome: Money(roubles: 60_000), minimumIncrease: Money(roubles: 10_000), shareBasisPoints: 1500,
                capMultipleHundredths: 150, termPayments: 36, windowMonths: 60, graceMonths: 3))
        item.notes = [CaseNote(at: opened, author: "Петров П. П.", text: "=1+1 <script>alert(1)</script>")]
        return item
    }

    /// A store with the sample case (and a second, bare one) imported.
    static func storeWithCases() throws -> URL {
        let root = makeTempDirectory("careerdesk-export")
        let file = root.appendingPathComponent("in.json")
        try CaseCoding.encoder().encode(sampleCase()).write(to: file)
        var bare = sampleCase()
        bare.id = CaseID("SAK-2026-000043")!
        bare.contract = nil
        bare.guidance = nil
        bare.notes = []
        let bareFile = root.appendingPathComponent("bare.json")
        try CaseCoding.encoder().encode(bare).write(to: bareFile)
        let result = try CLI.run(["import", file.path, bareFile.path], store: root.appendingPathComponent("store"))
        #expect(result.status == 0, "\(result.stderr)")
        return root
    }

    @Test func jsonExportImportsBackIntoAnotherStore() throws {
        let root = try Self.storeWithCases()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = root.appendingPathComponent("store")
        let out = root.appendingPathComponent("export.json")
        let export = try CLI.run(["export", "SAK-2026-000042", "--format", "json", "-o", out.path], store: store)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("персональные данные"))
        let attributes = try FileManager.default.attributesOfItem(atPath: out.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("\"kind\" : \"careerdesk.case-export\""))

        let other = root.appendingPathComponent("other")
        let imported = try CLI.run(["import", out.path], store: other)
        #expect(imported.status == 0, "\(imported.stderr)")
        let shown = try CLI.run(["show", "SAK-2026-000042", "--json"], store: other)
        let back = try CaseCoding.decoder().decode(Case.self, from: Data(shown.stdout.utf8))
        #expect(back.seeker.fullName == "Ёлкина Анна Сергеевна")
        #expect(back.contract?.terms == Self.sampleCase().contract?.terms)
    }

    @Test func csvRegisterHasOneRowPerCaseAndDefusedFormulas() throws {
        let root = try Self.storeWithCases()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("register.csv")
        let result = try CLI.run(
            ["export", "--all", "--format", "csv", "-o", out.path, "--lang", "en"],
            store: root.appendingPathComponent("store"))
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: out)
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: data.dropFirst(3), as: UTF8.self).split(separator: "\r\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("Case,Name,Region,Stage,Status"))
        #expect(lines[1].hasPrefix("SAK-2026-000042,Ёлкина Анна Сергеевна,SAK,"))
        #expect(lines[1].contains(",120000.00,draft,2026-11-20,"))
    }

    @Test func severalCasesAsHTMLGoOneFilePerCaseAndEscapeData() throws {
        let root = try Self.storeWithCases()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = root.appendingPathComponent("store")
        let refused = try CLI.run(["export", "--all", "--format", "html"], store: store)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("-o"))
        let dir = root.appendingPathComponent("html")
        let result = try CLI.run(["export", "--all", "--format", "html", "-o", dir.path], store: store)
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["SAK-2026-000042.html", "SAK-2026-000043.html"])
        let html = try String(contentsOf: dir.appendingPathComponent(names[0]), encoding: .utf8)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func pdfExportIsAPDF() throws {
        let root = try Self.storeWithCases()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("case.pdf")
        let result = try CLI.run(
            ["export", "SAK-2026-000042", "--format", "pdf", "-o", out.path],
            store: root.appendingPathComponent("store"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: out).starts(with: Array("%PDF-".utf8)))
    }
}
