import Foundation

/// The Guidance step's record: the questionnaire answers, the interest profile they give, the
/// skills the seeker has, and the target the officer and the seeker chose.
public struct Guidance: Codable, Hashable, Sendable {
    /// Id of the questionnaire answered (data/questionnaire.json `id`).
    public var questionnaireId: String?
    /// One answer per item in questionnaire order, 1–5; nil while unanswered.
    public var answers: [Int?]
    /// RIASEC scores 0–100 per type, when the questionnaire is complete.
    public var riasec: RIASECScores?
    /// The three-letter Holland code, e.g. `RIC`.
    public var hollandCode: String?
    /// Skill ids the seeker has, from the skills check.
    public var skills: [String]
    /// The chosen outcome: an occupation to train for, or the own-business track.
    public var track: Track?
    /// OKZ code of the target occupation (when `track` is `employment`).
    public var targetOccupation: String?
    /// Support measures offered to the seeker (ids from data/support-measures.json).
    public var supportMeasures: [String]
    public var completedAt: Date?

    public init(
        questionnaireId: String? = nil, answers: [Int?] = [], riasec: RIASECScores? = nil, hollandCode: String? = nil,
        skills: [String] = [], track: Track? = nil, targetOccupation: String? = nil, supportMeasures: [String] = [],
        completedAt: Date? = nil
    ) {
        self.questionnaireId = questionnaireId
        self.answers = answers
        self.riasec = riasec
        self.hollandCode = hollandCode
        self.skills = skills
        self.track = track
        self.targetOccupation = targetOccupation
        self.supportMeasures = supportMeasures
        self.completedAt = completedAt
    }

    public enum Track: String, Codable, CaseIterable, Sendable {
        case employment
        case ownBusiness
    }
}

/// Holland's six interest types, each scored 0–100.
public struct RIASECScores: Codable, Hashable, Sendable {
    public var realistic: Int
    public var investigative: Int
    public var artistic: Int
    public var social: Int
    public var enterprising: Int
    public var conventional: Int

    public init(realistic: Int, investigative: Int, artistic: Int, social: Int, enterprising: Int, conventional: Int) {
        self.realistic = realistic
        self.investigative = investigative
        self.artistic = artistic
        self.social = social
        self.enterprising = enterprising
        self.conventional = conventional
    }
}

/// The course picked on the Course step, with what the contract needs copied from the catalog
/// so the case stays readable if the catalog changes.
public struct CourseChoice: Codable, Hashable, Sendable {
    public var courseId: String
    public var title: String
    public var provider: String
    public var cost: Money
    public var hours: Int?
    /// Length in months (the contract's course months D).
    public var durationMonths: Int?
    public var startDate: LocalDate?
    public var format: LearningFormat?
    public var chosenAt: Date

    public init(
        courseId: String, title: String, provider: String, cost: Money, hours: Int? = nil, durationMonths: Int? = nil,
        startDate: LocalDate? = nil, format: LearningFormat? = nil, chosenAt: Date
    ) {
        self.courseId = courseId
        self.title = title
        self.provider = provider
        self.cost = cost
        self.hours = hours
        self.durationMonths = durationMonths
        self.startDate = startDate
        self.format = format
        self.chosenAt = chosenAt
    }
}
