import CareerDeskCore
import Foundation
import TerminalKit

/// The contract step's screen state: the form, and what the contract in the working copy gives
/// (the validator's problems and the three scenarios), recomputed after every change.
public struct ContractStepState: Hashable, Sendable {
    /// Nil while there is no contract to show (no course yet, no programmes, read-only without one).
    public var form: ContractForm?
    /// Every problem the validator finds in the working contract, against its programme.
    public var problems: [ContractProblem]
    /// No gain, target, high — empty while the terms are impossible (`ContractValidator.checkTerms`).
    public var scenarios: [ScenarioResult]
    /// The contract and lock state the form rows were built from: when the case's contract
    /// changes elsewhere (a move, an amendment, a recovered copy) the rows are rebuilt.
    var builtFrom: Contract?
    var builtLocked: Bool

    public init() {
        form = nil
        problems = []
        scenarios = []
        builtFrom = nil
        builtLocked = false
    }
}

/// Step 4: the career development contract. Drafted from the programme, the course and the
/// occupation's regional wage; edited within the programme's bounds with every problem beside
/// its field; the scenarios follow each change; status moves are confirmed and record who and
/// when; signed terms are read-only and F9 amends them into a new version.
public enum ContractStep: CaseStepScreen {
    public static let stage = CaseStage.contract
    /// The programme a new draft starts on when the catalog has it: the pilot PRODUCT.md's
    /// worked example is built on. The officer changes it on the form's first row.
    static let defaultProgramme = "earning-money-together"

    public static func enter(_ session: inout CaseSession, context: DeskContext, now: Date) {
        if session.item.contract == nil, !session.isReadOnly, let draft = draft(session.item, context: context) {
            // The frame notes the change (CaseFrame.go), so autosave writes the draft.
            session.item.contract = draft
        }
        refresh(&session, context: context, rebuild: session.contract.builtFrom != session.item.contract)
    }

    /// A draft for the case, or nil without a course or programmes: F = course cost, D = its
    /// months, T = the target occupation's median wage in the seeker's region (national when
    /// the region has no figure), B = the profile's income, the rest the programme's defaults.
    public static func draft(_ item: Case, context: DeskContext) -> Contract? {
        guard let course = item.course else { return nil }
        let catalog = context.catalog
        guard let policy = catalog.programme(defaultProgramme) ?? catalog.programmes.first else { return nil }
        var provider: Organisation? = nil
        if !course.provider.isEmpty { provider = Organisation(name: course.provider, inn: "") }
        return ContractDraft.prefill(
            policy: policy, seeker: item.seeker, course: course,
            regionalMedianWage: targetWage(item, catalog: catalog) ?? .zero, provider: provider)
    }

    /// The median wage of the case's target (occupation or own business) in the seeker's region.
    static func targetWage(_ item: Case, catalog: Catalog) -> Money? {
        let occupation: Occupation?
        if let code = item.guidance?.targetOccupation {
            occupation = catalog.occupation(code)
        } else if item.guidance?.track == .ownBusiness {
            occupation = catalog.ownBusiness
        } else {
            occupation = nil
        }
        return occupation?.figuresOrNational(in: item.seeker.region).medianWage
    }

    /// Whether the contract's rows are read-only: signed (or later) terms, or a case another desk holds.
    static func isLocked(_ session: CaseSession) -> Bool {
        guard let contract = session.item.contract else { return true }
        return !contract.isEditable || session.isReadOnly
    }

