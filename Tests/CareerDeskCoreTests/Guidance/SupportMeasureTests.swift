import Foundation
import Testing

@testable import CareerDeskCore

@Suite struct SupportMeasureTests {
    let measures = CatalogFixtures.catalog.supportMeasures
    let today = CatalogFixtures.today  // 2026-11-23

    func eligible(_ seeker: JobSeeker, track: Guidance.Track? = nil, on day: LocalDate? = nil) -> [String] {
        SupportMeasures.eligible(measures, for: seeker, track: track, today: day ?? today).map(\.id)
    }

    @Test func youthInternshipEndsOnThe25thBirthday() {
        let born = LocalDate(year: 2001, month: 11, day: 23)!
        let seeker = CatalogFixtures.seeker(birth: born)
        #expect(eligible(seeker, on: LocalDate(year: 2026, month: 11, day: 22)!).contains("youth-internship"))
        #expect(!eligible(seeker, on: LocalDate(year: 2026, month: 11, day: 23)!).contains("youth-internship"))
    }

    @Test func youthInternshipStartsOnThe18thBirthday() {
        let seeker = CatalogFixtures.seeker(birth: LocalDate(year: 2008, month: 11, day: 23)!)
        #expect(eligible(seeker).contains("youth-internship"))
        #expect(!eligible(seeker, on: LocalDate(year: 2026, month: 11, day: 22)!).contains("youth-internship"))
        #expect(eligible(seeker, on: LocalDate(year: 2026, month: 11, day: 22)!).contains("teen-temporary-work"))
        #expect(!eligible(seeker).contains("teen-temporary-work"))
    }

    @Test func longTermUnemploymentStartsAtTwelveWholeMonths() {
        let twelve = CatalogFixtures.seeker(unemployedSince: LocalDate(year: 2025, month: 11, day: 23)!)
        #expect(eligible(twelve).contains("long-term-unemployed-support"))
        let almost = CatalogFixtures.seeker(unemployedSince: LocalDate(year: 2025, month: 11, day: 24)!)
        #expect(!eligible(almost).contains("long-term-unemployed-support"))
        let employed = CatalogFixtures.seeker(
            status: .employed, unemployedSince: LocalDate(year: 2020, month: 1, day: 1)!)
        #expect(!eligible(employed).contains("long-term-unemployed-support"))
        let flagged = CatalogFixtures.seeker(unemployedSince: nil, groups: [.longTermUnemployed])
        #expect(eligible(flagged).contains("long-term-unemployed-support"))
    }

    @Test func theStartUpGrantNeedsTheOwnBusinessTrack() {
        let seeker = CatalogFixtures.seeker()
        #expect(!eligible(seeker, track: .employment).contains("self-employment-grant"))
        #expect(eligible(seeker, track: .ownBusiness).contains("self-employment-grant"))
    }

    @Test func theMatchedRuleIsExplainedWithTheSeekersValues() throws {
        let seeker = CatalogFixtures.seeker(unemployedSince: LocalDate(year: 2025, month: 5, day: 1)!)
        let all = SupportMeasures.eligible(measures, for: seeker, today: today)
        let benefit = try #require(all.first { $0.id == "unemployment-benefit" })
        #expect(benefit.explanation.en == "status: unemployed; age 36 (at least 16)")
        #expect(benefit.explanation.ru == "статус: безработный; возраст 36 (от 16)")
        let longTerm = try #require(all.first { $0.id == "long-term-unemployed-support" })
        #expect(longTerm.explanation.en == "status: unemployed; out of work 18 months (at least 12)")
    }

    @Test func notAndRegionRulesEvaluate() {
        let moving = Constraints(relocation: .anywhere)
        #expect(eligible(CatalogFixtures.seeker(region: "PER", constraints: moving)).contains("far-east-relocation"))
        #expect(!eligible(CatalogFixtures.seeker(region: "SAK", constraints: moving)).contains("far-east-relocation"))
    }

    @Test func rulesRoundTripThroughJSON() throws {
        let data = try JSONEncoder().encode(measures)
        #expect(try JSONDecoder().decode([SupportMeasure].self, from: data) == measures)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(EligibilityRule.self, from: Data(#"{"ageAtLeast": 1, "ageAtMost": 2}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(EligibilityRule.self, from: Data(#"{"heightAtLeast": 180}"#.utf8))
        }
    }
}
