import Foundation

/// Whether a seeker can take a course: it starts on or after today with seats left, its format
/// and schedule suit the seeker's constraints, and it is in the region, online, or elsewhere for
/// a seeker ready to move anywhere.
public enum CourseAccess {
    public static func reach(_ course: Course, for seeker: JobSeeker, today: LocalDate) -> CourseReach? {
        guard course.seats > 0, course.nextStart(onOrAfter: today) != nil else { return nil }
        return reach(format: course.format, schedule: course.schedule, region: course.region, for: seeker)
    }

    /// `reach` from a course's terms as the catalog keeps them for guidance.
    static func reach(_ course: CourseTerms, for seeker: JobSeeker, today: LocalDate) -> CourseReach? {
        guard course.seats > 0, let last = course.lastStart, last >= today else { return nil }
        return reach(format: course.format, schedule: course.schedule, region: course.region, for: seeker)
    }

    /// The checks after seats and dates, the same for a course and its terms.
    private static func reach(
        format: LearningFormat, schedule: CourseSchedule, region: String, for seeker: JobSeeker
    ) -> CourseReach? {
        guard formatSuits(format, seeker.constraints.format), scheduleSuits(schedule, seeker.constraints.schedule)
        else { return nil }
        if format == .online { return .online }
        if region == seeker.region { return .inRegion }
        if seeker.constraints.relocation == .anywhere { return .otherRegion }
        return nil
    }

    /// A seeker who wants online learning takes only online courses; one who wants to attend
    /// in person takes in-person or blended ones; `blended` and `any` take all.
    static func formatSuits(_ course: LearningFormat, _ wanted: LearningFormat) -> Bool {
        switch wanted {
        case .any, .blended: true
        case .online: course == .online
        case .inPerson: course == .inPerson || course == .blended
        }
    }

    /// Self-paced courses suit every schedule; part-time seekers take evening or weekend classes.
    static func scheduleSuits(_ course: CourseSchedule, _ wanted: Constraints.Schedule) -> Bool {
        if course == .flexible { return true }
        switch wanted {
        case .any: return true
        case .daytime: return course == .daytime
        case .evening: return course == .evening
        case .weekend: return course == .weekend
        case .partTime: return course == .evening || course == .weekend
        }
    }

    /// The training part for one course: 50 + half the graduates' employment rate in the region or
    /// online, 25 + a quarter of it in another region.
    public static func points(_ course: Course, reach: CourseReach) -> Int {
        points(employmentRate: course.employmentRate, reach: reach)
    }

    static func points(employmentRate: Int, reach: CourseReach) -> Int {
        switch reach {
        case .inRegion, .online: 50 + employmentRate / 2
        case .otherRegion: 25 + employmentRate / 4
        }
    }
}
