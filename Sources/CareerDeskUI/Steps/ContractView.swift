import CareerDeskCore
import Foundation
import TerminalKit

/// Draws the contract step: the status line, the form, the scenario table and the chart.
/// At 80×24 (17 body rows) the form shows 7 fields; taller screens give the form and the chart
/// more rows, and from 100 columns a line of cumulative payments joins the bars.
enum ContractView {
    static func render(_ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect) {
        let theme = Theme.standard
        let l = context.language
        guard let contract = session.item.contract, let form = session.contract.form else {
            let message: LocalizedText =
                context.catalog.programmes.isEmpty
                ? ContractStepText.noProgrammes
                : session.item.course == nil ? ContractStepText.noCourse : ContractStepText.noContractReadOnly
            for (i, line) in TextLayout.wrap(message(l), width: rect.width).enumerated() where i < rect.height {
                buffer.drawLine(line, in: rect.row(i), style: i == 0 ? theme.title : theme.normal)
            }
            return
        }
        let (statusRow, rest) = rect.splitTop(1)
        drawStatus(contract, session, context: context, into: &buffer, rect: statusRow)

        let tall = rect.height >= 26
        let chartRows = tall ? 6 : 3
        let scenarioHeight = 1 + 4 + chartRows
        let listHeight = max(3, rest.height - scenarioHeight)
        let (listRect, scenarioRect) = rest.splitTop(listHeight)
        var list = form.list
        list.fit(width: rect.width)
        list.render(into: &buffer, rect: listRect)
        // The bottom line of the form: every message of the field under the cursor, in full.
        let messageRow = listRect.row(listRect.height - 1)
        if let row = list.focusedRow,
            let full = form.fullMessages(for: row.key, session.contract.problems, language: l)
        {
            // The validator's messages name their term; a parse message needs the field's label.
            let text = form.parseErrors[row.key] == nil ? full : row.label + ": " + full
            buffer.drawLine(text, in: messageRow, style: theme.error)
        }
        drawScenarios(
            session.contract.scenarios, contract.terms, context: context, tall: tall, into: &buffer, rect: scenarioRect)
    }

    /// `Contract, version 1 · signed 23.11.2026 10:15, ivanova · terms frozen · F9 …` or, while it
    /// can be edited, the number of problems.
    static func drawStatus(
        _ contract: Contract, _ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect
    ) {
        let theme = Theme.standard
        let l = context.language
        var status = ContractText.status(contract.status)(l)
        if contract.status != .draft, let last = contract.statusHistory.last {
            status = context.text(
                ContractStepText.lastMove,
                ["status": status, "when": DeskFormat.timestamp(last.at, l), "who": last.by])
        }
        let head = context.text(ContractStepText.statusLine, ["version": String(contract.version), "status": status])
        let tail: String
        let tailStyle: Style
        if contract.isEditable {
            let n = session.contract.problems.count
            tail =
                n == 0 ? ContractStepText.noProblems(l) : context.text(ContractStepText.problemsCount, ["n": String(n)])
            tailStyle = n == 0 ? theme.hint : theme.error
        } else if ContractStep.canAmend(session) {
            tail = ContractStepText.frozen(l)
            tailStyle = theme.hint
        } else {
            tail = ContractStepText.final(l)
            tailStyle = theme.hint
        }
        buffer.fill(rect)
        let used = buffer.draw(head + " · ", x: rect.x, y: rect.y, style: theme.title, clip: rect)
        buffer.draw(tail, x: rect.x + used, y: rect.y, style: tailStyle, clip: rect)
    }