    /// Recomputes problems and scenarios from the working contract; `rebuild` remakes the rows
    /// from it (keeping the cursor on the same field).
    static func refresh(_ session: inout CaseSession, context: DeskContext, rebuild: Bool) {
        var state = session.contract
        defer { session.contract = state }
        guard let contract = session.item.contract else {
            state = ContractStepState()
            return
        }
        let locked = isLocked(session)
        let firstShowing = state.form == nil
        if rebuild || state.form == nil || locked != state.builtLocked {
            let focusKey = state.form?.list.focusedRow?.key
            var form = ContractForm(
                contract: contract, programmes: context.catalog.programmes, locked: locked,
                language: context.language)
            if let focusKey { form.list.focus(key: focusKey) }
            state.form = form
        }
        state.problems = problems(contract, session.item, context: context)
        state.form?.show(
            state.problems, policy: context.catalog.programme(contract.programmeId), language: context.language)
        // Shown for the first time, the form starts at the first field that needs input (the
        // parties the programme requires, usually), not at the programme row.
        if firstShowing, !locked, let row = state.form?.list.firstNeedingInput { state.form?.list.setFocus(row) }
        state.scenarios =
            ContractValidator.checkTerms(contract.terms).isEmpty
            ? ContractScenarios.standard(terms: contract.terms) : []
        state.builtFrom = contract
        state.builtLocked = locked
    }

    static func problems(_ contract: Contract, _ item: Case, context: DeskContext) -> [ContractProblem] {
        guard let policy = context.catalog.programme(contract.programmeId) else {
            return ContractValidator.checkTerms(contract.terms) + [
                ContractProblem(
                    field: "programmeId", kind: .programmeMismatch,
                    message: ContractText.filled(ContractStepText.unknownProgramme) { _ in
                        ["programme": contract.programmeId]
                    })
            ]
        }
        return ContractValidator.validate(contract, policy: policy, caseSeeker: item.seeker)
    }

    /// The step's keys: dispatch, key bar and help (issue 17.7). Other keys go to the form.
    static let table = StepKeyTable(bindings: [
        StepKeyBinding([.tab, .backTab, .down, .up, .enter, .pageDown, .pageUp], bar: T.keyField, help: T.helpFields) {
            key, session, context, now in formKey(key, &session, context: context, now: now)
        },
        StepKeyBinding(
            [nextProblemKey], bar: T.keyNextProblem, help: T.helpNextProblem,
            when: { s, _ in !s.contract.problems.isEmpty && !isLocked(s) }
        ) { _, session, context, _ in nextProblem(&session, context: context) },
        StepKeyBinding([nextProblemKey], help: T.helpNextProblem) { _, session, context, _ in
            nextProblem(&session, context: context)
        },
        StepKeyBinding(
            [.right, .left, .character(" ")], bar: T.keyChoice, help: T.helpChoice,
            when: { s, _ in
                guard let row = s.contract.form?.list.focusedRow, !row.isLocked, case .choice = row.kind else {
                    return false
                }
                return true
            }
        ) { key, session, context, now in formKey(key, &session, context: context, now: now) },
        StepKeyBinding(
            [.function(4)], bar: T.keyStatus, help: T.helpStatus, when: { s, _ in !moveOptions(s).isEmpty }
        ) { _, session, context, _ in movesMenu(session, context: context) },
        StepKeyBinding([.function(4)], help: T.helpStatus) { _, session, context, _ in
            movesMenu(session, context: context)
        },
        StepKeyBinding([.function(9)], bar: T.keyAmend, help: T.helpAmend, when: { s, _ in canAmend(s) }) {
            _, session, context, now in confirm("amend", session, context: context, now: now)
        },
    ])

    typealias T = ContractStepText

