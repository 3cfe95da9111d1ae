import Testing

@testable import TerminalKit

@Suite struct DisplayWidthTests {
    @Test func cyrillicIsOneColumn() {
        #expect("Ёжик".displayWidth == 4)
        #expect(DisplayWidth.of(Character("Щ")) == 1)
    }

    @Test func cjkAndEmojiAreTwoColumns() {
        #expect("日本語".displayWidth == 6)
        #expect(DisplayWidth.of(Character("寿")) == 2)
        #expect(DisplayWidth.of(Character("👍")) == 2)
        #expect(DisplayWidth.of(Character("👍🏽")) == 2)
        #expect(DisplayWidth.of(Character("👨‍👩‍👧")) == 2)
        #expect(DisplayWidth.of(Character("🇷🇺")) == 2)
        #expect(DisplayWidth.of(Character("❤️")) == 2)
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect("е\u{0308}".displayWidth == 1)  // е + combining diaeresis = ё, one grapheme
        #expect("и\u{0306}ти".displayWidth == 3)
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0)
    }

    @Test func clippingCutsAtGraphemesWithEllipsis() {
        #expect("Иванов Иван".clipped(toWidth: 7) == "Иванов…")
        #expect("Иванов".clipped(toWidth: 6) == "Иванов")
        // A wide glyph that would straddle the edge is dropped, not split.
        #expect("日本語".clipped(toWidth: 4) == "日…")
        #expect("日本語".clipped(toWidth: 5) == "日本…")
        #expect("й\u{0301}цук".clipped(toWidth: 3) == "й\u{0301}ц…")
        #expect("👍🏽👍🏽👍🏽".clipped(toWidth: 5) == "👍🏽👍🏽…")
    }

    @Test func paddingUsesDisplayWidth() {
        #expect("日本".padded(toWidth: 6) == "日本  ")
        #expect("42".padded(toWidth: 5, alignment: .right) == "   42")
    }

    @Test func controlCharactersBecomePlaceholders() {
        #expect(TextSanitizer.visible("a\u{1B}[31mb") == "a␛[31mb")
        #expect(TextSanitizer.visible("x\ty\u{07}") == "x␉y␇")
        #expect(TextSanitizer.visible("\u{9B}2J") == "\u{FFFD}2J")
        var b = Buffer(size: Size(width: 10, height: 1))
        b.draw("\u{1B}[2Jhi", x: 0, y: 0)
        #expect(b.rowText(0) == "␛[2Jhi    ")
        #expect(!b.cells.contains { $0.symbol.unicodeScalars.contains { $0.value == 0x1B } })
    }

    @Test func bufferKeepsWideGlyphsWhole() {
        var b = Buffer(size: Size(width: 6, height: 1))
        b.draw("日本語", x: 0, y: 0)
        #expect(b.rowText(0) == "日本語")
        #expect(b[1, 0].isContinuation)
        // Overwriting the right half of 本 blanks its left half too.
        b.draw("x", x: 3, y: 0)
        #expect(b.rowText(0) == "日 x語")
        // A wide glyph at the last column does not fit and becomes a space.
        b.draw("寿", x: 5, y: 0)
        #expect(b.rowText(0) == "日 x  ")
        #expect(b[4, 0].symbol == " ")
    }

    @Test func wrappingRespectsWidth() {
        #expect(TextLayout.wrap("Закрыть демонстрацию сейчас?", width: 12) == ["Закрыть", "демонстрацию", "сейчас?"])
        #expect(TextLayout.wrap("日本語日本語", width: 4) == ["日本", "語日", "本語"])
    }

    /// The shortcut for common code points must agree with the property tables on every one of them.
    @Test func theCommonCodePointsShortcutAgreesWithThePropertyTables() {
        var answered = 0
        for v in UInt32(0)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(v), let width = DisplayWidth.common(v) else { continue }
            #expect(width == DisplayWidth.looked(scalar), "U+\(String(v, radix: 16))")
            answered += 1
        }
        #expect(answered > 1500)
    }

    @Test func aCharactersOnlyCodePointIsReadFromItsBytes() {
        for text in ["a", "Ж", "ё", "…", "─", "€", "😀", "й", "и\u{306}", "\u{1F1F7}\u{1F1FA}", "\r\n"] {
            let c = Character(text)
            let expected = c.unicodeScalars.count == 1 ? c.unicodeScalars.first!.value : nil
            let read = DisplayWidth.onlyScalar(c)
            #expect(read == expected || (read == nil && expected! > 0xFFFF), "\(text)")
        }
        // Widths and placeholders as before, through the shortcut and around it.
        #expect(DisplayWidth.of(Character("Ж")) == 1 && DisplayWidth.of(Character("漢")) == 2)
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)
        #expect(TextSanitizer.visible(Character("\u{202E}")) == "\u{FFFD}")
        #expect(TextSanitizer.visible(Character("\u{85}")) == "\u{FFFD}")
        #expect(TextSanitizer.visible(Character("Ж")) == "Ж")
    }
}
