import CareerDeskCore
import Foundation
import Testing

/// `careerdesk export` of many cases makes, writes and reports them on every core: the files must
/// be byte for byte those of exporting each case alone, and failures must end the run as they
/// did when the cases were done one after the other.
@Suite struct ExportManyCommandTests {
    /// A store holding the demo cases (guidance, courses and contracts of every kind).
    static func demoStore() throws -> (root: URL, store: URL, ids: [String]) {
        var data = URL(fileURLWithPath: #filePath)
        while data.path != "/" {
            data.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: data.appendingPathComponent("data/demo").path) { break }
        }
        let demo = data.appendingPathComponent("data/demo")
        let names = try FileManager.default.contentsOfDirectory(atPath: demo.path).filter { $0.hasSuffix(".json") }
            .sorted()
        let root = makeTempDirectory("careerdesk-export-many")
        let store = root.appendingPathComponent("store")
        let imported = try CLI.run(["import"] + names.map { demo.appendingPathComponent($0).path }, store: store)
        #expect(imported.status == 0, "\(imported.stderr)")
        return (root, store, names.map { String($0.dropLast(5)) })
    }

    static func contents(of directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            files[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return files
    }

    @Test(arguments: ["md", "html", "txt", "json"])
    func manyInOneRunAreTheFilesOfOneAtATime(_ format: String) throws {
        let (root, store, ids) = try Self.demoStore()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(ids.count > 10)

        let alone = root.appendingPathComponent("alone")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        for id in ids {
            let one = try CLI.run(
                ["export", id, "--format", format, "-o", alone.appendingPathComponent("\(id).\(format)").path],
                store: store)
            #expect(one.status == 0, "\(one.stderr)")
        }
        let expected = try Self.contents(of: alone)
        #expect(expected.count == ids.count)

        // The ids in reverse, one of them twice: the same files, the count as given.
        let given = ids.reversed() + [ids[0]]
        let many = root.appendingPathComponent("many")
        let result = try CLI.run(["export"] + given + ["--format", format, "-o", many.path], store: store)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.contents(of: many) == expected)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "Записано: \(many.path)")
        #expect(lines.contains("Экспортировано дел: \(given.count)"))

        let all = root.appendingPathComponent("all")
        let everything = try CLI.run(["export", "--all", "--format", format, "-o", all.path], store: store)
        #expect(everything.status == 0, "\(everything.stderr)")
        #expect(try Self.contents(of: all) == expected)
        for name in expected.keys {
            let attributes = try FileManager.default.attributesOfItem(atPath: all.appendingPathComponent(name).path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
        }
    }

    @Test func anUnreadableIDGivenEndsTheRunBeforeAnyFileIsWritten() throws {
        let (root, store, ids) = try Self.demoStore()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")

        let missing = try CLI.run(
            ["export"] + ids.prefix(5) + ["SAK-2026-999999"] + ids.suffix(5) + ["--format", "md", "-o", out.path],
            store: store)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("дело SAK-2026-999999 не найдено"), "\(missing.stderr)")
        #expect(!missing.stderr.contains("Записано"))
        #expect(!FileManager.default.fileExists(atPath: out.path))

        // A malformed id after a missing one: the first in the order given is reported.
        let both = try CLI.run(
            ["export", ids[0], "SAK-2026-999998", "nonsense", "--format", "md", "-o", out.path], store: store)
        #expect(both.status != 0)
        #expect(both.stderr.contains("SAK-2026-999998"))
        #expect(!both.stderr.contains("nonsense"))
        #expect(!FileManager.default.fileExists(atPath: out.path))

        // Into an existing directory: nothing is added to it either.
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let again = try CLI.run(["export", ids[0], ids[1], "nonsense", "--format", "md", "-o", out.path], store: store)
        #expect(again.status != 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)

        // Without -o, the unreadable id is still what is reported first.
        let noOutput = try CLI.run(["export", ids[0], "SAK-2026-999999", "--format", "md"], store: store)
        #expect(noOutput.stderr.contains("SAK-2026-999999"))
    }

    @Test func allSkipsADamagedCaseReportsItFirstAndExitsOne() throws {
        let (root, store, ids) = try Self.demoStore()
        defer { try? FileManager.default.removeItem(at: root) }
        let damaged = ids[3]
        try Data("{ not json".utf8).write(to: store.appendingPathComponent("cases/\(damaged).json"))
        let out = root.appendingPathComponent("out")
        let result = try CLI.run(["export", "--all", "--format", "md", "-o", out.path], store: store)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Пропущено: \(damaged).json") == true, "\(result.stderr)")
        #expect(lines.dropFirst().first == "Записано: \(out.path)")
        #expect(lines.contains("Экспортировано дел: \(ids.count - 1)"))
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written == ids.filter { $0 != damaged }.map { "\($0).md" })
    }

    /// Thousands of ids skip the argument parser's slow path (ManyIDs); wherever the options
    /// stand, and whatever the output is called, the export is the same.
    @Test func idsAmongOptionsInAnyOrderExportTheSame() throws {
        let (root, store, ids) = try Self.demoStore()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = root.appendingPathComponent("first")
        let plain = try CLI.run(["export"] + ids + ["--format", "md", "-o", first.path], store: store)
        #expect(plain.status == 0, "\(plain.stderr)")
        let expected = try Self.contents(of: first)
        #expect(expected.count == ids.count)

        // Options first, `--format=md`, and an output directory named like a case id.
        let idLike = root.appendingPathComponent("SAK-2026-000999")
        let mixed = try CLI.run(
            ["export", "--format=md", ids[0], "--redact", "-o", idLike.path] + ids.dropFirst(), store: store)
        #expect(mixed.status == 0, "\(mixed.stderr)")
        #expect(try Self.contents(of: idLike).keys.sorted() == expected.keys.sorted())
        let again = root.appendingPathComponent("again")
        let unredacted = try CLI.run(["export", "--format", "md", "-o", again.path] + ids, store: store)
        #expect(try Self.contents(of: again) == expected, "\(unredacted.stderr)")

        // A malformed id among many: the parser's own path, the same refusal as for it alone.
        let bad = try CLI.run(
            ["export"] + ids + ["SAK-2026-00001", "--format", "md", "-o", root.path + "/bad"], store: store)
        let alone = try CLI.run(
            ["export", "SAK-2026-00001", "--format", "md", "-o", root.path + "/bad1"], store: store)
        #expect(bad.status != 0 && bad.status == alone.status)
        #expect(bad.stderr == alone.stderr)
        #expect(!FileManager.default.fileExists(atPath: root.path + "/bad"))
    }
}
