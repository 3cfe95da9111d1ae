import CSV
import CareerDeskCore
import Foundation
import Testing

@Suite struct ExportFormatTests {
    @Test func htmlEscapesEveryPieceOfData() {
        let html = HTMLRenderer(language: .ru).render(
            CaseFileDocument.export(ExportFixtures.full, context: ExportFixtures.context(.ru)))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Ёлкина Анна Сергеевна"))
        #expect(html.contains("@media print"))
        #expect(html.contains("<html lang=\"ru\">"))
        // Self-contained: nothing is fetched from elsewhere.
        #expect(!html.contains("<link") && !html.contains("src="))
    }

    @Test func markdownCannotBeInjected() {
        var item = ExportFixtures.bare
        item.seeker.fullName = "[Ёлкина](http://evil) | <b>x</b> # *y*"
        let md = MarkdownRenderer().render(
            CaseFileDocument.make(item, context: ExportFixtures.context(.en)))
        #expect(md.contains("\\[Ёлкина\\](http://evil) \\| &lt;b&gt;x&lt;/b&gt; # \\*y\\*"))
        #expect(MarkdownRenderer.escape("# title\n- item\n1. one") == "\\# title\n\\- item\n1\\. one")
        #expect(!md.contains("<b>"))
    }

    @Test func csvRegisterNamesTheOwnBusinessTrackAndTranslatesTheCourse() throws {
        var item = ExportFixtures.full
        item.guidance?.track = .ownBusiness
        item.guidance?.targetOccupation = nil
        var references = DocumentReferences()
        references.courseTitle = LocalizedText(
            ru: "Профессиональное обучение: сварщик", en: "Vocational training: Welder")
        let csv = CaseRegister.csv([item], language: .en, timeZone: ExportFixtures.utc) { _ in references }
        let reader = try CSVReader(string: String(csv.dropFirst()), hasHeaderRow: true)
        let row = try #require(reader.next())
        #expect(row[5] == "own business / self-employment")
        #expect(row[6] == "Vocational training: Welder")
    }

    @Test func csvRegisterParsesBackWithTheRightValues() throws {
        var second = ExportFixtures.bare
        second.seeker.fullName = "=cmd|' /C calc'!A0, \"Иванов\""
        let csv = CaseRegister.csv(
            [ExportFixtures.full, second], language: .ru, timeZone: ExportFixtures.utc
        ) { item in
            item.guidance == nil ? DocumentReferences() : ExportFixtures.references
        }
        #expect(csv.hasPrefix("\u{FEFF}"))
        #expect(csv.contains("\r\n"))
        let reader = try CSVReader(string: String(csv.dropFirst()), hasHeaderRow: true)
        #expect(reader.headerRow?.first == "Номер дела")
        #expect(reader.headerRow?.count == 11)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(rows.count == 2)
        #expect(
            rows[0] == [
                "SAK-2026-000042", "Ёлкина Анна Сергеевна", "SAK", "договор", "в работе", "Сварщик",
                "Профессиональное обучение: сварщик", "120000,00", "черновик", "2026-11-23", "2026-11-23",
            ])
        // The formula is defused and the quotes and comma survive.
        #expect(rows[1][1] == "'=cmd|' /C calc'!A0, \"Иванов\"")
        #expect(rows[1][7] == "")
    }

    @Test func csvFieldNeutralisesEveryFormulaStart() {
        for start in ["=", "+", "-", "@", "\t", "\r"] {
            #expect(
                CaseRegister.field(start + "1+1").hasPrefix(start == "\r" ? "\"'" : "'"),
                "\(start.debugDescription)")
        }
        #expect(CaseRegister.field("plain") == "plain")
    }

    @Test func jsonExportImportsBack() throws {
        let export = CaseExport(
            item: ExportFixtures.full,
            catalog: CaseExport.CatalogEntries(
                occupation: .object(["code": .string("7212"), "name": .object(["ru": .string("Сварщик")])]),
                supportMeasures: [.object(["id": .string("free-vocational-training")])]),
            exportedAt: ExportFixtures.opened)
        let data = try export.encoded()
        let text = String(decoding: data, as: UTF8.self)
        // The envelope's kind comes first, so a reader recognises it from the first bytes.
        #expect(text.prefix(120).contains("\"kind\" : \"careerdesk.case-export\""))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object?["schemaVersion"] as? Int == 1)
        #expect((object?["catalog"] as? [String: Any])?["occupation"] != nil)
        let back = try CaseImport.decode(data)
        #expect(back == ExportFixtures.full)
    }
}
