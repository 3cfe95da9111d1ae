import CareerDeskCore
import Foundation
import TerminalKit

/// Drawing of the guidance step: a tab row of the four panes, then the pane. Panes put a detail
/// column beside their list at 100 columns and more, and under it at 80.
extension GuidanceStep {
    /// Width from which details go beside a list instead of under it.
    static let wideLayout = 100

    public static func render(_ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect) {
        guard rect.height > 2 else { return }
        let (tabs, body) = rect.splitTop(1)
        renderTabs(session, context: context, into: &buffer, rect: tabs)
        let pane = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
        switch session.guidance.pane {
        case .questionnaire: renderQuestionnaire(session, context: context, into: &buffer, rect: pane)
        case .skills: renderSkills(session, context: context, into: &buffer, rect: pane)
        case .occupations: renderOccupations(session, context: context, into: &buffer, rect: pane)
        case .measures: renderMeasures(session, context: context, into: &buffer, rect: pane)
        }
    }

    static func renderTabs(_ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect) {
        let theme = Theme.standard
        let count = context.catalog.questionnaire.items.count
        let guidance = session.item.guidance
        let done = answers(guidance, count: count).compactMap { $0 }.count
        let labels = [
            context.text(GuidanceStepText.paneQuestionnaire, ["done": String(done), "total": String(count)]),
            context.text(GuidanceStepText.paneSkills, ["count": String(guidance?.skills.count ?? 0)]),
            context.text(GuidanceStepText.paneOccupations),
            context.text(
                GuidanceStepText.paneMeasures, ["count": String(session.guidance.result?.supportMeasures.count ?? 0)]),
        ]
        buffer.fill(rect)
        var x = rect.x
        for (i, label) in labels.enumerated() {
            let current = i == session.guidance.pane.rawValue
            x += buffer.draw(" \(label) ", x: x, y: rect.y, style: current ? theme.selected : theme.hint, clip: rect)
            if i + 1 < labels.count { x += buffer.draw("│", x: x, y: rect.y, style: theme.hint, clip: rect) }
        }
        let target = targetCode(guidance).flatMap { context.catalog.occupation($0) }
        let label =
            target.map { context.text(GuidanceStepText.targetLabel, ["name": "✓ " + $0.name(context.language)]) }
            ?? context.text(GuidanceStepText.noTarget)
        let room = rect.right - x - 2
        if room > 8 {
            buffer.drawLine(
                label, in: Rect(x: x + 2, y: rect.y, width: room, height: 1),
                style: target == nil ? theme.hint : theme.title, alignment: .right)
        }
    }

    // MARK: Questionnaire

    static func renderQuestionnaire(
        _ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect
    ) {
        let theme = Theme.standard
        let l = context.language
        let questionnaire = context.catalog.questionnaire
        let count = questionnaire.items.count
        guard count > 0, !rect.isEmpty else { return }
        let answers = answers(session.item.guidance, count: count)
        let index = min(session.guidance.item, count - 1)
        let item = questionnaire.items[index]
        let profile = context.engine.profile(answers: answers)
        let wide = rect.width >= wideLayout
        let profileRows = profile == nil ? 2 : 7
        let area =
            wide
            ? Rect(x: rect.x, y: rect.y, width: rect.width * 11 / 20 - 2, height: rect.height)
            : Rect(x: rect.x, y: rect.y, width: rect.width, height: max(0, rect.height - profileRows - 1))
        let progress =
            context.text(GuidanceStepText.itemProgress, ["n": String(index + 1), "total": String(count)]) + " · "
            + context.text(GuidanceStepText.answeredCount, ["done": String(answers.compactMap { $0 }.count)])
        let instructions = GuidanceLayout.wrap(questionnaire.instructions(l), width: area.width, limit: 2).map {
            ($0, theme.hint)
        }
        var core: [(String, Style)] = []
        for line in GuidanceLayout.wrap("«" + item.text(l) + "»", width: area.width - 2, limit: 2) {
            core.append(("  " + line, theme.title))
        }
        for point in questionnaire.scale {
            let chosen = answers[index] == point.value
            core.append(
                ((chosen ? "▸ " : "  ") + "\(point.value)  " + point.label(l), chosen ? theme.selected : theme.normal))
        }
        // The item and the scale always show; the instruction and the key hint when there is room.
        var lines: [(String, Style)] = [(progress, theme.title)]
        if area.height >= 1 + instructions.count + core.count { lines += instructions }
        lines += core
        if area.height >= lines.count + 2 {
            lines.append(("", theme.normal))
            lines.append((context.text(GuidanceStepText.questionnaireHint), theme.hint))
        }
        for (i, line) in lines.prefix(area.height).enumerated() {
            buffer.drawLine(line.0, in: area.row(i), style: line.1)
        }
        let used = min(lines.count, area.height) + 1
        let right =
            wide
            ? Rect(x: rect.x + area.width + 2, y: rect.y, width: rect.width - area.width - 2, height: rect.height)
            : Rect(x: rect.x, y: rect.y + used, width: rect.width, height: max(0, rect.height - used))
        renderProfile(
            profile, answered: answers.compactMap { $0 }.count, total: count, wide: wide,
            context: context, into: &buffer, rect: right)
    }

