/// A single-line text input. The cursor moves by grapheme (so "й" or "👍🏽" is one step);
/// Home/End, Ctrl-A/Ctrl-E, Ctrl-U (delete to start) and Ctrl-K (delete to end) work as in a
/// shell; `maxLength` and `mask` limit what can be typed; `message` is shown on the line below
/// when the rect has room (a validation error supplied by the app).
///
/// Long text scrolls horizontally. With `visibleWidth` set (`Form.fit(width:)` does it) the view
/// keeps still while the cursor moves inside it and scrolls only when the cursor reaches an edge,
/// as in any editor; without it the view can only follow the cursor.
public struct TextField: Hashable, Sendable {
    /// The raw value (for pattern masks: only the digits typed).
    public private(set) var text: String
    /// Cursor position as a grapheme offset into `text`.
    public private(set) var cursor: Int
    public var maxLength: Int?
    public var mask: InputMask
    /// A validation message shown under the field (nil: none).
    public var message: String?
    public var isFocused: Bool
    /// Shown dimmed when the field is empty and has no pattern mask.
    public var placeholder: String
    public var theme: Theme
    /// Columns the field is drawn in, when the app knows it ahead of rendering.
    public var visibleWidth: Int? {
        didSet { keepCursorVisible() }
    }
    /// First display column shown (the horizontal scroll), kept by editing and moving keys.
    public private(set) var scrollOffset: Int = 0

    public init(
        text: String = "", mask: InputMask = .none, maxLength: Int? = nil, placeholder: String = "",
        isFocused: Bool = false, theme: Theme = .standard
    ) {
        self.text = ""
        self.cursor = 0
        self.mask = mask
        self.maxLength = maxLength
        self.placeholder = placeholder
        self.isFocused = isFocused
        self.theme = theme
        self.message = nil
        insert(text)
    }

    /// The value as displayed by the mask (e.g. "01.02.2024"), for storing and validating.
    public var value: String { mask.formatted(text) }

    /// Replaces the value (keeping only what the mask accepts) and puts the cursor at the end.
    public mutating func setText(_ newText: String) {
        text = ""
        cursor = 0
        insert(newText)
    }

    /// Inserts text at the cursor, character by character through the mask and length limit.
    /// Line breaks become spaces: a single-line field never holds one.
    public mutating func insert(_ string: String) {
        for ch in string {
            let c: Character = (ch == "\n" || ch == "\r" || ch == "\r\n" || ch == "\t") ? " " : ch
            // Other control characters (from a paste) would only show up as placeholders.
            if let v = c.unicodeScalars.first?.value, v < 0x20 || (0x7F...0x9F).contains(v) { continue }
            if let maxLength, text.count >= maxLength { return }
            guard let accepted = mask.accept(c, into: text, at: cursor) else { continue }
            let i = text.index(text.startIndex, offsetBy: cursor)
            text.insert(accepted, at: i)
            cursor += 1
        }
        keepCursorVisible()
    }

    /// Applies an editing key. Returns `.handled` when the key changed or moved something,
    /// `.ignored` when the key is for someone else (Tab, Enter, F-keys…).
    @discardableResult
    public mutating func handle(_ key: Key) -> KeyResult {
        switch key {
        case .character(let c):
            // A refused character (a letter in a date) is still consumed: it must not
            // trigger a command just because the mask rejected it.
            insert(String(c))
        case .paste(let s):
            insert(s)
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"):
            cursor = 0
        case .end, .ctrl("e"):
            cursor = text.count
        case .backspace:
            guard cursor > 0 else { return .handled }
            let i = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: i)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < text.count else { return .handled }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .ctrl("u"):
            text.removeFirst(cursor)
            cursor = 0
        case .ctrl("k"):
            text = String(text.prefix(cursor))
        default:
            return .ignored
        }
        keepCursorVisible()
        return .handled
    }

    /// The cursor's display column in the masked text.
    private var cursorColumn: Int {
        let columns = mask.display(text).columns
        return columns[min(cursor, columns.count - 1)]
    }

    private mutating func keepCursorVisible() {
        scrollOffset = Self.scrollOffset(
            keeping: scrollOffset, cursorColumn: cursorColumn, textWidth: mask.display(text).text.displayWidth,
            width: visibleWidth)
    }

    /// The horizontal scroll that shows the cursor, moving `stored` as little as possible: the
    /// view scrolls only when the cursor would leave it. While scrolled, column 0 shows "…", so
    /// the cursor must stay right of it. Without a width only the left edge is known.
    static func scrollOffset(keeping stored: Int, cursorColumn c: Int, textWidth: Int, width: Int?) -> Int {
        var offset = max(0, stored)
        if offset > 0 && c <= offset { offset = max(0, c - 1) }
        guard let width, width > 0 else { return offset }
        if width < 3 { return max(0, c - width + 1) }
        if c > offset + width - 1 { offset = c - width + 1 }
        // After deleting, pull the text back rather than leave blank columns on the right.
        offset = min(offset, max(0, textWidth + 1 - width))
        return offset
    }

    /// Draws the field in the first row of `rect` (scrolled so the cursor is visible) and the
    /// message, if any, in the second row. Sets the buffer cursor when focused.
    public func render(into buffer: inout Buffer, rect: Rect) {
        guard rect.width > 0, rect.height > 0 else { return }
        let row = rect.row(0)
        let fieldStyle = isFocused ? theme.inputField.adding(.bold) : theme.inputField
        buffer.fill(row, style: fieldStyle)
        let shown = mask.display(text)
        let cursorColumn = shown.columns[min(cursor, shown.columns.count - 1)]
        // A field without focus shows its beginning; the focused one keeps its scroll, clamped
        // to the width it is actually drawn at.
        let offset =
            isFocused
            ? Self.scrollOffset(
                keeping: scrollOffset, cursorColumn: cursorColumn, textWidth: shown.text.displayWidth,
                width: row.width)
            : 0
        let visibleText = TextSanitizer.visible(shown.text)
        if text.isEmpty, case .none = mask, !placeholder.isEmpty {
            buffer.draw(
                placeholder.clipped(toWidth: row.width), x: row.x, y: row.y, style: fieldStyle.adding(.dim), clip: row)
        } else {
            var x = row.x - offset
            var column = 0
            for ch in visibleText {
                let w = DisplayWidth.of(ch)
                let isPlaceholderSlot: Bool = {
                    if case .pattern = mask { return column >= shown.filled }
                    return false
                }()
                if x >= row.x {
                    buffer.set(
                        ch, x: x, y: row.y, style: isPlaceholderSlot ? fieldStyle.adding(.dim) : fieldStyle, clip: row)
                } else if x + w > row.x {
                    buffer.set("…", x: row.x, y: row.y, style: fieldStyle, clip: row)
                }
                x += w
                column += w
            }
            if offset > 0 { buffer.set("…", x: row.x, y: row.y, style: fieldStyle.adding(.dim), clip: row) }
        }
        if isFocused {
            buffer.cursor = Position(x: row.x + cursorColumn - offset, y: row.y)
        }
        if rect.height > 1 {
            buffer.drawLine(message ?? "", in: rect.row(1), style: message == nil ? theme.normal : theme.error)
        }
    }
}

/// Whether a widget used a key. Unused keys go on to the next handler (the form, the app).
public enum KeyResult: Hashable, Sendable {
    case handled
    case ignored
}
