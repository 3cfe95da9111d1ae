import Foundation

/// Renders a document as one self-contained HTML page: no external files, a style sheet for the
/// screen and for printing on A4, and every piece of data HTML-escaped.
public struct HTMLRenderer: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ document: Document) -> String {
        var body = "<h1>" + Self.escape(document.title) + "</h1>\n"
        for block in document.blocks { body += render(block) + "\n" }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(document.title))</title>
            <style>
            \(Self.styleSheet)
            </style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }

    func render(_ block: DocumentBlock) -> String {
        switch block {
        case .title(let text): return "<h1>" + Self.escape(text) + "</h1>"
        case .heading(let text): return "<h2>" + Self.escape(text) + "</h2>"
        case .paragraph(let text): return "<p>" + Self.escapeLines(text) + "</p>"
        case .notice(let text): return "<p class=\"notice\">" + Self.escapeLines(text) + "</p>"
        case .fields(let fields):
            let rows = fields.map {
                "<tr><th scope=\"row\">" + Self.escape($0.label) + "</th><td>"
                    + ($0.value.isEmpty ? "—" : Self.escapeLines($0.value)) + "</td></tr>"
            }
            return "<table class=\"fields\">\n" + rows.joined(separator: "\n") + "\n</table>"
        case .table(let table):
            let head = table.columns.map { "<th scope=\"col\">" + Self.escape($0.title) + "</th>" }
                .joined()
            let rows = table.rows.map { cells in
                "<tr>"
                    + table.columns.indices.map { i in
                        let cls = table.columns[i].alignment == .trailing ? " class=\"num\"" : ""
                        return "<td\(cls)>" + Self.escapeLines(i < cells.count ? cells[i] : "") + "</td>"
                    }.joined() + "</tr>"
            }
            return "<table class=\"grid\">\n<thead><tr>" + head + "</tr></thead>\n<tbody>\n"
                + rows.joined(separator: "\n") + "\n</tbody>\n</table>"
        case .signatures(let signatures):
            let items = signatures.map { s in
                "<div class=\"signature\"><div class=\"who\">" + Self.escape(s.role)
                    + (s.name.map { ": " + Self.escape($0) } ?? "") + "</div>"
                    + "<div class=\"lines\"><span class=\"line\">" + Self.escape(s.signatureCaption)
                    + "</span><span class=\"line short\">" + Self.escape(s.dateCaption)
                    + "</span></div></div>"
            }
            return "<section class=\"signatures\">\n" + items.joined(separator: "\n") + "\n</section>"
        case .pageBreak: return "<hr class=\"page-break\">"
        }
    }

    private static func escapeLines(_ text: String) -> String {
        escape(TextColumns.sanitized(text, keepNewlines: true)).replacingOccurrences(
            of: "\n", with: "<br>")
    }

    /// Escapes the five characters that could end a text node or an attribute, after control
    /// characters (escape sequences, bidi overrides that would reorder a name) are neutralised.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in TextColumns.sanitized(text, keepNewlines: true) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    static let styleSheet = """
        body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt; color: #111;
               margin: 0; background: #fff; }
        main { max-width: 50em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 16pt; margin: 1.2em 0 0.6em; }
        h2 { font-size: 12.5pt; margin: 1.4em 0 0.4em; border-bottom: 1px solid #999; }
        p { margin: 0.4em 0; line-height: 1.4; }
        .notice { border: 1px solid #555; padding: 0.5em 0.8em; font-weight: bold; }
        table { border-collapse: collapse; margin: 0.4em 0; }
        table.fields th { text-align: left; font-weight: normal; color: #444; padding: 0.15em 1em 0.15em 0;
                          vertical-align: top; }
        table.fields td { padding: 0.15em 0; }
        table.grid { width: 100%; }
        table.grid th, table.grid td { border: 1px solid #999; padding: 0.25em 0.5em; vertical-align: top; }
        table.grid th { background: #eee; text-align: left; }
        td.num { text-align: right; white-space: nowrap; }
        .signature { margin: 1.6em 0 0.8em; break-inside: avoid; }
        .signature .lines { display: flex; gap: 2em; margin-top: 1.8em; }
        .signature .line { flex: 3; border-top: 1px solid #000; font-size: 9pt; color: #444; padding-top: 0.2em; }
        .signature .line.short { flex: 1; }
        hr.page-break { border: 0; border-top: 1px dashed #bbb; margin: 2em 0; }
        @page { size: A4; margin: 18mm 16mm; }
        @media print {
          main { max-width: none; margin: 0; padding: 0; }
          hr.page-break { break-after: page; border: 0; margin: 0; }
          h2 { break-after: avoid; }
          tr, .notice { break-inside: avoid; }
          thead { display: table-header-group; }
        }
        """
}
