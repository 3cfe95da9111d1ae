import CareerDeskCore
import Foundation
import TerminalKit

/// The case notes, one key (F3) away on every step: the notes so far, newest last, and an
/// editor for a new one. F2 adds it (timestamped, signed with the officer's name); Esc closes
/// and keeps an unfinished note for next time.
public struct NotesPanel: Hashable, Sendable {
    public var editor: TextArea
    /// Notes scrolled back from the newest.
    public var scroll: Int = 0

    public init(draft: String) {
        editor = TextArea(visibleRows: 4, maxLength: 4000, isFocused: true)
        editor.insert(draft)
    }

    /// Keys; returns the text of a note to add when F2 was pressed on a non-empty editor.
    enum Outcome {
        case stay, close
        case add(String)
    }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape, .function(3): return .close
        case .function(2):
            let text = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? .stay : .add(text)
        case .pageUp:
            scroll += 3
        case .pageDown:
            scroll = max(0, scroll - 3)
        default:
            _ = editor.handle(key)
        }
        return .stay
    }

    func render(_ notes: [CaseNote], state: AppState, into buffer: inout Buffer, area: Rect) {
        let l = state.language
        let theme = Theme.standard
        let box = Rect(x: area.x + 2, y: area.y + 1, width: max(20, area.width - 4), height: max(10, area.height - 2))
        buffer.fill(box)
        buffer.drawBox(
            box, title: state.text(PanelText.notesTitle, ["count": String(notes.count)]), style: theme.border)
        let inner = box.inset(dx: 2, dy: 1)
        let editorHeight = 4
        // The notes, then "New note:", the editor, and the keys on the last line.
        let listRect = Rect(
            x: inner.x, y: inner.y, width: inner.width, height: max(1, inner.height - editorHeight - 2 - 1))
        var lines: [(String, Style)] = []
        for note in notes {
            let stage = note.stage.map { " · " + CaseFrame.stepName($0)(l) } ?? ""
            lines.append(("\(DeskFormat.timestamp(note.at, l)) · \(note.author)\(stage)", theme.hint))
            for line in TextLayout.wrap(note.text, width: inner.width - 2) { lines.append(("  " + line, theme.normal)) }
        }
        if lines.isEmpty { lines.append((PanelText.noNotes(l), theme.hint)) }
        let end = max(0, lines.count - scroll)
        let start = max(0, end - listRect.height)
        for (row, line) in lines[start..<end].enumerated() {
            buffer.drawLine(line.0, in: listRect.row(row), style: line.1)
        }
        let label = Rect(x: inner.x, y: listRect.bottom, width: inner.width, height: 1)
        buffer.drawLine(PanelText.newNote(l), in: label, style: theme.title)
        editor.render(into: &buffer, rect: Rect(x: inner.x, y: label.bottom, width: inner.width, height: editorHeight))
        buffer.drawLine(
            PanelText.notesKeys(l), in: Rect(x: inner.x, y: inner.bottom - 1, width: inner.width, height: 1),
            style: theme.hint)
    }
}

/// The seeker's rating of a completed step: 1–5 and an optional comment. Skippable (Esc).
public struct FeedbackPanel: Hashable, Sendable {
    public var stage: CaseStage
    /// The step to show after the panel closes.
    public var then: CaseStage?
    public var rating: Int?
    public var comment: TextField

    public init(stage: CaseStage, then: CaseStage?) {
        self.stage = stage
        self.then = then
        self.rating = nil
        self.comment = TextField(maxLength: 500, isFocused: true)
        self.comment.visibleWidth = 50
    }

    enum Outcome {
        case stay, skip
        case save(StageFeedback)
    }

    mutating func handle(_ key: Key, now: Date) -> Outcome {
        switch key {
        case .escape: return .skip
        case .enter:
            guard let rating else { return .stay }
            let text = comment.value.trimmingCharacters(in: .whitespaces)
            return .save(StageFeedback(stage: stage, rating: rating, comment: text.isEmpty ? nil : text, at: now))
        case .character(let c) where comment.text.isEmpty && ("1"..."5").contains(c):
            rating = c.wholeNumberValue
        case .up,
            .right where comment.text.isEmpty:
            rating = min(5, (rating ?? 0) + 1)
        case .down,
            .left where comment.text.isEmpty:
            rating = max(1, (rating ?? 2) - 1)
        default:
            _ = comment.handle(key)
        }
        return .stay
    }

    func render(state: AppState, into buffer: inout Buffer, area: Rect) {
        let l = state.language
        let theme = Theme.standard
        let box = area.centered(Size(width: min(area.width - 4, 64), height: 9))
        buffer.fill(box)
        buffer.drawBox(
            box, title: state.text(PanelText.feedbackTitle, ["step": CaseFrame.stepName(stage)(l)]), style: theme.border
        )
        let inner = box.inset(dx: 2, dy: 1)
        buffer.drawLine(PanelText.feedbackQuestion(l), in: inner.row(0))
        let stars = (1...5).map { $0 <= (rating ?? 0) ? "★" : "☆" }.joined(separator: " ")
        let ratingText = stars + "  " + (rating.map { "\($0)/5" } ?? PanelText.feedbackPress(l))
        buffer.drawLine(ratingText, in: inner.row(1), style: theme.title)
        buffer.drawLine(PanelText.feedbackComment(l), in: inner.row(3))
        comment.render(into: &buffer, rect: inner.row(4))
        buffer.drawLine(PanelText.feedbackKeys(l), in: inner.row(inner.height - 1), style: theme.hint)
    }
}

/// Texts of the notes and feedback panels.
public enum PanelText {
    public static let notesTitle = LocalizedText(ru: "Заметки по делу ({count})", en: "Case notes ({count})")
    public static let noNotes = LocalizedText(ru: "Заметок пока нет.", en: "No notes yet.")
    public static let newNote = LocalizedText(ru: "Новая заметка:", en: "New note:")
    public static let notesKeys = LocalizedText(
        ru: "F2 — добавить заметку · Enter — новая строка · PgUp/PgDn — листать · Esc — закрыть",
        en: "F2 adds the note · Enter new line · PgUp/PgDn scroll · Esc closes")
    public static let noteAdded = LocalizedText(ru: "Заметка добавлена", en: "Note added")
    public static let feedbackTitle = LocalizedText(ru: "Оценка шага «{step}»", en: "Rating of “{step}”")
    public static let feedbackQuestion = LocalizedText(
        ru: "Насколько полезен был этот шаг для соискателя?", en: "How useful was this step to the seeker?")
    public static let feedbackPress = LocalizedText(ru: "нажмите 1–5", en: "press 1–5")
    public static let feedbackComment = LocalizedText(ru: "Комментарий (не обязательно):", en: "Comment (optional):")
    public static let feedbackKeys = LocalizedText(
        ru: "1–5 — оценка · Enter — сохранить · Esc — пропустить", en: "1–5 rate · Enter saves · Esc skips")
    public static let rate = LocalizedText(ru: "Оценка", en: "Rate")
    public static let feedbackSaved = LocalizedText(ru: "Оценка сохранена: {rating}/5", en: "Rating saved: {rating}/5")
}
