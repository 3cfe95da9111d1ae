/// One key of a `KeyBar`: the key and what it does (the label is the app's, localised).
public struct KeyBarItem: Hashable, Sendable {
    public var key: Key
    public var label: String
    public init(_ key: Key, _ label: String) {
        self.key = key
        self.label = label
    }
}

/// The bottom key bar in the style of mc and htop: "1Help 2Save … 10Quit", the key name plain
/// and bold, the label reversed, each item given an equal slot of the row. F-keys show as their
/// number only (as in mc) when space is short.
public struct KeyBar: Hashable, Sendable {
    public var items: [KeyBarItem]
    public var theme: Theme

    public init(items: [KeyBarItem], theme: Theme = .standard) {
        self.items = items
        self.theme = theme
    }

    /// The key's name as shown: "F2" when there is room, "2" when cramped.
    private func keyName(_ key: Key, compact: Bool) -> String {
        if compact, case .function(let n) = key { return "\(n)" }
        return key.name
    }

    public func render(into buffer: inout Buffer, rect: Rect) {
        guard !rect.isEmpty, !items.isEmpty else { return }
        let row = rect.row(rect.height - 1)
        buffer.fill(row, style: theme.normal)
        let slot = row.width / items.count
        let compact = slot < 9
        var x = row.x
        for (i, item) in items.enumerated() {
            let width = i == items.count - 1 ? row.right - x : slot
            let name = keyName(item.key, compact: compact)
            let cell = Rect(x: x, y: row.y, width: width, height: 1)
            let used = buffer.draw(name, x: x, y: row.y, style: theme.keyBarKey, clip: cell)
            buffer.drawLine(
                item.label,
                in: Rect(
                    x: x + used, y: row.y, width: max(0, width - used - (i == items.count - 1 ? 0 : 1)), height: 1),
                style: theme.keyBarLabel)
            x += width
        }
    }
}
