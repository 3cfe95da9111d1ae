import CareerDeskCore
import Foundation
import TerminalKit

/// The review page's text: the case file document (`CaseFileDocument`) as the printed case
/// reads, with a checklist of the steps first, the payment scenarios after the contract, and
/// without what belongs to an export rather than a screen (the personal-data box, the issue
/// date, the case's own log). Laid out by `PlainTextRenderer` at `width` columns.
enum ReviewPage {
    /// 78 columns: with the scroll bar the page fits an 80-column terminal.
    static let width = 78

    static func lines(_ item: Case, context: DeskContext, reasons: [LocalizedText]) -> [String] {
        let l = context.language
        var references = DocumentReferences(for: item, catalog: context.catalog)
        references.occupationReasons = reasons
        // The date is only the document's issue date, which the page leaves out: the case's own
        // last change keeps the page the same from one frame to the next.
        let documentContext = DocumentContext(language: l, date: LocalDate(item.updatedAt), references: references)
        let document = CaseFileDocument.make(item, context: documentContext)
        var blocks: [DocumentBlock] = [.heading(ReviewStepText.checklistHeading(l)), .fields(checklist(item, l))]
        let printedOn = DocumentText.printedOn(l)
        let notes = DocumentText.notesHeading(l)
        let history = DocumentText.historyHeading(l)
        var skipNext = false
        for block in document.blocks {
            if skipNext {
                skipNext = false
                continue
            }
            switch block {
            case .notice:
                continue
            case .fields(let fields):
                blocks.append(.fields(fields.filter { $0.label != printedOn }))
            case .heading(let text) where text == history:
                skipNext = true
            case .heading(let text) where text == notes:
                if let contract = item.contract, ContractValidator.checkTerms(contract.terms).isEmpty {
                    blocks.append(.heading(DocumentText.scenariosHeading(l)))
                    blocks.append(.table(scenarios(contract.terms, l)))
                }
                blocks.append(block)
            default:
                blocks.append(block)
            }
        }
        let text = PlainTextRenderer(width: width).render(Document(title: document.title, blocks: blocks))
        var lines: [String] = []
        // The title repeats the case line above the step; a blank under a heading's rule only
        // costs a row of the 17 an 80×24 screen has.
        let all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let titleEnd = all.firstIndex(where: isRule).map { $0 + 1 } ?? 0
        for line in all.dropFirst(titleEnd) {
            if line.isEmpty, let last = lines.last, isRule(last) { continue }
            lines.append(line)
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Each step and whether it is complete, as the step bar marks it.
    static func checklist(_ item: Case, _ l: Language) -> [DocumentField] {
        CaseStage.allCases.map { stage in
            DocumentField(
                CaseFrame.stepName(stage)(l),
                CaseSteps.screen(stage).isDone(item) ? ReviewStepText.stepDone(l) : ReviewStepText.stepOpen(l))
        }
    }

    /// The three standard scenarios of the working terms, as on the contract step.
    static func scenarios(_ terms: ContractTerms, _ l: Language) -> DocumentTable {
        let scenarios = ContractScenarios.standard(terms: terms)
        return DocumentTable(
            columns: [
                DocumentColumn(ContractStepText.columnScenario(l)),
                DocumentColumn(ContractStepText.columnPayment(l), alignment: .trailing),
                DocumentColumn(ContractStepText.columnPayments(l), alignment: .trailing),
                DocumentColumn(ContractStepText.columnTotal(l), alignment: .trailing),
                DocumentColumn(ContractStepText.columnEnd(l)),
                DocumentColumn(ContractStepText.columnRate(l), alignment: .trailing),
            ],
            rows: scenarios.map { scenario in
                let r = scenario.result
                return [
                    ContractView.shortName(scenario.name)(l), r.monthlyPayment.formatted(l), String(r.paymentsMade),
                    r.totalPaid.formatted(l),
                    ContractStepText.endInMonth.with([
                        "reason": ContractView.shortEnd(r.endReason)(l), "month": String(r.endMonth),
                    ])(l),
                    ContractText.rate(r.impliedAnnualRate, l),
                ]
            })
    }

    static func isRule(_ line: String) -> Bool { !line.isEmpty && line.allSatisfy { $0 == "-" || $0 == "=" } }

    /// The page as a scrollable buffer: headings (a line over a rule of `-` or `=`) in bold.
    static func buffer(_ lines: [String]) -> Buffer {
        var buffer = Buffer(size: Size(width: width, height: max(1, lines.count)))
        let theme = Theme.standard
        for (i, line) in lines.enumerated() {
            let next = i + 1 < lines.count ? lines[i + 1] : ""
            let rule = isRule(line)
            let heading = isRule(next) && !rule
            buffer.draw(line, x: 0, y: i, style: heading ? theme.title : rule ? theme.hint : theme.normal)
        }
        return buffer
    }
}