    /// The RIASEC bars and the Holland code, or what is still missing for them.
    static func renderProfile(
        _ profile: InterestProfile?, answered: Int, total: Int, wide: Bool, context: DeskContext,
        into buffer: inout Buffer, rect: Rect
    ) {
        guard !rect.isEmpty else { return }
        let theme = Theme.standard
        let l = context.language
        let questionnaire = context.catalog.questionnaire
        guard let profile else {
            let text = context.text(GuidanceStepText.profileWaiting, ["left": String(total - answered)])
            for (i, line) in GuidanceLayout.wrap(text, width: rect.width, limit: rect.height).enumerated() {
                buffer.drawLine(line, in: rect.row(i), style: theme.hint)
            }
            return
        }
        buffer.drawLine(
            context.text(GuidanceStepText.hollandCode, ["code": profile.hollandCode]), in: rect.row(0),
            style: theme.title)
        let bars = HollandType.allCases.map { type in
            let name = questionnaire.description(of: type)?.name(l) ?? type.rawValue
            return BarItem(
                "\(type.rawValue) \(name)", value: Double(profile.scores[type]), valueText: String(profile.scores[type])
            )
        }
        let chart = Rect(x: rect.x, y: rect.y + 1, width: min(rect.width, 70), height: min(6, rect.height - 1))
        BarChart(items: bars, maximum: 100).render(into: &buffer, rect: chart)
        guard wide, rect.height > 9 else { return }
        // Beside the questionnaire there is room to say what the three letters mean.
        var y = 8
        for letter in profile.hollandCode {
            guard let type = HollandType(rawValue: String(letter)), let d = questionnaire.description(of: type) else {
                continue
            }
            for line in GuidanceLayout.wrap(
                "\(letter) — \(d.name(l)): \(d.description(l))", width: rect.width, limit: 2)
            where y < rect.height {
                buffer.drawLine(line, in: rect.row(y), style: theme.hint)
                y += 1
            }
        }
    }

    // MARK: Skills

    static func renderSkills(_ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect) {
        guard rect.height > 2 else { return }
        let theme = Theme.standard
        let state = session.guidance
        let (top, rest) = rect.splitTop(1)
        let held = session.item.guidance?.skills.count ?? 0
        let count = context.text(
            GuidanceStepText.skillsCount, ["count": String(held), "total": String(state.skillIDs.count)])
        if state.skills.filter.isEmpty {
            buffer.drawLine(context.text(GuidanceStepText.skillsHint) + " · " + count, in: top, style: theme.hint)
        } else {
            buffer.drawLine(
                context.text(GuidanceStepText.skillsFilter, ["filter": state.skills.filter]) + " · " + count,
                in: top, style: theme.title)
        }
        if state.skills.visibleRows.isEmpty {
            buffer.drawLine(context.text(GuidanceStepText.nothingFound), in: rest.row(1), style: theme.hint)
            return
        }
        state.skills.render(into: &buffer, rect: rest)
    }

    // MARK: Occupations

    static func renderOccupations(
        _ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect
    ) {
        guard rect.height > 3, let result = session.guidance.result else { return }
        let theme = Theme.standard
        var area = rect
        if !result.usesInterests || !session.guidance.occupations.filter.isEmpty {
            let line =
                session.guidance.occupations.filter.isEmpty
                ? context.text(GuidanceStepText.withoutInterests)
                : context.text(GuidanceStepText.skillsFilter, ["filter": session.guidance.occupations.filter])
            buffer.drawLine(line, in: area.row(0), style: theme.hint)
            area = area.splitTop(1).1
        }
        let selected = session.guidance.occupations.selectedRow.map { result.recommendations[$0] }
        if rect.width >= wideLayout {
            // The list takes what its longest occupation name needs (no name cut while there is
            // room, issue 17.8), leaving the details at least 44 columns.
            let names = session.guidance.occupations.rows.map { $0.count > 2 ? $0[2].displayWidth : 0 }.max() ?? 0
            let needed = names + 27 + 5 + 2
            let (list, details) = area.splitLeft(max(area.width * 11 / 20, min(needed, area.width - 44)))
            renderRanking(
                session, context: context, into: &buffer,
                rect: Rect(x: list.x, y: list.y, width: list.width - 2, height: list.height))
            if let selected {
                renderRecommendation(
                    selected, result: result, wide: true, context: context, into: &buffer, rect: details)
            }
        } else {
            let detailRows = min(8, max(0, area.height - 5))
            let (list, details) = area.splitBottom(detailRows)
            renderRanking(
                session, context: context, into: &buffer,
                rect: Rect(x: list.x, y: list.y, width: list.width, height: list.height - 1))
            if let selected {
                renderRecommendation(
                    selected, result: result, wide: false, context: context, into: &buffer, rect: details)
            }
        }
    }

