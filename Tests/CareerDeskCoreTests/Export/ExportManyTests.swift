import Foundation
import Testing

@testable import CareerDeskCore

/// The pieces that make a many-case export and `validate` fast must change nothing they produce:
/// work spread over the cores comes back in order, the target's ranking is the full ranking's,
/// escaping over bytes is escaping over characters, and the parallel validation report is the
/// one reading the files one after the other gives.
@Suite struct ExportManyTests {
    @Test func orderedBatchesDeliverEveryResultInOrder() {
        // Uneven work, so later items often finish first.
        let results = OrderedBatches.map(count: 1_000) { i -> Int in
            var x = i
            for _ in 0..<((i * 7919) % 500) { x = (x &* 31) &+ 7 }
            return i
        }
        #expect(results == Array(0..<1_000))
        var seen: [Int] = []
        OrderedBatches.run(count: 300, batchSize: 64) {
            $0 * 2
        } deliver: { i, value in
            #expect(value == i * 2)
            seen.append(i)
            return i < 70
        }
        // The batch holding the refusal (64…127) is delivered whole; no later one is worked on.
        #expect(seen == Array(0..<128))
    }

    @Test func theTargetsRankingIsTheFullRankingsEntry() throws {
        let engine = GuidanceEngine(catalog: CatalogFixtures.catalog)
        let cases = DemoCaseTests.cases
        #expect(cases.count > 5)
        for item in cases {
            for guidance in [item.guidance, nil, Guidance(hollandCode: "RIC", track: .employment)] {
                let full = engine.recommend(for: item.seeker, guidance: guidance, today: CatalogFixtures.today)
                for expected in full.recommendations {
                    let ranking = try #require(
                        engine.ranking(
                            of: expected.occupationCode, for: item.seeker, guidance: guidance,
                            today: CatalogFixtures.today))
                    #expect(ranking.recommendation == expected)
                    #expect(ranking.count == full.recommendations.count)
                    #expect(ranking.usesInterests == full.usesInterests)
                }
                #expect(
                    engine.ranking(
                        of: "no-such-code", for: item.seeker, guidance: guidance, today: CatalogFixtures.today)
                        == nil)
            }
        }
    }

    /// Every character escaping treats specially, Cyrillic, digits and dots at line starts, and
    /// (for the character-by-character path) combining marks that join an ASCII character.
    @Test func escapingBytesMatchesEscapingCharacters() {
        let pieces = [
            "<", ">", "&", "\\", "`", "*", "_", "[", "]", "|", "~", "#", "-", "+", "=", "!", "\n", "1.", "12)", "3",
            ".", ")", " ", "а", "Ё", "₽", "№", "—", "«", "»", "\u{A0}", "x", "<\u{301}", "|\u{20E3}", "e\u{301}",
            "\u{200D}", "\r\n", "\t", "\u{1B}[31m", "\u{202E}",
        ]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            for atBlockStart in [true, false] {
                let clean = TextColumns.sanitized(text, keepNewlines: true)
                #expect(
                    MarkdownRenderer.escape(text, atBlockStart: atBlockStart)
                        == MarkdownRenderer.escapeCharacters(clean, atBlockStart: atBlockStart),
                    "\(text.debugDescription)")
            }
            #expect(TextColumns.sanitized(text) == Self.sanitizedByCharacters(text, keepNewlines: false))
            #expect(
                TextColumns.sanitized(text, keepNewlines: true) == Self.sanitizedByCharacters(text, keepNewlines: true))
        }
        #expect(MarkdownRenderer.escape("1. <b>|x|</b>\n2) # Ёлка") == "1\\. &lt;b&gt;\\|x\\|&lt;/b&gt;\n2\\) # Ёлка")
    }

    /// `TextColumns.sanitized` as it was written first: grapheme by grapheme, for every text.
    static func sanitizedByCharacters(_ text: String, keepNewlines: Bool) -> String {
        var out = ""
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

    @Test func validationOnEveryCoreReportsWhatOneFileAfterAnotherDoes() throws {
        let directory = StoreFixtures.tempDirectory("validate-many")
        defer { try? FileManager.default.removeItem(at: directory) }
        let encoder = CaseCoding.encoder()
        var files: [URL] = []
        for n in 1...400 {
            let id = String(format: "SAK-2026-%06d", n)
            let file = directory.appendingPathComponent("\(id).json")
            var item = StoreFixtures.fullCase(id: id)
            switch n % 7 {
            case 0: try Data("{\"schemaVersion\": 1, \"id\": ".utf8).write(to: file)  // cut short
            case 3: try Data().write(to: file)  // empty
            case 5:
                item.seeker.snils = "123-456-789 00"  // a wrong checksum
                item.seeker.phone = "12"
                try encoder.encode(item).write(to: file)
            default: try encoder.encode(item).write(to: file)
            }
            files.append(file)
        }
        let today = StoreFixtures.today
        let report = StoreValidation.check(files, today: today)
        let validator = JobSeekerValidator(today: today)
        let oneByOne = files.map { StoreValidation.check($0, validator: validator) }
        #expect(report.filesChecked == 400)
        #expect(report.problems == oneByOne.flatMap { $0 })
        #expect(report.badFiles == oneByOne.filter { !$0.isEmpty }.count)
        #expect(report.badFiles > 100)
        #expect(report.problems.first?.path == files[2].path)
    }
}
