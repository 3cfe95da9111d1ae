import CareerDeskCore
import Foundation
import TerminalKit

/// The case screen around the current step: header, step bar, the step's body, and the keys
/// every step shares (save, notes, print, export, steps, back).
enum CaseFrame {
    static func startNewCase(_ state: inout AppState) {
        let seeker = JobSeeker(fullName: "", birthDate: nil, snils: "", region: "")
        let draft = Case(
            id: CaseSession.provisionalID(now: state.now), seeker: seeker,
            caseworker: state.context.caseworker, createdAt: state.now)
        var session = CaseSession(item: draft, isNew: true, context: state.context)
        ProfileStep.enter(&session, context: state.context, now: state.now)
        state.session = session
        state.screen = .caseFile
        state.notice = nil
    }

    /// Shows `stage`, marking it reached. What the step derives on entering (a drafted
    /// contract) counts as an edit, so autosave keeps it.
    static func go(to stage: CaseStage, _ state: inout AppState) {
        guard let before = state.session else { return }
        var session = before
        session.step = stage
        state.session = session
        session.bodySize = bodySize(state)
        CaseSteps.screen(stage).enter(&session, context: state.context, now: state.now)
        if !session.isReadOnly && stage > session.item.stage && !session.isNew {
            session.item.stage = stage
        }
        state.session = session
        if !session.isReadOnly { Autosave.noteEdit(&state, before: before) }
    }

    /// The rows and columns the step's body gets on the current screen (see `render`).
    static func bodySize(_ state: AppState) -> Size {
        let keyRows = DeskView.rows(of: DeskView.keys(state), width: state.size.width).count
        let readOnly = state.session?.readOnlyHolder == nil ? 0 : 1
        // Header, status line and key rows around the frame; case line, step bar and a gap in it.
        return Size(width: state.size.width, height: max(1, state.size.height - 2 - keyRows - 3 - readOnly))
    }

    /// Moves on from the current step. The seeker's rating is a line of the step (Ctrl-R), so
    /// moving on never stops to ask for it (issue 17.6).
    static func nextStep(_ state: inout AppState) {
        guard let session = state.session else { return }
        let steps = CaseStage.allCases
        let index = steps.firstIndex(of: session.step)!
        if index + 1 < steps.count { go(to: steps[index + 1], &state) }
    }

    /// Rates the current step on its rating line.
    static let rateKey = Key.ctrl("r")

    static func startRating(_ state: inout AppState) {
        guard let session = state.session else { return }
        if session.isReadOnly {
            state.notice = .error(state.text(DeskText.readOnlyRefused))
        } else if session.isNew {
            state.notice = .error(state.text(PanelText.ratingRefusedNew))
        } else {
            let existing = session.item.feedback.last { $0.stage == session.step }
            state.overlay = .feedback(FeedbackPanel(stage: session.step, existing: existing))
        }
    }

    /// The row of the step's rating line: under the step bar (see `render`).
    static func ratingRow(_ state: AppState, body: Rect) -> Rect {
        let readOnly = state.session?.readOnlyHolder == nil ? 0 : 1
        return Rect(x: body.x, y: body.y + 2 + readOnly, width: body.width, height: 1)
    }

    static func previousStep(_ state: inout AppState) {
        guard let session = state.session else { return }
        let steps = CaseStage.allCases
        let index = steps.firstIndex(of: session.step)!
        if index > 0 { go(to: steps[index - 1], &state) }
    }

    /// The frame's keys, on every step: dispatch, key bar and help come from here (issue 17.7).
    /// In the bar the step's own keys go between `lead` and `tail`.
    static let lead = KeyTable(bindings: [
        KeyBinding([.function(1)], bar: DeskText.keyHelp, help: DeskText.helpKeyHelp) { _, state in
            DeskUpdate.showHelp(&state)
            return []
        },
        KeyBinding(
            [.function(2)], bar: DeskText.keySave, help: DeskText.helpKeySave,
            when: { $0.session?.isReadOnly == false }
        ) { _, state in Autosave.flush(&state, explicit: true) },
    ])

    static let tail = KeyTable(bindings: [
        KeyBinding([.function(3)], bar: DeskText.keyNotes, help: DeskText.helpKeyNotes) { _, state in
            state.overlay = .notes(NotesPanel(draft: state.session?.notesDraft ?? ""))
            return []
        },
        KeyBinding([.function(5)], bar: DeskText.keyPrint, help: DeskText.helpKeyPrintCase) { _, state in
            OutputFlow.startPrint(&state, source: .open)
            return []
        },
        KeyBinding([.function(6)], bar: DeskText.keyExport, help: DeskText.helpKeyExportCase) { _, state in
            OutputFlow.startExport(&state, source: .open)
            return []
        },
        KeyBinding([.function(7)], bar: DeskText.keyPrevStep, help: DeskText.helpKeyPrevStep) { _, state in
            previousStep(&state)
            return []
        },
        KeyBinding([.function(8)], bar: DeskText.keyNextStep, help: DeskText.helpKeyNextStep) { _, state in
            nextStep(&state)
            return []
        },
        KeyBinding(
            (1...CaseStage.allCases.count).map { Key.alt(Character(String($0))) }, help: DeskText.helpKeyJump
        ) { key, state in
            if case .alt(let c) = key, let n = c.wholeNumberValue { go(to: CaseStage.allCases[n - 1], &state) }
            return []
        },
        KeyBinding([rateKey], help: DeskText.helpKeyRate) { _, state in
            startRating(&state)
            return []
        },
        KeyBinding([.escape], bar: DeskText.keyBack, help: DeskText.helpKeyBack) { _, state in backToDesk(&state) },
        KeyBinding([.function(10)], bar: DeskText.keyQuit, help: DeskText.helpKeyQuit) { _, state in
            DeskUpdate.requestQuit(&state)
        },
    ])

