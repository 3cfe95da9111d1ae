import CareerDeskTestSupport
import Foundation
import Testing

@testable import CareerDeskCore

/// Version 1 files are read as version 2: every one in Tests/Fixtures and data/demo.
@Suite struct CaseMigrationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func versionOneFiles() -> [URL] {
        var files: [URL] = []
        for folder in ["Tests/Fixtures", "data/demo"] {
            let enumerator = FileManager.default.enumerator(
                at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                guard url.pathExtension == "json", let data = try? Data(contentsOf: url),
                    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                    object["schemaVersion"] as? Int == 1, object["kind"] == nil
                else { continue }
                files.append(url)
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    static let newKeys = ["followUps", "payments", "hardshipPauses", "unreportedIncome", "hardshipPauseMonths"]

    @Test func everyVersionOneFileIsMigratedOrRefusedForItsOwnFault() throws {
        let files = Self.versionOneFiles()
        #expect(files.filter { $0.path.contains("data/demo") }.count >= 16)
        let validator = try JSONSchemaValidator.caseFileSchema()
        var migrated = 0
        for url in files {
            let data = try Data(contentsOf: url)
            do {
                let item = try CaseFileReader.decode(data)
                migrated += 1
                #expect(item.schemaVersion == 2)
                if let contract = item.contract {
                    #expect(contract.followUps.isEmpty && contract.payments.isEmpty && contract.hardshipPauses.isEmpty)
                    #expect(contract.terms.unreportedIncome == .paused)
                    #expect(contract.terms.hardshipPauseMonths == 12)
                    #expect(contract.previousVersions.allSatisfy { $0.terms.unreportedIncome == .paused })
                }
                // Written again, it is a version 2 file the schema accepts and that reads back the same.
                let written = try CaseCoding.encoder().encode(item)
                #expect(
                    validator.errors(in: written).isEmpty, "\(url.lastPathComponent): \(validator.errors(in: written))")
                #expect(try CaseFileReader.decode(written) == item)
            } catch {
                // A hostile fixture is refused, but never for a key the migration added.
                let text = "\(error)"
                #expect(!Self.newKeys.contains { text.contains($0) }, "\(url.lastPathComponent): \(text)")
            }
        }
        #expect(migrated >= 16)
    }

    @Test func aVersionTwoFileMustCarryTheNewKeys() throws {
        var item = StoreFixtures.fullCase()
        try item.contract?.move(to: .ready, by: "Петров", at: StoreFixtures.now)
        let text = String(decoding: try CaseCoding.encoder().encode(item), as: UTF8.self)
        let without = text.replacingOccurrences(of: "\"payments\" : [\n\n    ],", with: "")
            .replacingOccurrences(of: "\"payments\" : [],", with: "")
        #expect(without != text)
        #expect(throws: CaseFileError.field("contract.payments", .missing)) {
            try CaseFileReader.decode(Data(without.utf8))
        }
        // The same text as version 1 reads, with the list empty.
        let old = without.replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 1")
        #expect(try CaseFileReader.decode(Data(old.utf8)).contract?.payments == [])
    }
}
