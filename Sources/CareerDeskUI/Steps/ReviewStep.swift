import CareerDeskCore
import Foundation
import TerminalKit

/// The review step's screen state: where the page is scrolled, the action picked, and the
/// guidance engine's reasons for the target (worked out once when the step is shown).
public struct ReviewStepState: Hashable, Sendable {
    /// The first page line shown.
    public var offset: Int
    /// Index into `ReviewAction.allCases`.
    public var action: Int
    var reasons: [LocalizedText]

    public init() {
        offset = 0
        action = 0
        reasons = []
    }
}

/// What Enter does on the review page: print one of the three documents, or export the case.
/// Each opens the same dialogs as F5/F6, one question shorter (the document is already chosen).
public enum ReviewAction: Int, CaseIterable, Sendable {
    case printContract, printConsent, printPlan, export, caseStatus

    var label: LocalizedText {
        switch self {
        case .printContract: ReviewStepText.actionContract
        case .printConsent: ReviewStepText.actionConsent
        case .printPlan: ReviewStepText.actionPlan
        case .export: ReviewStepText.actionExport
        case .caseStatus: ReviewStepText.actionStatus
        }
    }

    var document: DocumentKind? {
        switch self {
        case .printContract: .contract
        case .printConsent: .consent
        case .printPlan: .plan
        case .export, .caseStatus: nil
        }
    }
}

/// Step 5: the whole case on one scrollable page, with print and export one key away.
///
/// Done rule: the contract is signed (or has moved on from signed) and the case has reached
/// the review step. Whether a summary was printed is not recorded in the case, so it cannot
/// count; a signed contract is what makes the summary worth printing.
public enum ReviewStep: CaseStepScreen {
    public static let stage = CaseStage.review
    /// Rows of the page on screen: the step's body less the lines above the page.
    static func pageRows(_ session: CaseSession) -> Int { max(3, session.bodySize.height - 3) }

    public static func enter(_ session: inout CaseSession, context: DeskContext, now: Date) {
        session.review.reasons = DocumentReferences.guidanceReasons(
            for: session.item, catalog: context.catalog, today: LocalDate(now))
        let count = ReviewPage.lines(session.item, context: context, reasons: session.review.reasons).count
        session.review.offset = min(session.review.offset, maxOffset(count, session))
    }

    static func maxOffset(_ lineCount: Int, _ session: CaseSession) -> Int { max(0, lineCount - pageRows(session)) }

    /// The step's keys: dispatch, key bar and help (issue 17.7).
    static let table = StepKeyTable(bindings: [
        StepKeyBinding(
            [.pageDown, .pageUp, .down, .up, .home, .end, .character(" ")], bar: ReviewStepText.keyScroll,
            help: ReviewStepText.helpScroll
        ) { key, session, context, _ in
            let count = ReviewPage.lines(session.item, context: context, reasons: session.review.reasons).count
            var offset = session.review.offset
            switch key {
            case .up: offset -= 1
            case .down: offset += 1
            case .pageUp: offset -= pageRows(session)
            case .pageDown, .character(" "): offset += pageRows(session)
            case .home: offset = 0
            default: offset = maxOffset(count, session)
            }
            session.review.offset = max(0, min(offset, maxOffset(count, session)))
            return .handled
        },
        StepKeyBinding([.tab, .right], bar: ReviewStepText.keyAction, help: ReviewStepText.helpNextAction) {
            _, session, _, _ in
            session.review.action = (session.review.action + 1) % ReviewAction.allCases.count
            return .handled
        },
        StepKeyBinding([.backTab, .left], help: ReviewStepText.helpPreviousAction) { _, session, _, _ in
            let actions = ReviewAction.allCases.count
            session.review.action = (session.review.action + actions - 1) % actions
            return .handled
        },
        StepKeyBinding([.enter], bar: ReviewStepText.keyRun, help: ReviewStepText.helpRun) { _, session, context, _ in
            run(ReviewAction.allCases[session.review.action], session, context: context)
        },
    ])

