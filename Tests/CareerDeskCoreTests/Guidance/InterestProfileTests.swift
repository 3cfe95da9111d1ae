import Foundation
import Testing

@testable import CareerDeskCore

@Suite struct InterestProfileTests {
    let questionnaire = CatalogFixtures.catalog.questionnaire

    @Test func allFivesAndAllOnesAreTheEndsOfTheScale() throws {
        let top = try #require(
            InterestProfile.score(answers: Array(repeating: 5, count: 36), questionnaire: questionnaire))
        #expect(
            top.scores
                == RIASECScores(
                    realistic: 100, investigative: 100, artistic: 100, social: 100,
                    enterprising: 100, conventional: 100))
        let bottom = try #require(
            InterestProfile.score(answers: Array(repeating: 1, count: 36), questionnaire: questionnaire))
        #expect(bottom.scores.realistic == 0)
    }

    @Test func aScoreIsTheShareOfTheScaleRoundedHalfUp() throws {
        // R answered 5,5,5,5,5,4 → sum over minimum 23 of 24 → 95.83 → 96.
        // I answered 4 ×6 → 18 of 24 → 75. A answered 1,1,1,1,1,2 → 1 of 24 → 4.17 → 4.
        var answers: [Int?] = []
        var seen: [HollandType: Int] = [:]
        for item in questionnaire.items {
            let n = seen[item.type, default: 0]
            seen[item.type] = n + 1
            switch item.type {
            case .realistic: answers.append(n == 5 ? 4 : 5)
            case .investigative: answers.append(4)
            case .artistic: answers.append(n == 5 ? 2 : 1)
            case .social: answers.append(3)
            case .enterprising: answers.append(2)
            case .conventional: answers.append(3)
            }
        }
        let profile = try #require(InterestProfile.score(answers: answers, questionnaire: questionnaire))
        #expect(profile.scores.realistic == 96)
        #expect(profile.scores.investigative == 75)
        #expect(profile.scores.artistic == 4)
        #expect(profile.scores.social == 50)
        #expect(profile.scores.enterprising == 25)
        // S and C tie at 50: hexagon order puts S (4th) before C (6th).
        #expect(profile.hollandCode == "RIS")
    }

    @Test func tiesFollowTheHexagonOrder() {
        let flat = InterestProfile(
            scores: RIASECScores(
                realistic: 50, investigative: 50, artistic: 50, social: 50,
                enterprising: 50, conventional: 50))
        #expect(flat.hollandCode == "RIA")
        let p = InterestProfile(
            scores: RIASECScores(
                realistic: 10, investigative: 20, artistic: 20, social: 90,
                enterprising: 20, conventional: 20))
        #expect(p.hollandCode == "SIA")
    }

    @Test func anIncompleteOrOutOfScaleQuestionnaireGivesNoProfile() {
        var answers: [Int?] = Array(repeating: 3, count: 36)
        answers[7] = nil
        #expect(InterestProfile.score(answers: answers, questionnaire: questionnaire) == nil)
        answers[7] = 6
        #expect(InterestProfile.score(answers: answers, questionnaire: questionnaire) == nil)
        #expect(InterestProfile.score(answers: [3, 3], questionnaire: questionnaire) == nil)
    }

    @Test func answersParseFromDigitsWithOrWithoutSeparators() {
        #expect(InterestProfile.parseAnswers("5,4 3") == [5, 4, 3])
        #expect(InterestProfile.parseAnswers("543") == [5, 4, 3])
        #expect(InterestProfile.parseAnswers("5a") == nil)
    }

    @Test func iachanWeightsPositions() {
        #expect(HollandCongruence.iachan("RIC", "RIC") == 28)
        #expect(HollandCongruence.fit("RIC", "RIC") == 100)
        #expect(HollandCongruence.iachan("RIE", "RIC") == 27)  // 22 + 5
        #expect(HollandCongruence.fit("RIE", "RIC") == 96)  // 27/28 = 96.4
        #expect(HollandCongruence.iachan("RIE", "CES") == 2)  // E third ↔ E second
        #expect(HollandCongruence.fit("RIE", "CES") == 7)
        #expect(HollandCongruence.iachan("SAE", "RIC") == 0)
        #expect(HollandCongruence.iachan("IRC", "RIC") == 10 + 10 + 1)
    }
}
