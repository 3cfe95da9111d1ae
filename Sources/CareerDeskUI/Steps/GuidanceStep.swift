import CareerDeskCore
import Foundation
import TerminalKit

/// The guidance step's screen state: which pane shows, the questionnaire item on screen, the
/// skills list and the ranking (with the engine's result for the case as it is now, so drawing
/// never recomputes it).
public struct GuidanceStepState: Hashable, Sendable {
    /// The four panes of the step, in Tab order.
    public enum Pane: Int, CaseIterable, Hashable, Sendable {
        case questionnaire, skills, occupations, measures
    }

    public var pane: Pane = .questionnaire
    /// Index of the questionnaire item on screen.
    public var item: Int = 0
    /// The skills check: tick column, name, the top occupations that need it.
    public var skills = Table(columns: [], rows: [])
    /// Skill ids in the order of `skills.rows`.
    public var skillIDs: [String] = []
    /// The ranking, one row per recommendation in rank order.
    public var occupations = Table(columns: [], rows: [])
    /// The measure selected on the measures pane.
    public var measure: Int = 0
    /// The engine's result for the case as it is now (refreshed after every change).
    public var result: GuidanceResult?
    /// The day the result was computed for.
    public var today: LocalDate?
    /// False until the step was shown once in this sitting (the first showing picks the pane).
    public var entered = false

    public init() {}
}

/// Step 2: the interest questionnaire, the skills check, the ranked occupations (with the
/// own-business track) and the support measures; Enter on an occupation makes it the target.
public enum GuidanceStep: CaseStepScreen {
    public static let stage = CaseStage.guidance

    /// How many top-ranked outcomes decide which skills the skills check lists first.
    static let relevantOutcomes = 5

    public static func enter(_ session: inout CaseSession, context: DeskContext, now: Date) {
        let count = context.catalog.questionnaire.items.count
        let answers = session.item.guidance?.answers ?? []
        let firstOpen = firstUnanswered(answers, count: count)
        if !session.guidance.entered {
            session.guidance.entered = true
            session.guidance.item = min(firstOpen ?? 0, max(0, count - 1))
            session.guidance.pane = firstOpen == nil ? .occupations : .questionnaire
        }
        session.guidance.occupations.columns = occupationColumns(context.language)
        session.guidance.occupations.pageSize = 8
        session.guidance.skills.columns = skillColumns(context.language)
        session.guidance.skills.pageSize = 8
        refresh(&session, context: context, today: LocalDate(now))
        if let target = targetCode(session.item.guidance) { selectOccupation(target, &session.guidance) }
        rebuildSkills(&session, context: context)
    }

    // MARK: Keys

