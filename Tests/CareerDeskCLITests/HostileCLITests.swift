import CareerDeskTestSupport
import Foundation
import Testing

/// Runs the real binary under `timeout -s KILL` (a hang is a failure, not a stuck test run) and
/// optionally under a given umask and file-size limit (`ulimit -f`, in the shell's blocks), with
/// the same frozen clock and user as `CLI.run`.
enum Guarded {
    static let limitSeconds = 120

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Killed by the timeout, or by a signal (a trap is SIGILL/SIGTRAP, seen as 128+n by sh).
        var crashedOrHung: Bool { status == 137 || status == 124 || status >= 128 }
    }

    static func run(
        _ arguments: [String], store: URL, umask: String? = nil, fileSizeLimit: Int? = nil,
        environment: [String: String] = [:]
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let prefix = (umask.map { "umask \($0); " } ?? "") + (fileSizeLimit.map { "ulimit -f \($0); " } ?? "")
        // Under a file-size limit SIGXFSZ is put back to its default (the test runner may ignore
        // it, and an ignored signal is inherited), so only the binary's own handling counts.
        let reset = fileSizeLimit == nil ? "" : "env --default-signal=XFSZ "
        process.arguments =
            ["-c", prefix + "exec \(reset)timeout -s KILL \(limitSeconds) \"$0\" \"$@\"", CLI.binary.path]
            + arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["CAREERDESK_NOW"] = "2026-11-23T10:00:00Z"
        env["USER"] = "test-officer"
        env["CAREERDESK_STORE"] = store.path
        env.removeValue(forKey: "CAREERDESK_LANG")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("guarded-\(UUID().uuidString).out")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("guarded-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    static let fixtures: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("Fixtures/hostile")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        fatalError("Tests/Fixtures/hostile not found above \(#filePath)")
    }()

    static func corpus(_ folder: String) -> [URL] {
        let directory = fixtures.appendingPathComponent(folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
            .map { directory.appendingPathComponent($0) }
    }

    /// Escape sequences, C1 controls and bidi overrides: what must never reach a terminal.
    static func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" && $0 != "\u{0C}")
                || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
                || (0x2066...0x2069).contains($0.value)
        }
    }

    /// Every path under `directory`, relative, sorted.
    static func tree(_ directory: URL) -> [String] {
        let names = FileManager.default.enumerator(atPath: directory.path)?.compactMap { $0 as? String } ?? []
        return names.sorted()
    }
}

/// The hostile corpus through the real binary: import, list, show, validate, print and export
/// neither crash nor hang, never write outside the store, and never pass escapes to the terminal.
@Suite struct HostileCLITests {
    let root = makeTempDirectory("hostile-cli")
    var store: URL { root.appendingPathComponent("store") }

