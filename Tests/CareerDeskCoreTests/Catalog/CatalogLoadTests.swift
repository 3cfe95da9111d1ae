import Foundation
import Testing

@testable import CareerDeskCore

@Suite struct CatalogLoadTests {
    let catalog = CatalogFixtures.catalog

    @Test func everyFileLoadsWithTheSizesTheIssueAsksFor() {
        #expect(catalog.regions.count >= 12)
        #expect(catalog.occupations.count >= 60)
        #expect(catalog.courses.count >= 100)
        #expect(catalog.questionnaire.items.count >= 30)
        for type in HollandType.allCases {
            #expect(catalog.questionnaire.items.filter { $0.type == type }.count >= 5, "type \(type)")
        }
        #expect(catalog.questionnaire.scale.map(\.value) == [1, 2, 3, 4, 5])
        #expect(catalog.supportMeasures.count >= 7)
        #expect(catalog.ownBusiness.isOwnBusiness)
    }

    @Test func theRegionsOfTheSeedsArePresent() {
        #expect(catalog.region("SAK")?.name.en == "Sakhalin Oblast")
        #expect(catalog.region("MOW") != nil)
        let perm = catalog.region("PER")
        #expect(perm?.municipalities.contains { $0.ru == "Краснокамск" } == true)
    }

    @Test func crossReferencesResolve() {
        #expect(catalog.validate().isEmpty)
        for course in catalog.courses {
            #expect(course.isNationwideOnline || catalog.region(course.region) != nil, "\(course.id)")
            for code in course.occupations { #expect(catalog.occupation(code) != nil, "\(course.id) → \(code)") }
        }
        for occupation in catalog.outcomes {
            for skill in occupation.skills { #expect(catalog.skill(skill) != nil, "\(occupation.code) → \(skill)") }
            for region in occupation.regions.keys { #expect(catalog.region(region) != nil) }
        }
    }

    @Test func everyOccupationHasACourseAndSakhalinHasFishing() {
        for occupation in catalog.outcomes {
            #expect(!catalog.courses(for: occupation.code).isEmpty, "\(occupation.code) has no course")
        }
        let fishing = catalog.occupations.filter { $0.industry == "fishing" }
        #expect(fishing.count >= 4)
        #expect(fishing.allSatisfy { $0.figures(in: "SAK") != nil })
        #expect(catalog.courses.contains { $0.isNationwideOnline })
    }

    @Test func programmesLoadFromTheirFolder() {
        #expect(catalog.programme("earning-money-together") != nil)
        #expect(catalog.programme("classic-isa") != nil)
    }

    @Test func aBrokenReferenceIsReportedWithFileEntryAndField() throws {
        let dir = try CatalogFixtures.copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        var courses = catalog.courses
        courses[0].occupations = ["9999"]
        courses[1].region = "XXX"
        try Catalog.write(courses, to: dir.appendingPathComponent("courses.json"))
        #expect {
            try Catalog.load(from: dir)
        } throws: { error in
            guard case CatalogError.invalid(let problems) = error else { return false }
            return problems.map { $0.text(.en) } == [
                "courses.json: \(courses[0].id): occupations: unknown occupation code \"9999\"",
                "courses.json: \(courses[1].id): region: unknown region \"XXX\"",
            ]
        }
    }

    @Test func aMalformedFileNamesWhereItBreaks() throws {
        let dir = try CatalogFixtures.copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"[{"code": "SAK"}]"#.utf8).write(to: dir.appendingPathComponent("regions.json"))
        #expect {
            try Catalog.load(from: dir)
        } throws: { error in
            guard case CatalogError.unreadable(let path, let detail) = error else { return false }
            return path.hasSuffix("regions.json") && detail == "[0].name: missing"
        }
    }

    @Test func writingAndReadingAFileKeepsItsEntries() throws {
        let dir = try CatalogFixtures.copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Catalog.write(catalog.occupations, to: dir.appendingPathComponent("occupations.json"))
        let reloaded = try Catalog.load(from: dir)
        #expect(reloaded.occupations == catalog.occupations)
    }
}

@Suite struct CatalogLocatorTests {
    @Test func explicitDirectoryWinsAndMustBeACatalog() throws {
        let data = CatalogFixtures.dataDirectory
        let found = try CatalogLocator(explicit: data.path, environment: [:], executable: nil).locate()
        #expect(found.path == data.standardizedFileURL.path)
        #expect(throws: CatalogError.self) {
            try CatalogLocator(explicit: "/nonexistent", environment: [:], executable: nil).locate()
        }
    }

    @Test func environmentComesNext() throws {
        let data = CatalogFixtures.dataDirectory
        let found = try CatalogLocator(
            environment: ["CAREERDESK_DATA": data.path], executable: nil,
            currentDirectory: URL(fileURLWithPath: "/")
        ).locate()
        #expect(found.path == data.standardizedFileURL.path)
    }

    @Test func theSourceTreeIsFoundByWalkingUp() throws {
        let data = CatalogFixtures.dataDirectory
        let deep = data.deletingLastPathComponent().appendingPathComponent("Sources/CareerDeskCore/Catalog")
        let found = try CatalogLocator(environment: [:], executable: nil, currentDirectory: deep).locate()
        #expect(found.path == data.standardizedFileURL.path)
    }

    @Test func theInstalledShareDirectoryIsPreferredToTheSourceTree() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("careerdesk-prefix-\(getpid())")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let share = prefix.appendingPathComponent("share/careerdesk")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try Data("[]".utf8).write(to: share.appendingPathComponent("regions.json"))
        let exe = prefix.appendingPathComponent("bin/careerdesk")
        let found = try CatalogLocator(
            environment: [:], executable: exe, currentDirectory: CatalogFixtures.dataDirectory
        ).locate()
        #expect(found.path == share.standardizedFileURL.path)
    }
}
