import CareerDeskCore
import Foundation
import TerminalKit

/// The desk's one update function: the state and an action in, the new state and the effects
/// to run out. No I/O and no clock here; the runner does the rest and sends results back.
public enum DeskUpdate {
    public static func update(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
        var s = state
        let effects = apply(action, &s)
        return (s, effects)
    }

    static func apply(_ action: Action, _ s: inout AppState) -> [Effect] {
        switch action {
        case .key(let key):
            return handleKey(key, &s)
        case .resized(let size):
            s.size = size
            if case .dialog(var dialog, let purpose) = s.overlay {
                dialog.fit(in: Rect(size: size))
                s.overlay = .dialog(dialog, purpose)
            }
            return []
        case .tick(let now):
            s.now = now
            return Autosave.tick(&s)
        case .inputClosed:
            return inputClosed(&s)
        case .casesLoaded(let cases, let problems, let complete):
            // A refresh that found the list as shown keeps it, and its search (no second copy
            // of either is built: at 100 000 cases that is tens of megabytes).
            if !(s.desk.loaded && !s.desk.showsHeadOnly && s.desk.cases == cases) { s.desk.setCases(cases) }
            s.desk.problems = problems
            if complete { s.desk.indexProgress = nil }
            return s.desk.searchPending ? [.buildSearch(s.desk.cases, version: s.desk.listVersion)] : []
        case .casesHead(let head):
            s.desk.setHead(head)
            s.desk.problems = head.problems
            return []
        case .searchBuilt(let search, let version):
            s.desk.searchBuilt(search, version: version)
            return []
        case .indexProgress(let done, let total):
            s.desk.indexProgress = (done, total)
            return []
        case .caseOpened(let item, let holder):
            let session = CaseSession(item: item, isNew: false, readOnlyHolder: holder, context: s.context)
            s.session = session
            s.screen = .caseFile
            // Opened from the follow-up queue: straight to the contact that is due.
            let fromQueue = s.desk.queue != nil && item.contract?.isSigned == true
            CaseFrame.go(to: fromQueue ? FollowUpStep.stage : session.step, &s)
            s.desk.select(id: item.id)
            s.notice = holder.map { .error(DeskText.readOnly(holder: $0, s.context)) }
            return []
        case .recoveryBase(let stored):
            // The journal may be one save behind the store: killed after the desk's own save and
            // before the journal caught up. Only then does it supersede the store's copy — decided
            // by revisions and who wrote them, never by clocks. Anything else (another officer's
            // save, an import) makes the save stale: refused, the officer's copy kept aside.
            guard var session = s.session, session.item.id == stored.id else { return [] }
            session.stored = stored
            let ownNextSave =
                stored.revision == session.item.revision + 1 && stored.history.last?.by == s.context.caseworker
            if ownNextSave {
                session.item.revision = stored.revision
                session.item.updatedAt = stored.updatedAt
                session.item.history = stored.history
            }
            s.session = session
            return []
        case .lockRefused(let holder):
            s.session?.readOnlyHolder = holder
            s.notice = .error(DeskText.readOnly(holder: holder, s.context))
            return []
        case .caseOpenFailed(let reason):
            s.notice = .error(s.text(DeskText.openFailed, ["reason": reason]))
            return []
        case .caseSaved(let item, let created, let explicit):
            return saved(item, created: created, explicit: explicit, &s)
        case .saveFailed(let reason, let staleCopy):
            if let staleCopy {
                s.notice = .error(s.text(DeskText.staleOnDisk, ["file": staleCopy]))
            } else {
                s.notice = .error(s.text(DeskText.saveFailed, ["reason": reason]))
            }
            return []
        case .storeWarning(let message):
            s.notice = .error(message)
            return []
        case .demoLoaded(let count, let problems):
            s.notice =
                problems.isEmpty
                ? .info(s.text(DeskText.demoLoaded, ["count": String(count)]))
                : .error(problems.joined(separator: "; "))
            return [.loadCases(rows: s.size.height)]
        case .recoveryFound(let record):
            // The name as typed: a new case's seeker is only filled in once the form is valid.
            let typed = record.profileTexts["fullName"]?.trimmingCharacters(in: .whitespaces) ?? ""
            let name = typed.isEmpty ? record.item.seeker.fullName : typed
            let what =
                record.isNew
                ? s.text(DeskText.recoveryNewCase, ["name": name])
                : s.text(DeskText.recoveryCase, ["case": record.item.id.description, "name": name])
            s.overlay = .dialog(
                Dialog(
                    title: s.text(DeskText.recoveryTitle),
                    message: s.text(
                        DeskText.recoveryBody, ["what": what, "when": DeskFormat.timestamp(record.savedAt, s.language)]),
                    buttons: [s.text(DeskText.recoverYes), s.text(DeskText.recoverNo)], defaultButton: 0),
                .recovery(record))
            return []
        case .outputDone(let message):
            s.notice = .info(s.text(OutputText.done, ["where": message]))
            return []
        case .outputFailed(let reason):
            s.notice = .error(s.text(OutputText.failed, ["reason": reason]))
            return []
        }
    }

