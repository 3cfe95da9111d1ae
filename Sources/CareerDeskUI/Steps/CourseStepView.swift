import CareerDeskCore
import Foundation
import TerminalKit

/// Drawing of the course step: the target line, the filter row, the course list and the details
/// of the selected course (beside the list at 100 columns and more, under it at 80).
extension CourseStep {
    public static func render(_ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect) {
        guard rect.height > 2 else { return }
        let theme = Theme.standard
        let l = context.language
        let catalog = context.catalog
        let state = session.course
        guard let target = state.target else {
            message(context.text(CourseStepText.noTarget), into: &buffer, rect: rect)
            return
        }
        guard let occupation = catalog.occupation(target) else {
            message(context.text(CourseStepText.unknownTarget, ["code": target]), into: &buffer, rect: rect)
            return
        }
        let list = visible(state, catalog: catalog)
        var y = 0
        let counts: [String: String] = [
            "name": occupation.name(l), "shown": String(list.count), "reachable": String(state.options.count),
            "all": String(state.allCount),
        ]
        buffer.drawLine(
            context.text(state.options.isEmpty ? CourseStepText.targetOnly : CourseStepText.target, counts),
            in: rect.row(y), style: theme.title)
        y += 1
        // The choice gets its own line when the list does not show it (filtered out, started,
        // or made for another target).
        if let chosen = session.item.course, !list.contains(where: { $0.courseId == chosen.courseId }) {
            let leadsToTarget = catalog.course(chosen.courseId)?.occupations.contains(target) ?? false
            let text =
                leadsToTarget
                ? context.text(
                    CourseStepText.chosen,
                    [
                        "title": chosen.title, "provider": chosen.provider,
                        "start": chosen.startDate?.formatted(l) ?? "—",
                    ])
                : context.text(CourseStepText.chosenOtherTarget, ["title": chosen.title])
            buffer.drawLine(
                (leadsToTarget ? "✓ " : "! ") + text, in: rect.row(y), style: leadsToTarget ? theme.hint : theme.error)
            y += 1
        }
        let rest = Rect(x: rect.x, y: rect.y + y, width: rect.width, height: rect.height - y)
        if state.options.isEmpty {
            message(
                context.text(CourseStepText.noneReachable, ["all": String(state.allCount)]), into: &buffer, rect: rest)
            return
        }
        renderFilters(state, context: context, into: &buffer, rect: rest.row(0))
        let body = Rect(x: rest.x, y: rest.y + 1, width: rest.width, height: rest.height - 1)
        guard !list.isEmpty else {
            message(context.text(CourseStepText.noneFiltered), into: &buffer, rect: body.splitTop(1).1)
            return
        }
        let selected = option(list, state.selection).flatMap { o in catalog.course(o.courseId).map { (o, $0) } }
        // Beside the list the details need about 42 columns; the list takes the rest. When a
        // title would be cut there, the details go under the list instead, which then has the
        // whole width (issue 17.8: titles use the free width).
        let sideBySide = max(body.width / 2, body.width - 44)
        let titleRoom = sideBySide - 2 - (1 + 6 + 10 + 5 + 5 + 11 + 5) - 7
        let longest = list.compactMap { catalog.course($0.courseId)?.title(l).displayWidth }.max() ?? 0
        if rect.width >= GuidanceStep.wideLayout, longest <= titleRoom {
            let (left, right) = body.splitLeft(sideBySide)
            renderList(
                list, session, context: context, into: &buffer,
                rect: Rect(x: left.x, y: left.y, width: left.width - 2, height: left.height))
            if let (o, course) = selected {
                renderDetails(course, option: o, wide: true, context: context, into: &buffer, rect: right)
            }
        } else {
            let detailRows = min(8, max(0, body.height - 4))
            let (top, bottom) = body.splitBottom(detailRows)
            renderList(
                list, session, context: context, into: &buffer,
                rect: Rect(x: top.x, y: top.y, width: top.width, height: max(0, top.height - 1)))
            if let (o, course) = selected {
                renderDetails(course, option: o, wide: false, context: context, into: &buffer, rect: bottom)
            }
        }
    }

    static func message(_ text: String, into buffer: inout Buffer, rect: Rect) {
        for (i, line) in GuidanceLayout.wrap(text, width: rect.width, limit: rect.height).enumerated() {
            buffer.drawLine(line, in: rect.row(i), style: Theme.standard.hint)
        }
    }

    /// "Format ‹any›  Where ‹anywhere›  Order ‹start ▲›", the focused filter reversed.
    static func renderFilters(_ state: CourseStepState, context: DeskContext, into buffer: inout Buffer, rect: Rect) {
        let theme = Theme.standard
        let l = context.language
        let format = state.format == .any ? CourseStepText.anyFormat(l) : DocumentText.format(state.format)(l)
        let filters: [(CourseStepState.Focus, String, String)] = [
            (.format, CourseStepText.filterFormat(l), format),
            (.place, CourseStepText.filterPlace(l), placeName(state.place)(l)),
            (.sort, CourseStepText.filterSort(l), sortName(state.sort)(l) + (state.ascending ? " ▲" : " ▼")),
        ]
        buffer.fill(rect)
        var x = rect.x
        for (focus, label, value) in filters {
            x += buffer.draw(label + " ", x: x, y: rect.y, style: theme.hint, clip: rect)
            let style = state.focus == focus ? theme.selected : theme.title
            x += buffer.draw("‹\(value)›", x: x, y: rect.y, style: style, clip: rect)
            x += 3
        }
    }

