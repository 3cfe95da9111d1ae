import Foundation

/// The parts of a recommendation's score, each 0–100, and the education penalty subtracted.
/// `interest` and `skills` are nil when the questionnaire was not answered: the ranking then
/// rests on demand, wage uplift and training alone.
public struct ScoreParts: Codable, Hashable, Sendable {
    public var interest: Int?
    public var demand: Int
    public var wage: Int
    public var skills: Int?
    public var training: Int
    /// Points taken off the total for each education level the seeker lacks (10 per level).
    public var educationPenalty: Int

    public init(interest: Int?, demand: Int, wage: Int, skills: Int?, training: Int, educationPenalty: Int) {
        self.interest = interest
        self.demand = demand
        self.wage = wage
        self.skills = skills
        self.training = training
        self.educationPenalty = educationPenalty
    }
}

/// The weights of the score parts, in percent of the total. Two sets: with the questionnaire
/// answered and without it.
public struct ScoreWeights: Codable, Hashable, Sendable {
    public var interest: Int
    public var demand: Int
    public var wage: Int
    public var skills: Int
    public var training: Int

    public static let withInterests = ScoreWeights(interest: 30, demand: 20, wage: 20, skills: 15, training: 15)
    public static let withoutInterests = ScoreWeights(interest: 0, demand: 35, wage: 35, skills: 0, training: 30)

    /// The weighted sum, rounded half up, before the education penalty.
    public func total(_ parts: ScoreParts) -> Int {
        let sum =
            interest * (parts.interest ?? 0) + demand * parts.demand + wage * parts.wage + skills * (parts.skills ?? 0)
            + training * parts.training
        return (sum + 50) / 100
    }
}

/// How a seeker can reach a course.
public enum CourseReach: String, Codable, Hashable, Sendable {
    /// Taught in the seeker's region.
    case inRegion
    /// Taught online, open from anywhere.
    case online
    /// In another region: only for a seeker ready to move anywhere.
    case otherRegion
}

/// One ranked outcome of guidance: an occupation to train for or the own-business track, with
/// its score, the parts it is made of, the figures behind them and a one-line reason.
public struct Recommendation: Codable, Hashable, Sendable {
    public var rank: Int
    public var track: Guidance.Track
    /// OKZ code, or `own-business`.
    public var occupationCode: String
    public var name: LocalizedName
    public var hollandCode: String
    /// 0–100.
    public var score: Int
    public var parts: ScoreParts
    public var medianWage: Money
    public var demandIndex: DemandIndex
    /// False when the region has no figures and the national ones were used.
    public var regionalFigures: Bool
    /// Median wage over the baseline (income or minimum wage), percent; negative when lower.
    public var wageUpliftPercent: Int
    public var matchedSkills: [String]
    public var missingSkills: [String]
    /// The best course the seeker can take, and how many there are.
    public var bestCourseId: String?
    public var bestCourseReach: CourseReach?
    public var courseCount: Int
    /// Education levels short of what training for the occupation admits.
    public var educationShortfall: Int
    public var reason: LocalizedName
}

/// A support measure the seeker is eligible for, with the conditions that matched.
public struct EligibleMeasure: Codable, Hashable, Sendable {
    public var id: String
    public var name: LocalizedName
    public var matched: [EligibilityRule]
    /// The matched conditions, with the seeker's values, e.g. "status: unemployed; age 34 (at least 18)".
    public var explanation: LocalizedName
}

/// What guidance gives for one seeker: the profile, the ranking and the support measures.
public struct GuidanceResult: Codable, Hashable, Sendable {
    public var questionnaireId: String
    public var profile: InterestProfile?
    /// False when no complete answers were given: interest fit and skills are left out.
    public var usesInterests: Bool
    public var weights: ScoreWeights
    /// The income wage uplift is measured from: the baseline income or, if lower, the region's minimum wage.
    public var upliftBase: Money
    public var upliftBaseIsMinimumWage: Bool
    public var recommendations: [Recommendation]
    public var supportMeasures: [EligibleMeasure]
}

/// One outcome as the full ranking places it: the recommendation (rank, score, parts, reason),
/// how many outcomes were ranked, and whether the questionnaire counted.
public struct TargetRanking: Hashable, Sendable {
    public var recommendation: Recommendation
    public var count: Int
    public var usesInterests: Bool
}
