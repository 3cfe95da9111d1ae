import Foundation

@testable import CareerDeskCore

/// The hostile-input corpus (Tests/Fixtures/hostile, described in its README.md) and the
/// personal values of the case it was made from, which no message may repeat.
enum HostileFixtures {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("Fixtures/hostile")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        fatalError("Tests/Fixtures/hostile not found above \(#filePath)")
    }()

    static func files(_ folder: String, prefix: String = "") -> [URL] {
        let directory = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && !$0.hasPrefix(".") }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    static func data(_ folder: String, _ name: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(name))
    }

    /// The personal values of data/demo/SAK-2026-000101.json, the case the corpus was cut from.
    static let personalValues = [
        "Иванов Алексей Петрович", "112-233-441 91", "11223344191", "1989-04-17", "17.04.1989", "+79140001101",
    ]

    /// Characters that must never reach a terminal, a spreadsheet cell or an HTML page as they are.
    static func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" && $0 != "\u{0C}")
                || (0x7F...0x9F).contains($0.value)
                || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
        }
    }

    /// A valid case file as bytes, with a string of `count` bytes as the name (a 100 MB string
    /// is made here, never committed).
    static func caseWithLongName(_ count: Int) -> Data {
        var item = StoreFixtures.fullCase()
        item.seeker.fullName = "N"
        var data = try! CaseCoding.encoder().encode(item)
        let marker = Data("\"fullName\" : \"N\"".utf8)
        let range = data.range(of: marker)!
        data.replaceSubrange(
            range,
            with: Data("\"fullName\" : \"".utf8) + Data(repeating: UInt8(ascii: "A"), count: count) + Data("\"".utf8))
        return data
    }

    /// `depth` nested arrays (100 000 deep breaks a recursive parser's stack), inside a case.
    static func deeplyNested(_ depth: Int) -> Data {
        var data = Data("{\"schemaVersion\": 1, \"notes\": ".utf8)
        data.append(Data(repeating: UInt8(ascii: "["), count: depth))
        data.append(Data(repeating: UInt8(ascii: "]"), count: depth))
        data.append(Data("}".utf8))
        return data
    }
}
