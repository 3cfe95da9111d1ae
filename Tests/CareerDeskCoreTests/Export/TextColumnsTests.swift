import CareerDeskCore
import Testing

@Suite struct TextColumnsTests {
    @Test func cyrillicIsOneColumnAndCJKTwo() {
        #expect(TextColumns.width(of: "Ёлкина") == 6)
        #expect(TextColumns.width(of: "日本語") == 6)
        #expect(TextColumns.width(of: "e\u{0301}") == 1)  // e + combining acute
    }

    @Test func wrapsAtSpacesWithinTheWidth() {
        let lines = TextColumns.wrap(
            "Сумма финансирования составляет сто двадцать тысяч рублей", width: 20)
        #expect(lines == ["Сумма финансирования", "составляет сто", "двадцать тысяч", "рублей"])
        #expect(lines.allSatisfy { TextColumns.width(of: $0) <= 20 })
    }

    @Test func breaksAWordLongerThanTheLineAndNeverSplitsAWideGlyph() {
        let lines = TextColumns.wrap(String(repeating: "語", count: 11), width: 5)
        #expect(lines == ["語語", "語語", "語語", "語語", "語語", "語"])
    }

    @Test func keepsNoBreakSpacesInAmounts() {
        let lines = TextColumns.wrap("итого 120\u{00A0}000,00\u{00A0}₽", width: 14)
        #expect(lines == ["итого", "120\u{00A0}000,00\u{00A0}₽"])
    }

    @Test func neutralisesEscapeSequences() {
        let lines = TextColumns.wrap("a\u{1B}[2Jb\tc", width: 80)
        #expect(lines == ["a\u{FFFD}[2Jb c"])
    }

    @Test func amountsInWords() {
        #expect(
            AmountInWords.words(Money(roubles: 120_000), .ru) == "сто двадцать тысяч рублей 00 копеек")
        #expect(AmountInWords.words(Money(kopecks: 2_101), .ru) == "двадцать один рубль 01 копейка")
        #expect(
            AmountInWords.words(Money(roubles: 1_002_003), .ru)
                == "один миллион две тысячи три рубля 00 копеек")
        #expect(
            AmountInWords.words(Money(roubles: 11_000), .ru) == "одиннадцать тысяч рублей 00 копеек")
        #expect(
            AmountInWords.words(Money(kopecks: 375_050), .en)
                == "three thousand seven hundred fifty roubles 50 kopecks")
        #expect(AmountInWords.words(Money(roubles: 1), .en) == "one rouble 00 kopecks")
    }
}
