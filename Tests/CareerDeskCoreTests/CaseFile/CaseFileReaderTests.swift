import Foundation
import Testing

@testable import CareerDeskCore

/// The reader's one-pass checks give what the first, plainer versions gave: the duplicate-key
/// scan over raw bytes what the scan with a set of strings per object gave, on any text; the
/// bounded read the file's bytes. Through `decode`, every file is checked whole: UTF-8, nesting,
/// duplicate keys and the version, and it takes no text JSONDecoder would not.
@Suite struct CaseFileReaderTests {
    @Test func duplicateKeyScanMatchesTheScanOverStrings() {
        let pieces = [
            "{", "}", "[", "]", ",", ":", " ", "1", "\"a\"", "\"b\"", "\"a\"", "\"\\u0061\"", "\"\\\"\"", "\"K\"",
            "\"\u{212A}\"", "\"é\"", "\"e\u{301}\"", "\"ё\"", "\"a,\\\"a\\\": 2\"", "\"\\\\\"", "\"", "\"x",
            "\"\\u00\"",
            "\"seeker\"", "\"fullName\"", "{\"a\": 1, ", "\"k1\": 0, \"k2\": 0, \"k3\": 0, \"k4\": 0, \"k5\": 0, ",
        ]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...24, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            let data = Data(text.utf8)
            #expect(CaseFileReader.duplicateKey(in: data) == Self.duplicateKeyOverStrings(data), "\(text)")
        }
        // Objects large enough to be searched through a set, the duplicate early, late, nested, or absent.
        for size in [15, 16, 17, 40, 300] {
            let keys = (0..<size).map { "\"key\($0)\": \($0)" }
            for repeated in [0, size / 2, size - 1] {
                let text = "{\"outer\": [0, {" + (keys + ["\"key\(repeated)\": 0"]).joined(separator: ", ") + "}]}"
                let data = Data(text.utf8)
                #expect(CaseFileReader.duplicateKey(in: data) == "outer[1].key\(repeated)")
                #expect(Self.duplicateKeyOverStrings(data) == "outer[1].key\(repeated)")
            }
            let unique = Data(("{" + keys.joined(separator: ", ") + ", \"\u{212A}\": 1, \"K\": 2}").utf8)
            #expect(CaseFileReader.duplicateKey(in: unique) == "K")
        }
        #expect(CaseFileReader.duplicateKey(in: Data(#"{"a": 1, "\u0061": 2}"#.utf8)) == "a")
        #expect(CaseFileReader.duplicateKey(in: Data("{\"é\": 1, \"e\u{301}\": 2}".utf8)) == "e\u{301}")
        #expect(CaseFileReader.duplicateKey(in: Data()) == nil)
    }

    /// The scan as it was first written: a set of strings per object.
    static func duplicateKeyOverStrings(_ bytes: Data) -> String? {
        enum Container {
            case object(keys: Set<String>, current: String)
            case array(index: Int)
        }
        var stack: [Container] = []
        var expectKey = false
        func path(_ last: String) -> String {
            var text = ""
            for container in stack.dropLast() {
                switch container {
                case .object(_, let current): text += (text.isEmpty ? "" : ".") + current
                case .array(let index): text += "[\(index)]"
                }
            }
            return text.isEmpty ? last : text + "." + last
        }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            switch bytes[i] {
            case UInt8(ascii: "{"):
                stack.append(.object(keys: [], current: ""))
                expectKey = true
            case UInt8(ascii: "["):
                stack.append(.array(index: 0))
                expectKey = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
                expectKey = false
            case UInt8(ascii: ","):
                switch stack.last {
                case .object: expectKey = true
                case .array(let index): stack[stack.count - 1] = .array(index: index + 1)
                case nil: break
                }
            case UInt8(ascii: "\""):
                var j = i + 1
                var escaped = false
                var hasEscape = false
                while j < bytes.endIndex {
                    let b = bytes[j]
                    if escaped {
                        escaped = false
                    } else if b == UInt8(ascii: "\\") {
                        escaped = true
                        hasEscape = true
                    } else if b == UInt8(ascii: "\"") {
                        break
                    }
                    j += 1
                }
                if expectKey, case .object(var keys, _) = stack.last {
                    let raw = bytes[i..<min(j + 1, bytes.endIndex)]
                    let key =
                        hasEscape
                        ? (try? JSONDecoder().decode(String.self, from: Data(raw)))
                            ?? String(decoding: raw, as: UTF8.self)
                        : String(decoding: raw.dropFirst().dropLast(), as: UTF8.self)
                    if !keys.insert(key).inserted { return path(key) }
                    stack[stack.count - 1] = .object(keys: keys, current: key)
                    expectKey = false
                }
                i = j
            default: break
            }
            i += 1
        }
        return nil
    }

    @Test(arguments: [0, 1, 4_000, 65_535, 65_536, 65_537, 200_001])
    func boundedReadGivesTheFilesBytes(_ size: Int) throws {
        let directory = StoreFixtures.tempDirectory("bounded-read")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("f.json")
        let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try bytes.write(to: file)
        #expect(try CaseFileReader.readBounded(file) == bytes)
    }

    @Test func aCurrentCaseDecodesAsItWasWritten() throws {
        let item = StoreFixtures.fullCase()
        let data = try CaseCoding.encoder().encode(item)
        #expect(try CaseFileReader.decode(data) == item)
        var withMark = Data([0xEF, 0xBB, 0xBF])
        withMark.append(data)
        #expect(try CaseFileReader.decode(withMark) == item)
    }

    /// Files that decode whole yet must be refused: the checks after the header still apply.
    @Test func aDecodableFileIsStillCheckedForVersionAndDuplicates() throws {
        let text = String(decoding: try CaseCoding.encoder().encode(StoreFixtures.fullCase()), as: UTF8.self)
        func decode(_ text: String) -> CaseFileError? {
            do {
                _ = try CaseFileReader.decode(Data(text.utf8))
                return nil
            } catch { return error }
        }
        let version = try #require(text.range(of: "\"schemaVersion\" : 2"))
        #expect(
            decode(text.replacingCharacters(in: version, with: "\"schemaVersion\" : 7")) == .unknownSchemaVersion(7))
        #expect(
            decode(text.replacingCharacters(in: version, with: "\"schemaVersion\" : 0")) == .unknownSchemaVersion(0))
        #expect(
            decode(text.replacingCharacters(in: version, with: "\"schemaVersion\" : 2, \"schemaVersion\" : 2"))
                == .field("schemaVersion", .duplicateKey))
        #expect(
            decode(text.replacingCharacters(in: version, with: "\"schemaVersion\" : 9, \"schemaVersion\" : 9"))
                == .unknownSchemaVersion(9))
    }

    static func outcome(_ data: Data) -> CaseFileError? {
        do {
            _ = try CaseFileReader.decode(data)
            return nil
        } catch { return error }
    }

    /// Demo cases and hostile files that load read as JSONDecoder reads them.
    @Test func whatTheReaderTakesJSONDecoderReadsTheSame() throws {
        let encoder = CaseCoding.encoder()
        var texts = try DemoCaseTests.cases.map { try encoder.encode($0) }
        texts.append(try encoder.encode(StoreFixtures.fullCase()))
        for text in texts {
            #expect(try CaseFileReader.decode(text) == CaseCoding.decoder().decode(Case.self, from: text))
        }
        for url in HostileFixtures.files("case-files") + HostileFixtures.files("regressions", prefix: "casefile-") {
            let data = try Data(contentsOf: url)
            guard let item = try? CaseFileReader.decode(data) else { continue }
            // The reader drops one byte-order mark before JSONDecoder, which drops another.
            let text = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
            // Told the file's version, as the reader tells it (version 1 files fill in version 2's keys).
            let decoder = CaseCoding.decoder()
            if let object = try? JSONSerialization.jsonObject(with: text) as? [String: Any] {
                decoder.userInfo[CaseMigration.versionKey] = object["schemaVersion"] as? Int
            }
            var decoded = try? decoder.decode(Case.self, from: text)
            decoded?.schemaVersion = Case.currentSchemaVersion
            #expect(item == decoded, "\(url.lastPathComponent)")
        }
        // A compact text and escapes in values read the same as the pretty text.
        let full = try encoder.encode(StoreFixtures.fullCase())
        let compact = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: full))
        #expect(try CaseFileReader.decode(compact) == StoreFixtures.fullCase())
        let escaped = String(decoding: full, as: UTF8.self).replacingOccurrences(
            of: "Ёлкина", with: #"\u0401\u043bк\ud83d\ude00\"\\\/\b\f\n\r\t"#)
        #expect(try CaseFileReader.decode(Data(escaped.utf8)).seeker.fullName.hasPrefix("Ёлк😀\"\\/"))
        #expect(Self.outcome(Data("{\"schemaVersion\": 1,}".utf8)) != nil)
    }

    /// Random damage to a case file: the reader never traps, and whatever it still takes, JSONDecoder
    /// takes too and reads the same case, with no key twice and no nesting beyond the limit.
    @Test func theReaderNeverTakesMoreThanJSONDecoder() throws {
        let full = Array(try CaseCoding.encoder().encode(StoreFixtures.fullCase()))
        let inserts: [[UInt8]] = [
            " ", "\t", "\n", ",", ":", "{", "}", "[", "]", "\"", "\\", "\\u0041", "\\ud800", "\\udc00",
            "\\ud83d\\ude00", "0", "01",
            "-", "1.0", "1e2", "-0", "9223372036854775808", "true", "null", "nul", "\u{7F}", "\u{1}", "é", "\u{212A}",
        ].map { Array($0.utf8) }
        var random = SystemRandomNumberGenerator()
        var taken = 0
        for _ in 0..<3_000 {
            var bytes = full
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.insert(contentsOf: inserts.randomElement(using: &random)!, at: at)
                case 1: bytes.remove(at: at)
                default: bytes[at] = inserts.randomElement(using: &random)!.first!
                }
            }
            let data = Data(bytes)
            guard let item = try? CaseFileReader.decode(data) else { continue }
            taken += 1
            let note = String(decoding: bytes, as: UTF8.self)
            let plain = try? CaseCoding.decoder().decode(Case.self, from: data)
            #expect(plain != nil, "\(note)")
            // A damaged version digit can make it an older file, which the reader migrates.
            if plain?.schemaVersion == Case.currentSchemaVersion { #expect(item == plain, "\(note)") }
            #expect(CaseFileReader.duplicateKey(in: data) == nil, "\(note)")
            #expect(CaseFileReader.nestingDepth(data) <= CaseFileReader.maxDepth, "\(note)")
        }
        #expect(taken > 100)
    }

    /// Bytes put into a case's name: the file is taken exactly when they are valid UTF-8, and
    /// refused as not UTF-8 otherwise (or as cut off, when they end the file mid-letter).
    @Test func theReadersUTF8CheckIsTheStandardOne() throws {
        let samples: [[UInt8]] = [
            [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98, 0x80],
            [0xD0, 0x81], [0xFF], [0xC2], [0xE2, 0x82], [0xEF, 0xBB, 0xBF], [],
        ]
        var random = SystemRandomNumberGenerator()
        let pieces = samples + [[0x41], [0x80], [0xBF], [0xC3, 0xA9], [0xF8, 0x88, 0x80, 0x80, 0x80]]
        var names = samples
        for _ in 0..<2_000 {
            names.append(
                (0..<Int.random(in: 1...5, using: &random)).flatMap { _ in pieces.randomElement(using: &random)! })
        }
        let text = String(decoding: try CaseCoding.encoder().encode(StoreFixtures.fullCase()), as: UTF8.self)
        let name = try #require(text.range(of: "Ёлкина"))
        let before = Array(text[..<name.lowerBound].utf8)
        let after = Array(text[name.upperBound...].utf8)
        for bytes in names {
            let valid = String(validating: bytes, as: UTF8.self) != nil
            let outcome = Self.outcome(Data(before + bytes + after))
            #expect((outcome == nil) == valid, "\(bytes): \(String(describing: outcome))")
            if !valid { #expect(outcome == .notUTF8, "\(bytes)") }
            // At the very end of the text, a letter cut short is a cut-off file.
            if !valid, bytes == [0xC2] || bytes == [0xE2, 0x82] {
                #expect(Self.outcome(Data(before + bytes)) == .truncated, "\(bytes)")
            }
        }
    }

    /// Nesting up to `maxDepth` is read; deeper is refused before the parser sees it.
    @Test func nestingBeyondTheLimitIsRefused() {
        for depth in [1, 63, 64, 65, 66, 100_000] {
            let nest = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            let outcome = Self.outcome(Data(("{\"schemaVersion\": 1, \"x\": " + nest + "}").utf8))
            // The case object is one level itself.
            #expect((outcome == .tooDeeplyNested(limit: CaseFileReader.maxDepth)) == (depth + 1 > 64), "\(depth)")
        }
    }

    /// A key twice anywhere in the file is refused with its path, however the rest reads.
    @Test func aKeyTwiceAnywhereIsRefused() {
        #expect(
            Self.outcome(Data(#"{"schemaVersion": 1, "b": {"c": 2, "c": 3}}"#.utf8)) == .field("b.c", .duplicateKey))
        #expect(
            Self.outcome(Data(#"{"schemaVersion": 1, "b": [{}, {"a": 1, "a": 1}]}"#.utf8))
                == .field("b[1].a", .duplicateKey))
        let many =
            "{\"schemaVersion\": 1, " + (0..<5_000).map { "\"k\($0)\": 0" }.joined(separator: ", ") + ", \"k17\": 1}"
        #expect(Self.outcome(Data(many.utf8)) == .field("k17", .duplicateKey))
    }
}
