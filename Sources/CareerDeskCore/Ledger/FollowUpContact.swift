import Foundation

/// One follow-up contact with the seeker after signing (docs/case-file.md, `contract.followUps`):
/// whether they were reached, their employment, the incomes they reported for given months, the
/// evidence and who verified it, and the course result when it is known.
public struct FollowUpContact: Codable, Hashable, Sendable {
    /// The scheduled contact this answers (`FollowUpSchedule`), when it answers one.
    public var scheduledFor: LocalDate?
    /// The day of the contact.
    public var date: LocalDate
    /// The officer who made it.
    public var by: String
    public var reached: Bool
    public var employment: Employment?
    /// Monthly incomes reported at this contact, one per calendar month.
    public var incomes: [IncomeReport]
    /// What the incomes and the employment rest on; nil when nothing was shown.
    public var evidence: Evidence?
    /// Who checked the evidence and when; nil while unverified.
    public var verification: Verification?
    public var courseResult: CourseResult?
    public var note: String?

    public init(
        scheduledFor: LocalDate? = nil, date: LocalDate, by: String, reached: Bool, employment: Employment? = nil,
        incomes: [IncomeReport] = [], evidence: Evidence? = nil, verification: Verification? = nil,
        courseResult: CourseResult? = nil, note: String? = nil
    ) {
        self.scheduledFor = scheduledFor
        self.date = date
        self.by = by
        self.reached = reached
        self.employment = employment
        self.incomes = incomes
        self.evidence = evidence
        self.verification = verification
        self.courseResult = courseResult
        self.note = note
    }

    /// Whether the incomes of this contact were verified by someone.
    public var isVerified: Bool { verification != nil }
}

/// Where the seeker works after the course.
public struct Employment: Codable, Hashable, Sendable {
    public var employer: String
    /// The employer's INN (10 digits, or 12 for an individual entrepreneur), checked by `INN.isValid`.
    public var inn: String?
    /// OKZ code of the occupation (`7212`).
    public var occupation: String?
    public var startDate: LocalDate?
    /// Self-employed (professional income tax) or own business rather than employed.
    public var selfEmployed: Bool

    public init(
        employer: String, inn: String? = nil, occupation: String? = nil, startDate: LocalDate? = nil,
        selfEmployed: Bool = false
    ) {
        self.employer = employer
        self.inn = inn
        self.occupation = occupation
        self.startDate = startDate
        self.selfEmployed = selfEmployed
    }
}

/// The seeker's income in one calendar month, as reported.
public struct IncomeReport: Codable, Hashable, Sendable {
    public var month: YearMonth
    public var amount: Money

    public init(month: YearMonth, amount: Money) {
        self.month = month
        self.amount = amount
    }
}

/// What a reported income or employment rests on.
public enum Evidence: String, Codable, CaseIterable, Sendable {
    /// The employment-record extract (СТД-Р) from Gosuslugi.
    case gosuslugiEmploymentRecord
    /// The 2-NDFL income certificate (справка о доходах и суммах налога).
    case incomeCertificate2NDFL
    /// A tax return or the professional-income-tax statement, for the self-employed.
    case taxReturn
    case employerLetter
    /// The seeker's own word, with nothing shown.
    case ownWord
}

/// Who verified a contact's evidence, and when.
public struct Verification: Codable, Hashable, Sendable {
    public var by: String
    public var at: Date

    public init(by: String, at: Date) {
        self.by = by
        self.at = at
    }
}

/// How the course ended.
public struct CourseResult: Codable, Hashable, Sendable {
    public var outcome: Outcome
    public var certificateNumber: String?
    /// Why the seeker dropped out.
    public var reason: String?

    public init(outcome: Outcome, certificateNumber: String? = nil, reason: String? = nil) {
        self.outcome = outcome
        self.certificateNumber = certificateNumber
        self.reason = reason
    }

    public enum Outcome: String, Codable, CaseIterable, Sendable {
        case completed, droppedOut
    }
}
