import CareerDeskCore
import CareerDeskPDF
import Foundation
import Testing

/// The PDF is checked as a reader sees it: `pdftotext` (poppler) extracts the text, which must
/// hold the names, the amounts and the Cyrillic intact.
@Suite struct PDFRendererTests {
    static let id = CaseID("SAK-2026-000042")!

    static var sample: Case {
        let opened = Timestamp.parse("2026-11-23T10:15:00Z")!
        var item = Case(
            id: id,
            seeker: JobSeeker(
                fullName: "Ёлкина Анна Сергеевна", birthDate: LocalDate(year: 1990, month: 4, day: 12),
                snils: "112-233-445 95", region: "SAK", baselineIncome: Money(roubles: 35_000),
                consent: Consent(given: true, date: LocalDate(year: 2026, month: 11, day: 23))),
            caseworker: "Петров П. П.", createdAt: opened)
        item.contract = Contract(
            programmeId: "earning-money-together",
            parties: ContractParties(
                investor: Organisation(name: "Фонд «Развитие Сахалина»", inn: "6501055555")),
            terms: ContractTerms(
                fundedAmount: Money(roubles: 120_000), baselineIncome: Money(roubles: 35_000),
                targetIncome: Money(roubles: 60_000), minimumIncrease: Money(roubles: 10_000),
                shareBasisPoints: 1500,
                capMultipleHundredths: 150, termPayments: 36, windowMonths: 60, graceMonths: 3))
        // Enough notes to need more than one page.
        item.notes = (1...60).map {
            CaseNote(
                at: opened, author: "Петров П. П.",
                text: "Заметка номер \($0): соискательница уточнила график 日本語")
        }
        return item
    }

    static var hasJapaneseFont: Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["fc-list", ":lang=ja"]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return false }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return !output.isEmpty
    }

    static func pdfText(_ data: Data) throws -> (text: String, pages: Int) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "careerdesk-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("doc.pdf")
        try data.write(to: pdf)
        func run(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: output, as: UTF8.self)
        }
        let raw = try run(["pdftotext", "-enc", "UTF-8", pdf.path, "-"])
        // Wrapped lines and no-break spaces become single spaces, so phrases can be searched whole.
        let text = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let info = try run(["pdfinfo", pdf.path])
        let pages =
            info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap {
                Int($0.split(separator: " ").last ?? "")
            } ?? 0
        return (text, pages)
    }

    @Test func contractSummaryTextSurvivesInThePDF() throws {
        let context = DocumentContext(
            language: .ru, date: LocalDate(year: 2026, month: 11, day: 30)!,
            timeZone: TimeZone(identifier: "UTC")!)
        let document = try ContractSummaryDocument.make(Self.sample, context: context)
        let data = try PDFRenderer(footer: "SAK-2026-000042").render(document)
        #expect(data.starts(with: Array("%PDF-".utf8)))
        let (text, pages) = try Self.pdfText(data)
        let flat = text
        #expect(flat.contains("Ёлкина Анна Сергеевна"))
        #expect(flat.contains("SAK-2026-000042"))
        #expect(flat.contains("120 000,00 ₽"))
        #expect(flat.contains("3 750,00 ₽"))
        #expect(flat.contains("135 000,00 ₽"))
        #expect(flat.contains("Фонд «Развитие Сахалина»"))
        // Only the first line of the wrapped words: pdftotext interleaves the label column beside it.
        #expect(flat.contains("сто двадцать тысяч рублей"))
        #expect(pages >= 1)
    }

    @Test func longCaseFileIsPaginatedAndKeepsCJK() throws {
        let context = DocumentContext(
            language: .en, date: LocalDate(year: 2026, month: 11, day: 30)!,
            timeZone: TimeZone(identifier: "UTC")!)
        let document = CaseFileDocument.export(Self.sample, context: context)
        let (text, pages) = try Self.pdfText(try PDFRenderer().render(document))
        #expect(pages >= 3)
        #expect(text.contains("Заметка номер 60"))
        // DejaVu has no CJK glyphs; with a CJK font installed (fonts-noto-cjk) pango falls back to it.
        if Self.hasJapaneseFont { #expect(text.contains("日本語")) }
        #expect(text.contains("RUB 180,000.00"))
    }
}

/// The signature block of a printed contract summary is never split across pages and stays on
/// the page of its heading (issue 17, point 11), for every demo contract in both languages.
@Suite struct SignatureBlockTests {
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/demo")

    /// Each page's text (pdftotext ends every page with a form feed).
    static func pages(_ data: Data) throws -> [String] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("careerdesk-sig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("doc.pdf")
        try data.write(to: pdf)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-enc", "UTF-8", pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map(String.init)
    }

    @Test(arguments: [Language.ru, .en])
    func theSignaturesAreWholeOnTheirHeadingsPage(_ language: Language) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.demo.path).filter { $0.hasSuffix(".json") }
        var checked = 0
        for name in files.sorted() {
            let item = try CaseImport.read(Self.demo.appendingPathComponent(name))
            guard item.contract != nil else { continue }
            let context = DocumentContext(
                language: language, date: LocalDate(year: 2026, month: 11, day: 23)!,
                timeZone: TimeZone(identifier: "UTC")!)
            let document = try ContractSummaryDocument.make(item, context: context)
            let signatures = document.blocks.compactMap { block -> [SignatureLine]? in
                if case .signatures(let lines) = block { return lines }
                return nil
            }.flatMap { $0 }
            let data = try PDFRenderer(footer: item.id.description).render(document)
            let pages = try Self.pages(data)
            // Each signature line's caption stands alone on a line of the extracted text.
            let caption = try #require(signatures.first).signatureCaption
            func captions(_ page: String) -> Int {
                page.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces) == caption }.count
            }
            let holding = pages.indices.filter { captions(pages[$0]) > 0 }
            #expect(holding.count == 1, "\(name): signature lines on pages \(holding)")
            let count = holding.first.map { captions(pages[$0]) } ?? 0
            #expect(count == signatures.count, "\(name): \(count) of \(signatures.count) signature lines on one page")
            checked += 1
        }
        #expect(checked >= 10)
    }
}
