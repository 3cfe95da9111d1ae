/// A window onto content taller than the screen (help text, a long report). The content is a
/// `Buffer`, so anything drawable can scroll. A scrollbar in the last column and an optional
/// "NN%" label show the position; the label has the bottom row to itself, so it never covers text.
public struct ScrollView: Hashable, Sendable {
    public var content: Buffer
    public private(set) var offset: Int = 0
    /// Rows of text visible at once; `fit(height:)` sets it from the rect height.
    public var pageSize: Int
    public var theme: Theme

    public init(content: Buffer, pageSize: Int = 10, theme: Theme = .standard) {
        self.content = content
        self.pageSize = max(1, pageSize)
        self.theme = theme
    }

    /// Wraps plain text to `width` columns (minus the scrollbar) and makes it scrollable.
    public init(text: String, width: Int, pageSize: Int = 10, theme: Theme = .standard) {
        let lines = TextLayout.wrap(text, width: max(1, width - 1))
        var buffer = Buffer(size: Size(width: max(1, width - 1), height: lines.count))
        for (i, line) in lines.enumerated() { buffer.draw(line, x: 0, y: i) }
        self.init(content: buffer, pageSize: pageSize, theme: theme)
    }

    private var maxOffset: Int { max(0, content.size.height - pageSize) }

    /// 0…100, how far down the view is.
    public var percent: Int { maxOffset == 0 ? 100 : offset * 100 / maxOffset }

    public mutating func scroll(to row: Int) { offset = max(0, min(row, maxOffset)) }

    /// Rows of text a rect `height` rows high shows: all of them, or one less when the content
    /// overflows and the percent label takes the bottom row.
    public func textRows(height: Int, showsPercent: Bool = true) -> Int {
        showsPercent && content.size.height > height ? max(1, height - 1) : height
    }

    /// Sets `pageSize` for a rect `height` rows high (call it when the layout changes).
    public mutating func fit(height: Int, showsPercent: Bool = true) {
        pageSize = max(1, textRows(height: height, showsPercent: showsPercent))
        scroll(to: offset)
    }

    @discardableResult
    public mutating func handle(_ key: Key) -> KeyResult {
        switch key {
        case .up: scroll(to: offset - 1)
        case .down: scroll(to: offset + 1)
        case .pageUp: scroll(to: offset - pageSize)
        case .pageDown, .character(" "): scroll(to: offset + pageSize)
        case .home: scroll(to: 0)
        case .end: scroll(to: maxOffset)
        default: return .ignored
        }
        return .handled
    }

    /// Draws the visible part and the scrollbar (a ┃ thumb on a │ track, so it reads without colour).
    public func render(into buffer: inout Buffer, rect: Rect, showsPercent: Bool = true) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: theme.normal)
        let rows = textRows(height: rect.height, showsPercent: showsPercent)
        let (textArea, bar) = rect.splitLeft(rect.width - 1)
        let start = max(0, min(offset, max(0, content.size.height - rows)))
        for line in 0..<rows where start + line < content.size.height {
            for x in 0..<min(textArea.width, content.size.width) {
                let cell = content[x, start + line]
                if cell.isContinuation { continue }
                if let ch = cell.symbol.first {
                    buffer.set(ch, x: textArea.x + x, y: textArea.y + line, style: cell.style, clip: textArea)
                }
            }
        }
        guard bar.width > 0 else { return }
        let total = max(1, content.size.height)
        let thumbSize = max(1, min(rect.height, rect.height * rect.height / total))
        let room = rect.height - thumbSize
        let thumbTop = content.size.height <= rows ? 0 : room * start / max(1, content.size.height - rows)
        for y in 0..<rect.height {
            let onThumb = y >= thumbTop && y < thumbTop + thumbSize
            buffer.set(onThumb ? "┃" : "│", x: bar.x, y: bar.y + y, style: onThumb ? theme.title : theme.hint)
        }
        if rows < rect.height {
            let label = " \(start * 100 / max(1, content.size.height - rows))% "
            let footer = Rect(x: textArea.x, y: rect.bottom - 1, width: textArea.width, height: 1)
            buffer.drawLine(label, in: footer, style: theme.hint, alignment: .right)
            buffer.setStyle(
                theme.hint.adding(.reverse),
                in: Rect(
                    x: max(footer.x, footer.right - label.displayWidth), y: footer.y, width: label.displayWidth,
                    height: 1))
        }
    }
}
