/// Draws frames on a terminal, writing only the cells that differ from the previous frame
/// (cheap over SSH). A size change or `invalidate()` forces one full redraw.
public struct Renderer: Sendable {
    private var previous: Buffer?

    public init() {}

    /// Forgets the previous frame, so the next `draw` repaints everything (after resume, resize).
    public mutating func invalidate() { previous = nil }

    /// The cells of `next` that differ from `previous` (all of them when there is none).
    /// Continuation cells are skipped: the wide glyph to their left paints them.
    public static func diff(from previous: Buffer?, to next: Buffer) -> [CellChange] {
        var changes: [CellChange] = []
        let w = next.size.width
        let sameSize = previous?.size == next.size
        for y in 0..<next.size.height {
            for x in 0..<w {
                let cell = next[x, y]
                if cell.isContinuation { continue }
                if sameSize, let previous, previous[x, y] == cell {
                    // A wide glyph whose right half was overwritten last frame must be redrawn.
                    if cell.width == 2, previous[x + 1, y] == next[x + 1, y] { continue }
                    if cell.width < 2 { continue }
                }
                changes.append(CellChange(x: x, y: y, cell: cell))
            }
        }
        return changes
    }

    /// Draws `frame` and positions the cursor.
    public mutating func draw<T: Terminal>(_ frame: Buffer, on terminal: inout T) {
        if previous?.size != frame.size {
            // After a clear the screen is blank, so only non-blank cells need writing.
            terminal.clear()
            previous = Buffer(size: frame.size)
        }
        let changes = Self.diff(from: previous, to: frame)
        if !changes.isEmpty { terminal.write(changes) }
        terminal.setCursor(frame.cursor)
        terminal.flush()
        previous = frame
    }
}
