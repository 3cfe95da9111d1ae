/// A multi-line notes editor: arrows, Home/End, PgUp/PgDn, Enter splits a line, Backspace at
/// the start of a line joins it with the one above. Long lines scroll horizontally with the
/// cursor (no soft wrap, so what is stored is what is shown).
public struct TextArea: Hashable, Sendable {
    public private(set) var lines: [String]
    /// Cursor row and grapheme column.
    public private(set) var row: Int = 0
    public private(set) var column: Int = 0
    /// First visible line; kept by `handle` so the cursor stays in view of `visibleRows`.
    public private(set) var top: Int = 0
    /// Rows shown at once (set it to the rect height the app renders into).
    public var visibleRows: Int
    public var maxLength: Int?
    public var isFocused: Bool
    public var theme: Theme

    public init(
        text: String = "", visibleRows: Int = 5, maxLength: Int? = nil, isFocused: Bool = false,
        theme: Theme = .standard
    ) {
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.isEmpty { lines = [""] }
        self.visibleRows = max(1, visibleRows)
        self.maxLength = maxLength
        self.isFocused = isFocused
        self.theme = theme
    }

    /// The whole text, lines joined with "\n".
    public var text: String { lines.joined(separator: "\n") }

    private var length: Int { lines.reduce(0) { $0 + $1.count } + lines.count - 1 }

    /// Inserts text (possibly several lines) at the cursor.
    public mutating func insert(_ string: String) {
        for ch in string {
            if let maxLength, length >= maxLength { break }
            if ch == "\n" || ch == "\r\n" || ch == "\r" {
                splitLine()
            } else if let v = ch.unicodeScalars.first?.value, (v < 0x20 && ch != "\t") || (0x7F...0x9F).contains(v) {
                // Control characters from a paste are dropped rather than stored.
                continue
            } else {
                let line = lines[row]
                var chars = Array(line)
                chars.insert(ch == "\t" ? " " : ch, at: column)
                lines[row] = String(chars)
                column += 1
            }
        }
        scrollToCursor()
    }

    private mutating func splitLine() {
        let chars = Array(lines[row])
        lines[row] = String(chars[..<column])
        lines.insert(String(chars[column...]), at: row + 1)
        row += 1
        column = 0
    }

    @discardableResult
    public mutating func handle(_ key: Key) -> KeyResult {
        switch key {
        case .character(let c): insert(String(c))
        case .paste(let s): insert(s)
        case .enter: insert("\n")
        case .left:
            if column > 0 {
                column -= 1
            } else if row > 0 {
                row -= 1
                column = lines[row].count
            }
        case .right:
            if column < lines[row].count {
                column += 1
            } else if row + 1 < lines.count {
                row += 1
                column = 0
            }
        case .up:
            guard row > 0 else { return .handled }
            row -= 1
            column = min(column, lines[row].count)
        case .down:
            guard row + 1 < lines.count else { return .handled }
            row += 1
            column = min(column, lines[row].count)
        case .pageUp:
            row = max(0, row - visibleRows)
            column = min(column, lines[row].count)
        case .pageDown:
            row = min(lines.count - 1, row + visibleRows)
            column = min(column, lines[row].count)
        case .home, .ctrl("a"): column = 0
        case .end, .ctrl("e"): column = lines[row].count
        case .backspace:
            if column > 0 {
                var chars = Array(lines[row])
                chars.remove(at: column - 1)
                lines[row] = String(chars)
                column -= 1
            } else if row > 0 {
                let tail = lines.remove(at: row)
                row -= 1
                column = lines[row].count
                lines[row] += tail
            }
        case .delete:
            if column < lines[row].count {
                var chars = Array(lines[row])
                chars.remove(at: column)
                lines[row] = String(chars)
            } else if row + 1 < lines.count {
                lines[row] += lines.remove(at: row + 1)
            }
        case .ctrl("k"):
            lines[row] = String(lines[row].prefix(column))
        case .ctrl("u"):
            lines[row] = String(lines[row].dropFirst(column))
            column = 0
        default:
            return .ignored
        }
        scrollToCursor()
        return .handled
    }

    private mutating func scrollToCursor() {
        if row < top { top = row }
        if row >= top + visibleRows { top = row - visibleRows + 1 }
    }

    /// Draws the visible lines into `rect`; the cursor line scrolls horizontally if needed.
    public func render(into buffer: inout Buffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: theme.normal)
        let first = row >= top + rect.height ? row - rect.height + 1 : min(top, row)
        for i in 0..<rect.height {
            let index = first + i
            guard index < lines.count else { break }
            let line = TextSanitizer.visible(lines[index])
            let r = rect.row(i)
            if index == row {
                let cursorColumn = String(line.prefix(column)).displayWidth
                let offset = max(0, cursorColumn - r.width + 1)
                buffer.draw(line, x: r.x - offset, y: r.y, style: theme.normal, clip: r)
                if offset > 0 { buffer.set("…", x: r.x, y: r.y, style: theme.hint, clip: r) }
                if isFocused { buffer.cursor = Position(x: r.x + cursorColumn - offset, y: r.y) }
            } else {
                buffer.drawLine(line, in: r, style: theme.normal)
            }
        }
    }
}
