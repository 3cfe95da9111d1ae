/// Display width of text in terminal columns, decided per grapheme cluster, independent of the
/// process locale (wcwidth depends on it, and tests run without one).
public enum DisplayWidth {
    /// Columns a single code point takes on its own: 0 for combining and format marks, 2 for East
    /// Asian wide/fullwidth and emoji-presentation characters, 1 otherwise.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        common(scalar.value) ?? looked(scalar)
    }

    /// The width of the code points a caseworker's screen is mostly made of (Latin, Cyrillic,
    /// punctuation, box drawing), without the Unicode property tables: nil for the rest.
    /// `looked` agrees on every code point this answers (DisplayWidthTests checks them all).
    @inline(__always) static func common(_ v: UInt32) -> Int? {
        switch v {
        case 0: return 0
        case 1..<0x300, 0x400...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF,
            0x2500...0x25FC:
            return 1
        default: return nil
        }
    }

    /// The width from the code point's Unicode properties.
    static func looked(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (0x1160...0x11FF).contains(v) || (0xFE00...0xFE0F).contains(v) { return 0 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns one grapheme cluster takes: the first visible code point decides, and an emoji
    /// variation selector (U+FE0F) widens a text-default emoji to 2.
    public static func of(_ character: Character) -> Int {
        if let v = onlyScalar(character), let width = common(v) { return width }
        var width = 0
        var first = true
        for scalar in character.unicodeScalars {
            if first {
                width = of(scalar)
                first = false
                // Regional-indicator pairs (flags) render as one wide glyph.
                if (0x1F1E6...0x1F1FF).contains(scalar.value) { width = 2 }
            } else if scalar.value == 0xFE0F, scalar.properties.isEmoji {
                width = 2
            } else if scalar.value == 0xFE0F {
                width = max(width, 2)
            }
        }
        return width
    }

    /// Columns a whole string takes when drawn (after control characters become placeholders).
    public static func of(_ text: String) -> Int {
        var total = 0
        for ch in text { total += of(TextSanitizer.visible(ch)) }
        return total
    }

    /// The character's code point when it is a single one (most characters are), read from its
    /// UTF-8 bytes: iterating `unicodeScalars` costs a grapheme walk each time.
    @inline(__always) static func onlyScalar(_ character: Character) -> UInt32? {
        let bytes = character.utf8
        var i = bytes.makeIterator()
        guard let b0 = i.next() else { return nil }
        switch bytes.count {
        case 1: return UInt32(b0)
        case 2:
            guard let b1 = i.next(), b0 & 0xE0 == 0xC0 else { return nil }
            return UInt32(b0 & 0x1F) << 6 | UInt32(b1 & 0x3F)
        case 3:
            guard let b1 = i.next(), let b2 = i.next(), b0 & 0xF0 == 0xE0 else { return nil }
            return UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
        default: return nil
        }
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
            0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
            0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
            0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
            0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
            0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
            0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F,
            0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

/// Turns data into something safe to draw: control characters and escape sequences become
/// visible placeholders (␛, ␀, ␊ …) so bytes from a file can never drive the terminal.
public enum TextSanitizer {
    /// The visible stand-in for a character, or the character itself when it is harmless.
    public static func visible(_ character: Character) -> Character {
        if let v = DisplayWidth.onlyScalar(character), v >= 0x20, v < 0x7F || (v > 0x9F && v < 0x202A) {
            return character
        }
        guard let first = character.unicodeScalars.first else { return character }
        let v = first.value
        if v < 0x20 { return Character(Unicode.Scalar(0x2400 + v)!) }  // ␀ … ␟, ␛ for ESC
        if v == 0x7F { return "\u{2421}" }  // ␡
        if (0x80...0x9F).contains(v) { return "\u{FFFD}" }  // C1 controls (CSI = 0x9B) are escapes too
        // Bidi overrides could reorder what the caseworker sees; show them instead.
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return "\u{FFFD}" }
        if character.unicodeScalars.count > 1,
            character.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        {
            return "\u{FFFD}"
        }
        return character
    }

    /// The whole string with every control character replaced by its placeholder.
    public static func visible(_ text: String) -> String {
        String(text.map(visible))
    }
}

extension String {
    /// Columns this string takes on screen.
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// The longest prefix that fits in `width` columns, ending with `ellipsis` when something was cut.
    /// Cuts only at grapheme boundaries; a wide glyph that would straddle the edge is dropped.
    public func clipped(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return self }
        let room = max(0, width - ellipsis.displayWidth)
        var used = 0
        var out = ""
        for ch in self {
            let w = DisplayWidth.of(TextSanitizer.visible(ch))
            if used + w > room { break }
            out.append(ch)
            used += w
        }
        return ellipsis.displayWidth <= width ? out + ellipsis : out
    }

    /// Pads with spaces (or clips) to exactly `width` columns.
    public func padded(toWidth width: Int, alignment: Alignment = .left) -> String {
        let clipped = self.clipped(toWidth: width)
        let gap = max(0, width - clipped.displayWidth)
        switch alignment {
        case .left: return clipped + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + clipped
        case .center:
            return String(repeating: " ", count: gap / 2) + clipped + String(repeating: " ", count: gap - gap / 2)
        }
    }
}

/// Horizontal alignment of text in a column.
public enum Alignment: Hashable, Sendable {
    case left, center, right
}
