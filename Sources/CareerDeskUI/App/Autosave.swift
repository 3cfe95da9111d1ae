import CareerDeskCore
import Foundation
import TerminalKit

/// Never lose work: every change is noted, and a tick saves it once typing pauses for half a
/// second, or at the latest one second after the first unsaved change. The recovery journal
/// holds everything typed (also what is not valid yet); the store gets the case when it can.
enum Autosave {
    static let pause: TimeInterval = 0.5
    static let longest: TimeInterval = 1.0

    /// Called after a step handled a key: marks the case unsaved when it (or the form) changed,
    /// or undoes the change when the case is read-only.
    static func noteEdit(_ state: inout AppState, before: CaseSession) {
        guard var session = state.session else { return }
        let changed =
            session.item != before.item || session.profile.texts != before.profile.texts
            || session.notesDraft != before.notesDraft
        guard changed else { return }
        if session.isReadOnly {
            session.item = before.item
            session.profile = before.profile
            state.session = session
            state.notice = .error(state.text(DeskText.readOnlyRefused))
            return
        }
        session.firstUnsavedEdit = session.firstUnsavedEdit ?? state.now
        session.lastEdit = state.now
        state.session = session
    }

    /// On each tick: save when typing paused or has gone on for a second.
    static func tick(_ state: inout AppState) -> [Effect] {
        guard let session = state.session, let first = session.firstUnsavedEdit, let last = session.lastEdit else {
            return []
        }
        let now = state.now
        guard now.timeIntervalSince(last) >= pause || now.timeIntervalSince(first) >= longest else { return [] }
        // A dialog about duplicates is waiting for the officer: do not ask twice.
        if case .dialog(_, .duplicates) = state.overlay { return [.writeRecovery(record(session, state))] }
        return flush(&state, explicit: false)
    }

    static func record(_ session: CaseSession, _ state: AppState) -> RecoveryRecord {
        RecoveryRecord(
            savedAt: state.now, caseworker: state.context.caseworker, item: session.item, isNew: session.isNew,
            step: session.step, profileTexts: session.profile.texts,
            notesDraft: session.notesDraft.isEmpty ? nil : session.notesDraft)
    }

    /// Writes the journal and saves (or creates) the case. `explicit` is F2: every problem is
    /// shown, not only those of fields already typed.
    static func flush(_ state: inout AppState, explicit: Bool) -> [Effect] {
        guard var session = state.session else { return [] }
        if session.isReadOnly {
            if explicit { state.notice = .error(state.text(DeskText.readOnlyRefused)) }
            return []
        }
        if explicit { session.profile.showAllErrors = true }
        let valid = session.profile.check(
            base: session.item.seeker, today: state.today, language: state.language)
        var effects: [Effect] = [.writeRecovery(record(session, state))]
        session.firstUnsavedEdit = nil
        session.lastEdit = nil
        if session.isNew {
            guard let seeker = valid else {
                state.session = session
                if explicit { state.notice = .error(state.text(DeskText.notSavedYet)) }
                return effects
            }
            session.item.seeker = seeker
            state.session = session
            let duplicates = Duplicates.find(seeker, in: state.desk.cases)
            if !duplicates.isEmpty && !session.duplicatesAccepted {
                state.overlay = Duplicates.dialog(duplicates, seeker: seeker, state: state)
                return effects
            }
            effects.append(.create(seeker, draft: session.item))
            return effects
        }
        state.session = session
        if session.item != session.stored {
            effects.append(.save(session.item, explicit: explicit))
        } else {
            if explicit { state.notice = .info(state.text(DeskText.saved, ["case": session.item.id.description])) }
            // Nothing to save and nothing pending (an edit undone): no save will clear the
            // journal afterwards, so it goes now rather than being written.
            if isSettled(session, state: state) { effects = [.clearRecovery] }
        }
        return effects
    }

    /// Whether everything on screen is in the store (so the journal can go).
    static func isSettled(_ session: CaseSession, state: AppState) -> Bool {
        guard !session.isNew, !session.hasUnsavedWork, session.notesDraft.isEmpty, session.item == session.stored
        else { return false }
        var form = session.profile
        return form.check(base: session.item.seeker, today: state.today, language: state.language) != nil
    }
}

/// Cases that may be the same person as a new one: the same SNILS, or a similar name with the
/// same birth date.
public enum Duplicates {
    public struct Match: Hashable, Sendable {
        public var summary: CaseSummary
        public var sameSNILS: Bool
    }

    public static func find(_ seeker: JobSeeker, in cases: [CaseSummary]) -> [Match] {
        let snils = SNILS.normalized(seeker.snils)
        let name = normalizedName(seeker.fullName)
        var matches: [Match] = []
        for item in cases {
            if let snils, sameSNILS(item.snils, snils) {
                matches.append(Match(summary: item, sameSNILS: true))
            } else if let birth = seeker.birthDate, item.birthDate == birth,
                editDistance(normalizedName(item.fullName), name, limit: 2) <= 2
            {
                matches.append(Match(summary: item, sameSNILS: false))
            }
            if matches.count == 5 { break }
        }
        return matches
    }

    /// Whether a stored SNILS is `normalized` (`112-233-445 95`): the store keeps them in that
    /// form, so at 100 000 cases a byte compare decides and only an odd one is normalised.
    static func sameSNILS(_ stored: String, _ normalized: String) -> Bool {
        if stored == normalized { return true }
        let canonical =
            stored.utf8.count == 14
            && stored.utf8.enumerated().allSatisfy { i, b in
                switch i {
                case 3, 7: b == 0x2D
                case 10: b == 0x20
                default: (0x30...0x39).contains(b)
                }
            }
        return !canonical && SNILS.normalized(stored) == normalized
    }

    static func normalizedName(_ text: String) -> [Character] {
        Array(
            text.lowercased().replacingOccurrences(of: "ё", with: "е").split(whereSeparator: \.isWhitespace)
                .joined(separator: " "))
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it is over `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            var best = current[0]
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                best = min(best, current[j])
            }
            if best > limit { return limit + 1 }
            previous = current
        }
        return previous[b.count]
    }

    static func dialog(_ matches: [Match], seeker: JobSeeker, state: AppState) -> Overlay {
        let l = state.language
        let list = matches.map { m in
            let why = m.sameSNILS ? ProfileText.duplicateSameSNILS(l) : ProfileText.duplicateSimilarName(l)
            return "\(m.summary.id) · \(m.summary.fullName) · \(DeskFormat.date(m.summary.birthDate, l)) — \(why)"
        }.joined(separator: "\n")
        var buttons = matches.prefix(3).map { state.text(ProfileText.openCase, ["case": $0.summary.id.description]) }
        buttons += [state.text(ProfileText.createAnyway), state.text(ProfileText.back)]
        return .dialog(
            Dialog(
                title: state.text(ProfileText.duplicatesTitle),
                message: state.text(ProfileText.duplicatesBody, ["list": list]), buttons: buttons,
                defaultButton: 0),
            .duplicates(matches.prefix(3).map(\.summary.id), seeker: seeker))
    }
}