    /// The step's keys for a questionnaire scale (its digits answer): dispatch, key bar and help
    /// (issue 17.7). Keys no binding takes go to the pane's list (search, arrows).
    static func table(scale: [Int]) -> StepKeyTable {
        typealias T = GuidanceStepText
        let digits = scale.sorted().map { Key.character(Character(String($0))) }
        let answerLabel = scale.max().map { high in
            LocalizedText(ru: "–\(high) " + T.keyAnswer(.ru), en: "–\(high) " + T.keyAnswer(.en))
        }
        func on(_ pane: Pane) -> @Sendable (CaseSession, DeskContext) -> Bool { { s, _ in s.guidance.pane == pane } }
        return StepKeyTable(bindings: [
            StepKeyBinding([.tab], bar: T.keyPane, help: T.helpNextPane) { _, session, context, _ in
                show(pane: (session.guidance.pane.rawValue + 1) % Pane.allCases.count, &session, context: context)
                return .handled
            },
            StepKeyBinding([.backTab], help: T.helpPreviousPane) { _, session, context, _ in
                let count = Pane.allCases.count
                show(pane: (session.guidance.pane.rawValue + count - 1) % count, &session, context: context)
                return .handled
            },
            StepKeyBinding(
                digits, bar: answerLabel, help: T.helpAnswer,
                when: { s, _ in s.guidance.pane == .questionnaire && !s.isReadOnly }
            ) { key, session, context, now in questionnaireKey(key, &session, context: context, now: now) },
            StepKeyBinding(digits, help: T.helpAnswer, when: { s, _ in s.guidance.pane == .questionnaire }) {
                key, session, context, now in questionnaireKey(key, &session, context: context, now: now)
            },
            StepKeyBinding(
                [.left, .backspace, .pageUp, .up], bar: T.keyBack, help: T.helpPreviousItem,
                when: { s, _ in s.guidance.pane == .questionnaire && s.guidance.item > 0 }
            ) { key, session, context, now in questionnaireKey(key, &session, context: context, now: now) },
            StepKeyBinding(
                [.right, .pageDown, .down, .home, .end, .left, .backspace, .pageUp, .up], help: T.helpNextItem,
                when: on(.questionnaire)
            ) { key, session, context, now in questionnaireKey(key, &session, context: context, now: now) },
            StepKeyBinding(
                [.character(" "), .enter], bar: T.keyTick, help: T.helpTick,
                when: { s, _ in s.guidance.pane == .skills && !s.isReadOnly }
            ) { key, session, context, now in skillsKey(key, &session, context: context, now: now) },
            StepKeyBinding([.character(" "), .enter], help: T.helpTick, when: on(.skills)) {
                key, session, context, now in skillsKey(key, &session, context: context, now: now)
            },
            StepKeyBinding(
                [.enter], bar: T.keyTarget, help: T.helpTarget,
                when: { s, _ in s.guidance.pane == .occupations && !s.isReadOnly }
            ) { key, session, context, now in occupationsKey(key, &session, context: context, now: now) },
            StepKeyBinding([.enter], help: T.helpTarget, when: on(.occupations)) { key, session, context, now in
                occupationsKey(key, &session, context: context, now: now)
            },
            StepKeyBinding(
                [.escape], bar: T.keyClearSearch, help: T.helpClearSearch,
                when: { s, _ in
                    (s.guidance.pane == .skills && !s.guidance.skills.filter.isEmpty)
                        || (s.guidance.pane == .occupations && !s.guidance.occupations.filter.isEmpty)
                }
            ) { key, session, context, now in
                session.guidance.pane == .skills
                    ? skillsKey(key, &session, context: context, now: now)
                    : occupationsKey(key, &session, context: context, now: now)
            },
            StepKeyBinding(
                [.down, .up, .pageDown, .pageUp, .home, .end], bar: T.keyScroll, help: T.helpScrollMeasures,
                when: { s, _ in s.guidance.pane == .measures && (s.guidance.result?.supportMeasures.count ?? 0) > 1 }
            ) { key, session, _, _ in measuresKey(key, &session) },
        ])
    }

