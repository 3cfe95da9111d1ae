import CareerDeskTestSupport
import Foundation
import Testing

/// Private data through the real binary: file modes whatever the umask, no personal value in
/// the audit log or any message (error paths included), a personal-data notice on every export
/// and print, `--redact`, and `anonymise`.
@Suite struct PrivacyCLITests {
    let root = makeTempDirectory("privacy-cli")
    var store: URL { root.appendingPathComponent("store") }

    static let name = "Ёлкина Анна Сергеевна"
    /// Every spelling of the seeker's values that could leak.
    static let personal = [
        name, "Ёлкина", "112-233-445 95", "11223344595", "+79141234567", "8 914 123-45-67", "89141234567",
        "anna@example.ru", "1990-03-12", "12.03.1990",
    ]

    func newCase(umask: String? = nil) throws -> Guarded.Outcome {
        try Guarded.run(
            [
                "new", "--name", Self.name, "--birth-date", "12.03.1990", "--snils", "112-233-445 95", "--region",
                "SAK",
                "--phone", "8 914 123-45-67", "--email", "anna@example.ru", "--income", "35000", "--consent",
            ], store: store, umask: umask)
    }

    func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int) ?? -1
    }

    @Test(arguments: ["000", "077", "022"]) func storeAndExportFilesArePrivateWhateverTheUmask(_ umask: String) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try newCase(umask: umask).status == 0)
        let exported = root.appendingPathComponent("out")
        let export = try Guarded.run(
            ["export", "--all", "--format", "md", "-o", exported.path], store: store, umask: umask)
        #expect(export.status == 0, "\(export.stderr)")
        let file = root.appendingPathComponent("case.html")
        #expect(
            try Guarded.run(
                ["export", "SAK-2026-000001", "--format", "html", "-o", file.path], store: store, umask: umask
            )
            .status == 0)
        let printed = root.appendingPathComponent("plan.txt")
        #expect(
            try Guarded.run(
                ["print", "SAK-2026-000001", "--document", "consent", "--to", printed.path], store: store, umask: umask
            )
            .status == 0)
        for directory in [
            store.path, store.appendingPathComponent("cases").path, store.appendingPathComponent("locks").path,
            exported.path,
        ] {
            #expect(mode(directory) == 0o700, "\(directory) under umask \(umask)")
        }
        var files = Guarded.tree(store).map { store.appendingPathComponent($0).path }.filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        files += [exported.appendingPathComponent("SAK-2026-000001.md").path, file.path, printed.path]
        #expect(files.contains { $0.hasSuffix("audit.log") } && files.contains { $0.hasSuffix(".lock") })
        for path in files { #expect(mode(path) == 0o600, "\(path) under umask \(umask)") }
    }

    @Test func noPersonalValueInTheAuditLogOrAnyMessageIncludingErrors() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        var said: [String] = []
        func run(_ arguments: [String], status expected: Int32? = nil) throws {
            let result = try Guarded.run(arguments + ["--lang", "en"], store: store)
            if let expected { #expect(result.status == expected, "\(arguments): \(result.stderr)") }
            said.append(result.stderr)
        }
        let created = try newCase()
        #expect(created.status == 0)
        said.append(created.stderr)
        // Error paths: a duplicate SNILS, a malformed birth date, bad data, a missing case.
        try run(
            [
                "new", "--name", Self.name, "--birth-date", "12.03.1990", "--snils", "112-233-445 95", "--region",
                "SAK", "--consent",
            ], status: 1)
        try run(
            [
                "new", "--name", Self.name, "--birth-date", "1990-3-12", "--snils", "112-233-445 95", "--region", "SAK",
                "--consent",
            ], status: 1)
        try run(
            [
                "new", "--name", Self.name, "--birth-date", "12.03.1990", "--snils", "112-233-445 96", "--region",
                "SAK", "--phone", "12", "--email", "anna@", "--consent",
            ], status: 1)
        try run(["show", "SAK-2026-000009"], status: 1)
        // Import: an existing id, then a damaged copy (a bad birth date, a bad status).
        let export = root.appendingPathComponent("case.json")
        try run(["export", "SAK-2026-000001", "--format", "json", "-o", export.path], status: 0)
        try run(["import", export.path], status: 1)
        var text = try String(contentsOf: export, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"1990-03-12\"", with: "\"12.03.1990\"")
        try text.write(to: export, atomically: true, encoding: .utf8)
        try run(["import", "--replace", export.path], status: 1)
        // A case file in the store that the validator refuses, and one the reader refuses.
        var bad = try String(contentsOf: store.appendingPathComponent("cases/SAK-2026-000001.json"), encoding: .utf8)
        bad = bad.replacingOccurrences(of: "SAK-2026-000001", with: "SAK-2026-000002")
            .replacingOccurrences(of: "\"1990-03-12\"", with: "\"1900-03-12\"")
        try bad.write(to: store.appendingPathComponent("cases/SAK-2026-000002.json"), atomically: true, encoding: .utf8)
        try bad.replacingOccurrences(of: "SAK-2026-000002", with: "SAK-2026-000003")
            .replacingOccurrences(of: "\"1900-03-12\"", with: "\"12/03/1990\"")
            .write(to: store.appendingPathComponent("cases/SAK-2026-000003.json"), atomically: true, encoding: .utf8)
        try run(["validate"], status: 1)
        try run(["list"], status: 0)
        try run(["show", "SAK-2026-000003"], status: 1)
        try run(
            ["print", "SAK-2026-000001", "--document", "consent", "--to", root.appendingPathComponent("c.txt").path],
            status: 0)
        try run(["anonymise", "SAK-2026-000001"], status: 1)
        try run(["anonymise", "SAK-2026-000001", "--withdraw-consent"], status: 0)

        let audit = try String(contentsOf: store.appendingPathComponent("audit.log"), encoding: .utf8)
        #expect(audit.contains("\"action\":\"anonymise\""))
        for value in Self.personal {
            #expect(!audit.contains(value), "audit log holds \(value)")
            for message in said { #expect(!message.contains(value), "a message holds \(value): \(message)") }
        }
        // The validator's messages for the bad copies, on stdout, name fields and the age only.
        let validate = try Guarded.run(["validate", "--lang", "en"], store: store)
        #expect(validate.stdout.contains("SAK-2026-000002.json: seeker.birthDate"))
        #expect(validate.stdout.contains("SAK-2026-000003.json: field seeker.birthDate: date must be YYYY-MM-DD\n"))
        for value in Self.personal where value != Self.name && value != "Ёлкина" {
            #expect(!validate.stdout.contains(value))
        }
    }

    @Test func everyExportAndPrintSaysItHoldsPersonalData() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try newCase().status == 0)
        for language in ["ru", "en"] {
            let notice = language == "ru" ? "персональные данные" : "personal data"
            for format in ["txt", "md", "html", "json", "csv"] {
                let result = try Guarded.run(
                    ["export", "SAK-2026-000001", "--format", format, "--lang", language], store: store)
                #expect(result.status == 0, "\(format): \(result.stderr)")
                #expect(result.stderr.contains(notice), "\(format) \(language): stderr")
                switch format {
                case "json": #expect(result.stdout.contains("\"containsPersonalData\" : true"))
                case "csv": break  // a register is a table: the notice goes to stderr, not into a cell
                default: #expect(result.stdout.contains(notice), "\(format) \(language): in the document")
                }
            }
            for document in ["contract", "consent", "plan"] {
                let result = try Guarded.run(
                    ["print", "SAK-2026-000001", "--document", document, "--to", "-", "--lang", language], store: store)
                if result.status != 0 { continue }  // the contract summary needs a contract
                #expect(result.stdout.contains(notice), "\(document) \(language)")
                #expect(result.stderr.contains(notice), "\(document) \(language): stderr")
            }
        }
    }

    @Test func redactMasksIdentifiersInExportAndPrint() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try newCase().status == 0)
        var outputs: [String] = []
        for format in ["txt", "md", "html"] {
            let result = try Guarded.run(
                ["export", "SAK-2026-000001", "--format", format, "--redact", "--lang", "en"], store: store)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("masked (--redact)"))
            outputs.append(result.stdout)
        }
        let printed = try Guarded.run(
            ["print", "SAK-2026-000001", "--document", "consent", "--to", "-", "--redact", "--lang", "ru"], store: store
        )
        #expect(printed.status == 0)
        outputs.append(printed.stdout)
        for output in outputs {
            for value in Self.personal where !value.hasPrefix("Ёлкина") { #expect(!output.contains(value), "\(value)") }
            #expect(
                output.contains("***-***-*** 95") || output.contains(#"\*\*\*-\*\*\*-\*\*\* 95"#), "Markdown escapes *")
            #expect(output.contains("1990"))
            #expect(output.contains(Self.name), "the name stays: the document is still about a person")
        }
        #expect(outputs[0].contains("+7 *** ***-**-67") && outputs[0].contains("a***@***.ru"))
        let plain = try Guarded.run(["export", "SAK-2026-000001", "--format", "txt", "--lang", "en"], store: store)
        #expect(plain.stdout.contains("112-233-445 95"), "without --redact nothing is masked")
        let json = try Guarded.run(
            ["export", "SAK-2026-000001", "--format", "json", "--redact", "--lang", "en"], store: store)
        #expect(json.status == 1 && json.stderr.contains("--redact does not apply to json"))
        #expect(json.stdout.isEmpty)
    }

    @Test func anonymiseNeedsWithdrawnConsentThenKeepsOnlyStatistics() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try newCase().status == 0)
        let refused = try Guarded.run(["anonymise", "SAK-2026-000001", "--lang", "en"], store: store)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("consent to personal-data processing has not been withdrawn"))
        let before = try Data(contentsOf: store.appendingPathComponent("cases/SAK-2026-000001.json"))

        let done = try Guarded.run(
            ["anonymise", "SAK-2026-000001", "--withdraw-consent", "--withdrawn-on", "20.11.2026", "--lang", "en"],
            store: store)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("withdrawal of consent recorded (2026-11-20)"))
        #expect(done.stdout.contains("case SAK-2026-000001 anonymised"))
        let after = try Data(contentsOf: store.appendingPathComponent("cases/SAK-2026-000001.json"))
        #expect(after != before)
        let text = String(decoding: after, as: UTF8.self)
        for value in Self.personal { #expect(!text.contains(value), "\(value) left in the case file") }
        let json = try #require(try JSONSerialization.jsonObject(with: after) as? [String: Any])
        let seeker = try #require(json["seeker"] as? [String: Any])
        #expect(seeker["birthDate"] as? String == "1990-01-01")
        #expect(seeker["region"] as? String == "SAK" && seeker["baselineIncome"] as? String == "35000.00")
        #expect((seeker["consent"] as? [String: Any])?["withdrawnOn"] as? String == "2026-11-20")
        #expect(try schemaErrors(inStore: store).isEmpty)
        #expect(try Guarded.run(["validate"], store: store).status == 0)

        let again = try Guarded.run(
            ["anonymise", "SAK-2026-000001", "--withdraw-consent", "--lang", "en"], store: store)
        #expect(again.status == 1 && again.stderr.contains("already anonymised"))
        let audit = try String(contentsOf: store.appendingPathComponent("audit.log"), encoding: .utf8)
        let lines = audit.split(separator: "\n").filter { $0.contains("\"anonymise\"") }
        #expect(lines.count == 1 && lines[0].contains("\"caseId\":\"SAK-2026-000001\""))
    }
}
