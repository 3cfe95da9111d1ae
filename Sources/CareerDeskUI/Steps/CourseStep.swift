import CareerDeskCore
import Foundation
import TerminalKit

/// One course the seeker can take for the target: how it is reached and its next start.
public struct CourseOption: Hashable, Sendable {
    public var courseId: String
    public var reach: CourseReach
    public var nextStart: LocalDate
}

/// The course step's screen state: the filters, the order, the selection, and the courses open
/// to the seeker for the target (derived each time the step is shown).
public struct CourseStepState: Hashable, Sendable {
    /// What Tab moves between: the three filters and the list.
    public enum Focus: Int, CaseIterable, Hashable, Sendable {
        case list, format, place, sort
    }

    /// Where the course is taught, as the "Where" filter offers it.
    public enum Place: Int, CaseIterable, Hashable, Sendable {
        case all, region, online, elsewhere
    }

    /// The orders of the list; each has a natural direction (cheapest, shortest, soonest first;
    /// most practice and best employment first).
    public enum Sort: Int, CaseIterable, Hashable, Sendable {
        case start, cost, hours, practice, employment

        var ascendingByDefault: Bool { self != .practice && self != .employment }
    }

    public var focus: Focus = .list
    /// `.any` shows every format.
    public var format: LearningFormat = .any
    public var place: Place = .all
    public var sort: Sort = .start
    /// The order is the sort's natural direction turned round.
    public var reversed = false
    /// Position of the selection in the filtered, sorted list.
    public var selection = 0
    /// The target the options were derived for (an OKZ code or `own-business`).
    public var target: String?
    /// Courses for the target the seeker can take, in catalog order.
    public var options: [CourseOption] = []
    /// All courses for the target, reachable or not (to say why the list is empty).
    public var allCount = 0
    public var today: LocalDate?

    public init() {}

    /// Whether the list is sorted low to high.
    public var ascending: Bool { sort.ascendingByDefault != reversed }
}

/// Step 3: the courses leading to the target occupation, filtered and sorted, with a details
/// pane; Enter chooses one for the contract.
public enum CourseStep: CaseStepScreen {
    public static let stage = CaseStage.course

    public static func enter(_ session: inout CaseSession, context: DeskContext, now: Date) {
        let today = LocalDate(now)
        let target = GuidanceStep.targetCode(session.item.guidance)
        var state = session.course
        let keep = option(visible(state, catalog: context.catalog), state.selection)?.courseId
        state.target = target
        state.today = today
        let courses = target.map { context.catalog.courses(for: $0) } ?? []
        state.allCount = courses.count
        state.options = courses.compactMap { course in
            guard let reach = CourseAccess.reach(course, for: session.item.seeker, today: today),
                let start = course.nextStart(onOrAfter: today)
            else { return nil }
            return CourseOption(courseId: course.id, reach: reach, nextStart: start)
        }
        session.course = state
        // The chosen course is selected when the step opens; otherwise the one selected before.
        select(session.item.course?.courseId ?? keep, &session.course, catalog: context.catalog)
    }

    /// The options that pass the filters, in the chosen order.
    public static func visible(_ state: CourseStepState, catalog: Catalog) -> [CourseOption] {
        let rows: [(option: CourseOption, course: Course)] = state.options.compactMap { option in
            guard let course = catalog.course(option.courseId) else { return nil }
            if state.format != .any && course.format != state.format { return nil }
            switch state.place {
            case .all: break
            case .region: if option.reach != .inRegion { return nil }
            case .online: if option.reach != .online { return nil }
            case .elsewhere: if option.reach != .otherRegion { return nil }
            }
            return (option, course)
        }
        func key(_ row: (option: CourseOption, course: Course)) -> Int64 {
            switch state.sort {
            case .start:
                Int64(row.option.nextStart.year * 10_000 + row.option.nextStart.month * 100 + row.option.nextStart.day)
            case .cost: row.course.cost.kopecks
            case .hours: Int64(row.course.hours)
            case .practice: Int64(row.course.practiceShare)
            case .employment: Int64(row.course.employmentRate)
            }
        }
        let ascending = state.ascending
        // Ties go by start date, then id, so the order never depends on the catalog's file order.
        return rows.sorted { a, b in
            let x = key(a)
            let y = key(b)
            if x != y { return ascending ? x < y : x > y }
            if a.option.nextStart != b.option.nextStart { return a.option.nextStart < b.option.nextStart }
            return a.option.courseId < b.option.courseId
        }.map(\.option)
    }

    /// The option at `index`, or nil when the list is shorter.
    static func option(_ list: [CourseOption], _ index: Int) -> CourseOption? {
        list.indices.contains(index) ? list[index] : nil
    }

    static func select(_ courseId: String?, _ state: inout CourseStepState, catalog: Catalog) {
        let list = visible(state, catalog: catalog)
        if let courseId, let position = list.firstIndex(where: { $0.courseId == courseId }) {
            state.selection = position
        } else {
            state.selection = max(0, min(state.selection, list.count - 1))
        }
    }

    // MARK: Keys

