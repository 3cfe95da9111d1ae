import Foundation

/// Renders a document as CommonMark/GFM Markdown. Data is escaped so a name or a note can never
/// become a link, a heading, a table cell boundary or raw HTML.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ document: Document) -> String {
        var parts = ["# " + Self.escape(document.title)]
        for block in document.blocks {
            if let text = render(block) { parts.append(text) }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    func render(_ block: DocumentBlock) -> String? {
        switch block {
        case .title(let text): return "# " + Self.escape(text)
        case .heading(let text): return "## " + Self.escape(text)
        case .paragraph(let text): return Self.lines(text).joined(separator: "  \n")
        case .notice(let text):
            return Self.lines(text).map { "> **" + $0 + "**" }.joined(separator: "\n>\n")
        case .fields(let fields):
            return fields.map { "- **" + Self.escape($0.label) + ":** " + Self.cellOrDash($0.value) }
                .joined(
                    separator: "\n")
        case .table(let table):
            let header = "| " + table.columns.map { Self.cell($0.title) }.joined(separator: " | ") + " |"
            let rule =
                "|"
                + table.columns.map { $0.alignment == .trailing ? " ---: " : " --- " }.joined(
                    separator: "|") + "|"
            let rows = table.rows.map { cells in
                "| "
                    + table.columns.indices.map { Self.cell($0 < cells.count ? cells[$0] : "") }.joined(
                        separator: " | ")
                    + " |"
            }
            return ([header, rule] + rows).joined(separator: "\n")
        case .signatures(let signatures):
            return signatures.map { s in
                let who = Self.escape(s.role) + (s.name.map { ": " + Self.escape($0) } ?? "")
                return who + "  \n" + Self.escape(s.signatureCaption)
                    + " \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ "
                    + Self.escape(s.dateCaption) + " \\_\\_\\_\\_\\_\\_\\_\\_"
            }.joined(separator: "\n\n")
        case .pageBreak: return "---"
        }
    }

    private static func lines(_ text: String) -> [String] {
        TextColumns.sanitized(text, keepNewlines: true).split(
            separator: "\n", omittingEmptySubsequences: false
        ).map {
            escape(String($0))
        }
    }

    private static func cellOrDash(_ text: String) -> String { text.isEmpty ? "—" : cell(text) }

    /// A table cell or a field value: one line, inside a line (pipes are escaped by `escape`).
    private static func cell(_ text: String) -> String {
        escape(TextColumns.sanitized(text), atBlockStart: false)
    }

    /// Backslash-escapes the characters Markdown reads as inline syntax, writes `<` `>` `&` as
    /// entities so no raw HTML passes through, and escapes a line start that would open a block
    /// (heading, list, quote, setext underline).
    public static func escape(_ text: String, atBlockStart: Bool = true) -> String {
        var out = ""
        var atLineStart = atBlockStart
        for ch in TextColumns.sanitized(text, keepNewlines: true) {
            switch ch {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "|", "~": out += "\\" + String(ch)
            case _ where atLineStart && "#-+=!".contains(ch): out += "\\" + String(ch)
            default: out.append(ch)
            }
            atLineStart = ch == "\n"
        }
        // "1." or "1)" at the start of a line would begin an ordered list.
        var lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for i in lines.indices where atBlockStart || i > 0 {
            let digits = lines[i].prefix { $0.isASCII && $0.isNumber }
            let rest = lines[i].dropFirst(digits.count)
            if !digits.isEmpty, rest.first == "." || rest.first == ")" {
                lines[i] = digits + "\\" + rest
            }
        }
        return lines.joined(separator: "\n")
    }
}