    static func saved(_ item: Case, created: Bool, explicit: Bool, _ s: inout AppState) -> [Effect] {
        s.desk.upsert(CaseSummary(item))
        guard var session = s.session, session.isNew == created, created || session.item.id == item.id else {
            return []
        }
        // Edits made since the save was asked for stay on top of the saved revision.
        let edited = session.hasUnsavedWork
        session.stored = item
        if created {
            session.isNew = false
            session.item = item
            s.notice = .info(s.text(DeskText.created, ["case": item.id.description]))
        } else {
            var working = session.item
            working.revision = item.revision
            working.updatedAt = item.updatedAt
            working.history = item.history
            session.item = edited ? working : item
            if explicit { s.notice = .info(s.text(DeskText.saved, ["case": item.id.description])) }
        }
        s.session = session
        // Keep the journal in step with the store: cleared when all is saved, else rewritten
        // with the new revision (what is typed but not valid yet stays in it).
        return Autosave.isSettled(session, state: s) ? [.clearRecovery] : [.writeRecovery(Autosave.record(session, s))]
    }

    static func handleKey(_ key: Key, _ s: inout AppState) -> [Effect] {
        if s.overlay != nil { return handleOverlay(key, &s) }
        s.notice = nil
        switch key {
        case .function(1):
            showHelp(&s)
            return []
        case .function(10):
            return requestQuit(&s)
        default:
            break
        }
        switch s.screen {
        case .desk: return DeskScreen.handle(key, &s)
        case .caseFile: return CaseFrame.handle(key, &s)
        }
    }

    static func showHelp(_ s: inout AppState) {
        let width = max(20, min(s.size.width - 8, 100))
        let (title, text): (String, String)
        switch s.screen {
        case .desk:
            title = s.text(DeskText.helpTitle, ["screen": s.text(DeskText.deskScreenName)])
            text = [DeskScreen.help(s.language), "", DeskText.helpGlobal(s.language)].joined(separator: "\n")
        case .caseFile:
            (title, text) = CaseFrame.help(s)
        }
        var view = ScrollView(text: text, width: width - 4, pageSize: max(1, s.size.height - 10))
        view.fit(height: max(1, s.size.height - 8))
        s.overlay = .help(view, title: title)
    }

    /// The terminal vanished: nobody can answer a dialog any more, so whatever is unsaved is
    /// saved (and the recovery journal written: a new case not valid yet is offered back at
    /// the next start), the lock is released and the desk ends.
    static func inputClosed(_ s: inout AppState) -> [Effect] {
        s.quitting = true
        s.overlay = nil
        guard let session = s.session else { return [] }
        if session.isReadOnly { return [.close(session.item.id)] }
        // A new case is created when it is valid (a duplicate stays in the journal, unasked).
        var effects = Autosave.isSettled(session, state: s) ? [] : Autosave.flush(&s, explicit: false)
        s.overlay = nil
        if !session.isNew { effects.append(.close(session.item.id)) }
        return effects
    }

    /// F10: quit at once when everything is saved; otherwise ask.
    static func requestQuit(_ s: inout AppState) -> [Effect] {
        guard let session = s.session, !session.isReadOnly else {
            s.quitting = true
            return s.session.map { [.close($0.item.id)] } ?? []
        }
        let settled = Autosave.isSettled(session, state: s)
        if settled && !session.isNew {
            // A journal written by the last autosave goes too: the tick that would remove it
            // may not have come yet.
            s.quitting = true
            return [.clearRecovery, .close(session.item.id)]
        }
        if session.isNew && session.profile.texts.values.allSatisfy({ $0.isEmpty || $0 == "0" }) {
            s.quitting = true
            return [.clearRecovery]
        }
        let message =
            session.isNew
            ? s.text(DeskText.quitUnsavedNew)
            : s.text(DeskText.quitUnsaved, ["case": session.item.id.description])
        let buttons =
            session.isNew
            ? [s.text(DeskText.quitKeep), s.text(DeskText.discardAndQuit), s.text(DeskText.stay)]
            : [s.text(DeskText.saveAndQuit), s.text(DeskText.discardAndQuit), s.text(DeskText.stay)]
        s.overlay = .dialog(
            Dialog(title: s.text(DeskText.quitTitle), message: message, buttons: buttons, defaultButton: 0), .quit)
        return []
    }

