import Foundation

/// A training course a seeker can be sent to (data/courses.json).
public struct Course: Codable, Hashable, Sendable, Identifiable {
    /// The `region` of a course taught online to anyone in the country.
    public static let online = "online"

    public var id: String
    public var title: LocalizedName
    public var provider: LocalizedName
    /// `college`, `trainingCentre`, `university` or `online`.
    public var providerKind: String
    /// A region code, or `online` for a nationwide online course.
    public var region: String
    /// How it is taught: `inPerson`, `online` or `blended` (never `any`).
    public var format: LearningFormat
    public var schedule: CourseSchedule
    public var hours: Int
    /// Share of practical training, percent.
    public var practiceShare: Int
    public var cost: Money
    public var durationMonths: Int
    public var startDates: [LocalDate]
    public var seats: Int
    /// OKZ codes of the occupations it leads to (or `own-business`).
    public var occupations: [String]
    public var qualification: LocalizedName
    public var employerPartners: [String]
    /// Share of graduates employed within six months, percent.
    public var employmentRate: Int

    public init(
        id: String, title: LocalizedName, provider: LocalizedName, providerKind: String, region: String,
        format: LearningFormat, schedule: CourseSchedule, hours: Int, practiceShare: Int, cost: Money,
        durationMonths: Int, startDates: [LocalDate], seats: Int, occupations: [String], qualification: LocalizedName,
        employerPartners: [String], employmentRate: Int
    ) {
        self.id = id
        self.title = title
        self.provider = provider
        self.providerKind = providerKind
        self.region = region
        self.format = format
        self.schedule = schedule
        self.hours = hours
        self.practiceShare = practiceShare
        self.cost = cost
        self.durationMonths = durationMonths
        self.startDates = startDates
        self.seats = seats
        self.occupations = occupations
        self.qualification = qualification
        self.employerPartners = employerPartners
        self.employmentRate = employmentRate
    }

    public var isNationwideOnline: Bool { region == Course.online }

    /// The first start on or after `day`, if any.
    public func nextStart(onOrAfter day: LocalDate) -> LocalDate? {
        startDates.filter { $0 >= day }.min()
    }
}

/// When a course's classes are held.
public enum CourseSchedule: String, Codable, CaseIterable, Sendable {
    case daytime, evening, weekend
    /// Self-paced (online courses).
    case flexible
}
