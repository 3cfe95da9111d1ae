import Foundation

/// The person opposite the officer: the intake form of the Profile step.
public struct JobSeeker: Codable, Hashable, Sendable {
    public var fullName: String
    public var birthDate: LocalDate?
    /// Normalised `XXX-XXX-XXX YY`; checked by `SNILS`.
    public var snils: String
    /// Normalised `+7XXXXXXXXXX`.
    public var phone: String?
    public var email: String?
    /// The region's three-letter code from data/regions.json (also the case id's prefix).
    public var region: String
    public var municipality: String?
    public var educationLevel: EducationLevel?
    public var employmentStatus: EmploymentStatus?
    /// Since when the person has been without work, for long-term unemployment (12+ months).
    public var unemployedSince: LocalDate?
    public var currentOccupation: String?
    /// Verified monthly income at intake; the contract's baseline income starts from it.
    public var baselineIncome: Money
    public var yearsOfExperience: Int?
    public var priorityGroups: [PriorityGroup]
    public var constraints: Constraints
    public var consent: Consent

    public init(
        fullName: String, birthDate: LocalDate?, snils: String, phone: String? = nil, email: String? = nil,
        region: String, municipality: String? = nil, educationLevel: EducationLevel? = nil,
        employmentStatus: EmploymentStatus? = nil, unemployedSince: LocalDate? = nil,
        currentOccupation: String? = nil, baselineIncome: Money = .zero, yearsOfExperience: Int? = nil,
        priorityGroups: [PriorityGroup] = [], constraints: Constraints = Constraints(),
        consent: Consent = Consent()
    ) {
        self.fullName = fullName
        self.birthDate = birthDate
        self.snils = snils
        self.phone = phone
        self.email = email
        self.region = region
        self.municipality = municipality
        self.educationLevel = educationLevel
        self.employmentStatus = employmentStatus
        self.unemployedSince = unemployedSince
        self.currentOccupation = currentOccupation
        self.baselineIncome = baselineIncome
        self.yearsOfExperience = yearsOfExperience
        self.priorityGroups = priorityGroups
        self.constraints = constraints
        self.consent = consent
    }
}

/// Highest completed education, in the levels of Russia's education law (273-FZ).
public enum EducationLevel: String, Codable, CaseIterable, Sendable {
    case basicGeneral  // 9 classes
    case secondaryGeneral  // 11 classes
    case vocational  // secondary vocational (college, technical school)
    case higher  // bachelor's or specialist
    case postgraduate  // master's and above
}

public enum EmploymentStatus: String, Codable, CaseIterable, Sendable {
    case unemployed
    case employed
    case partTime
    case selfEmployed
    case student
    case onParentalLeave
    case retired
}

/// Groups the employment service gives priority to (the seeds' list, as the foundation issue names it).
public enum PriorityGroup: String, Codable, CaseIterable, Sendable {
    case longTermUnemployed
    case disability
    case parentOfYoungChild
    case under25
    case preRetirement
    case foreignCitizenOrStudent
}

/// What the seeker can and cannot do: move, hours, how to learn.
public struct Constraints: Codable, Hashable, Sendable {
    public var relocation: Relocation
    public var schedule: Schedule
    public var format: LearningFormat

    public init(relocation: Relocation = .no, schedule: Schedule = .any, format: LearningFormat = .any) {
        self.relocation = relocation
        self.schedule = schedule
        self.format = format
    }

    public enum Relocation: String, Codable, CaseIterable, Sendable {
        case no, withinRegion, anywhere
    }

    public enum Schedule: String, Codable, CaseIterable, Sendable {
        case any, daytime, evening, weekend, partTime
    }
}

/// How a course is taught; the seeker's constraint uses `any` for no preference.
public enum LearningFormat: String, Codable, CaseIterable, Sendable {
    case any, inPerson, online, blended
}

/// Consent to personal-data processing (152-FZ). Without it no personal data is saved.
public struct Consent: Codable, Hashable, Sendable {
    public var given: Bool
    public var date: LocalDate?
    /// Set when the seeker withdraws consent; the case may then be anonymised.
    public var withdrawnOn: LocalDate?

    public init(given: Bool = false, date: LocalDate? = nil, withdrawnOn: LocalDate? = nil) {
        self.given = given
        self.date = date
        self.withdrawnOn = withdrawnOn
    }
}