    public static func handle(_ key: Key, _ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply {
        guard session.contract.form != nil, session.item.contract != nil else { return .ignored }
        return table.handle(key, &session, context: context, now: now)
            ?? formKey(key, &session, context: context, now: now)
    }

    /// Ctrl-N: the next field with a problem, or what comes next when none has one.
    static func nextProblem(_ session: inout CaseSession, context: DeskContext) -> StepReply {
        guard var form = session.contract.form else { return .ignored }
        if form.list.focusNextNeedingInput() {
            session.contract.form = form
            return .handled
        }
        return StepReply(notice: .info(whatIsNext(session, context: context)))
    }

    /// A key for the form: a field's edit (applied and checked at once), or a word why a locked
    /// contract refuses it.
    static func formKey(_ key: Key, _ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply {
        guard var form = session.contract.form, let contract = session.item.contract else { return .ignored }
        let l = context.language
        let locked = isLocked(session)
        guard form.list.handle(key) == .handled else {
            if locked, isEditing(key), !session.isReadOnly {
                let template = canAmend(session) ? ContractStepText.lockedNotice : ContractStepText.finalNotice
                return StepReply(
                    notice: .error(context.text(template, ["status": ContractText.status(contract.status)(l)])))
            }
            return .ignored
        }
        session.contract.form = form
        if locked { return .handled }
        return apply(&session, context: context, now: now)
    }

    /// Jumps to the next field with a problem (the profile uses the same key).
    static let nextProblemKey = Key.ctrl("n")

    /// What the officer does next when no field has a problem: F4 to move the contract on, or,
    /// once signed, print the summary.
    static func whatIsNext(_ session: CaseSession, context: DeskContext) -> String {
        switch session.item.contract?.status {
        case .draft: context.text(ContractStepText.nextReady)
        case .ready: context.text(ContractStepText.nextSign)
        default: context.text(ContractStepText.nextPrint)
        }
    }

    /// Keys that would change a value (refused on locked rows with a word why).
    static func isEditing(_ key: Key) -> Bool {
        switch key {
        case .character, .paste, .backspace, .delete: true
        default: false
        }
    }

    /// Takes the form into the working contract: a new programme brings its defaults; other
    /// changes go through `Contract.edit`, which returns a ready contract to draft.
    static func apply(_ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply {
        guard var form = session.contract.form, var contract = session.item.contract else { return .handled }
        let who = context.caseworker
        let wasReady = contract.status == .ready
        let hadProblems = !session.contract.problems.isEmpty
        var notice: Notice?
        if let id = form.programmeID, id != contract.programmeId, let policy = context.catalog.programme(id) {
            let (typed, parties) = form.read(base: contract, caseSeeker: session.item.seeker)
            let terms = ContractDraft.terms(
                policy: policy, courseCost: typed.fundedAmount, courseMonths: typed.courseMonths,
                regionalMedianWage: typed.targetIncome, baselineIncome: typed.baselineIncome)
            contract.programmeId = id
            try? contract.edit(terms: terms, by: who, at: now)
            try? contract.edit(parties: parties, by: who, at: now)
            session.item.contract = contract
            notice = .info(
                context.text(ContractStepText.programmeChanged, ["programme": policy.name(context.language)]))
            refresh(&session, context: context, rebuild: true)
        } else {
            let (terms, parties) = form.read(base: contract, caseSeeker: session.item.seeker)
            try? contract.edit(terms: terms, by: who, at: now)
            try? contract.edit(parties: parties, by: who, at: now)
            session.item.contract = contract
            session.contract.form = form
            refresh(&session, context: context, rebuild: false)
        }
        if wasReady, session.item.contract?.status == .draft {
            notice = .info(context.text(ContractStepText.backToDraft))
        } else if hadProblems, session.contract.problems.isEmpty, notice == nil {
            notice = .info(whatIsNext(session, context: context))
        }
        return StepReply(notice: notice)
    }

    static func canAmend(_ session: CaseSession) -> Bool {
        guard let status = session.item.contract?.status, !session.isReadOnly else { return false }
        return status == .signed || status == .active
    }

    /// The moves the contract can make now, in the order a contract usually takes them, then
    /// "amend" for a signed or active one.
    static func moveOptions(_ session: CaseSession) -> [String] {
        guard let contract = session.item.contract, !session.isReadOnly else { return [] }
        let order: [ContractStatus] = [.ready, .signed, .active, .completed, .draft, .terminated]
        var options = order.filter { contract.status.allowedMoves.contains($0) }.map(\.rawValue)
        // A draft is signed in one round (draft → ready → signed), the first and default option.
        if contract.status == .draft { options.insert(signOption, at: 0) }
        if canAmend(session) { options.append("amend") }
        return options
    }

    /// The option that takes a draft through ready to signed, confirmed once.
    static let signOption = "sign"

    /// Moves whose confirmation defaults to the action (Enter confirms): the ones that take the
    /// contract forward to signing. Going back, terminating and amending default to No.
    static let forwardOptions: Set<String> = [signOption, "ready", "signed", "active"]

    static func movesMenu(_ session: CaseSession, context: DeskContext) -> StepReply {
        guard let contract = session.item.contract else { return .ignored }
        let l = context.language
        if session.isReadOnly { return StepReply(notice: .error(context.text(DeskText.readOnlyRefused))) }
        let options = moveOptions(session)
        let status = ContractText.status(contract.status)(l)
        guard !options.isEmpty else {
            return StepReply(notice: .error(context.text(ContractStepText.noMoves, ["status": status])))
        }
        let names = options.map { option in
            if option == signOption { return ContractStepText.signNow(l) }
            return ContractStatus(rawValue: option).map { ContractStepText.moveName($0)(l) }
                ?? ContractStepText.amend(l)
        }
        let dialog = Dialog.choice(
            title: ContractStepText.movesTitle(l),
            message: context.text(ContractStepText.movesMessage, ["status": status]),
            options: names + [DeskText.cancel(l)])
        return StepReply(overlay: .dialog(dialog, .step(.contract, tag: "menu:" + options.joined(separator: ","))))
    }

    /// The confirmation for a move (`signed`, `ready`…) or `amend`; refused at once when the
    /// move needs a contract without problems and it has some.
    static func confirm(_ option: String, _ session: CaseSession, context: DeskContext, now: Date) -> StepReply {
        guard let contract = session.item.contract else { return .handled }
        let l = context.language
        let values = [
            "version": String(contract.version), "next": String(contract.version + 1),
            "status": ContractText.status(contract.status)(l), "from": ContractText.status(contract.status)(l),
            "who": context.caseworker, "when": DeskFormat.timestamp(now, l),
        ]
        let message: String
        if option == signOption || option == ContractStatus.signed.rawValue {
            if !session.contract.problems.isEmpty { return refuse(.signed, session, context: context) }
            message = context.text(
                ContractStepText.confirmSignTerms, values.merging(termValues(contract, l)) { a, _ in a })
        } else if let target = ContractStatus(rawValue: option) {
            if target == .ready, !session.contract.problems.isEmpty {
                return refuse(target, session, context: context)
            }
            var filled = values
            filled["to"] = ContractText.status(target)(l)
            message = context.text(ContractStepText.confirmMove, filled)
        } else if option == "amend" {
            message = context.text(ContractStepText.confirmAmend, values)
        } else {
            return .handled
        }
        let yes = option == signOption || option == "signed" ? ContractStepText.signButton(l) : DeskText.yes(l)
        let dialog = Dialog(
            title: ContractStepText.confirmTitle(l), message: message, buttons: [yes, DeskText.no(l)],
            defaultButton: forwardOptions.contains(option) ? 0 : 1)
        return StepReply(overlay: .dialog(dialog, .step(.contract, tag: "move:" + option)))
    }

    /// The terms as the signing confirmation states them, once.
    static func termValues(_ contract: Contract, _ l: Language) -> [String: String] {
        let t = contract.terms
        return [
            "funded": t.fundedAmount.formatted(l), "baseline": t.baselineIncome.formatted(l),
            "target": t.targetIncome.formatted(l), "minimum": t.minimumIncrease.formatted(l),
            "share": ContractText.percent(t.shareBasisPoints, l), "cap": t.cap.formatted(l),
            "term": String(t.termPayments), "window": String(t.windowMonths), "grace": String(t.graceMonths),
        ]
    }

    static func refuse(_ target: ContractStatus, _ session: CaseSession, context: DeskContext) -> StepReply {
        StepReply(
            notice: .error(
                context.text(
                    ContractStepText.refusedProblems,
                    [
                        "to": ContractText.status(target)(context.language),
                        "n": String(session.contract.problems.count),
                    ])))
    }

    public static func dialogAnswered(
        tag: String, result: DialogResult, _ session: inout CaseSession, context: DeskContext, now: Date
    ) -> StepReply {
        guard case .chosen(let button, _) = result else { return .handled }
        if tag.hasPrefix("menu:") {
            let options = tag.dropFirst("menu:".count).split(separator: ",").map(String.init)
            guard options.indices.contains(button) else { return .handled }
            let reply = confirm(options[button], session, context: context, now: now)
            if reply.overlay == nil { focusFirstProblem(&session) }
            return reply
        }
        guard tag.hasPrefix("move:"), button == 0, !session.isReadOnly, var contract = session.item.contract else {
            return .handled
        }
        let option = String(tag.dropFirst("move:".count))
        let l = context.language
        let who = context.caseworker
        if option == "amend" {
            do {
                try contract.amend(terms: contract.terms, by: who, at: now)
            } catch {
                return StepReply(notice: .error(error.message(l)))
            }
            session.item.contract = contract
            refresh(&session, context: context, rebuild: true)
            return StepReply(
                notice: .info(
                    context.text(
                        ContractStepText.amended,
                        ["version": String(contract.version), "previous": String(contract.version - 1)])))
        }
        let steps: [ContractStatus]
        if option == signOption {
            steps = [.ready, .signed]
        } else if let target = ContractStatus(rawValue: option) {
            steps = [target]
        } else {
            return .handled
        }
        let target = steps.last!
        // Checked again: the answer comes after the dialog, and signing must never pass a problem.
        refresh(&session, context: context, rebuild: false)
        if target == .ready || target == .signed, !session.contract.problems.isEmpty {
            focusFirstProblem(&session)
            return refuse(target, session, context: context)
        }
        if steps.contains(.ready), contract.parties.seeker == nil {
            // The seeker's name and SNILS as they stand when the contract goes for signing.
            var parties = contract.parties
            parties.seeker = SeekerParty(session.item.seeker)
            try? contract.edit(parties: parties, by: who, at: now)
        }
        do {
            for step in steps { try contract.move(to: step, by: who, at: now) }
        } catch {
            return StepReply(notice: .error(error.message(l)))
        }
        session.item.contract = contract
        refresh(&session, context: context, rebuild: true)
        let template =
            switch target {
            case .ready: ContractStepText.movedNextSign
            case .signed: ContractStepText.movedNextPrint
            default: ContractStepText.moved
            }
        return StepReply(
            notice: .info(
                context.text(
                    template,
                    ["status": ContractText.status(target)(l), "who": who, "when": DeskFormat.timestamp(now, l)])))
    }

    /// Puts the cursor on the first field with a problem (after a refused signing).
    static func focusFirstProblem(_ session: inout CaseSession) {
        guard var form = session.contract.form else { return }
        if let row = form.list.rows.firstIndex(where: { $0.error != nil }) { form.list.setFocus(row) }
        session.contract.form = form
    }

    public static func render(_ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect) {
        ContractView.render(session, context: context, into: &buffer, rect: rect)
    }

    public static func keys(_ session: CaseSession, context: DeskContext) -> [KeyBarItem] {
        guard session.contract.form != nil else {
            // No contract without a course: the frame's Alt-3 goes to the Course step.
            return session.item.course == nil ? [KeyBarItem(.alt("3"), DeskText.stepCourse(context.language))] : []
        }
        return table.bar(session, context: context)
    }

    public static func help(_ language: Language) -> String {
        ContractStepText.help(language) + "\n" + table.help(language)
    }

    /// Done once the contract is signed, or has moved on from signed.
    public static func isDone(_ item: Case) -> Bool {
        guard let status = item.contract?.status else { return false }
        return status != .draft && status != .ready
    }
}