    static func renderRanking(_ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect) {
        let table = session.guidance.occupations
        if table.visibleRows.isEmpty {
            buffer.drawLine(context.text(GuidanceStepText.nothingFound), in: rect.row(0), style: Theme.standard.hint)
            return
        }
        table.render(into: &buffer, rect: rect)
    }

    /// One recommendation in full: the score and its parts, pay and uplift in money, demand,
    /// the engine's reason, skills and courses.
    static func renderRecommendation(
        _ r: Recommendation, result: GuidanceResult, wide: Bool, context: DeskContext, into buffer: inout Buffer,
        rect: Rect
    ) {
        guard !rect.isEmpty else { return }
        let theme = Theme.standard
        let l = context.language
        let catalog = context.catalog
        let dash = GuidanceText.notApplicable(l)
        let p = r.parts
        var lines: [(String, Style)] = []
        let code = r.track == .ownBusiness ? context.text(GuidanceStepText.ownBusiness) : r.occupationCode
        let title = "\(r.name(l)) (\(code)) · \(r.hollandCode)"
        let score = context.text(GuidanceStepText.scoreLine, ["score": String(r.score), "rank": String(r.rank)])
        // At 80 columns every row counts: the score goes on the title line.
        lines += wide ? [(title, theme.title), (score, theme.normal)] : [(title + " · " + score, theme.title)]
        var chart: [BarItem] = []
        if wide {
            func bar(_ label: LocalizedText, _ value: Int?) -> BarItem {
                BarItem(label(l), value: Double(value ?? 0), valueText: value.map(String.init) ?? dash)
            }
            chart = [
                bar(GuidanceStepText.partInterest, p.interest), bar(GuidanceStepText.partDemand, p.demand),
                bar(GuidanceStepText.partWage, p.wage), bar(GuidanceStepText.partSkills, p.skills),
                bar(GuidanceStepText.partTraining, p.training),
            ]
            if p.educationPenalty > 0 {
                chart.append(BarItem(GuidanceStepText.partPenalty(l), value: 0, valueText: "−\(p.educationPenalty)"))
            }
        } else {
            let parts = context.text(
                GuidanceStepText.parts,
                [
                    "interest": p.interest.map(String.init) ?? dash, "demand": String(p.demand),
                    "wage": String(p.wage), "skills": p.skills.map(String.init) ?? dash,
                    "training": String(p.training),
                    "penalty": p.educationPenalty > 0
                        ? context.text(GuidanceText.penalty, ["n": String(p.educationPenalty)]) : "",
                ])
            lines += GuidanceLayout.wrap(parts, width: rect.width, limit: 2).map { ($0, theme.normal) }
        }
        let uplift = r.medianWage - result.upliftBase
        let base = result.upliftBase.formatted(l, kopecks: false)
        var body: [String] = [
            context.text(
                GuidanceStepText.wageLine,
                [
                    "wage": r.medianWage.formatted(l, kopecks: false),
                    "uplift": (uplift.kopecks > 0 ? "+" : "") + uplift.formatted(l, kopecks: false),
                    "percent": (r.wageUpliftPercent > 0 ? "+" : "") + String(r.wageUpliftPercent),
                    "base": result.upliftBaseIsMinimumWage
                        ? context.text(GuidanceStepText.minimumWage, ["base": base]) : base,
                ])
        ]
        // The demand part and the reason say it at 80 columns; the wide pane has room for the figure.
        if wide {
            body.append(
                context.text(
                    GuidanceStepText.demandLine,
                    [
                        "demand": r.demandIndex.formatted(l),
                        "national": r.regionalFigures ? "" : context.text(GuidanceStepText.nationalFigures),
                    ]))
        }
        let reason = GuidanceLayout.wrap(r.reason(l), width: rect.width, limit: wide ? 4 : 2)
        let occupation = catalog.occupation(r.occupationCode)
        let missing = r.missingSkills.prefix(wide ? 5 : 3).map { catalog.skill($0)?.name(l) ?? $0 }
        let skills = context.text(
            GuidanceStepText.skillsLine,
            [
                "have": String(r.matchedSkills.count), "total": String(occupation?.skills.count ?? 0),
                "missing": missing.isEmpty
                    ? "" : context.text(GuidanceStepText.missingSkills, ["names": missing.joined(separator: ", ")]),
            ])
        let best = r.bestCourseId.flatMap { catalog.course($0) }
        let courses = context.text(
            GuidanceStepText.coursesLine,
            [
                "count": String(r.courseCount),
                "best": best.map { context.text(GuidanceStepText.bestCourse, ["provider": $0.provider(l)]) } ?? "",
            ])
        body += [skills, courses]
        var y = 0
        for line in lines where y < rect.height {
            buffer.drawLine(line.0, in: rect.row(y), style: line.1)
            y += 1
        }
        if !chart.isEmpty, y < rect.height {
            let height = min(chart.count, rect.height - y)
            BarChart(items: chart, maximum: 100).render(
                into: &buffer, rect: Rect(x: rect.x, y: rect.y + y, width: min(rect.width, 50), height: height))
            y += height + 1
        }
        for line in reason where y < rect.height {
            buffer.drawLine(line, in: rect.row(y), style: theme.title)
            y += 1
        }
        for text in body {
            for line in GuidanceLayout.wrap(text, width: rect.width, limit: wide ? 3 : 1) where y < rect.height {
                buffer.drawLine(line, in: rect.row(y), style: theme.normal)
                y += 1
            }
        }
    }

