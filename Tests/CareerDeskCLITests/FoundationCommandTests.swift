import CareerDeskTestSupport
import Foundation
import Testing

/// `new`, `list`, `show`, `import`, `validate` as a person at a shell uses them.
@Suite struct FoundationCommandTests {
    let store = makeTempDirectory("cli")

    func newCase(_ extra: [String] = [], snils: String = "112-233-445 95") throws -> CLI.Result {
        try CLI.run(
            [
                "new", "--name", "Ёлкина Анна Сергеевна", "--birth-date", "12.03.1990", "--snils", snils, "--region",
                "SAK", "--income", "35 000", "--phone", "8 914 123-45-67", "--consent",
            ] + extra, store: store)
    }

    @Test func newPrintsTheIDAndWritesAValidCaseFile() throws {
        let result = try newCase()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "SAK-2026-000001\n")
        let file = store.appendingPathComponent("cases/SAK-2026-000001.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let seeker = try #require(json["seeker"] as? [String: Any])
        #expect(seeker["fullName"] as? String == "Ёлкина Анна Сергеевна")
        #expect(seeker["baselineIncome"] as? String == "35000.00")
        #expect(seeker["phone"] as? String == "+79141234567")
        #expect(seeker["birthDate"] as? String == "1990-03-12")
        #expect(json["caseworker"] as? String == "test-officer")
        #expect(try schemaErrors(inStore: store).isEmpty)
    }

    @Test func aDuplicateSNILSIsRefusedWithTheExistingID() throws {
        _ = try newCase()
        let again = try newCase()
        #expect(again.status != 0)
        #expect(again.stderr.contains("SAK-2026-000001"))
        #expect(again.stdout.isEmpty)
        let allowed = try newCase(["--allow-duplicate"])
        #expect(allowed.stdout == "SAK-2026-000002\n")
    }

    @Test func badInputGetsEveryProblemAndNoFile() throws {
        let result = try CLI.run(
            [
                "new", "--name", "Анна", "--birth-date", "01.01.2020", "--snils", "112-233-445 96", "--region", "SAK",
                "--email", "nope", "--consent",
            ], store: store)
        #expect(result.status == 1)
        #expect(result.stderr.contains("seeker.birthDate"))
        #expect(result.stderr.contains("seeker.snils"))
        #expect(result.stderr.contains("seeker.email"))
        #expect(!result.stderr.contains("Fatal error"))
        let files =
            (try? FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent("cases").path)) ?? []
        #expect(files.isEmpty)
    }

    @Test func withoutConsentNothingIsSaved() throws {
        let result = try CLI.run(
            ["new", "--name", "Анна", "--birth-date", "01.01.1990", "--snils", "112-233-445 95", "--region", "SAK"],
            store: store, environment: ["LANG": "en_US.UTF-8"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--consent"))
    }

    @Test func listAndShowInJSONAndText() throws {
        _ = try newCase()
        _ = try newCase(snils: "087-654-303 00")
        let list = try CLI.run(["list", "--json"], store: store)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["SAK-2026-000001", "SAK-2026-000002"])
        let text = try CLI.run(["list"], store: store, environment: ["LANG": "en_US.UTF-8"])
        #expect(text.stdout.contains("Ёлкина Анна Сергеевна"))
        #expect(text.stdout.contains("Total: 2"))
        let closed = try CLI.run(["list", "--status", "closed", "--json"], store: store)
        #expect(try JSONSerialization.jsonObject(with: Data(closed.stdout.utf8)) as? [Any] != nil)
        #expect(!closed.stdout.contains("SAK-2026"))

        let show = try CLI.run(["show", "SAK-2026-000002", "--json"], store: store)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(json["id"] as? String == "SAK-2026-000002")
        #expect(json["schemaVersion"] as? Int == 2)
        let card = try CLI.run(["show", "SAK-2026-000001"], store: store)
        #expect(card.stdout.contains("СНИЛС: 112-233-445 95"))
        let missing = try CLI.run(["show", "SAK-2026-000099"], store: store)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("SAK-2026-000099"))
        let hostile = try CLI.run(["show", "../../etc/passwd"], store: store)
        #expect(hostile.status == 1)
        #expect(!hostile.stdout.contains("root:"))
    }

    @Test func importValidatesAndRefusesAnExistingIDUnlessReplacing() throws {
        _ = try newCase()
        let exported = try CLI.run(["show", "SAK-2026-000001", "--json"], store: store).stdout
        let other = makeTempDirectory("cli-import")
        let file = other.appendingPathComponent("case.json")
        try Data(exported.utf8).write(to: file)
        let first = try CLI.run(["import", file.path], store: other)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("SAK-2026-000001"))
        let again = try CLI.run(["import", file.path], store: other)
        #expect(again.status == 1)
        #expect(again.stderr.contains("--replace"))
        let replaced = try CLI.run(["import", "--replace", file.path], store: other)
        #expect(replaced.status == 0)

        var json = try #require(try JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [String: Any])
        var seeker = json["seeker"] as! [String: Any]
        seeker["snils"] = "112-233-445 96"
        json["seeker"] = seeker
        json["id"] = "SAK-2026-000077"
        let bad = other.appendingPathComponent("bad.json")
        try JSONSerialization.data(withJSONObject: json).write(to: bad)
        let broken = other.appendingPathComponent("broken.json")
        try Data("{\"schemaVersion\": 1, \"id\": ".utf8).write(to: broken)
        let result = try CLI.run(["import", bad.path, broken.path, file.path, "--replace"], store: other)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.json"))
        #expect(result.stderr.contains("seeker.snils"))
        #expect(result.stderr.contains("broken.json"))
        #expect(result.stdout.contains("case.json"))
        #expect(
            !FileManager.default.fileExists(atPath: other.appendingPathComponent("cases/SAK-2026-000077.json").path))
        #expect(try schemaErrors(inStore: other).isEmpty)
    }

    @Test func validateNamesEachBadFileAndExitsOne() throws {
        _ = try newCase()
        let clean = try CLI.run(["validate"], store: store)
        #expect(clean.status == 0)
        let cases = store.appendingPathComponent("cases")
        try Data([0xFF, 0x00, 0x13]).write(to: cases.appendingPathComponent("SAK-2026-000002.json"))
        try Data("{\"schemaVersion\": 3}".utf8).write(to: cases.appendingPathComponent("SAK-2026-000003.json"))
        let dirty = try CLI.run(["validate"], store: store, environment: ["LANG": "en_US.UTF-8"])
        #expect(dirty.status == 1)
        let lines = dirty.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix("SAK-2026-000002.json: not UTF-8 text"))
        #expect(lines[1].contains("SAK-2026-000003.json: schema version 3 is unknown"))
        #expect(dirty.stderr.contains("3 files checked, 2 with problems"))
        // the good case still lists
        let list = try CLI.run(["list", "--json"], store: store)
        #expect(list.stdout.contains("SAK-2026-000001"))
        #expect(list.stderr.contains("SAK-2026-000002.json"))
    }

    /// With no subcommand the desk starts; without a terminal it says so plainly (exit 2),
    /// before touching the screen, and points to the commands that work without one.
    @Test func noSubcommandWithoutATerminalSaysSoAndExitsTwo() throws {
        let result = try CLI.run([], store: store)
        #expect(result.status == 2)
        #expect(result.stderr.contains("терминал"))
        #expect(result.stderr.contains("careerdesk --help"))
        #expect(!result.stderr.contains("\u{1B}["))
    }
}
