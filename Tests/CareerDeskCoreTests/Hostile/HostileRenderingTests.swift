import Foundation
import Testing

@testable import CareerDeskCore

/// A case full of terminal escape sequences (ESC [, OSC 52, CSI 2J, DCS, C1 CSI), bidi controls
/// (U+202E, U+2066…), HTML and spreadsheet formulas loads — and none of it reaches a document,
/// an HTML page, a CSV cell or a message unneutralised.
@Suite struct HostileRenderingTests {
    static func hostileCase() throws -> Case {
        try CaseImport.decode(HostileFixtures.data("case-files", "escapes-and-bidi.json"))
    }

    static let context = DocumentContext(
        language: .ru, date: StoreFixtures.today, timeZone: TimeZone(identifier: "UTC")!)

    static func documents(_ item: Case) -> [Document] {
        var all = [CaseFileDocument.export(item, context: context)]
        for kind in DocumentKind.allCases {
            if let document = try? kind.make(item, context: context) { all.append(document) }
        }
        return all
    }

    @Test func theCorpusCaseReallyCarriesEscapes() throws {
        let item = try Self.hostileCase()
        #expect(item.seeker.fullName.contains("\u{1B}[2J"))
        #expect(item.seeker.fullName.contains("\u{202E}"))
        #expect(item.notes[0].text.contains("\u{1B}[3J"))
        // Refused at intake: the validator names the fields.
        let problems = JobSeekerValidator(today: StoreFixtures.today).validate(item.seeker)
        #expect(Set(problems.map(\.field)).isSuperset(of: ["seeker.fullName", "seeker.municipality"]))
    }

    @Test func plainTextAndMarkdownShowNoControls() throws {
        let item = try Self.hostileCase()
        for document in Self.documents(item) {
            let text = PlainTextRenderer().render(document)
            #expect(!HostileFixtures.hasControls(text), "\(document.title)")
            #expect(text.contains("\u{FFFD}[2J"), "the escape is shown, not obeyed")
            let markdown = MarkdownRenderer().render(document)
            #expect(!HostileFixtures.hasControls(markdown))
        }
    }

    @Test func htmlEscapesMarkupAndNeutralisesControlsEverywhereIncludingSignatures() throws {
        let item = try Self.hostileCase()
        for document in Self.documents(item) {
            let html = HTMLRenderer(language: .ru).render(document)
            #expect(!HostileFixtures.hasControls(html), "\(document.title)")
            #expect(!html.contains("<script>"))
        }
        let contract = try DocumentKind.contract.make(item, context: Self.context)
        let html = HTMLRenderer(language: .ru).render(contract)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;"))
        // The seeker's name in the signature block (escaped by `escape`, not `escapeLines`).
        #expect(html.contains("Evil \u{FFFD}[2J"))
    }

    @Test func theRegisterDefusesFormulasAndControls() throws {
        let item = try Self.hostileCase()
        let csv = CaseRegister.csv([item], language: .ru, timeZone: TimeZone(identifier: "UTC")!)
        #expect(!HostileFixtures.hasControls(csv))
        for line in csv.split(separator: "\r\n") {
            for cell in line.split(separator: ",") {
                let text = cell.hasPrefix("\"") ? cell.dropFirst() : cell[...]
                #expect(!["=", "+", "-", "@"].contains(text.first), "\(cell)")
            }
        }
        // The course title starts with @: kept as text behind an apostrophe.
        #expect(csv.contains("'@SUM(1+1)"))
        #expect(CaseRegister.field("\u{1B}]52;c;eA==\u{07}") == "\u{FFFD}]52;c;eA==\u{FFFD}")
        #expect(CaseRegister.field("a\u{202E}b") == "a\u{FFFD}b")
    }

    @Test func messagesNeutraliseTheDataTheyCarry() {
        let text = StoreText.idMismatch.with(["file": "\u{1B}[2J.json", "id": "\u{9B}31m\u{2066}"])
        for language in Language.allCases {
            #expect(!HostileFixtures.hasControls(text(language)))
        }
        // Line breaks in a value stay (a list of problems), a lone CR does not.
        #expect(CommandText.unreadableStoreFile.with(["problem": "a\nb\rc"])(.en) == "warning: a\nb\u{FFFD}c")
        let problem = StoreValidation.Problem(path: "/s/cases/\u{1B}]0;x\u{07}.json", reason: StoreText.emptyFile)
        #expect(!HostileFixtures.hasControls(problem.text(.en)))
    }
}

/// `LocalizedText.with` fills each placeholder once, from the template only.
@Suite struct PlaceholderTests {
    @Test func valuesAreNotSearchedForPlaceholdersAndUnknownOnesStay() {
        let text = LocalizedText(ru: "{name}: {count} из {total} {unknown} {", en: "{count}/{total} — {name}")
        let filled = text.with(["name": "Ким {count}", "count": "3", "total": "16"])
        #expect(filled(.ru) == "Ким {count}: 3 из 16 {unknown} {")
        #expect(filled(.en) == "3/16 — Ким {count}")
        #expect(LocalizedText(ru: "без полей", en: "none").with(["x": "y"])(.ru) == "без полей")
        #expect(LocalizedText(ru: "{a}{a}{b}", en: "").with(["a": "Ё", "b": ""])(.ru) == "ЁЁ")
        // A stray brace is text; the placeholder after it is still filled.
        #expect(LocalizedText(ru: "{a {name}", en: "{{name}}").with(["name": "Ким"])(.ru) == "{a Ким")
        #expect(LocalizedText(ru: "", en: "{{name}}").with(["name": "Ким"])(.en) == "{Ким}")
        #expect(LocalizedText(ru: "{x} }{", en: "").with(["name": "Ким"])(.ru) == "{x} }{")
    }
}
