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

/// The seeker's rating of a step: 1–5 and an optional comment, edited on the step's rating line
/// (Ctrl-R; issue 17.6: a line of the step, never a dialog in the way of F8). Esc cancels.
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

    /// Opens on the step's rating so far, when there is one.
    public init(stage: CaseStage, existing: StageFeedback?) {
        self.init(stage: stage, then: nil)
        rating = existing?.rating
        if let text = existing?.comment { comment = TextField(text: text, maxLength: 500, isFocused: true) }
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

    /// The rating line while it is edited: the stars, then the comment field in the rest.
    func renderLine(state: AppState, into buffer: inout Buffer, row: Rect) {
        let l = state.language
        let theme = Theme.standard
        buffer.fill(row)
        let stars = (1...5).map { $0 <= (rating ?? 0) ? "★" : "☆" }.joined()
        let head = state.text(
            PanelText.ratingEditing,
            [
                "step": CaseFrame.stepName(stage)(l), "stars": stars,
                "rating": rating.map { "\($0)/5" } ?? PanelText.feedbackPress(l),
            ])
        let used = buffer.draw(head + " ", x: row.x, y: row.y, style: theme.title, clip: row)
        var field = comment
        field.visibleWidth = max(1, row.width - used)
        field.render(into: &buffer, rect: Rect(x: row.x + used, y: row.y, width: max(0, row.width - used), height: 1))
    }

    /// The rating line of a step at rest: the rating and comment given, or how to give one.
    static func restingLine(_ feedback: StageFeedback?, _ l: Language) -> String {
        guard let feedback else { return PanelText.ratingNone(l) }
        let stars = (1...5).map { $0 <= feedback.rating ? "★" : "☆" }.joined()
        var line = PanelText.ratingGiven.with(["stars": stars, "rating": "\(feedback.rating)/5"])(l)
        if let comment = feedback.comment, !comment.isEmpty { line += " — " + comment }
        return line
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
    public static let feedbackPress = LocalizedText(ru: "нажмите 1–5", en: "press 1–5")
    public static let rate = LocalizedText(ru: "Оценка", en: "Rate")
    public static let ratingNone = LocalizedText(
        ru: "Оценка соискателя: нет · Ctrl-R — оценить", en: "Seeker's rating: none · Ctrl-R to rate")
    public static let ratingGiven = LocalizedText(
        ru: "Оценка соискателя (Ctrl-R): {stars} {rating}", en: "Seeker's rating (Ctrl-R): {stars} {rating}")
    public static let ratingEditing = LocalizedText(
        ru: "Оценка «{step}»: {stars} {rating} · комментарий:", en: "Rating of “{step}”: {stars} {rating} · comment:")
    public static let ratingRefusedNew = LocalizedText(
        ru: "Оценить шаг можно, когда дело заведено", en: "A step can be rated once the case is created")
    public static let feedbackSaved = LocalizedText(ru: "Оценка сохранена: {rating}/5", en: "Rating saved: {rating}/5")
}
