/// A rectangle of cells: what a view produces and what the renderer diffs. Widgets draw into
/// a buffer through `Rect`s; drawing outside the buffer is silently clipped.
public struct Buffer: Hashable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown after drawing (nil hides it).
    public var cursor: Position?

    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    public var area: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Places one grapheme at (x, y), keeping wide glyphs whole: overwriting either half of a
    /// wide glyph blanks the other half, and a wide glyph that does not fit becomes a space.
    /// Returns the columns used.
    @discardableResult
    public mutating func set(_ character: Character, x: Int, y: Int, style: Style, clip: Rect? = nil) -> Int {
        let bounds = clip.map { $0.intersection(area) } ?? area
        let ch = TextSanitizer.visible(character)
        return place(ch, width: DisplayWidth.of(ch), x: x, y: y, style: style, bounds: bounds)
    }

    /// `set` for a character already made visible and measured.
    private mutating func place(_ ch: Character, width: Int, x: Int, y: Int, style: Style, bounds: Rect) -> Int {
        guard bounds.contains(Position(x: x, y: y)) else { return width }
        if width == 0 {
            // A lone combining mark joins the cell before it rather than taking a column.
            if x > bounds.x {
                var px = x - 1
                if self[px, y].isContinuation, px > bounds.x { px -= 1 }
                cells[y * size.width + px].symbol.append(ch)
            }
            return 0
        }
        if width == 2 && x + 1 >= bounds.right {
            write(Cell(" ", style: style, width: 1), x: x, y: y)
            return 1
        }
        write(Cell(ch, style: style, width: width), x: x, y: y)
        if width == 2 { write(Cell("", style: style), x: x + 1, y: y) }
        return width
    }

    /// Replaces the cell at (x, y) and repairs any wide glyph it cut in half.
    private mutating func write(_ cell: Cell, x: Int, y: Int) {
        let i = y * size.width + x
        let old = cells[i]
        if old.isContinuation, x > 0, !cell.isContinuation {
            cells[i - 1] = Cell(" ", style: cells[i - 1].style)
        }
        if old.width == 2, x + 1 < size.width, cell.width != 2 {
            cells[i + 1] = Cell(" ", style: old.style)
        }
        cells[i] = cell
    }

    /// Draws `text` from (x, y) without wrapping, clipped to `clip` (default: the whole buffer).
    /// Control characters become visible placeholders. Returns the columns used.
    @discardableResult
    public mutating func draw(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let bounds = (clip ?? area).intersection(area)
        var cx = x
        for ch in text {
            if cx >= bounds.right { break }
            cx += set(ch, x: cx, y: y, style: style, clip: bounds)
        }
        return cx - x
    }

    /// Draws `text` into one row of `rect`, clipped with an ellipsis when too long and aligned.
    /// The rest of the row is filled with `style` so stale text never survives.
    public mutating func drawLine(
        _ text: String, in rect: Rect, style: Style = .plain, alignment: Alignment = .left, ellipsis: String = "…"
    ) {
        guard rect.width > 0, rect.height > 0 else { return }
        // One pass to make each character visible and measure it (the list redraws every row
        // on every key), then the clip, then the placing.
        var glyphs: [(Character, Int)] = []
        var total = 0
        for ch in text {
            let visible = TextSanitizer.visible(ch)
            let width = DisplayWidth.of(visible)
            glyphs.append((visible, width))
            total += width
        }
        if total > rect.width {
            let mark = ellipsis.map { ch -> (Character, Int) in
                let visible = TextSanitizer.visible(ch)
                return (visible, DisplayWidth.of(visible))
            }
            let markWidth = mark.reduce(0) { $0 + $1.1 }
            let room = max(0, rect.width - markWidth)
            var used = 0
            var kept = 0
            while kept < glyphs.count, used + glyphs[kept].1 <= room {
                used += glyphs[kept].1
                kept += 1
            }
            glyphs.removeSubrange(kept...)
            total = used
            if markWidth <= rect.width {
                glyphs += mark
                total += markWidth
            }
        }
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        fill(row, style: style)
        let gap = rect.width - total
        var x: Int
        switch alignment {
        case .left: x = rect.x
        case .right: x = rect.x + gap
        case .center: x = rect.x + gap / 2
        }
        let bounds = row.intersection(area)
        for (ch, width) in glyphs {
            if x >= bounds.right { break }
            x += place(ch, width: width, x: x, y: rect.y, style: style, bounds: bounds)
        }
    }

    /// Fills `rect` with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain, symbol: Character = " ") {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        let ch = TextSanitizer.visible(symbol)
        let width = DisplayWidth.of(ch)
        guard width == 1 else {
            for y in r.y..<r.bottom {
                for x in r.x..<r.right { set(symbol, x: x, y: y, style: style, clip: r) }
            }
            return
        }
        let cell = Cell(ch, style: style, width: 1)
        for y in r.y..<r.bottom {
            for x in r.x..<r.right { write(cell, x: x, y: y) }
        }
    }

    /// Changes the style of every cell in `rect`, keeping the symbols.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.bottom {
            for x in r.x..<r.right { cells[y * size.width + x].style = style }
        }
    }

    /// Draws a single-line box around `rect` with an optional title in the top edge.
    public mutating func drawBox(_ rect: Rect, title: String? = nil, style: Style = .plain, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let r = rect
        for x in (r.x + 1)..<(r.right - 1) {
            set("─", x: x, y: r.y, style: style)
            set("─", x: x, y: r.bottom - 1, style: style)
        }
        for y in (r.y + 1)..<(r.bottom - 1) {
            set("│", x: r.x, y: y, style: style)
            set("│", x: r.right - 1, y: y, style: style)
        }
        set("┌", x: r.x, y: r.y, style: style)
        set("┐", x: r.right - 1, y: r.y, style: style)
        set("└", x: r.x, y: r.bottom - 1, style: style)
        set("┘", x: r.right - 1, y: r.bottom - 1, style: style)
        if let title, !title.isEmpty, r.width > 4 {
            let t = " " + title.clipped(toWidth: r.width - 6) + " "
            draw(
                t, x: r.x + 2, y: r.y, style: titleStyle ?? style,
                clip: Rect(x: r.x + 1, y: r.y, width: r.width - 2, height: 1))
        }
    }

    /// Copies `other` into this buffer with its top-left corner at `origin`, clipped to `clip`.
    public mutating func blit(_ other: Buffer, at origin: Position, clip: Rect? = nil) {
        let bounds = (clip ?? area).intersection(area)
        for y in 0..<other.size.height {
            for x in 0..<other.size.width {
                let cell = other[x, y]
                let tx = origin.x + x
                let ty = origin.y + y
                guard bounds.contains(Position(x: tx, y: ty)), !cell.isContinuation else { continue }
                if let ch = cell.symbol.first, cell.symbol.count == 1 {
                    set(ch, x: tx, y: ty, style: cell.style, clip: bounds)
                } else {
                    set(" ", x: tx, y: ty, style: cell.style, clip: bounds)
                }
            }
        }
    }

    /// The text of one row, wide glyphs once, continuations skipped.
    public func rowText(_ y: Int) -> String {
        var s = ""
        for x in 0..<size.width {
            let c = self[x, y]
            if !c.isContinuation { s += c.symbol }
        }
        return s
    }

    /// The golden-file form of this buffer, for snapshot tests: a `# WxH` header, one quoted line
    /// per row (wide glyphs once), `# cursor x,y` when a cursor is set and, with `styles`, a map of
    /// one letter per cell (R reverse, B bold, U underline, D dim, . plain; colour is left out so
    /// snapshots read the same with NO_COLOR).
    public func snapshot(styles: Bool = false) -> String {
        var lines = ["# \(size.width)x\(size.height)"]
        for y in 0..<size.height { lines.append("\"" + rowText(y) + "\"") }
        if let cursor { lines.append("# cursor \(cursor.x),\(cursor.y)") }
        if styles {
            lines.append("# styles")
            for y in 0..<size.height {
                var row = ""
                for x in 0..<size.width {
                    let a = self[x, y].style.attributes
                    row +=
                        a.contains(.reverse)
                        ? "R" : a.contains(.bold) ? "B" : a.contains(.underline) ? "U" : a.contains(.dim) ? "D" : "."
                }
                lines.append(row)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// All rows as plain text, one line per row (the snapshot format's text part).
    public var text: String {
        (0..<size.height).map(rowText).joined(separator: "\n")
    }
}
