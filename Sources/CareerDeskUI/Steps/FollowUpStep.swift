import CareerDeskCore
import Foundation
import TerminalKit

/// What the follow-up step shows and edits: the overview (with one of three views), or one of
/// its two forms.
public struct FollowUpStepState: Hashable, Sendable {
    public enum Mode: Hashable, Sendable { case overview, contact, payment }
    public enum View: Int, CaseIterable, Hashable, Sendable { case schedule, ledger, chart }

    public var mode: Mode = .overview
    public var view: View = .schedule
    /// The chosen action: contact, payment, then the three views.
    public var action: Int = 0
    /// First line of the view shown (the ledger and the chart scroll).
    public var offset: Int = 0
    public var form = FieldList(rows: [])
    /// The day the step was last entered or used: the ledger and the schedule are as of it.
    public var today: LocalDate?

    public init() {}
}

/// Step 6: the contract's life after the signature (docs/contract.md, "The ledger"): the contact
/// schedule, a contact or a payment entered in one form, and the ledger as a table and a chart.
///
/// Done rule: the obligation is over (the ledger has ended), as of today.
public enum FollowUpStep: CaseStepScreen {
    public static let stage = CaseStage.followUp
    typealias T = FollowUpStepText
    static let actionCount = 2 + FollowUpStepState.View.allCases.count

    public static func enter(_ session: inout CaseSession, context: DeskContext, now: Date) {
        session.followUp.mode = .overview
        session.followUp.today = LocalDate(now)
    }

    static func today(_ now: Date) -> LocalDate { LocalDate(now) }

    /// The step's keys: dispatch, key bar and help (issue 17.7). In a form, other keys type.
    static let table = StepKeyTable(bindings: [
        StepKeyBinding([.function(4)], bar: T.keyRecord, help: T.helpRecord, when: { s, _ in inForm(s) }) {
            _, session, context, now in
            record(&session, context: context, now: now)
        },
        StepKeyBinding([.escape], bar: T.keyCancel, help: T.helpCancel, when: { s, _ in inForm(s) }) {
            _, session, _, _ in
            session.followUp.mode = .overview
            return .handled
        },
        StepKeyBinding([.tab, .right], bar: T.keyAction, help: T.helpNextAction, when: { s, _ in inOverview(s) }) {
            _, session, _, _ in
            session.followUp.action = (session.followUp.action + 1) % actionCount
            return .handled
        },
        StepKeyBinding([.backTab, .left], help: T.helpPreviousAction, when: { s, _ in inOverview(s) }) {
            _, session, _, _ in
            session.followUp.action = (session.followUp.action + actionCount - 1) % actionCount
            return .handled
        },
        StepKeyBinding([.enter], bar: T.keyRun, help: T.helpRun, when: { s, _ in inOverview(s) }) {
            _, session, context, now in
            run(&session, context: context, now: now)
        },
        StepKeyBinding(
            [.pageDown, .pageUp, .down, .up], bar: T.keyScroll, help: T.helpScroll, when: { s, _ in inOverview(s) }
        ) { key, session, _, _ in
            var offset = session.followUp.offset
            switch key {
            case .up: offset -= 1
            case .down: offset += 1
            case .pageUp: offset -= 10
            default: offset += 10
            }
            session.followUp.offset = max(0, offset)
            return .handled
        },
    ])

    static func inOverview(_ session: CaseSession) -> Bool {
        session.item.contract?.isSigned == true && session.followUp.mode == .overview
    }

    static func inForm(_ session: CaseSession) -> Bool {
        session.item.contract?.isSigned == true && session.followUp.mode != .overview
    }