    // MARK: Measures

    static func renderMeasures(_ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect) {
        guard rect.height > 2, let result = session.guidance.result else { return }
        let theme = Theme.standard
        let l = context.language
        let guidance = session.item.guidance
        var y = 0
        buffer.drawLine(context.text(GuidanceStepText.measuresHeading), in: rect.row(y), style: theme.title)
        y += 1
        if guidance?.track == nil {
            buffer.drawLine(context.text(GuidanceStepText.measuresNoTrack), in: rect.row(y), style: theme.hint)
            y += 1
        }
        let area = Rect(x: rect.x, y: rect.y + y, width: rect.width, height: rect.height - y)
        guard !result.supportMeasures.isEmpty else {
            buffer.drawLine(context.text(GuidanceStepText.noMeasures), in: area.row(1), style: theme.hint)
            return
        }
        let offered = Set(guidance?.supportMeasures ?? [])
        // Each measure as a block of lines; the window starts at the top and moves down only as
        // far as needed to show the selected block whole.
        var blocks: [[(String, Style)]] = []
        for (i, m) in result.supportMeasures.enumerated() {
            let selected = i == session.guidance.measure
            var block: [(String, Style)] = []
            let mark = offered.contains(m.id) ? "  " + context.text(GuidanceStepText.measureOffered) : ""
            block.append(("• " + m.name(l) + mark, selected ? theme.selected : theme.title))
            let why = context.text(GuidanceStepText.measureBecause, ["why": m.explanation(l)])
            for line in GuidanceLayout.wrap(why, width: area.width - 2, limit: 2) {
                block.append(("  " + line, theme.normal))
            }
            if let measure = context.catalog.supportMeasure(m.id) {
                for line in GuidanceLayout.wrap(measure.description(l), width: area.width - 2, limit: 2) {
                    block.append(("  " + line, theme.hint))
                }
            }
            blocks.append(block)
        }
        let selected = min(session.guidance.measure, blocks.count - 1)
        let end = blocks.prefix(selected + 1).map(\.count).reduce(0, +)
        let skip = max(0, end - area.height)
        let lines = blocks.flatMap { $0 }.dropFirst(skip)
        for (i, line) in lines.prefix(area.height).enumerated() {
            buffer.drawLine(line.0, in: area.row(i), style: line.1)
        }
    }
}

/// Small text-layout helpers shared by the guidance and course steps.
enum GuidanceLayout {
    /// Word-wrapped lines, at most `limit`; the last one ends with "…" when text was left out.
    static func wrap(_ text: String, width: Int, limit: Int) -> [String] {
        guard width > 0, limit > 0 else { return [] }
        let lines = TextLayout.wrap(text, width: width)
        guard lines.count > limit else { return lines }
        var kept = Array(lines.prefix(limit))
        let last = kept[limit - 1]
        kept[limit - 1] = last.displayWidth < width ? last + "…" : (last + "……").clipped(toWidth: width)
        return kept
    }
}