    /// Keys of the case screen: the frame's own (but Esc), then the step's, then Esc.
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let before = state.session else { return [] }
        if key != .escape {
            if let effects = lead.handle(key, &state) ?? tail.handle(key, &state) { return effects }
        }
        var session = before
        session.bodySize = bodySize(state)
        let screen = CaseSteps.screen(session.step)
        let reply = screen.handle(key, &session, context: state.context, now: state.now)
        if reply.handled {
            state.session = session
            if let notice = reply.notice { state.notice = notice }
            if let overlay = reply.overlay { state.overlay = overlay }
            Autosave.noteEdit(&state, before: before)
            return reply.effects
        }
        return tail.handle(key, &state) ?? []
    }

    /// The answer to a dialog a step opened.
    static func stepDialog(_ stage: CaseStage, tag: String, result: DialogResult, _ state: inout AppState) -> [Effect] {
        guard let before = state.session else { return [] }
        var session = before
        let reply = CaseSteps.screen(stage).dialogAnswered(
            tag: tag, result: result, &session, context: state.context, now: state.now)
        state.session = session
        if let notice = reply.notice { state.notice = notice }
        if let overlay = reply.overlay { state.overlay = overlay }
        Autosave.noteEdit(&state, before: before)
        return reply.effects
    }

    /// Esc on the case screen: save what can be saved and show the list again.
    static func backToDesk(_ state: inout AppState) -> [Effect] {
        guard let session = state.session else { return [] }
        if session.isNew {
            // Nothing typed yet: simply leave. Otherwise ask, so typing is never thrown away silently.
            if session.profile.texts.values.allSatisfy({ $0.isEmpty || $0 == "0" }) {
                closeSession(&state)
                return [.clearRecovery]
            }
            state.overlay = .dialog(
                Dialog(
                    title: state.text(DeskText.quitTitle), message: state.text(DeskText.leaveNewCase),
                    buttons: [
                        state.text(DeskText.leaveKeep), state.text(DeskText.leaveDiscard), state.text(DeskText.stay),
                    ],
                    defaultButton: 2), .leaveNewCase)
            return []
        }
        var effects = session.hasUnsavedWork ? Autosave.flush(&state, explicit: false) : []
        effects.append(.close(session.item.id))
        closeSession(&state)
        return effects
    }

    static func closeSession(_ state: inout AppState) {
        state.session = nil
        state.screen = .desk
        if state.desk.needsRefresh { state.desk.refresh() }
    }

    static func keys(_ state: AppState) -> [KeyBarItem] {
        guard let session = state.session else { return [] }
        let step = CaseSteps.screen(session.step).keys(session, context: state.context)
        // A step using Esc (to clear its filter) shows it itself; Esc reaches the frame after.
        let tail = tail.bar(state).filter { item in item.key != .escape || !step.contains { $0.key == .escape } }
        return lead.bar(state) + step + tail
    }

    static func stepName(_ stage: CaseStage) -> LocalizedText {
        switch stage {
        case .profile: ProfileText.stepName
        case .guidance: DeskText.stepGuidance
        case .course: DeskText.stepCourse
        case .contract: DeskText.stepContract
        case .review: DeskText.stepReview
        case .followUp: FollowUpStepText.stepName
        }
    }

    static func render(_ state: AppState, into buffer: inout Buffer, rect: Rect) {
        guard let session = state.session else { return }
        let l = state.language
        let theme = Theme.standard
        // The case line: id, name, status, and the read-only notice when another desk holds it.
        let id = session.isNew ? DeskText.newCase(l) : session.item.id.description
        let name = session.item.seeker.fullName.isEmpty ? "—" : session.item.seeker.fullName
        var line = "\(id) · \(name) · \(DocumentText.status(session.item.status)(l))"
        if session.hasUnsavedWork { line += " · " + DeskText.unsavedMark(l) }
        buffer.drawLine(line, in: rect.row(0), style: theme.title)
        var y = rect.y + 1
        if let holder = session.readOnlyHolder {
            buffer.drawLine(
                DeskText.readOnly(holder: holder, state.context),
                in: Rect(x: rect.x, y: y, width: rect.width, height: 1),
                style: theme.error)
            y += 1
        }
        let stages = CaseStage.allCases
        let done = Set(stages.indices.filter { CaseSteps.screen(stages[$0]).isDone(session.item) })
        StepBar(steps: stages.map { stepName($0)(l) }, current: stages.firstIndex(of: session.step)!, done: done)
            .render(into: &buffer, rect: Rect(x: rect.x, y: y, width: rect.width, height: 1))
        y += 1
        // The seeker's rating of this step, one line between the step bar and the step.
        let feedback = session.item.feedback.last { $0.stage == session.step }
        buffer.drawLine(
            FeedbackPanel.restingLine(feedback, l), in: Rect(x: rect.x, y: y, width: rect.width, height: 1),
            style: theme.hint)
        let body = Rect(x: rect.x, y: y + 1, width: rect.width, height: max(0, rect.bottom - y - 1))
        CaseSteps.screen(session.step).render(session, context: state.context, into: &buffer, rect: body)
    }

    static func help(_ state: AppState) -> (title: String, text: String) {
        guard let session = state.session else { return ("", "") }
        let l = state.language
        let text = [
            CaseSteps.screen(session.step).help(l), "", DeskText.helpCase(l), lead.help(l), tail.help(l), "",
            DeskText.helpGlobal(l),
        ].joined(separator: "\n")
        return (state.text(DeskText.helpTitle, ["screen": stepName(session.step)(l)]), text)
    }
}
