import Foundation
import Testing

@testable import CareerDeskCore

/// The reader's one-pass checks give what the first, plainer versions gave: the duplicate-key
/// scan over raw bytes what the scan with a set of strings per object gave, on any text; the
/// bounded read the file's bytes; a case decoded without its header pass what the full path gives.
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
        let version = try #require(text.range(of: "\"schemaVersion\" : 1"))
        #expect(
            decode(text.replacingCharacters(in: version, with: "\"schemaVersion\" : 7")) == .unknownSchemaVersion(7))
        #expect(
            decode(text.replacingCharacters(in: version, with: "\"schemaVersion\" : 0")) == .unknownSchemaVersion(0))
        #expect(
            decode(text.replacingCharacters(in: version, with: "\"schemaVersion\" : 1, \"schemaVersion\" : 1"))
                == .invalidField(path: "schemaVersion", reason: "the key appears twice"))
        #expect(
            decode(text.replacingCharacters(in: version, with: "\"schemaVersion\" : 9, \"schemaVersion\" : 9"))
                == .unknownSchemaVersion(9))
    }
}
