/// A row showing the steps of a procedure ("1 Анкета › 2 Интересы › 3 Договор"): finished steps
/// get a ✓, the current one is reversed and bold, later ones are dim. When the row is too
/// narrow, steps other than the current one shrink to their numbers (or ✓), first to last,
/// until the row fits.
public struct StepBar: Hashable, Sendable {
    public var steps: [String]
    public var current: Int
    public var separator: String
    /// The steps that are complete, when the app knows (free movement between steps); nil
    /// means the steps before the current one.
    public var done: Set<Int>?
    public var theme: Theme

    public init(
        steps: [String], current: Int, done: Set<Int>? = nil, separator: String = " › ", theme: Theme = .standard
    ) {
        self.steps = steps
        self.current = current
        self.done = done
        self.separator = separator
        self.theme = theme
    }

    private func isDone(_ i: Int) -> Bool { done.map { $0.contains(i) } ?? (i < current) }

    private func label(_ i: Int, short: Bool) -> String {
        let mark = isDone(i) ? "✓" : "\(i + 1)"
        return short && i != current ? mark : "\(mark) \(steps[i])"
    }

    /// The steps shown by their mark only: none when the whole bar fits, else the first ones
    /// (never the current) until it does. Each label is drawn with a space either side.
    func shortenedSteps(width: Int) -> Set<Int> {
        var short = Set<Int>()
        func total() -> Int {
            steps.indices.reduce(0) { $0 + label($1, short: short.contains($1)).displayWidth + 2 }
                + separator.displayWidth * max(0, steps.count - 1)
        }
        for i in steps.indices where total() > width && i != current { short.insert(i) }
        return short
    }

    public func render(into buffer: inout Buffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        buffer.fill(row, style: theme.normal)
        let shortened = shortenedSteps(width: row.width)
        var x = row.x
        for i in steps.indices {
            if i > 0 { x += buffer.draw(separator, x: x, y: row.y, style: theme.hint, clip: row) }
            let style: Style = i == current ? theme.focused.adding(.bold) : (isDone(i) ? theme.normal : theme.hint)
            x += buffer.draw(
                " " + label(i, short: shortened.contains(i)) + " ", x: x, y: row.y, style: style, clip: row)
        }
    }
}
