import Foundation
import Testing

@testable import CareerDeskCore

/// The Markdown written into one byte buffer is the Markdown the renderer built from strings
/// (kept here as the reference), for documents of every block kind over awkward texts.
@Suite struct MarkdownBytesTests {
    static let pieces = [
        "", "Ёлкина Анна", "x", " ", "<b>", "&", "|", "\\", "*", "_", "`", "[", "]", "~", "#", "-", "+", "=", "!", "1.",
        "12)", "3", ".", ")", "\n", "\r\n", "\t", "₽", "№", "—", "«", "»", "\u{A0}", "e\u{301}", "|\u{20E3}",
        "\u{200D}", "\u{1B}[31m", "\u{202E}", "\u{85}", "👍", "中", "\u{7F}",
    ]

    static func text(_ random: inout some RandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    static func block(_ random: inout some RandomNumberGenerator) -> DocumentBlock {
        switch Int.random(in: 0..<8, using: &random) {
        case 0: return .title(text(&random))
        case 1: return .heading(text(&random))
        case 2: return .paragraph(text(&random))
        case 3: return .notice(text(&random))
        case 4:
            return .fields(
                (0..<Int.random(in: 0...3, using: &random)).map { _ in
                    DocumentField(text(&random), text(&random))
                })
        case 5:
            let columns = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                DocumentColumn(text(&random), alignment: Bool.random(using: &random) ? .leading : .trailing)
            }
            let rows = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                (0..<Int.random(in: 0...4, using: &random)).map { _ in text(&random) }
            }
            return .table(DocumentTable(columns: columns, rows: rows))
        case 6:
            return .signatures(
                (0..<Int.random(in: 0...2, using: &random)).map { _ in
                    SignatureLine(
                        role: text(&random), name: Bool.random(using: &random) ? text(&random) : nil,
                        signatureCaption: text(&random), dateCaption: text(&random))
                })
        default: return .pageBreak
        }
    }

    @Test func bytesAreTheStringRenderersText() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let document = Document(
                title: Self.text(&random),
                blocks: (0..<Int.random(in: 0...6, using: &random)).map { _ in Self.block(&random) })
            let expected = Self.renderByStrings(document)
            #expect(MarkdownRenderer().renderUTF8(document) == Array(expected.utf8), "\(document)")
            #expect(MarkdownRenderer().render(document) == expected)
        }
    }

    @Test func aCaseFileIsTheStringRenderersText() throws {
        let context = DocumentContext(language: .ru, date: StoreFixtures.today)
        let document = CaseFileDocument.export(StoreFixtures.fullCase(), context: context)
        #expect(MarkdownRenderer().render(document) == Self.renderByStrings(document))
    }

    /// The renderer as it was first written: a string per block, joined.
    static func renderByStrings(_ document: Document) -> String {
        var parts = ["# " + MarkdownRenderer.escape(document.title)]
        for block in document.blocks { parts.append(render(block)) }
        return parts.joined(separator: "\n\n") + "\n"
    }

    static func render(_ block: DocumentBlock) -> String {
        typealias M = MarkdownRenderer
        func lines(_ text: String) -> [String] {
            TextColumns.sanitized(text, keepNewlines: true).split(separator: "\n", omittingEmptySubsequences: false)
                .map { M.escape(String($0)) }
        }
        func cell(_ text: String) -> String { M.escape(TextColumns.sanitized(text), atBlockStart: false) }
        switch block {
        case .title(let text): return "# " + M.escape(text)
        case .heading(let text): return "## " + M.escape(text)
        case .paragraph(let text): return lines(text).joined(separator: "  \n")
        case .notice(let text): return lines(text).map { "> **" + $0 + "**" }.joined(separator: "\n>\n")
        case .fields(let fields):
            return fields.map { "- **" + M.escape($0.label) + ":** " + ($0.value.isEmpty ? "—" : cell($0.value)) }
                .joined(separator: "\n")
        case .table(let table):
            let header = "| " + table.columns.map { cell($0.title) }.joined(separator: " | ") + " |"
            let rule =
                "|" + table.columns.map { $0.alignment == .trailing ? " ---: " : " --- " }.joined(separator: "|") + "|"
            let rows = table.rows.map { cells in
                "| " + table.columns.indices.map { cell($0 < cells.count ? cells[$0] : "") }.joined(separator: " | ")
                    + " |"
            }
            return ([header, rule] + rows).joined(separator: "\n")
        case .signatures(let signatures):
            return signatures.map { s in
                let who = M.escape(s.role) + (s.name.map { ": " + M.escape($0) } ?? "")
                return who + "  \n" + M.escape(s.signatureCaption) + " \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ "
                    + M.escape(s.dateCaption) + " \\_\\_\\_\\_\\_\\_\\_\\_"
            }.joined(separator: "\n\n")
        case .pageBreak: return "---"
        }
    }
}
