import CareerDeskTestSupport
import Foundation
import Testing

@testable import CareerDeskCore

/// docs/case-file.schema.json describes exactly what the store writes.
@Suite struct CaseSchemaTests {
    @Test func everyCaseTheStoreWritesMatchesTheSchema() throws {
        let store = try StoreFixtures.store()
        var profileOnly = try store.create(seeker: StoreFixtures.seeker(), caseworker: "Петров")
        profileOnly.seeker.phone = nil
        profileOnly.seeker.priorityGroups = PriorityGroup.allCases
        _ = try store.save(profileOnly, by: "Петров", lock: nil)
        var full = StoreFixtures.fullCase()
        try full.contract?.move(to: .ready, by: "Петров", at: StoreFixtures.now)
        try full.contract?.move(to: .signed, by: "Петров", at: StoreFixtures.now)
        _ = try store.insert(full, by: "Петров", replace: false)
        let errors = try schemaErrors(inStore: store.root)
        #expect(errors.isEmpty, "\(errors)")
        #expect(store.caseFiles().count == 2)
    }

    @Test func theSchemaCatchesWhatIsWrong() throws {
        let validator = try JSONSchemaValidator.caseFileSchema()
        var json = try #require(
            try JSONSerialization.jsonObject(with: CaseCoding.encoder().encode(StoreFixtures.fullCase()))
                as? [String: Any])
        #expect(validator.errors(in: try JSONSerialization.data(withJSONObject: json)).isEmpty)
        var seeker = json["seeker"] as! [String: Any]
        seeker["baselineIncome"] = "35000"
        seeker["nickname"] = "x"
        json["seeker"] = seeker
        json["stage"] = "done"
        json.removeValue(forKey: "notes")
        let errors = validator.errors(in: try JSONSerialization.data(withJSONObject: json))
        #expect(errors.contains { $0.hasPrefix("$.seeker.baselineIncome") })
        #expect(errors.contains { $0.contains("unexpected property nickname") })
        #expect(errors.contains { $0.hasPrefix("$.stage") })
        #expect(errors.contains { $0.contains("missing required notes") })
    }
}
