import Foundation
import Testing

/// What the case-file reader says reaches a Russian session in Russian, and a case whose numbers
/// break the bounds is neither imported nor able to trap a later save.
@Suite struct ReaderMessagesCLITests {
    let root = makeTempDirectory("reader-messages")
    var store: URL { root.appendingPathComponent("store") }

    /// The corpus case (`revision` given as a number again) with one change.
    func variant(_ change: (String) -> String) throws -> Data {
        let text = String(
            decoding: try Data(
                contentsOf: Guarded.fixtures.appendingPathComponent("case-files/revision-as-string.json")),
            as: UTF8.self
        ).replacingOccurrences(of: "\"revision\": \"6\"", with: "\"revision\": 6")
        return Data(change(text).utf8)
    }

    /// One damaged file per kind of field fault, under case-like names.
    func damagedStore() throws -> [String] {
        let cases = store.appendingPathComponent("cases")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        var files: [String: Data] = [
            "null": try variant {
                $0.replacingOccurrences(of: "\"caseworker\": \"o.sidorova\"", with: "\"caseworker\": null")
            },
            "missing": try variant { $0.replacingOccurrences(of: "\"caseworker\": \"o.sidorova\",", with: "") },
        ]
        for name in [
            "revision-as-string", "consent-as-string", "duplicate-key-name", "id-traversal", "status-unknown",
            "birth-date-wrong-shape", "money-garbage", "revision-int64-max", "money-int64-max-kopecks",
        ] {
            files[name] = try Data(contentsOf: Guarded.fixtures.appendingPathComponent("case-files/\(name).json"))
        }
        var names: [String] = []
        for (index, key) in files.keys.sorted().enumerated() {
            let name = String(format: "PER-2026-%06d.json", 700 + index)
            try files[key]!.write(to: cases.appendingPathComponent(name))
            names.append(name)
        }
        return names
    }

    @Test func validateInRussianSaysNothingInEnglish() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let names = try damagedStore()
        let result = try Guarded.run(["validate", "--lang", "ru"], store: store)
        #expect(!result.crashedOrHung && result.status == 1, "\(result.stderr)")
        let output = result.stdout + result.stderr
        for name in names { #expect(output.contains(name), "\(name)") }
        for phrase in ["expected", "must look like", "appears twice", "missing", "found null", "Cannot initialize"] {
            #expect(!output.contains(phrase), "\(phrase) in \(output)")
        }
        #expect(output.contains("поле revision: число вне допустимых пределов 0…1\u{00A0}000\u{00A0}000\u{00A0}000"))
        #expect(output.contains("ключ встречается дважды"))
    }

    @Test func aCaseAtRevisionInt64MaxIsNotImported() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        for (file, field) in [
            ("revision-int64-max.json", "поле revision: число вне допустимых пределов"),
            ("money-int64-max-kopecks.json", "поле contract.terms.fundedAmount: сумма вне допустимых пределов"),
        ] {
            let path = Guarded.fixtures.appendingPathComponent("case-files/\(file)").path
            let result = try Guarded.run(["import", path, "--lang", "ru"], store: store)
            #expect(!result.crashedOrHung && result.status == 1, "\(file): \(result.stderr)")
            #expect(result.stderr.contains("не принято") && result.stderr.contains(field), "\(file): \(result.stderr)")
            let english = try Guarded.run(["import", path, "--lang", "en"], store: store)
            #expect(english.status == 1 && english.stderr.contains("outside the bounds"), "\(english.stderr)")
        }
        let written = Guarded.tree(store.appendingPathComponent("cases")).filter { $0.hasSuffix(".json") }
        #expect(written.isEmpty, "\(written)")
    }
}