    static func placeName(_ place: CourseStepState.Place) -> LocalizedText {
        switch place {
        case .all: CourseStepText.placeAll
        case .region: CourseStepText.placeRegion
        case .online: CourseStepText.placeOnline
        case .elsewhere: CourseStepText.placeElsewhere
        }
    }

    static func sortName(_ sort: CourseStepState.Sort) -> LocalizedText {
        switch sort {
        case .start: CourseStepText.sortStart
        case .cost: CourseStepText.sortCost
        case .hours: CourseStepText.sortHours
        case .practice: CourseStepText.sortPractice
        case .employment: CourseStepText.sortEmployment
        }
    }

    static func scheduleName(_ schedule: CourseSchedule) -> LocalizedText {
        switch schedule {
        case .daytime: CourseStepText.scheduleDaytime
        case .evening: CourseStepText.scheduleEvening
        case .weekend: CourseStepText.scheduleWeekend
        case .flexible: CourseStepText.scheduleFlexible
        }
    }

    static func renderList(
        _ list: [CourseOption], _ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect
    ) {
        guard rect.height > 1 else { return }
        let l = context.language
        let catalog = context.catalog
        let chosen = session.item.course?.courseId
        func percent(_ n: Int) -> String { context.text(DocumentText.percent, ["n": String(n)]) }
        let rows: [[String]] = list.map { o in
            guard let c = catalog.course(o.courseId) else { return [] }
            return [
                c.id == chosen ? "✓" : "", c.title(l), c.isNationwideOnline ? CourseStepText.online(l) : c.region,
                o.nextStart.formatted(l), String(c.hours), percent(c.practiceShare),
                c.cost.formatted(l, kopecks: false),
                percent(c.employmentRate),
            ]
        }
        let columns = [
            TableColumn("", width: .fixed(1)),
            TableColumn(CourseStepText.columnCourse(l), width: .flexible(1)),
            TableColumn(CourseStepText.columnPlace(l), width: .fixed(6)),
            TableColumn(CourseStepText.columnStart(l), width: .fixed(10)),
            TableColumn(CourseStepText.columnHours(l), width: .fixed(5), alignment: .right),
            TableColumn(CourseStepText.columnPractice(l), width: .fixed(5), alignment: .right),
            TableColumn(CourseStepText.columnCost(l), width: .fixed(11), alignment: .right),
            TableColumn(CourseStepText.columnEmployment(l), width: .fixed(5), alignment: .right),
        ]
        var table = Table(
            columns: columns, rows: rows, pageSize: max(1, rect.height - 1), typeToFilter: false,
            isFocused: session.course.focus == .list)
        table.select(session.course.selection)
        table.render(into: &buffer, rect: rect)
    }

    /// Everything about one course a seeker and officer weigh before choosing it.
    static func renderDetails(
        _ course: Course, option: CourseOption, wide: Bool, context: DeskContext, into buffer: inout Buffer,
        rect: Rect
    ) {
        guard !rect.isEmpty else { return }
        let theme = Theme.standard
        let l = context.language
        let from = option.nextStart
        let place: String
        switch option.reach {
        case .inRegion: place = context.text(CourseStepText.reachInRegion)
        case .online: place = context.text(CourseStepText.reachOnline)
        case .otherRegion:
            let region = context.catalog.region(course.region)?.name(l) ?? course.region
            place = context.text(CourseStepText.reachElsewhere, ["region": region])
        }
        let dates = course.startDates.filter { $0 >= from }.sorted().map { $0.formatted(l) }
        let provider = context.text(CourseStepText.provider, ["provider": course.provider(l)])
        let placeLine = context.text(CourseStepText.place, ["place": place])
        var texts: [String] = wide ? [provider, placeLine] : [course.provider(l) + " · " + place]
        texts += [
            context.text(
                CourseStepText.format,
                [
                    "format": DocumentText.format(course.format)(l), "schedule": scheduleName(course.schedule)(l),
                    "hours": context.text(DocumentText.hours, ["n": String(course.hours)]),
                    "practice": context.text(DocumentText.percent, ["n": String(course.practiceShare)]),
                ]),
            context.text(
                CourseStepText.cost,
                [
                    "cost": course.cost.formatted(l, kopecks: false),
                    "months": context.text(DocumentText.months, ["n": String(course.durationMonths)]),
                ]),
            context.text(CourseStepText.qualification, ["qualification": course.qualification(l)]),
        ]
        let startDates = dates.joined(separator: ", ")
        // Beside the list the column is narrow: dates and seats get a line each.
        let starts =
            wide
            ? [
                context.text(CourseStepText.startsOnly, ["dates": startDates]),
                context.text(CourseStepText.seats, ["seats": String(course.seats)]),
            ]
            : [context.text(CourseStepText.starts, ["dates": startDates, "seats": String(course.seats)])]
        texts.insert(contentsOf: starts, at: texts.count - 1)
        if !course.employerPartners.isEmpty {
            texts.append(
                context.text(CourseStepText.partners, ["names": course.employerPartners.joined(separator: ", ")]))
        }
        texts.append(
            context.text(
                CourseStepText.employment,
                ["rate": context.text(DocumentText.percent, ["n": String(course.employmentRate)])]))
        var y = 0
        for line in GuidanceLayout.wrap(course.title(l), width: rect.width, limit: wide ? 2 : 1) where y < rect.height {
            buffer.drawLine(line, in: rect.row(y), style: theme.title)
            y += 1
        }
        for text in texts {
            for line in GuidanceLayout.wrap(text, width: rect.width, limit: wide ? 3 : 1) where y < rect.height {
                buffer.drawLine(line, in: rect.row(y), style: theme.normal)
                y += 1
            }
        }
    }
}
