import Testing

@testable import TerminalKit

@Suite struct KeyDecoderTests {
    private func decode(_ scalars: [UInt32], flush: Bool = true) -> [Key] {
        var d = KeyDecoder()
        var keys = scalars.flatMap { d.feed(.scalar($0)) }
        if flush { keys += d.flush() }
        return keys
    }

    private func decode(_ text: String) -> [Key] { decode(text.unicodeScalars.map(\.value)) }

    @Test func unicodeCharacters() {
        #expect(decode("Ёж日👍") == [.character("Ё"), .character("ж"), .character("日"), .character("👍")])
    }

    @Test func controlKeys() {
        #expect(decode([0x09, 0x0D, 0x0A, 0x7F, 0x08]) == [.tab, .enter, .enter, .backspace, .backspace])
        #expect(
            decode([0x01, 0x03, 0x0B, 0x15, 0x1A]) == [.ctrl("a"), .ctrl("c"), .ctrl("k"), .ctrl("u"), .ctrl("z")])
    }

    @Test func loneEscapeNeedsTheTimeout() {
        var d = KeyDecoder()
        #expect(d.feed(.scalar(0x1B)) == [])
        #expect(d.isWaiting)
        #expect(d.flush() == [.escape])
        #expect(decode([0x1B, 0x1B]) == [.escape, .escape])
    }

    @Test func escapeThenLetterIsAlt() {
        #expect(decode([0x1B, 0x78]) == [.alt("x")])
    }

    @Test func keyCodesFromNcurses() {
        var d = KeyDecoder()
        let codes: [KeyCode] = [
            .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .backTab, .delete, .function(1), .function(12),
            .resize, .enter, .backspace,
        ]
        let keys = codes.flatMap { d.feed(.keyCode($0)) }
        #expect(
            keys == [
                .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .backTab, .delete, .function(1),
                .function(12), .resize, .enter, .backspace,
            ])
    }

    @Test func bracketedPasteIsOneInsertion() {
        // A paste holding what would otherwise be commands (Ctrl-C, Esc, Enter, F-key bytes).
        let body = "Привет\u{03}\r日本\u{1B}OQ"
        let scalars =
            "\u{1B}[200~".unicodeScalars.map(\.value) + body.unicodeScalars.map(\.value)
            + "\u{1B}[201~x".unicodeScalars.map(\.value)
        #expect(decode(scalars) == [.paste("Привет\u{03}\n日本\u{1B}OQ"), .character("x")])
    }

    @Test func pasteSurvivesAQuietGapAndIsCapped() {
        var d = KeyDecoder(pasteLimit: 5)
        var keys = "\u{1B}[200~абв".unicodeScalars.flatMap { d.feed(.scalar($0.value)) }
        keys += d.flush()  // a pause mid-paste must not end it
        #expect(keys.isEmpty)
        keys += "гдежз\u{1B}[201~".unicodeScalars.flatMap { d.feed(.scalar($0.value)) }
        #expect(keys == [.paste("абвгд")])
    }

    @Test func aPasteWithoutItsEndMarkerCanBeFinished() {
        var d = KeyDecoder()
        _ = "\u{1B}[200~полови".unicodeScalars.flatMap { d.feed(.scalar($0.value)) }
        #expect(d.finishPaste() == [.paste("полови")])
        #expect(!d.isWaiting)
        #expect(d.feed(.scalar(0x61)) == [.character("a")])
    }

    @Test func unknownEscapeSequencesAreSwallowed() {
        // ESC [ 9 9 z is nothing we know: it must not become "[99z" typed into a field.
        #expect(decode("\u{1B}[99zя") == [.character("я")])
    }

    @Test func keyNamesForKeyBars() {
        #expect(Key.function(10).name == "F10")
        #expect(Key.ctrl("s").name == "Ctrl-S")
        #expect(Key.backTab.name == "Shift-Tab")
    }
}
