import Foundation

/// What guidance needs of one outcome (an occupation or the own-business track) to score it for
/// any seeker, worked out once when the catalog is built rather than for every seeker: its skills
/// as numbers, its education rank, and the terms of the courses leading to it. Ranking thousands
/// of cases (a bulk export) then copies no `Course` and hashes no skill name per outcome.
struct OutcomeTerms: Sendable {
    /// The outcome's skills (in order, repeats kept) as numbers of `Catalog.skillNumbers`.
    var skillNumbers: [Int]
    /// `EducationLevel.rank` of the level its training admits.
    var educationRank: Int
    /// The courses leading to it, in catalog order (`Catalog.courses(for:)`).
    var courses: [CourseTerms]
}

/// The few fields of a course that say whether a seeker can reach it and what it is worth.
struct CourseTerms: Sendable {
    /// Its place in `Catalog.courses`.
    var index: Int
    var region: String
    var format: LearningFormat
    var schedule: CourseSchedule
    var seats: Int
    /// The latest start date: the course starts on or after a day exactly when this one does.
    var lastStart: LocalDate?
    var employmentRate: Int

    init(_ course: Course, index: Int) {
        self.index = index
        region = course.region
        format = course.format
        schedule = course.schedule
        seats = course.seats
        lastStart = course.startDates.max()
        employmentRate = course.employmentRate
    }
}