    public static func handle(_ key: Key, _ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply {
        guard let contract = session.item.contract, contract.isSigned else { return .ignored }
        session.followUp.today = LocalDate(now)
        if let reply = table.handle(key, &session, context: context, now: now) { return reply }
        guard inForm(session) else { return .ignored }
        _ = session.followUp.form.handle(key)
        return .handled
    }

    /// Enter on the overview: a form, or another view below.
    static func run(_ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply {
        var state = session.followUp
        guard !session.isReadOnly || state.action >= 2 else { return .handled }
        switch state.action {
        case 0:
            state.mode = .contact
            state.form = contactForm(context.language)
        case 1:
            state.mode = .payment
            state.form = paymentForm(context.language, today: today(now))
        default:
            state.view = FollowUpStepState.View(rawValue: state.action - 2) ?? .schedule
            state.offset = 0
        }
        session.followUp = state
        return .handled
    }

    // MARK: The forms

    static func text(
        _ key: String, _ label: LocalizedText, _ l: Language, _ value: String = "", mask: InputMask = .none
    )
        -> FieldRow
    {
        FieldRow(key: key, label: label(l), kind: .text(TextField(text: value, mask: mask, maxLength: 60)))
    }

    static func contactForm(_ l: Language) -> FieldList {
        var list = FieldList(
            rows: [
                FieldRow(key: "reached", label: T.reached(l), kind: .flag(true)),
                text("employer", T.employer, l),
                text("inn", T.inn, l, mask: .digits),
                text("occupation", T.occupation, l, mask: .digits),
                text("startDate", T.startDate, l, mask: FieldFormat.dateMask(l)),
                text("month", T.month, l, mask: FieldFormat.monthMask(l)),
                text("income", T.income, l, mask: FieldFormat.moneyMask(l)),
                FieldRow(
                    key: "evidence", label: T.evidence(l),
                    kind: .choice(
                        options: [T.noEvidence(l)] + Evidence.allCases.map { LedgerText.evidence($0)(l) }, index: 0)),
                FieldRow(key: "verified", label: T.verified(l), kind: .flag(false)),
            ], labelWidth: 26)
        list.setFocus(0)
        return list
    }

    static func paymentForm(_ l: Language, today: LocalDate) -> FieldList {
        var list = FieldList(
            rows: [
                text("date", T.paymentDate, l, FieldFormat.dateField(today, l), mask: FieldFormat.dateMask(l)),
                text("amount", T.amount, l, mask: FieldFormat.moneyMask(l)),
                text("reference", T.reference, l),
                FieldRow(key: "earlyPayoff", label: T.earlyPayoff(l), kind: .flag(false)),
            ], labelWidth: 26)
        list.setFocus(1)
        return list
    }

    /// Records the form on the contract, or marks what is wrong next to the field.
    static func record(_ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply {
        let l = context.language
        guard !session.isReadOnly, var contract = session.item.contract else { return .handled }
        var form = session.followUp.form
        for index in form.rows.indices { form.rows[index].error = nil }
        func value(_ key: String) -> String { (form[key]?.textValue ?? "").trimmingCharacters(in: .whitespaces) }
        func fail(_ key: String, _ message: LocalizedText) {
            if let index = form.index(of: key) { form.rows[index].error = message(l) }
        }
        let recorded: LocalizedText
        do {
            if session.followUp.mode == .contact {
                let reached = form["reached"]?.isOn ?? false
                let inn = value("inn")
                if !inn.isEmpty, !INN.isValid(inn) { fail("inn", T.badINN) }
                let startText = value("startDate")
                let start = startText.isEmpty ? nil : LocalDate(parsing: startText)
                if !startText.isEmpty, start == nil { fail("startDate", T.badDate) }
                let monthText = value("month")
                let incomeText = value("income")
                let month = YearMonth(parsing: monthText)
                let income = FieldFormat.money(incomeText, l)
                if !monthText.isEmpty, month == nil { fail("month", T.badMonth) }
                if !incomeText.isEmpty, income == nil || !(income! >= .zero) { fail("income", T.badMoney) }
                if monthText.isEmpty != incomeText.isEmpty {
                    fail(monthText.isEmpty ? "month" : "income", T.monthWithoutIncome)
                }
                let employer = value("employer")
                if employer.isEmpty, !inn.isEmpty || !value("occupation").isEmpty || start != nil {
                    fail("employer", T.employerNeeded)
                }
                guard form.rows.allSatisfy({ $0.error == nil }) else {
                    session.followUp.form = form
                    return StepReply(notice: .error(T.fixFields(l)))
                }
                let evidenceIndex = form["evidence"]?.choiceIndex ?? 0
                let incomes = month.flatMap { m in income.map { [IncomeReport(month: m, amount: $0)] } } ?? []
                let contact = FollowUpContact(
                    scheduledFor: FollowUpSchedule.firstOpen(for: contract, today: today(now))?.date,
                    date: today(now), by: context.caseworker, reached: reached,
                    employment: employer.isEmpty
                        ? nil
                        : Employment(
                            employer: employer, inn: inn.isEmpty ? nil : inn,
                            occupation: value("occupation").isEmpty ? nil : value("occupation"), startDate: start),
                    incomes: incomes,
                    evidence: evidenceIndex > 0 ? Evidence.allCases[evidenceIndex - 1] : nil,
                    verification: (form["verified"]?.isOn ?? false)
                        ? Verification(by: context.caseworker, at: now) : nil)
                try contract.recordFollowUp(contact)
                recorded = T.contactRecorded
            } else {
                let dateText = value("date")
                let date = LocalDate(parsing: dateText)
                let amount = FieldFormat.money(value("amount"), l)
                if date == nil { fail("date", T.badDate) }
                if amount == nil || !(amount! > .zero) { fail("amount", T.badMoney) }
                guard let date, let amount, form.rows.allSatisfy({ $0.error == nil }) else {
                    session.followUp.form = form
                    return StepReply(notice: .error(T.fixFields(l)))
                }
                let reference = value("reference")
                try contract.recordPayment(
                    PaymentRecord(
                        date: date, amount: amount, reference: reference.isEmpty ? nil : reference,
                        recordedBy: context.caseworker, recordedAt: now,
                        earlyPayoff: form["earlyPayoff"]?.isOn ?? false))
                recorded = T.paymentRecorded.with(["amount": amount.formatted(l)])
            }
        } catch {
            session.followUp.form = form
            return StepReply(notice: .error(error.message(l)))
        }
        session.item.contract = contract
        session.followUp.mode = .overview
        return StepReply(notice: .info(recorded(l)))
    }

    public static func dialogAnswered(
        tag: String, result: DialogResult, _ session: inout CaseSession, context: DeskContext, now: Date
    ) -> StepReply { .handled }

    // MARK: The view

    public static func render(_ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect) {
        let l = context.language
        let theme = Theme.standard
        let day = session.followUp.today ?? LocalDate(Date())
        guard let contract = session.item.contract, contract.isSigned, let ledger = contract.ledger(asOf: day)
        else {
            buffer.drawLine(T.notSigned(l), in: rect.row(0), style: theme.error)
            return
        }
        let state = session.followUp
        if state.mode != .overview {
            buffer.drawLine(
                (state.mode == .contact ? T.contactTitle : T.paymentTitle)(l), in: rect.row(0), style: theme.header)
            var form = state.form
            form.fit(width: rect.width)
            form.render(into: &buffer, rect: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2))
            return
        }
        // The actions.
        let row = rect.row(0)
        buffer.fill(row)
        var x = row.x
        let labels = [T.actionContact, T.actionPayment, T.viewSchedule, T.viewLedger, T.viewChart].map { $0(l) }
        for (index, label) in labels.enumerated() {
            let selected = index == state.action
            let shown = index - 2 == state.view.rawValue && !selected ? "‹" + label + "›" : " " + label + " "
            x += buffer.draw(
                selected ? "[" + label + "]" : shown, x: x, y: row.y, style: selected ? theme.selected : theme.normal,
                clip: row)
        }
        // Where the contract stands.
        let money = { (m: Money) in m.formatted(l) }
        var summary = context.text(
            T.summary,
            [
                "status": LedgerText.status(ledger.status)(l), "due": money(ledger.totals.due),
                "paid": money(ledger.totals.received), "left": money(ledger.totals.capRemaining),
            ])
        if ledger.totals.arrears > .zero {
            summary += " · " + T.arrears.with(["amount": money(ledger.totals.arrears)])(l)
        }
        buffer.drawLine(summary, in: rect.row(1), style: theme.title)
        let schedule = FollowUpSchedule.items(for: contract, today: day)
        if let next = schedule.first(where: { $0.state != .done }) {
            buffer.drawLine(
                T.nextContact.with(["date": next.date.formatted(l), "state": LedgerText.followUpState(next.state)(l)])(
                    l), in: rect.row(2), style: next.state == .overdue ? theme.error : theme.normal)
        } else {
            buffer.drawLine(T.noNextContact(l), in: rect.row(2), style: theme.hint)
        }
        let body = Rect(x: rect.x, y: rect.y + 4, width: rect.width, height: max(0, rect.height - 4))
        let lines: [(String, Style)]
        switch state.view {
        case .schedule: lines = scheduleLines(schedule, l)
        case .ledger: lines = ledgerLines(ledger, l)
        case .chart: lines = chartLines(ledger, l, width: rect.width)
        }
        guard let header = lines.first else { return }
        buffer.drawLine(header.0, in: body.row(0), style: header.1)
        let rest = Array(lines.dropFirst())
        let rows = max(0, body.height - 1)
        // The latest months matter most: a long ledger opens on its end, ↑ goes back.
        let last = max(0, rest.count - rows)
        let start = state.view == .schedule ? min(state.offset, last) : max(0, last - state.offset)
        for (index, line) in rest.dropFirst(start).prefix(rows).enumerated() {
            buffer.drawLine(line.0, in: body.row(index + 1), style: line.1)
        }
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = max(0, width - text.displayWidth)
        return right ? String(repeating: " ", count: gap) + text : text + String(repeating: " ", count: gap)
    }

    static func scheduleLines(_ items: [FollowUpItem], _ l: Language) -> [(String, Style)] {
        let theme = Theme.standard
        var lines: [(String, Style)] = [(T.scheduleHeader(l), theme.header)]
        for item in items {
            let after =
                item.monthsAfterTraining == 0
                ? T.endOfTraining(l) : T.monthsAfter.with(["n": String(item.monthsAfterTraining)])(l)
            let held = item.contact.map { $0.date.formatted(l) } ?? ""
            let style = item.state == .overdue ? theme.error : item.state == .due ? theme.title : theme.normal
            lines.append(
                (
                    pad(String(item.number), 3) + pad(item.date.formatted(l), 12) + pad(after, 13)
                        + pad(LedgerText.followUpState(item.state)(l), 12) + held, style
                ))
        }
        return lines
    }

    static func ledgerLines(_ ledger: Ledger, _ l: Language) -> [(String, Style)] {
        let theme = Theme.standard
        var lines: [(String, Style)] = [(T.ledgerHeader(l), theme.header)]
        if ledger.months.isEmpty { lines.append((T.noMonths(l), theme.hint)) }
        let money = { (m: Money) in m.formatted(l, kopecks: false) }
        for row in ledger.months {
            lines.append(
                (
                    pad(row.date?.formatted(l) ?? "—", 8) + pad(LedgerText.status(row.status)(l), 17) + " "
                        + pad(row.income.map(money) ?? "—", 13, right: true)
                        + pad(money(row.due), 13, right: true) + pad(money(row.paid), 13, right: true)
                        + pad(money(row.capRemaining), 13, right: true),
                    row.status.isFinal ? theme.title : theme.normal
                ))
        }
        return lines
    }

    /// Paid so far against the cap, one bar a month; the bar's length is whole-number arithmetic
    /// on kopecks, so no money passes through floating point.
    static func chartLines(_ ledger: Ledger, _ l: Language, width: Int) -> [(String, Style)] {
        let theme = Theme.standard
        var lines: [(String, Style)] = [
            (T.chartTitle.with(["cap": ledger.cap.formatted(l, kopecks: false)])(l), theme.header)
        ]
        if ledger.months.isEmpty { lines.append((T.noMonths(l), theme.hint)) }
        let barWidth = max(10, width - 8 - 16)
        var paid = Money.zero
        for row in ledger.months {
            paid += row.paid
            let cap = max(ledger.cap.kopecks, 1)
            let filled = Int(min(Int64(barWidth), min(paid.kopecks, cap) * Int64(barWidth) / cap))
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: barWidth - filled)
            lines.append(
                (
                    pad(row.date?.formatted(l) ?? "—", 8) + bar + " "
                        + pad(paid.formatted(l, kopecks: false), 15, right: true), theme.bar
                ))
        }
        return lines
    }

    public static func keys(_ session: CaseSession, context: DeskContext) -> [KeyBarItem] {
        table.bar(session, context: context)
    }

    public static func help(_ language: Language) -> String { T.help(language) + "\n" + table.help(language) }

    /// The obligation is over by what is recorded: the ledger as of the latest contact or
    /// payment has ended (a rule of the case alone, so the step bar never depends on the clock).
    public static func isDone(_ item: Case) -> Bool {
        guard let contract = item.contract, contract.isSigned else { return false }
        let latest = (contract.followUps.map(\.date) + contract.payments.map(\.date)).max()
        guard let latest else { return false }
        return contract.ledger(asOf: latest)?.ended ?? false
    }
}