    /// The title, the table of the three scenarios, and the chart.
    static func drawScenarios(
        _ scenarios: [ScenarioResult], _ terms: ContractTerms, context: DeskContext, tall: Bool,
        into buffer: inout Buffer, rect: Rect
    ) {
        let theme = Theme.standard
        let l = context.language
        guard !rect.isEmpty else { return }
        guard !scenarios.isEmpty else {
            buffer.drawLine(ContractStepText.scenariosImpossible(l), in: rect.row(0), style: theme.error)
            return
        }
        let title = context.text(
            ContractStepText.scenariosTitle,
            ["cap": terms.cap.formatted(l), "first": String(terms.firstPaymentMonth)])
        buffer.drawLine(title, in: rect.row(0), style: theme.header)
        let tableRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: min(4, rect.height - 1))
        for (i, line) in table(scenarios, language: l, width: rect.width).enumerated() where i < tableRect.height {
            buffer.drawLine(line, in: tableRect.row(i), style: i == 0 ? theme.title : theme.normal)
        }
        let chartRect = Rect(
            x: rect.x, y: tableRect.bottom, width: rect.width, height: max(0, rect.bottom - tableRect.bottom))
        guard chartRect.height > 0 else { return }
        var barsRect = chartRect
        if tall {
            let wide = chartRect.width >= 100
            let (left, right) =
                wide ? chartRect.splitLeft(chartRect.width / 2) : (chartRect, Rect(x: 0, y: 0, width: 0, height: 0))
            buffer.drawLine(ContractStepText.chartTitle(l), in: left.row(0), style: theme.hint)
            barsRect = Rect(
                x: left.x, y: left.y + 1, width: left.width - (wide ? 2 : 0), height: min(3, left.height - 1))
            if wide, let target = scenarios.first(where: { $0.name == .target }) {
                drawCumulative(target.result, terms, context: context, into: &buffer, rect: right)
            }
        }
        bars(scenarios, terms, language: l).render(into: &buffer, rect: barsRect)
    }

    /// Total paid per scenario, scaled to the cap: a full bar is a contract that reached it.
    static func bars(_ scenarios: [ScenarioResult], _ terms: ContractTerms, language l: Language) -> BarChart {
        let cap = terms.cap.kopecks
        let items = scenarios.map { scenario -> BarItem in
            let total = scenario.result.totalPaid
            let percent = cap > 0 ? total.kopecks * 100 / cap : 0
            // Doubles only scale the drawing; the amounts shown are the exact kopecks.
            return BarItem(
                shortName(scenario.name)(l), value: Double(total.kopecks),
                valueText: total.formatted(l, kopecks: false) + " · " + ContractText.percent(Int(percent) * 100, l))
        }
        return BarChart(items: items, maximum: cap > 0 ? Double(cap) : nil)
    }

    /// The cumulative payments month by month at the target income, from funding (month 0).
    static func drawCumulative(
        _ result: SimulationResult, _ terms: ContractTerms, context: DeskContext, into buffer: inout Buffer, rect: Rect
    ) {
        let l = context.language
        guard rect.height >= 3 else { return }
        var values = [Double](repeating: 0, count: max(0, terms.firstPaymentMonth))
        values += result.schedule.map { Double($0.cumulative.kopecks) }
        let last = max(0, values.count - 1)
        buffer.drawLine(
            context.text(ContractStepText.cumulativeTitle, ["last": String(last)]), in: rect.row(0),
            style: Theme.standard.hint)
        let chart = LineChart(
            values: values, minimum: 0, maximum: Double(max(terms.cap.kopecks, 1)),
            topLabel: terms.cap.formatted(l, kopecks: false), bottomLabel: "0")
        chart.render(into: &buffer, rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1))
    }

    static func shortName(_ name: ScenarioName) -> LocalizedText {
        switch name {
        case .noGain: DocumentText.scenarioNoGain
        case .target: DocumentText.scenarioTarget
        case .high, .custom: DocumentText.scenarioHigh
        }
    }

    static func shortEnd(_ reason: EndReason) -> LocalizedText {
        switch reason {
        case .cap: DocumentText.endCap
        case .term: DocumentText.endTerm
        case .window: DocumentText.endWindow
        case .none: DocumentText.endNone
        }
    }

    /// The scenario table as lines of `width` columns at most: the income column is dropped
    /// first when it does not fit, then the gaps narrow.
    static func table(_ scenarios: [ScenarioResult], language l: Language, width: Int) -> [String] {
        struct Column {
            var title: String
            var cells: [String]
            var right: Bool
            var optional: Bool
            var width: Int { max(title.displayWidth, cells.map(\.displayWidth).max() ?? 0) }
        }
        let rows = scenarios.map(\.result)
        var columns = [
            Column(
                title: ContractStepText.columnScenario(l), cells: scenarios.map { shortName($0.name)(l) }, right: false,
                optional: false),
            Column(
                title: ContractStepText.columnIncome(l),
                cells: scenarios.map { $0.income.income(atWindowIndex: 0).formatted(l) }, right: true, optional: true),
            Column(
                title: ContractStepText.columnPayment(l), cells: rows.map { $0.monthlyPayment.formatted(l) },
                right: true, optional: false),
            Column(
                title: ContractStepText.columnPayments(l), cells: rows.map { String($0.paymentsMade) }, right: true,
                optional: false),
            Column(
                title: ContractStepText.columnTotal(l), cells: rows.map { $0.totalPaid.formatted(l) }, right: true,
                optional: false),
            Column(
                title: ContractStepText.columnEnd(l),
                cells: rows.map {
                    ContractStepText.endInMonth.with([
                        "reason": shortEnd($0.endReason)(l), "month": String($0.endMonth),
                    ])(l)
                }, right: false, optional: false),
            Column(
                title: ContractStepText.columnRate(l), cells: rows.map { ContractText.rate($0.impliedAnnualRate, l) },
                right: true, optional: false),
        ]
        func total(_ gap: Int) -> Int { columns.map(\.width).reduce(0, +) + gap * (columns.count - 1) }
        if total(2) > width { columns.removeAll { $0.optional } }
        let gap = total(2) <= width ? 2 : 1
        func pad(_ text: String, _ w: Int, right: Bool) -> String {
            let space = String(repeating: " ", count: max(0, w - text.displayWidth))
            return right ? space + text : text + space
        }
        func line(_ cells: [String]) -> String {
            zip(columns, cells).map { pad($1, $0.width, right: $0.right) }.joined(
                separator: String(repeating: " ", count: gap))
        }
        var lines = [line(columns.map(\.title))]
        for i in rows.indices { lines.append(line(columns.map { $0.cells[i] })) }
        return lines
    }
}
