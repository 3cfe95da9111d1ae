import Foundation
import Testing

@testable import CareerDeskCore

@Suite struct DemoCaseTests {
    static let cases: [Case] = {
        let dir = CatalogFixtures.dataDirectory.appendingPathComponent("demo")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".json") }
        return (names ?? []).sorted().map { name in
            do {
                let data = try Data(contentsOf: dir.appendingPathComponent(name))
                // Through the reader: the demo files are version 1, migrated on read.
                return try CaseFileReader.decode(data)
            } catch {
                fatalError("\(name): \(error)")
            }
        }
    }()

    let catalog = CatalogFixtures.catalog

    @Test func thereAreAtLeastTwelveAtEveryStage() {
        let cases = Self.cases
        #expect(cases.count >= 12)
        #expect(cases.contains { $0.guidance == nil })
        #expect(cases.contains { $0.guidance != nil && $0.course == nil })
        #expect(cases.contains { $0.course != nil && $0.contract == nil })
        #expect(cases.contains { $0.contract?.status == .draft })
        #expect(cases.contains { $0.contract?.status == .signed })
        #expect(cases.contains { $0.guidance?.track == .ownBusiness })
        #expect(Set(cases.map(\.seeker.region)).count >= 8)
        #expect(Set(cases.flatMap(\.seeker.priorityGroups)).count >= 5)
    }

    @Test(arguments: DemoCaseTests.cases)
    func aDemoCaseIsValidAgainstTheModelAndTheCatalog(_ item: Case) {
        #expect(item.schemaVersion == Case.currentSchemaVersion)
        #expect(item.id.region == item.seeker.region)
        #expect(SNILS.isValid(item.seeker.snils), "\(item.id): \(item.seeker.snils)")
        #expect(item.seeker.consent.given && item.seeker.consent.date != nil)
        #expect(item.seeker.fullName.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) })
        #expect(catalog.region(item.seeker.region) != nil)
        #expect(JobSeekerValidator(today: CatalogFixtures.today).validate(item.seeker).isEmpty)
        if let course = item.course {
            #expect(catalog.course(course.courseId)?.cost == course.cost)
        }
        if let contract = item.contract {
            let programme = catalog.programme(contract.programmeId)
            #expect(programme != nil)
            #expect(programme?.shareBasisPoints.contains(contract.terms.shareBasisPoints) == true)
            #expect(contract.terms.fundedAmount == item.course?.cost)
        }
    }

    @Test(arguments: DemoCaseTests.cases.filter { $0.guidance != nil })
    func theStoredProfileAndMeasuresAreWhatTheEngineComputes(_ item: Case) throws {
        let guidance = try #require(item.guidance)
        let engine = GuidanceEngine(catalog: catalog)
        let profile = try #require(engine.profile(answers: guidance.answers))
        #expect(guidance.riasec == profile.scores)
        #expect(guidance.hollandCode == profile.hollandCode)
        if let target = guidance.targetOccupation { #expect(catalog.occupation(target) != nil) }
        let day = LocalDate(try #require(guidance.completedAt), timeZone: TimeZone(identifier: "UTC")!)
        let eligible = SupportMeasures.eligible(
            catalog.supportMeasures, for: item.seeker, track: guidance.track, today: day)
        #expect(guidance.supportMeasures == eligible.map(\.id))
    }
}
