import Foundation
import Testing

@testable import CareerDeskCore

@Suite struct GuidanceEngineTests {
    let catalog = CatalogFixtures.catalog
    var engine: GuidanceEngine { GuidanceEngine(catalog: catalog) }
    let today = CatalogFixtures.today

    func guidance(_ levels: [HollandType: Int], skills: [String] = []) -> Guidance {
        Guidance(answers: CatalogFixtures.answers(levels), skills: skills)
    }

    var strongRI: Guidance {
        guidance(
            [.realistic: 5, .investigative: 4, .artistic: 1, .social: 2, .enterprising: 2, .conventional: 3],
            skills: ["metalwork", "blueprint-reading", "occupational-safety"])
    }

    @Test func aStrongRealisticInvestigativeSeekerOnSakhalinGetsWeldingAndEnergyAboveOfficeWork() throws {
        let result = engine.recommend(for: CatalogFixtures.seeker(), guidance: strongRI, today: today)
        #expect(result.usesInterests)
        #expect(result.profile?.hollandCode == "RIC")
        func rank(_ code: String) -> Int { result.recommendations.first { $0.occupationCode == code }!.rank }
        for trade in ["7212", "7413", "3131"] {
            for office in ["4110", "4222", "4311", "2423"] {
                #expect(rank(trade) < rank(office), "\(trade) should rank above \(office)")
            }
        }
        let top5 = result.recommendations.prefix(5).map(\.occupationCode)
        #expect(top5.contains("7212") || top5.contains("7413") || top5.contains("3131"))

        let welder = try #require(result.recommendations.first { $0.occupationCode == "7212" })
        #expect(welder.parts.interest == 100)
        #expect(welder.reason.en.hasPrefix("Interests match (RIC ↔ RIC)"))
        #expect(welder.reason.ru.hasPrefix("Интересы совпадают"))
        let office = try #require(result.recommendations.first { $0.occupationCode == "4110" })
        #expect(office.parts.interest! < 30)
        #expect(office.reason.en.contains("interests differ (RIC / CES)"))
    }

    @Test func theTotalIsTheWeightedSumOfItsPartsLessTheEducationPenalty() {
        let result = engine.recommend(
            for: CatalogFixtures.seeker(education: .basicGeneral), guidance: strongRI, today: today)
        for r in result.recommendations {
            let w = ScoreWeights.withInterests
            let p = r.parts
            let sum =
                w.interest * p.interest! + w.demand * p.demand + w.wage * p.wage + w.skills * p.skills!
                + w.training * p.training
            #expect(r.score == max(0, (sum + 50) / 100 - p.educationPenalty))
            #expect(p.educationPenalty == 10 * r.educationShortfall)
        }
        let engineer = result.recommendations.first { $0.occupationCode == "2142" }!
        #expect(engineer.educationShortfall == 3)  // higher (3) − basic general (0)
        #expect(engineer.reason.en.contains("requires higher education"))
    }

    @Test func theWelderHandChecked() throws {
        let result = engine.recommend(for: CatalogFixtures.seeker(), guidance: strongRI, today: today)
        let welder = try #require(result.recommendations.first { $0.occupationCode == "7212" })
        let figures = try #require(catalog.occupation("7212")?.figures(in: "SAK"))
        #expect(welder.medianWage == figures.medianWage)
        #expect(welder.parts.demand == min(100, figures.demandIndex.hundredths / 3))
        let uplift = Int((figures.medianWage.kopecks - 3_500_000) * 100 / 3_500_000)
        #expect(welder.wageUpliftPercent == uplift)
        #expect(welder.parts.wage == min(100, uplift))
        #expect(welder.parts.skills == 60)  // metalwork, blueprint-reading, occupational-safety of 5
        #expect(welder.missingSkills == ["welding-mma", "welding-mig"])
        let courseID = try #require(welder.bestCourseId)
        let course = try #require(catalog.course(courseID))
        #expect(course.region == "SAK" || course.format == .online)
        #expect(welder.parts.training == 50 + course.employmentRate / 2)
    }