    static func handleOverlay(_ key: Key, _ s: inout AppState) -> [Effect] {
        guard let overlay = s.overlay else { return [] }
        switch overlay {
        case .help(var view, let title):
            if key == .escape || key == .function(1) || key == .enter {
                s.overlay = nil
            } else {
                _ = view.handle(key)
                s.overlay = .help(view, title: title)
            }
            return []
        case .notes(var panel):
            guard var session = s.session else {
                s.overlay = nil
                return []
            }
            let before = session
            switch panel.handle(key) {
            case .stay:
                session.notesDraft = panel.editor.text
                s.overlay = .notes(panel)
            case .close:
                session.notesDraft = panel.editor.text
                s.overlay = nil
            case .add(let text):
                if session.isReadOnly {
                    s.notice = .error(s.text(DeskText.readOnlyRefused))
                    return []
                }
                session.item.notes.append(
                    CaseNote(at: s.now, author: s.context.caseworker, stage: session.step, text: text))
                session.notesDraft = ""
                s.overlay = .notes(NotesPanel(draft: ""))
                s.notice = .info(s.text(PanelText.noteAdded))
            }
            s.session = session
            Autosave.noteEdit(&s, before: before)
            return []
        case .feedback(var panel):
            guard var session = s.session else {
                s.overlay = nil
                return []
            }
            let before = session
            switch panel.handle(key, now: s.now) {
            case .stay:
                s.overlay = .feedback(panel)
                return []
            case .skip:
                session.feedbackAsked.insert(panel.stage)
            case .save(let feedback):
                session.feedbackAsked.insert(panel.stage)
                session.item.feedback.removeAll { $0.stage == feedback.stage }
                session.item.feedback.append(feedback)
                s.notice = .info(s.text(PanelText.feedbackSaved, ["rating": String(feedback.rating)]))
            }
            s.overlay = nil
            s.session = session
            Autosave.noteEdit(&s, before: before)
            if let next = panel.then { CaseFrame.go(to: next, &s) }
            return []
        case .dialog(var dialog, let purpose):
            let result = dialog.handle(key)
            if case .pending = result {
                s.overlay = .dialog(dialog, purpose)
                return []
            }
            s.overlay = nil
            return dialogAnswered(purpose, result, &s)
        }
    }

    static func dialogAnswered(_ purpose: DialogPurpose, _ result: DialogResult, _ s: inout AppState) -> [Effect] {
        let button: Int? = if case .chosen(let b, _) = result { b } else { nil }
        switch purpose {
        case .quit:
            guard let session = s.session else { return [] }
            switch button {
            case 0:
                // Save and quit (or, for a new case, keep the journal for the next start).
                s.quitting = true
                if session.isNew { return [.writeRecovery(Autosave.record(session, s))] }
                var effects = Autosave.flush(&s, explicit: false)
                effects.append(.close(session.item.id))
                return effects
            case 1:
                s.quitting = true
                return session.isNew ? [.clearRecovery] : [.clearRecovery, .close(session.item.id)]
            default:
                return []
            }
        case .leaveNewCase:
            guard let session = s.session else { return [] }
            switch button {
            case 0:
                let record = Autosave.record(session, s)
                CaseFrame.closeSession(&s)
                return [.writeRecovery(record)]
            case 1:
                CaseFrame.closeSession(&s)
                return [.clearRecovery]
            default:
                return []
            }
        case .recovery(let record):
            guard button == 0 else { return [.clearRecovery] }
            return recover(record, &s)
        case .duplicates(let ids, let seeker):
            guard let button, var session = s.session else { return [] }
            if button < ids.count {
                CaseFrame.closeSession(&s)
                return [.clearRecovery, .open(ids[button])]
            }
            if button == ids.count {
                session.duplicatesAccepted = true
                s.session = session
                return [.create(seeker, draft: session.item)]
            }
            return []
        case .step(let stage, let tag):
            return CaseFrame.stepDialog(stage, tag: tag, result: result, &s)
        default:
            return OutputFlow.answered(purpose, result, &s)
        }
    }

    /// Opens the recovered working copy as it was typed. An existing case is reopened from the
    /// store first (to take its lock), then the unsaved edits are put back on top.
    static func recover(_ record: RecoveryRecord, _ s: inout AppState) -> [Effect] {
        var session = CaseSession(item: record.item, isNew: record.isNew, context: s.context)
        session.profile.restore(record.profileTexts)
        session.notesDraft = record.notesDraft ?? ""
        session.step = record.step
        CaseSteps.screen(session.step).enter(&session, context: s.context, now: s.now)
        ProfileStep.apply(&session, context: s.context, now: s.now)
        session.firstUnsavedEdit = s.now
        session.lastEdit = s.now
        s.session = session
        s.screen = .caseFile
        s.notice = .info(s.text(DeskText.recovered))
        return record.isNew ? [] : [.lock(record.item.id)]
    }
}