    /// The step's keys: dispatch, key bar and help (issue 17.7).
    static let table = StepKeyTable(bindings: [
        StepKeyBinding([.tab], bar: CourseStepText.keyFilter, help: CourseStepText.helpNextFilter) { _, session, _, _ in
            session.course.focus = CourseStepState.Focus(rawValue: (session.course.focus.rawValue + 1) % 4)!
            return .handled
        },
        StepKeyBinding([.backTab], help: CourseStepText.helpPreviousFilter) { _, session, _, _ in
            session.course.focus = CourseStepState.Focus(rawValue: (session.course.focus.rawValue + 3) % 4)!
            return .handled
        },
        StepKeyBinding(
            [.right, .left], bar: CourseStepText.keyChange, help: CourseStepText.helpChangeFilter,
            when: { s, _ in s.course.focus != .list }
        ) { key, session, context, _ in
            changeFilter(key == .left ? -1 : 1, reverse: false, &session, catalog: context.catalog)
        },
        StepKeyBinding(
            [.character(" ")], bar: CourseStepText.keyReverse, help: CourseStepText.helpReverse,
            when: { s, _ in s.course.focus == .sort }
        ) { _, session, context, _ in
            changeFilter(1, reverse: true, &session, catalog: context.catalog)
        },
        StepKeyBinding(
            [.character(" ")], help: CourseStepText.helpChangeFilter,
            when: { s, _ in s.course.focus == .format || s.course.focus == .place }
        ) { _, session, context, _ in
            changeFilter(1, reverse: false, &session, catalog: context.catalog)
        },
        StepKeyBinding(
            [.enter], bar: CourseStepText.keyPick, help: CourseStepText.helpPick, when: { s, _ in !s.isReadOnly }
        ) { _, session, context, now in
            choose(&session, context: context, now: now)
        },
        // A read-only case: Enter says why nothing is chosen, but the bar does not offer it.
        StepKeyBinding([.enter], help: CourseStepText.helpPick, when: { s, _ in s.isReadOnly }) {
            _, session, context, now in
            choose(&session, context: context, now: now)
        },
        StepKeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], help: CourseStepText.helpSelect) {
            key, session, context, _ in
            var state = session.course
            let count = visible(state, catalog: context.catalog).count
            switch key {
            case .up: state.selection -= 1
            case .down: state.selection += 1
            case .pageUp: state.selection -= 5
            case .pageDown: state.selection += 5
            case .home: state.selection = 0
            default: state.selection = count - 1
            }
            state.selection = max(0, min(state.selection, count - 1))
            session.course = state
            return .handled
        },
    ])

    static func hasCourses(_ session: CaseSession) -> Bool {
        session.course.target != nil && !session.course.options.isEmpty
    }

    public static func handle(_ key: Key, _ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply {
        guard hasCourses(session) else { return .ignored }
        return table.handle(key, &session, context: context, now: now) ?? .ignored
    }

    /// ←/→ (or Space on the order) on a focused filter; the selected course stays selected
    /// when it is still listed.
    static func changeFilter(_ step: Int, reverse: Bool, _ session: inout CaseSession, catalog: Catalog) -> StepReply {
        var state = session.course
        let kept = option(visible(state, catalog: catalog), state.selection)?.courseId
        switch state.focus {
        case .list: return .ignored
        case .format: state.format = cycle(state.format, by: step)
        case .place: state.place = cycle(state.place, by: step)
        case .sort:
            if reverse {
                state.reversed.toggle()
            } else {
                state.sort = cycle(state.sort, by: step)
                state.reversed = false
            }
        }
        select(kept, &state, catalog: catalog)
        session.course = state
        return .handled
    }

    static func choose(_ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply {
        let list = visible(session.course, catalog: context.catalog)
        guard let chosen = option(list, session.course.selection) else { return .handled }
        return pick(chosen, &session, context: context, now: now)
    }

    static func cycle<T: CaseIterable & Equatable>(_ value: T, by step: Int) -> T where T.AllCases == [T] {
        let all = T.allCases
        let i = all.firstIndex(of: value) ?? 0
        return all[(i + step + all.count) % all.count]
    }

    /// Chooses a course: what the contract needs, copied from the catalog in the session's
    /// language, with the next start date.
    static func pick(_ option: CourseOption, _ session: inout CaseSession, context: DeskContext, now: Date)
        -> StepReply
    {
        guard let course = context.catalog.course(option.courseId) else { return .handled }
        let l = context.language
        let start = option.nextStart.formatted(l)
        if let chosen = session.item.course, chosen.courseId == course.id, chosen.startDate == option.nextStart {
            return StepReply(notice: .info(context.text(CourseStepText.alreadyPicked)))
        }
        if session.isReadOnly { return StepReply(notice: .error(context.text(DeskText.readOnlyRefused))) }
        session.item.course = CourseChoice(
            courseId: course.id, title: course.title(l), provider: course.provider(l), cost: course.cost,
            hours: course.hours, durationMonths: course.durationMonths, startDate: option.nextStart,
            format: course.format, chosenAt: now)
        // A drafted contract keeps its terms (the contract step owns them): say so, do not touch it.
        let text = session.item.contract == nil ? CourseStepText.picked : CourseStepText.pickedWithContract
        return StepReply(notice: .info(context.text(text, ["start": start])))
    }

    public static func dialogAnswered(
        tag: String, result: DialogResult, _ session: inout CaseSession, context: DeskContext, now: Date
    ) -> StepReply { .handled }

    // MARK: Bottom bar, help, done

    public static func keys(_ session: CaseSession, context: DeskContext) -> [KeyBarItem] {
        hasCourses(session) ? table.bar(session, context: context) : []
    }

    public static func help(_ language: Language) -> String {
        CourseStepText.help(language) + "\n" + table.help(language)
    }

    public static func isDone(_ item: Case) -> Bool { item.course != nil }
}