    public static func handle(_ key: Key, _ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply {
        table.handle(key, &session, context: context, now: now) ?? .ignored
    }

    /// The dialog Enter opens, built as the frame's F5/F6 build theirs (`OutputFlow`), so the
    /// answers go the same way: a printed document asks only where to, export asks the format.
    static func run(_ action: ReviewAction, _ session: CaseSession, context: DeskContext) -> StepReply {
        let l = context.language
        if action == .caseStatus { return statusDialog(session, context: context) }
        guard let kind = action.document else { return StepReply(overlay: OutputFlow.formatDialog(.open, l)) }
        if kind == .contract, session.item.contract == nil {
            return StepReply(notice: .error(ReviewStepText.noContractToPrint(l)))
        }
        return StepReply(overlay: OutputFlow.destinationDialog(kind, .open, l))
    }

    /// Open, on hold or closed: the case's own status, which the desk list counts.
    static func statusDialog(_ session: CaseSession, context: DeskContext) -> StepReply {
        let l = context.language
        let options = CaseStatus.allCases.map { DocumentText.status($0)(l) } + [DeskText.cancel(l)]
        let current = CaseStatus.allCases.firstIndex(of: session.item.status) ?? 0
        let message = context.text(
            ReviewStepText.statusQuestion, ["status": DocumentText.status(session.item.status)(l)])
        return StepReply(
            overlay: .dialog(
                Dialog.choice(
                    title: ReviewStepText.statusTitle(l), message: message, options: options, defaultOption: current),
                .step(.review, tag: "status")))
    }

    public static func dialogAnswered(
        tag: String, result: DialogResult, _ session: inout CaseSession, context: DeskContext, now: Date
    ) -> StepReply {
        guard tag == "status", case .chosen(let button, _) = result, CaseStatus.allCases.indices.contains(button)
        else { return .handled }
        let status = CaseStatus.allCases[button]
        guard status != session.item.status else { return .handled }
        session.item.status = status
        return StepReply(
            notice: .info(
                context.text(ReviewStepText.statusChanged, ["status": DocumentText.status(status)(context.language)])))
    }

    /// Where the contract stands, in one line: what is missing, or who signed it and when.
    static func statusLine(_ item: Case, _ context: DeskContext) -> (String, Style) {
        let l = context.language
        let theme = Theme.standard
        guard let contract = item.contract else { return (ReviewStepText.noContract(l), theme.error) }
        let status = ContractText.status(contract.status)(l)
        guard ContractStep.isDone(item) else {
            return (context.text(ReviewStepText.notSigned, ["status": status]), theme.error)
        }
        let signed = contract.statusHistory.last { $0.to == .signed }
        return (
            context.text(
                ReviewStepText.signed,
                [
                    "status": status, "when": signed.map { DeskFormat.timestamp($0.at, l) } ?? "",
                    "who": signed?.by ?? "",
                ]), theme.title
        )
    }

    public static func render(_ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect) {
        let l = context.language
        let theme = Theme.standard
        let lines = ReviewPage.lines(session.item, context: context, reasons: session.review.reasons)
        var view = ScrollView(content: ReviewPage.buffer(lines))
        let (status, style) = statusLine(session.item, context)
        let pageWidth = ReviewPage.width + 1
        if rect.width >= pageWidth + 30 {
            // Wide: the page on the left, the actions and the status in a panel beside it.
            let (pageRect, rest) = rect.splitLeft(pageWidth)
            let panel = Rect(x: rest.x + 2, y: rest.y, width: max(0, rest.width - 2), height: rest.height)
            view.fit(height: pageRect.height)
            view.scroll(to: session.review.offset)
            view.render(into: &buffer, rect: pageRect)
            var y = 0
            func line(_ text: String, _ style: Style) {
                for part in TextLayout.wrap(text, width: panel.width) where y < panel.height {
                    buffer.drawLine(part, in: panel.row(y), style: style)
                    y += 1
                }
            }
            line(ReviewStepText.panelTitle(l), theme.header)
            y += 1
            for action in ReviewAction.allCases where y < panel.height {
                let selected = action.rawValue == session.review.action
                buffer.drawLine(
                    (selected ? "› " : "  ") + action.label(l), in: panel.row(y),
                    style: selected ? theme.selected : theme.normal)
                y += 1
            }
            y += 1
            line(ReviewStepText.panelPrint(l), theme.normal)
            line(ReviewStepText.panelExport(l), theme.normal)
            y += 1
            line(ReviewStepText.panelKeys(l), theme.hint)
            y += 1
            line(status, style)
            return
        }
        // Narrow: the actions on the first line, the status on the second, the page below.
        let actionsRow = rect.row(0)
        buffer.fill(actionsRow)
        var x = actionsRow.x
        // The "Tab/Enter:" prompt goes first when there is room for it, the actions and the keys.
        let prompt = ReviewStepText.actionsPrompt(l) + " "
        let actionsWidth = ReviewAction.allCases.reduce(0) { $0 + $1.label(l).displayWidth + 2 }
        if prompt.displayWidth + actionsWidth + 2 + ReviewStepText.outputKeys(l).displayWidth <= actionsRow.width {
            x += buffer.draw(prompt, x: x, y: actionsRow.y, style: theme.hint, clip: actionsRow)
        }
        for action in ReviewAction.allCases {
            let selected = action.rawValue == session.review.action
            let text = selected ? "[" + action.label(l) + "]" : " " + action.label(l) + " "
            x += buffer.draw(
                text, x: x, y: actionsRow.y, style: selected ? theme.selected : theme.normal, clip: actionsRow)
        }
        let keys = ReviewStepText.outputKeys(l)
        if x + 2 + keys.displayWidth <= actionsRow.right {
            buffer.draw(
                keys, x: actionsRow.right - keys.displayWidth, y: actionsRow.y, style: theme.title, clip: actionsRow)
        }
        buffer.drawLine(status, in: rect.row(1), style: style)
        let pageRect = Rect(
            x: rect.x, y: rect.y + 2, width: min(rect.width, pageWidth), height: max(0, rect.height - 2))
        view.fit(height: pageRect.height)
        view.scroll(to: session.review.offset)
        view.render(into: &buffer, rect: pageRect)
    }

    public static func keys(_ session: CaseSession, context: DeskContext) -> [KeyBarItem] {
        table.bar(session, context: context)
    }

    public static func help(_ language: Language) -> String {
        ReviewStepText.help(language) + "\n" + table.help(language)
    }

    /// The contract is signed (or further) and the case has reached the review step.
    public static func isDone(_ item: Case) -> Bool {
        item.stage >= .review && ContractStep.isDone(item)
    }
}