    public static func handle(_ key: Key, _ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply {
        let table = table(scale: context.catalog.questionnaire.scale.map(\.value))
        if let reply = table.handle(key, &session, context: context, now: now) { return reply }
        // The lists search and move by themselves.
        switch session.guidance.pane {
        case .questionnaire, .measures: return .ignored
        case .skills: return skillsKey(key, &session, context: context, now: now)
        case .occupations: return occupationsKey(key, &session, context: context, now: now)
        }
    }

    typealias Pane = GuidanceStepState.Pane

    static func show(pane index: Int, _ session: inout CaseSession, context: DeskContext) {
        let pane = Pane(rawValue: index) ?? .questionnaire
        // The skills order follows the ranking as it is when the pane is opened, and stays put
        // while ticking, so a row never jumps away from under the cursor.
        if pane == .skills { rebuildSkills(&session, context: context) }
        session.guidance.pane = pane
    }

    static func questionnaireKey(_ key: Key, _ session: inout CaseSession, context: DeskContext, now: Date)
        -> StepReply
    {
        let questionnaire = context.catalog.questionnaire
        let count = questionnaire.items.count
        guard count > 0 else { return .ignored }
        let answers = answers(session.item.guidance, count: count)
        var state = session.guidance
        switch key {
        case .left, .backspace, .pageUp, .up:
            guard state.item > 0 else { return .handled }
            state.item -= 1
        case .right, .pageDown, .down:
            // Forward only over answered items, so none is skipped by accident.
            guard answers[state.item] != nil, state.item + 1 < count else { return .handled }
            state.item += 1
        case .home:
            state.item = 0
        case .end:
            state.item = firstUnanswered(answers, count: count) ?? count - 1
        case .character(let c):
            guard let value = c.wholeNumberValue, c.isASCII,
                questionnaire.scale.contains(where: { $0.value == value })
            else { return .ignored }
            if session.isReadOnly { return StepReply(notice: .error(context.text(DeskText.readOnlyRefused))) }
            let wasComplete = context.engine.profile(answers: answers) != nil
            answer(value, item: state.item, &session, context: context)
            // Without a complete profile the ranking ignores the answers: rank again only when
            // the profile exists before or after this answer.
            let isComplete = context.engine.profile(answers: session.item.guidance?.answers ?? []) != nil
            if wasComplete || isComplete { refresh(&session, context: context, today: LocalDate(now)) }
            session.guidance.item = state.item + 1 < count ? state.item + 1 : state.item
            let guidance = session.item.guidance
            if !wasComplete, isComplete, let code = guidance?.hollandCode {
                return StepReply(notice: .info(context.text(GuidanceStepText.questionnaireDone, ["code": code])))
            }
            return .handled
        default:
            return .ignored
        }
        session.guidance = state
        return .handled
    }

    /// Stores one answer (1–5) for item `index`, and the profile once every item is answered.
    static func answer(_ value: Int, item index: Int, _ session: inout CaseSession, context: DeskContext) {
        let questionnaire = context.catalog.questionnaire
        var guidance = session.item.guidance ?? Guidance()
        guidance.questionnaireId = questionnaire.id
        guidance.answers = answers(guidance, count: questionnaire.items.count)
        guidance.answers[index] = value
        if let profile = context.engine.profile(answers: guidance.answers) {
            guidance.riasec = profile.scores
            guidance.hollandCode = profile.hollandCode
        }
        session.item.guidance = guidance
    }

    static func skillsKey(_ key: Key, _ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply {
        switch key {
        case .character(" "), .enter:
            guard let row = session.guidance.skills.selectedRow else { return .handled }
            if session.isReadOnly { return StepReply(notice: .error(context.text(DeskText.readOnlyRefused))) }
            let id = session.guidance.skillIDs[row]
            var guidance = session.item.guidance ?? Guidance(questionnaireId: context.catalog.questionnaire.id)
            var held = Set(guidance.skills)
            if held.contains(id) { held.remove(id) } else { held.insert(id) }
            // Catalog order, so the same ticks always give the same file.
            guidance.skills = context.catalog.skills.map(\.id).filter(held.contains)
            session.item.guidance = guidance
            session.guidance.skills.rows[row][0] = tick(held.contains(id))
            refresh(&session, context: context, today: LocalDate(now))
            return .handled
        default:
            return session.guidance.skills.handle(key) == .handled ? .handled : .ignored
        }
    }

    static func occupationsKey(_ key: Key, _ session: inout CaseSession, context: DeskContext, now: Date)
        -> StepReply
    {
        guard key == .enter else {
            return session.guidance.occupations.handle(key) == .handled ? .handled : .ignored
        }
        guard let row = session.guidance.occupations.selectedRow,
            let pick = session.guidance.result?.recommendations[row]
        else { return .handled }
        let name = pick.name(context.language)
        let current = session.item.guidance
        if current?.track == pick.track, targetCode(current) == pick.occupationCode {
            return StepReply(notice: .info(context.text(GuidanceStepText.targetAlready, ["name": name])))
        }
        if session.isReadOnly { return StepReply(notice: .error(context.text(DeskText.readOnlyRefused))) }
        choose(pick, &session, context: context, now: now)
        return StepReply(notice: .info(context.text(GuidanceStepText.targetChosen, ["name": name])))
    }

    /// Makes `pick` the target: the track, the occupation (none for the own-business track, as
    /// the case file has it), the profile, the measures for that track, and the time.
    static func choose(_ pick: Recommendation, _ session: inout CaseSession, context: DeskContext, now: Date) {
        let today = LocalDate(now)
        var guidance = session.item.guidance ?? Guidance(questionnaireId: context.catalog.questionnaire.id)
        guidance.track = pick.track
        guidance.targetOccupation = pick.track == .ownBusiness ? nil : pick.occupationCode
        if let profile = context.engine.profile(answers: guidance.answers) {
            guidance.riasec = profile.scores
            guidance.hollandCode = profile.hollandCode
        }
        guidance.supportMeasures = SupportMeasures.eligible(
            context.catalog.supportMeasures, for: session.item.seeker, track: pick.track, today: today
        ).map(\.id)
        guidance.completedAt = now
        session.item.guidance = guidance
        refresh(&session, context: context, today: today)
    }

    static func measuresKey(_ key: Key, _ session: inout CaseSession) -> StepReply {
        let count = session.guidance.result?.supportMeasures.count ?? 0
        var index = session.guidance.measure
        switch key {
        case .up: index -= 1
        case .down: index += 1
        case .pageUp: index -= 3
        case .pageDown: index += 3
        case .home: index = 0
        case .end: index = count - 1
        default: return .ignored
        }
        session.guidance.measure = max(0, min(index, count - 1))
        return .handled
    }

    public static func dialogAnswered(
        tag: String, result: DialogResult, _ session: inout CaseSession, context: DeskContext, now: Date
    ) -> StepReply { .handled }

    // MARK: Derived lists

    /// Runs the engine for the case as it is and rebuilds the ranking rows, keeping the
    /// selected occupation selected.
    static func refresh(_ session: inout CaseSession, context: DeskContext, today: LocalDate) {
        let language = context.language
        let guidance = session.item.guidance ?? Guidance()
        let result = context.engine.recommend(for: session.item.seeker, guidance: guidance, today: today)
        var state = session.guidance
        let selected = state.result.flatMap { old in state.occupations.selectedRow.map { old.recommendations[$0] } }
        state.result = result
        state.today = today
        let target = targetCode(guidance)
        state.occupations.rows = result.recommendations.map { r in
            let uplift = r.wageUpliftPercent
            return [
                r.occupationCode == target ? context.text(GuidanceStepText.targetMark) : "",
                String(r.rank),
                r.name(language),
                String(r.score),
                r.medianWage.formatted(language, kopecks: false),
                (uplift > 0 ? "+" : "") + context.text(DocumentText.percent, ["n": String(uplift)]),
            ]
        }
        state.measure = max(0, min(state.measure, result.supportMeasures.count - 1))
        session.guidance = state
        // Until a target is chosen the best-ranked row is the one selected (and scrolled to):
        // following a row through the re-rankings of the questionnaire left rank 13 selected
        // with ranks 1–5 out of sight, so an Enter at once picked the wrong target.
        if target == nil, let best = result.recommendations.first {
            selectOccupation(best.occupationCode, &session.guidance)
        } else if let selected {
            selectOccupation(selected.occupationCode, &session.guidance)
        }
    }

    static func selectOccupation(_ code: String, _ state: inout GuidanceStepState) {
        guard let recommendations = state.result?.recommendations,
            let row = recommendations.firstIndex(where: { $0.occupationCode == code }),
            let position = state.occupations.visibleRows.firstIndex(of: row)
        else { return }
        state.occupations.select(position)
    }

    /// Lists every skill: first those the target and the top-ranked outcomes need (with which
    /// ones), then the rest in catalog order. The search text is kept.
    static func rebuildSkills(_ session: inout CaseSession, context: DeskContext) {
        let catalog = context.catalog
        let language = context.language
        var outcomes: [Occupation] = []
        if let code = targetCode(session.item.guidance), let target = catalog.occupation(code) {
            outcomes.append(target)
        }
        for r in session.guidance.result?.recommendations.prefix(relevantOutcomes) ?? [] {
            if let o = catalog.occupation(r.occupationCode), !outcomes.contains(where: { $0.code == o.code }) {
                outcomes.append(o)
            }
        }
        var order: [String] = []
        var neededFor: [String: [String]] = [:]
        for occupation in outcomes {
            for id in occupation.skills where catalog.skill(id) != nil {
                if neededFor[id] == nil { order.append(id) }
                neededFor[id, default: []].append(occupation.name(language))
            }
        }
        let listed = Set(order)
        order += catalog.skills.map(\.id).filter { !listed.contains($0) }
        let held = Set(session.item.guidance?.skills ?? [])
        let keep = session.guidance.skills.selectedRow.map { session.guidance.skillIDs[$0] }
        session.guidance.skillIDs = order
        session.guidance.skills.rows = order.map { id in
            [
                tick(held.contains(id)), catalog.skill(id)?.name(language) ?? id,
                (neededFor[id] ?? []).joined(separator: ", "),
            ]
        }
        if let keep, let row = order.firstIndex(of: keep),
            let position = session.guidance.skills.visibleRows.firstIndex(of: row)
        {
            session.guidance.skills.select(position)
        }
    }

    static func tick(_ on: Bool) -> String { on ? "[✓]" : "[ ]" }

    static func occupationColumns(_ language: Language) -> [TableColumn] {
        [
            TableColumn("", width: .fixed(1)),
            TableColumn(GuidanceStepText.columnRank(language), width: .fixed(3), alignment: .right),
            TableColumn(GuidanceStepText.columnOccupation(language), width: .flexible(1)),
            TableColumn(GuidanceStepText.columnScore(language), width: .fixed(5), alignment: .right),
            TableColumn(GuidanceStepText.columnWage(language), width: .fixed(11), alignment: .right),
            TableColumn(GuidanceStepText.columnUplift(language), width: .fixed(7), alignment: .right),
        ]
    }

    static func skillColumns(_ language: Language) -> [TableColumn] {
        [
            TableColumn(GuidanceStepText.columnHas(language), width: .fixed(4)),
            TableColumn(GuidanceStepText.columnSkill(language), width: .flexible(3)),
            TableColumn(GuidanceStepText.columnNeededFor(language), width: .flexible(2)),
        ]
    }

    /// The answers padded (or cut) to the questionnaire's length.
    static func answers(_ guidance: Guidance?, count: Int) -> [Int?] {
        let given = guidance?.answers ?? []
        return Array((given + Array(repeating: nil, count: max(0, count - given.count))).prefix(count))
    }

    static func firstUnanswered(_ answers: [Int?], count: Int) -> Int? {
        (0..<count).first { $0 >= answers.count || answers[$0] == nil }
    }

    /// The code of the chosen outcome: the occupation, or `own-business` for that track.
    public static func targetCode(_ guidance: Guidance?) -> String? {
        guard let guidance else { return nil }
        if let code = guidance.targetOccupation { return code }
        return guidance.track == .ownBusiness ? Occupation.ownBusinessCode : nil
    }

    // MARK: Bottom bar, help, done

    public static func keys(_ session: CaseSession, context: DeskContext) -> [KeyBarItem] {
        table(scale: context.catalog.questionnaire.scale.map(\.value)).bar(session, context: context)
    }

    /// The help names the keys of the usual 1–5 scale (the catalog's questionnaire has it).
    public static func help(_ language: Language) -> String {
        GuidanceStepText.help(language) + "\n" + table(scale: Array(1...5)).help(language)
    }

    public static func isDone(_ item: Case) -> Bool { targetCode(item.guidance) != nil }
}
