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
        let clean = TextColumns.sanitized(text, keepNewlines: true)
        if clean.unicodeScalars.allSatisfy(standsAlone) {
            return escapeBytes(clean, atBlockStart: atBlockStart)
        }
        return escapeCharacters(clean, atBlockStart: atBlockStart)
    }

    /// Whether a code point can never share a grapheme cluster with a neighbour: ASCII, Latin,
    /// Cyrillic letters, the punctuation, currency, letterlike and arrow blocks — no combining
    /// mark, joiner, variation selector or prepended mark. A text made only of these has one
    /// cluster per code point, so escaping its bytes gives what escaping its characters gives.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x400...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF,
            0x2100...0x214F, 0x2190...0x22FF, 0xFFFD:
            true
        default: false
        }
    }

    /// `escapeCharacters` over UTF-8 bytes, for text whose every cluster is one code point: the
    /// characters it escapes are ASCII, and no byte of a longer code point is ASCII.
    static func escapeBytes(_ text: String, atBlockStart: Bool) -> String {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var atLineStart = atBlockStart
            // Where "\\" goes to stop "1." or "1)" at a line start beginning an ordered list.
            var listBreak = atBlockStart ? Self.orderedListBreak(bytes, lineStart: 0) : nil
            for i in bytes.indices {
                let byte = bytes[i]
                if i == listBreak {
                    out.append(UInt8(ascii: "\\"))
                    listBreak = nil
                }
                switch byte {
                case UInt8(ascii: "<"): out += "&lt;".utf8
                case UInt8(ascii: ">"): out += "&gt;".utf8
                case UInt8(ascii: "&"): out += "&amp;".utf8
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                    UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "~"):
                    out.append(UInt8(ascii: "\\"))
                    out.append(byte)
                case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "!"):
                    if atLineStart { out.append(UInt8(ascii: "\\")) }
                    out.append(byte)
                default: out.append(byte)
                }
                atLineStart = byte == UInt8(ascii: "\n")
                if atLineStart { listBreak = Self.orderedListBreak(bytes, lineStart: i + 1) }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? escapeCharacters(text, atBlockStart: atBlockStart)
    }

    /// The index after a line's leading digits when a `.` or `)` follows them.
    private static func orderedListBreak(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int) -> Int? {
        var i = lineStart
        while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
        guard i > lineStart, i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ")")
        else { return nil }
        return i
    }

    /// The escaping character by character (grapheme cluster), for any text.
    static func escapeCharacters(_ clean: String, atBlockStart: Bool) -> String {
        var out = ""
        var atLineStart = atBlockStart
        for ch in clean {
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