    @Test func withoutAnswersOnlyDemandWageAndTrainingCount() {
        let result = engine.recommend(for: CatalogFixtures.seeker(), guidance: nil, today: today)
        #expect(!result.usesInterests)
        #expect(result.weights == .withoutInterests)
        for r in result.recommendations {
            #expect(r.parts.interest == nil && r.parts.skills == nil)
            let sum = 35 * r.parts.demand + 35 * r.parts.wage + 30 * r.parts.training
            #expect(r.score == max(0, (sum + 50) / 100 - r.parts.educationPenalty))
        }
        #expect(result.recommendations.map(\.rank) == Array(1...result.recommendations.count))
    }

    @Test func theRankingIsDeterministic() {
        let a = engine.recommend(for: CatalogFixtures.seeker(), guidance: strongRI, today: today)
        let b = GuidanceEngine(catalog: catalog).recommend(
            for: CatalogFixtures.seeker(), guidance: strongRI, today: today)
        #expect(a == b)
    }

    @Test func ownBusinessIsAFirstClassOutcome() throws {
        let enterprising = guidance(
            [.enterprising: 5, .conventional: 4, .social: 4, .realistic: 2, .investigative: 1, .artistic: 2],
            skills: ["sales", "negotiation", "business-planning"])
        let result = engine.recommend(for: CatalogFixtures.seeker(income: 30_000), guidance: enterprising, today: today)
        let own = try #require(result.recommendations.first { $0.track == .ownBusiness })
        #expect(own.occupationCode == Occupation.ownBusinessCode)
        #expect(own.rank <= 5)
        #expect(own.bestCourseId != nil)
    }

    @Test func occupationsWithoutALocalMarketNeedASeekerWhoMoves() {
        let stay = engine.recommend(
            for: CatalogFixtures.seeker(region: "MOW", constraints: Constraints(relocation: .no)), guidance: nil,
            today: today)
        #expect(!stay.recommendations.contains { $0.occupationCode == "6222" })
        let move = engine.recommend(
            for: CatalogFixtures.seeker(region: "MOW", constraints: Constraints(relocation: .anywhere)), guidance: nil,
            today: today)
        let fisher = move.recommendations.first { $0.occupationCode == "6222" }
        #expect(fisher?.regionalFigures == false)
        #expect(fisher?.bestCourseReach == .otherRegion)
    }

    @Test func anOnlineOnlySeekerIsOfferedOnlyOnlineCourses() {
        let seeker = CatalogFixtures.seeker(constraints: Constraints(relocation: .no, format: .online))
        let result = engine.recommend(for: seeker, guidance: strongRI, today: today)
        for r in result.recommendations {
            if let id = r.bestCourseId { #expect(catalog.course(id)?.format == .online, "\(r.occupationCode)") }
        }
        let welder = result.recommendations.first { $0.occupationCode == "7212" }!
        #expect(welder.bestCourseId == nil && welder.parts.training == 0)
        #expect(welder.reason.en.contains("no course the seeker can take"))
    }

    @Test func aCourseThatHasAlreadyStartedIsNotAvailable() {
        let late = LocalDate(year: 2028, month: 1, day: 1)!
        let result = engine.recommend(for: CatalogFixtures.seeker(), guidance: strongRI, today: late)
        #expect(result.recommendations.allSatisfy { $0.bestCourseId == nil })
    }

    @Test func aSeekerWithNoIncomeIsMeasuredFromTheRegionalMinimumWage() {
        let result = engine.recommend(for: CatalogFixtures.seeker(income: 0), guidance: nil, today: today)
        #expect(result.upliftBase == catalog.region("SAK")!.minimumWage)
        #expect(result.upliftBaseIsMinimumWage)
    }
}