    /// A store holding one good case, the escape-laden case, and every corpus file under a case-like name.
    func crowdedStore() throws -> [String] {
        let cases = store.appendingPathComponent("cases")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Guarded.fixtures.appendingPathComponent("case-files/escapes-and-bidi.json"),
            to: cases.appendingPathComponent("SAK-2026-000101.json"))
        var bad: [String] = []
        for (index, file) in Guarded.corpus("case-files").enumerated()
        where file.lastPathComponent != "escapes-and-bidi.json" {
            let name = String(format: "PER-2026-%06d.json", 900 + index)
            try FileManager.default.copyItem(at: file, to: cases.appendingPathComponent(name))
            bad.append(name)
        }
        // A file name that is itself an escape sequence.
        try Data("{}".utf8).write(to: cases.appendingPathComponent("\u{1B}]0;owned\u{07}\u{1B}[2J.json"))
        return bad
    }

    @Test func importingEveryCorpusFileNeverCrashesHangsOrEscapesTheStore() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        for file in Guarded.corpus("case-files") {
            let result = try Guarded.run(["import", file.path, "--lang", "en"], store: store)
            #expect(!result.crashedOrHung, "\(file.lastPathComponent): status \(result.status) \(result.stderr)")
            #expect(result.status == 0 || result.status == 1, "\(file.lastPathComponent)")
            if result.status != 0 {
                #expect(result.stderr.contains("not imported:"), "\(file.lastPathComponent): \(result.stderr)")
            }
            #expect(!Guarded.hasControls(result.stdout + result.stderr), "\(file.lastPathComponent)")
        }
        // Only the store and only case-shaped names inside it: no ../, no absolute path was followed.
        #expect(Guarded.tree(root).allSatisfy { $0 == "store" || $0.hasPrefix("store/") })
        let names = Guarded.tree(store.appendingPathComponent("cases"))
        #expect(
            names.allSatisfy {
                $0.range(of: #"^[A-Z]{3}-[0-9]{4}-[0-9]{6}\.json$"#, options: .regularExpression) != nil
            })
    }

    @Test func aCrowdedStoreStillListsShowsAndValidates() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let bad = try crowdedStore()
        let list = try Guarded.run(["list", "--lang", "en"], store: store)
        #expect(!list.crashedOrHung && list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("SAK-2026-000101"))
        for name in bad {
            // Files that load (BOMs) are listed; the rest are named on stderr.
            #expect(list.stderr.contains(name) || list.stdout.contains(name.prefix(15)), "\(name)")
        }
        #expect(!Guarded.hasControls(list.stderr), "a file name or a reason passed an escape to the terminal")

        let validate = try Guarded.run(["validate", "--lang", "en"], store: store)
        #expect(!validate.crashedOrHung && validate.status == 1)
        for name in bad {
            #expect(validate.stdout.contains(name) || validate.stdout.contains(name.prefix(15)), "\(name)")
        }
        #expect(!Guarded.hasControls(validate.stdout + validate.stderr))

        let show = try Guarded.run(["show", "SAK-2026-000101", "--lang", "en"], store: store)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Evil \u{FFFD}[2J"))
        #expect(!Guarded.hasControls(show.stdout))
    }

    @Test func listTextOutputNeutralisesEscapesInNames() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try crowdedStore()
        let list = try Guarded.run(["list", "--lang", "en"], store: store)
        #expect(list.stdout.contains("SAK-2026-000101"))
        #expect(!Guarded.hasControls(list.stdout))
    }

    @Test func printAndExportOfAHostileCaseCarryNoEscapes() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try crowdedStore()
        let printed = try Guarded.run(
            ["print", "SAK-2026-000101", "--document", "consent", "--to", "-", "--lang", "en"], store: store)
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.contains("Evil \u{FFFD}[2J"))
        #expect(!Guarded.hasControls(printed.stdout + printed.stderr))
        for format in ["txt", "md", "html", "csv"] {
            let export = try Guarded.run(
                ["export", "SAK-2026-000101", "--format", format, "--lang", "en"], store: store)
            #expect(export.status == 0, "\(format): \(export.stderr)")
            #expect(!Guarded.hasControls(export.stdout), "\(format)")
            if format == "html" || format == "md" { #expect(!export.stdout.contains("<script>"), "\(format)") }
        }
        let csv = try Guarded.run(["export", "SAK-2026-000101", "--format", "csv", "--lang", "en"], store: store)
        #expect(csv.stdout.contains("'@SUM(1+1)"), "the course title's formula is defused")
    }

    @Test func hugeAndDeepFilesInTheStoreAreRefusedQuickly() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let cases = store.appendingPathComponent("cases")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        var huge = Data("{\"schemaVersion\": 1, \"id\": \"SAK-2026-000001\", \"notes\": \"".utf8)
        huge.append(Data(repeating: UInt8(ascii: "A"), count: 100 * 1_048_576))
        huge.append(Data("\"}".utf8))
        try huge.write(to: cases.appendingPathComponent("SAK-2026-000001.json"))
        var deep = Data("{\"schemaVersion\": 1, \"notes\": ".utf8)
        deep.append(Data(repeating: UInt8(ascii: "["), count: 100_000))
        deep.append(Data(repeating: UInt8(ascii: "]"), count: 100_000))
        deep.append(Data("}".utf8))
        try deep.write(to: cases.appendingPathComponent("SAK-2026-000002.json"))
        let deepImport = root.appendingPathComponent("deep.json")
        try deep.write(to: deepImport)

        let validate = try Guarded.run(["validate", "--lang", "en"], store: store)
        #expect(!validate.crashedOrHung && validate.status == 1)
        #expect(validate.stdout.contains("SAK-2026-000001.json: file too large (100 MB, limit 8 MB)"))
        #expect(validate.stdout.contains("SAK-2026-000002.json: nested deeper than 64 levels"))
        let show = try Guarded.run(["show", "SAK-2026-000001", "--lang", "en"], store: store)
        #expect(show.status == 1 && show.stderr.contains("file too large"))
        let imported = try Guarded.run(["import", deepImport.path, "--lang", "en"], store: store)
        #expect(imported.status == 1 && imported.stderr.contains("nested deeper than 64 levels"))
        // Never overwritten, even by a replace.
        let attrs = try FileManager.default.attributesOfItem(
            atPath: cases.appendingPathComponent("SAK-2026-000001.json").path)
        #expect((attrs[.size] as? Int) == huge.count)
    }

    @Test func idsWithPathsAreRefusedBeforeAnyFileIsTouched() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        for id in ["../../etc/passwd", "SAK-2026-000001/../../x", "/etc/passwd", "..", "SAK-2026-00000\u{1B}[2J"] {
            for command in [
                ["show", id], ["print", id, "--to", "-"], ["export", id, "--format", "txt"], ["anonymise", id],
            ] {
                let result = try Guarded.run(command + ["--lang", "en"], store: store)
                #expect(result.status == 1, "\(command)")
                #expect(result.stderr.contains("is not a case id"), "\(command): \(result.stderr)")
                #expect(!Guarded.hasControls(result.stderr))
            }
        }
        #expect(Guarded.tree(root).allSatisfy { $0 == "store" || $0.hasPrefix("store/") })
    }

    @Test func symlinksPlantedInTheStoreAreNotFollowedForWriting() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let created = try Guarded.run(
            [
                "new", "--name", "Ёлкина Анна Сергеевна", "--birth-date", "12.03.1990", "--snils", "112-233-445 95",
                "--region", "SAK", "--consent",
            ], store: store)
        #expect(created.status == 0, "\(created.stderr)")
        let export = root.appendingPathComponent("case.json")
        _ = try Guarded.run(["export", "SAK-2026-000001", "--format", "json", "-o", export.path], store: store)
        let victim = root.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        chmod(victim.path, 0o644)
        // A lock file and the audit log replaced by symlinks to a file outside the store.
        let lock = store.appendingPathComponent("locks/SAK-2026-000001.lock")
        try? FileManager.default.removeItem(at: lock)
        try FileManager.default.createSymbolicLink(at: lock, withDestinationURL: victim)
        let audit = store.appendingPathComponent("audit.log")
        try FileManager.default.removeItem(at: audit)
        try FileManager.default.createSymbolicLink(at: audit, withDestinationURL: victim)
        let replaced = try Guarded.run(["import", "--replace", export.path, "--lang", "en"], store: store)
        #expect(!replaced.crashedOrHung)
        #expect(replaced.status == 1, "refused rather than writing through the link")
        #expect(replaced.stderr.contains("audit.log is a symbolic link"), "the store is refused: \(replaced.stderr)")
        // The lock file alone planted as a link: the lock refuses to follow it.
        try FileManager.default.removeItem(at: audit)
        let lockOnly = try Guarded.run(["import", "--replace", export.path, "--lang", "en"], store: store)
        #expect(lockOnly.status == 1)
        #expect(lockOnly.stderr.contains("SAK-2026-000001.lock"), "\(lockOnly.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
        let mode = (try FileManager.default.attributesOfItem(atPath: victim.path)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o644, "the file outside the store keeps its permissions")
    }

    @Test func catalogImportsWithFormulasAreRefusedNamingTheCell() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let repoData = Guarded.fixtures.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("data")
        for name in try FileManager.default.contentsOfDirectory(atPath: repoData.path)
        where name.hasSuffix(".json") || name == "programmes" {
            try FileManager.default.copyItem(
                at: repoData.appendingPathComponent(name), to: data.appendingPathComponent(name))
        }
        let before = try Data(contentsOf: data.appendingPathComponent("courses.json"))
        for file in Guarded.corpus("catalog-csv") where file.lastPathComponent.hasPrefix("formula-") {
            let target = file.lastPathComponent.contains("occupation") ? "occupations" : "courses"
            let result = try Guarded.run(
                ["catalog", "import", target, file.path, "--data", data.path, "--lang", "en"], store: store)
            #expect(!result.crashedOrHung)
            #expect(result.status == 1, "\(file.lastPathComponent)")
            #expect(result.stderr.contains(":2: "), "\(file.lastPathComponent): \(result.stderr)")
            #expect(result.stderr.contains("as spreadsheet formulas do"), "\(file.lastPathComponent): \(result.stderr)")
        }
        #expect(try Data(contentsOf: data.appendingPathComponent("courses.json")) == before, "nothing written")
    }
}
