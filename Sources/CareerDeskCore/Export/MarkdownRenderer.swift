import Foundation

/// Renders a document as CommonMark/GFM Markdown. Data is escaped so a name or a note can never
/// become a link, a heading, a table cell boundary or raw HTML.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ document: Document) -> String {
        String(decoding: renderUTF8(document), as: UTF8.self)
    }

    /// `render`'s text as UTF-8, written into one buffer: the usual text (no control character,
    /// nothing that joins a neighbour) escaped straight into it, any other through `escape`.
    public func renderUTF8(_ document: Document) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(8_192)
        out += "# ".utf8
        Self.write(escaped: document.title, atBlockStart: true, into: &out)
        for block in document.blocks {
            out += "\n\n".utf8
            write(block, into: &out)
        }
        out.append(UInt8(ascii: "\n"))
        return out
    }

    func write(_ block: DocumentBlock, into out: inout [UInt8]) {
        switch block {
        case .title(let text):
            out += "# ".utf8
            Self.write(escaped: text, atBlockStart: true, into: &out)
        case .heading(let text):
            out += "## ".utf8
            Self.write(escaped: text, atBlockStart: true, into: &out)
        case .paragraph(let text):
            // A plain text is one line.
            if !Self.writePlain(text, atBlockStart: true, into: &out) {
                out += Self.lines(text).joined(separator: "  \n").utf8
            }
        case .notice(let text):
            if Self.isPlain(text) {
                out += "> **".utf8
                Self.write(escaped: text, atBlockStart: true, into: &out)
                out += "**".utf8
            } else {
                out += Self.lines(text).map { "> **" + $0 + "**" }.joined(separator: "\n>\n").utf8
            }
        case .fields(let fields):
            for (i, field) in fields.enumerated() {
                if i > 0 { out.append(UInt8(ascii: "\n")) }
                out += "- **".utf8
                Self.write(escaped: field.label, atBlockStart: true, into: &out)
                out += ":** ".utf8
                if field.value.isEmpty {
                    out += "—".utf8
                } else {
                    Self.write(cell: field.value, into: &out)
                }
            }
        case .table(let table):
            out += "| ".utf8
            for (i, column) in table.columns.enumerated() {
                if i > 0 { out += " | ".utf8 }
                Self.write(cell: column.title, into: &out)
            }
            out += " |\n|".utf8
            for (i, column) in table.columns.enumerated() {
                if i > 0 { out.append(UInt8(ascii: "|")) }
                out += (column.alignment == .trailing ? " ---: " : " --- ").utf8
            }
            out.append(UInt8(ascii: "|"))
            for cells in table.rows {
                out += "\n| ".utf8
                for i in table.columns.indices {
                    if i > 0 { out += " | ".utf8 }
                    Self.write(cell: i < cells.count ? cells[i] : "", into: &out)
                }
                out += " |".utf8
            }
        case .signatures(let signatures):
            for (i, s) in signatures.enumerated() {
                if i > 0 { out += "\n\n".utf8 }
                Self.write(escaped: s.role, atBlockStart: true, into: &out)
                if let name = s.name {
                    out += ": ".utf8
                    Self.write(escaped: name, atBlockStart: true, into: &out)
                }
                out += "  \n".utf8
                Self.write(escaped: s.signatureCaption, atBlockStart: true, into: &out)
                out += " \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ ".utf8
                Self.write(escaped: s.dateCaption, atBlockStart: true, into: &out)
                out += " \\_\\_\\_\\_\\_\\_\\_\\_".utf8
            }
        case .pageBreak: out += "---".utf8
        }
    }

    /// `escape(text, atBlockStart:)` appended to `out`.
    static func write(escaped text: String, atBlockStart: Bool, into out: inout [UInt8]) {
        if !writePlain(text, atBlockStart: atBlockStart, into: &out) {
            out += escape(text, atBlockStart: atBlockStart).utf8
        }
    }

    /// `cell(text)` appended to `out`.
    static func write(cell text: String, into out: inout [UInt8]) {
        // Plain text is its own `sanitized` form, so the cell is the text escaped inside a line.
        if !writePlain(text, atBlockStart: false, into: &out) { out += cell(text).utf8 }
    }

    /// Escapes a plain text (see `isPlain`) into `out`; false, writing nothing, for any other.
    private static func writePlain(_ text: String, atBlockStart: Bool, into out: inout [UInt8]) -> Bool {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard isPlain(bytes) else { return false }
            escapeBytes(bytes, atBlockStart: atBlockStart, into: &out)
            return true
        } ?? false
    }

    /// Whether `sanitized` leaves the text as it is and every code point stands alone: then
    /// its escaping is `escapeBytes` over the text itself, one line.
    static func isPlain(_ text: String) -> Bool {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { isPlain($0) } ?? false
    }

    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            let value: UInt32
            if b < 0x80 {
                if b < 0x20 || b == 0x7F { return false }
                i += 1
                continue
            } else if b < 0xE0, i + 1 < n {
                value = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if b >= 0xE0, b < 0xF0, i + 2 < n {
                value = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else {
                return false
            }
            // C1 controls are what `sanitized` replaces above ASCII; bidi controls never stand alone.
            if value <= 0x9F || !standsAlone(value: value) { return false }
        }
        return true
    }

    private static func lines(_ text: String) -> [String] {
        TextColumns.sanitized(text, keepNewlines: true).split(
            separator: "\n", omittingEmptySubsequences: false
        ).map {
            escape(String($0))
        }
    }

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
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool { standsAlone(value: scalar.value) }

    private static func standsAlone(value: UInt32) -> Bool {
        switch value {
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
            escapeBytes(bytes, atBlockStart: atBlockStart, into: &out)
            return String(decoding: out, as: UTF8.self)
        } ?? escapeCharacters(text, atBlockStart: atBlockStart)
    }

    private static func escapeBytes(_ bytes: UnsafeBufferPointer<UInt8>, atBlockStart: Bool, into out: inout [UInt8]) {
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
