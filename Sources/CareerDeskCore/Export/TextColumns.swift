import Foundation

/// Display width of text in a fixed-pitch layout (a terminal, a line printer): Cyrillic and
/// Latin take one column, East Asian wide characters two, combining marks none. CareerDeskCore
/// cannot import TerminalKit, so the printed documents measure with this small table.
public enum TextColumns {
    /// Columns one grapheme cluster takes; its first code point decides.
    public static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns a whole string takes.
    public static func width(of text: String) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    /// The text with control characters made harmless for a printer or a terminal: tabs become
    /// a space, other controls (escape sequences, bidi overrides) the replacement character.
    /// Line feeds are kept only when `keepNewlines` is set.
    public static func sanitized(_ text: String, keepNewlines: Bool = false) -> String {
        // Almost every text holds none of these: a scan of its bytes says so without the
        // grapheme-by-grapheme rebuild below.
        if !needsSanitizing(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            if ch == "\n" || ch == "\r\n" {
                out.append(keepNewlines ? "\n" : " ")
                continue
            }
            if ch == "\t" {
                out.append(" ")
                continue
            }
            let harmful = ch.unicodeScalars.contains {
                $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
                    || (0x2066...0x2069).contains($0.value)
            }
            out.append(harmful ? "\u{FFFD}" : ch)
        }
        return out
    }

    /// Whether `sanitized` would change the text: a tab, line break or other C0 control, DEL, a
    /// C1 control (UTF-8 `C2 80`–`C2 9F`), or a bidi embedding, override (`E2 80 AA`–`AE`) or
    /// isolate (`E2 81 A6`–`A9`). Each of these is a grapheme cluster of its own (the only
    /// cluster of two is CR LF), so finding none of them bytewise means no cluster needs changing.
    static func needsSanitizing(_ text: String) -> Bool {
        var text = text
        text.makeContiguousUTF8()  // nothing to do for a native string
        return text.utf8.withContiguousStorageIfAvailable { containsControl($0) } ?? true
    }

    private static func containsControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x20 || b == 0x7F { return true }
            if b == 0xC2, i + 1 < n, (0x80...0x9F).contains(bytes[i + 1]) { return true }
            if b == 0xE2, i + 2 < n {
                let b1 = bytes[i + 1]
                let b2 = bytes[i + 2]
                if b1 == 0x80, (0xAA...0xAE).contains(b2) { return true }
                if b1 == 0x81, (0xA6...0xA9).contains(b2) { return true }
            }
            i += 1
        }
        return false
    }

    /// Pads with spaces to `width` columns (never cuts).
    public static func pad(_ text: String, to width: Int, alignment: DocumentAlignment = .leading)
        -> String
    {
        let gap = String(repeating: " ", count: max(0, width - self.width(of: text)))
        return alignment == .leading ? text + gap : gap + text
    }

    /// Wraps text into lines of at most `width` columns: breaks at spaces, and inside a word only
    /// when the word alone is wider than the line. A no-break space (as in `120 000 ₽`) holds.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let limit = max(1, width)
        var lines: [String] = []
        for paragraph in sanitized(text, keepNewlines: true).split(
            separator: "\n", omittingEmptySubsequences: false)
        {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var piece = String(word)
                var pieceWidth = self.width(of: piece)
                let gap = line.isEmpty ? 0 : 1
                if lineWidth + gap + pieceWidth <= limit {
                    line += (gap == 1 ? " " : "") + piece
                    lineWidth += gap + pieceWidth
                    continue
                }
                if !line.isEmpty {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while pieceWidth > limit {
                    let (head, rest) = split(piece, atWidth: limit)
                    lines.append(head)
                    piece = rest
                    pieceWidth = self.width(of: piece)
                }
                line = piece
                lineWidth = pieceWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// The longest prefix of at most `width` columns (at least one character) and the rest.
    static func split(_ text: String, atWidth width: Int) -> (String, String) {
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let w = self.width(of: text[index])
            if used + w > width, used > 0 { break }
            used += w
            index = text.index(after: index)
        }
        return (String(text[..<index]), String(text[index...]))
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
            0xFE30...0xFE6F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD,
            0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
