import Foundation

/// The result of the interest questionnaire: a 0–100 score per RIASEC type and the three-letter
/// Holland code of the highest ones.
///
/// A type's score is `(sum − n·min) · 100 / (n · (max − min))`, rounded half up, where `sum` is
/// the sum of the type's `n` answers on the `min…max` scale: all "1" gives 0, all "5" gives 100.
/// The Holland code takes the three highest scores; equal scores go in hexagon order R, I, A,
/// S, E, C (so a tie is broken the same way every time, and towards the neighbouring type).
public struct InterestProfile: Codable, Hashable, Sendable {
    public var scores: RIASECScores
    public var hollandCode: String

    public init(scores: RIASECScores) {
        self.scores = scores
        self.hollandCode = String(
            HollandType.allCases.sorted { (scores[$0], -$0.index) > (scores[$1], -$1.index) }.prefix(3).map(\.letter))
    }

    /// Scores the answers, one per item in questionnaire order. Nil unless every item has an
    /// answer on the scale (a half-filled questionnaire gives no profile).
    public static func score(answers: [Int?], questionnaire: Questionnaire) -> InterestProfile? {
        let range = questionnaire.answerRange
        guard answers.count == questionnaire.items.count, range.upperBound > range.lowerBound else { return nil }
        var sums: [HollandType: Int] = [:]
        var counts: [HollandType: Int] = [:]
        for (item, answer) in zip(questionnaire.items, answers) {
            guard let answer, range.contains(answer) else { return nil }
            sums[item.type, default: 0] += answer - range.lowerBound
            counts[item.type, default: 0] += 1
        }
        func score(_ type: HollandType) -> Int {
            let n = counts[type] ?? 0
            guard n > 0 else { return 0 }
            let numerator = (sums[type] ?? 0) * 100
            let denominator = n * (range.upperBound - range.lowerBound)
            return (2 * numerator + denominator) / (2 * denominator)
        }
        return InterestProfile(
            scores: RIASECScores(
                realistic: score(.realistic), investigative: score(.investigative), artistic: score(.artistic),
                social: score(.social), enterprising: score(.enterprising), conventional: score(.conventional)))
    }

    /// Parses `--answers`: one digit per item, spaces and commas ignored (`5,4,3…` or `543…`).
    public static func parseAnswers(_ text: String) -> [Int]? {
        var out: [Int] = []
        for ch in text where ch != "," && ch != " " && ch != ";" {
            guard ch.isASCII, let d = ch.wholeNumberValue else { return nil }
            out.append(d)
        }
        return out
    }
}

extension RIASECScores {
    /// The score of one type.
    public subscript(type: HollandType) -> Int {
        switch type {
        case .realistic: realistic
        case .investigative: investigative
        case .artistic: artistic
        case .social: social
        case .enterprising: enterprising
        case .conventional: conventional
        }
    }
}
