import Foundation
import Testing

@testable import CareerDeskCore

/// What makes ranking cheap for a bulk export changes no figure: the catalog's course terms and
/// skill numbers rank as the courses and skill names do, for seekers of every kind; the
/// byte-wise interest fit and demand text are the character-wise and formatted ones; and the
/// terms follow the catalog when its lists change.
@Suite struct RankingTermsTests {
    @Test func theTargetsRankingIsTheFullRankingsForSeekersOfEveryKind() throws {
        let catalog = CatalogFixtures.catalog
        let engine = GuidanceEngine(catalog: catalog)
        let regions = catalog.regions.map(\.code) + ["XXX"]
        let skills = catalog.skills.map(\.id) + ["no-such-skill"]
        var random = SystemRandomNumberGenerator()
        for n in 0..<60 {
            var seeker = StoreFixtures.seeker(region: regions.randomElement(using: &random)!)
            seeker.constraints = Constraints(
                relocation: Constraints.Relocation.allCases.randomElement(using: &random)!,
                schedule: Constraints.Schedule.allCases.randomElement(using: &random)!,
                format: LearningFormat.allCases.randomElement(using: &random)!)
            seeker.educationLevel = n % 5 == 0 ? nil : EducationLevel.allCases.randomElement(using: &random)
            seeker.baselineIncome = Money(kopecks: Int64.random(in: 0...30_000_000, using: &random))
            let answers: [Int?] =
                n % 3 == 0 ? [] : catalog.questionnaire.items.map { _ in Int.random(in: 1...5, using: &random) }
            let guidance = Guidance(
                answers: answers,
                skills: (0..<Int.random(in: 0...8, using: &random)).map { _ in
                    skills.randomElement(using: &random)!
                })
            let today = LocalDate(year: 2026, month: Int.random(in: 1...12, using: &random), day: 1)!
            let full = engine.recommend(for: seeker, guidance: guidance, today: today)
            for expected in full.recommendations {
                let ranking = try #require(
                    engine.ranking(of: expected.occupationCode, for: seeker, guidance: guidance, today: today))
                #expect(ranking.recommendation == expected)
                #expect(ranking.count == full.recommendations.count)
            }
            // The reach of every course from its terms is the reach from the course.
            for (i, course) in catalog.courses.enumerated() {
                #expect(
                    CourseAccess.reach(CourseTerms(course, index: i), for: seeker, today: today)
                        == CourseAccess.reach(course, for: seeker, today: today))
            }
        }
    }

    @Test func interestFitOverBytesIsTheFitOverCharacters() {
        let letters = ["R", "I", "A", "S", "E", "C", "r", "É", "e\u{301}", "\r\n", "\r", ""]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let a = (0..<Int.random(in: 0...4, using: &random)).map { _ in letters.randomElement(using: &random)! }
                .joined()
            let b = (0..<Int.random(in: 0...4, using: &random)).map { _ in letters.randomElement(using: &random)! }
                .joined()
            let p = Array(a.prefix(3))
            let o = Array(b.prefix(3))
            var expected = 0
            for (i, letter) in p.enumerated() {
                if let j = o.firstIndex(of: letter) { expected += HollandCongruence.weights[i][j] }
            }
            #expect(HollandCongruence.iachan(a, b) == expected, "\(a.debugDescription) \(b.debugDescription)")
        }
    }

    @Test func demandIsWrittenAsFormatWritesIt() {
        for hundredths in Array(-1_250...1_250) + [99_999, 123_456_789, -100_001] {
            let d = DemandIndex(hundredths: hundredths)
            let expected = String(format: "%d.%02d", hundredths / 100, hundredths % 100)
            #expect(d.description == expected)
            #expect(d.formatted(.en) == expected)
            #expect(d.formatted(.ru) == expected.replacingOccurrences(of: ".", with: ","))
        }
    }

    @Test func theTermsFollowTheCatalogsLists() throws {
        var catalog = CatalogFixtures.catalog
        let seeker = StoreFixtures.seeker(region: "SAK")
        // An outcome the seeker has a course for.
        let code = try #require(
            catalog.outcomes.map(\.code).first {
                (GuidanceEngine(catalog: catalog).ranking(
                    of: $0, for: seeker, guidance: nil, today: StoreFixtures.today)?.recommendation.courseCount ?? 0)
                    > 0
            })
        for i in catalog.courses.indices where catalog.courses[i].occupations.contains(code) {
            catalog.courses[i].seats = 0
        }
        #expect(catalog.courses(for: code).allSatisfy { $0.seats == 0 })
        let engine = GuidanceEngine(catalog: catalog)
        let after = try #require(engine.ranking(of: code, for: seeker, guidance: nil, today: StoreFixtures.today))
        #expect(after.recommendation.courseCount == 0)
        let full = engine.recommend(for: seeker, guidance: nil, today: StoreFixtures.today)
        #expect(full.recommendations.first { $0.occupationCode == code } == after.recommendation)
        catalog.occupations.removeAll { $0.code == code }
        #expect(
            GuidanceEngine(catalog: catalog).ranking(of: code, for: seeker, guidance: nil, today: StoreFixtures.today)
                == nil)
    }
}
