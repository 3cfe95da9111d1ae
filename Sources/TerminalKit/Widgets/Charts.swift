/// One bar of a `BarChart`: a label, a value and the text shown after the bar (e.g. "45 000 ₽").
public struct BarItem: Hashable, Sendable {
    public var label: String
    public var value: Double
    public var valueText: String
    public init(_ label: String, value: Double, valueText: String) {
        self.label = label
        self.value = value
        self.valueText = valueText
    }
}

/// Horizontal bars drawn with block characters, with eighth-cell precision at the tip
/// (▏▎▍▌▋▊▉█). Labels on the left, value texts on the right; bars scale to `maximum`
/// (default: the largest value). Negative values draw as empty bars.
public struct BarChart: Hashable, Sendable {
    public var items: [BarItem]
    public var maximum: Double?
    public var theme: Theme

    public init(items: [BarItem], maximum: Double? = nil, theme: Theme = .standard) {
        self.items = items
        self.maximum = maximum
        self.theme = theme
    }

    static let eighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// The bar for `fraction` (0…1) of `width` cells.
    public static func bar(fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let f = fraction.isFinite ? max(0, min(1, fraction)) : 0
        let units = Int((f * Double(width * 8)).rounded())
        var s = String(repeating: "█", count: units / 8)
        if units % 8 > 0 { s.append(eighths[units % 8]) }
        return s
    }

    public func render(into buffer: inout Buffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: theme.normal)
        let labelWidth = min(rect.width / 3, (items.map(\.label.displayWidth).max() ?? 0) + 1)
        let valueWidth = min(rect.width / 3, (items.map(\.valueText.displayWidth).max() ?? 0) + 1)
        let barWidth = max(0, rect.width - labelWidth - valueWidth)
        let top = maximum ?? max(items.map(\.value).max() ?? 0, 0)
        for (i, item) in items.enumerated() where i < rect.height {
            let y = rect.y + i
            buffer.drawLine(item.label, in: Rect(x: rect.x, y: y, width: labelWidth, height: 1), style: theme.label)
            let bar = Self.bar(fraction: top > 0 ? item.value / top : 0, width: barWidth)
            buffer.draw(
                bar, x: rect.x + labelWidth, y: y, style: theme.bar,
                clip: Rect(x: rect.x + labelWidth, y: y, width: barWidth, height: 1))
            buffer.drawLine(
                " " + item.valueText, in: Rect(x: rect.x + labelWidth + barWidth, y: y, width: valueWidth, height: 1),
                style: theme.normal, alignment: .right)
        }
    }
}

/// A small line chart drawn in cells: one column per sample (resampled to fit), the line's
/// height given with eighth-block precision (▁▂▃▄▅▆▇█) and the area under it filled with a
/// light shade so the shape reads without colour. Y-axis labels are the caller's strings.
public struct LineChart: Hashable, Sendable {
    public var values: [Double]
    public var minimum: Double?
    public var maximum: Double?
    /// Labels for the top and bottom of the axis (e.g. formatted maximum and minimum).
    public var topLabel: String
    public var bottomLabel: String
    public var theme: Theme

    public init(
        values: [Double], minimum: Double? = nil, maximum: Double? = nil, topLabel: String = "",
        bottomLabel: String = "", theme: Theme = .standard
    ) {
        self.values = values
        self.minimum = minimum
        self.maximum = maximum
        self.topLabel = topLabel
        self.bottomLabel = bottomLabel
        self.theme = theme
    }

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public func render(into buffer: inout Buffer, rect: Rect) {
        guard !rect.isEmpty, !values.isEmpty else { return }
        buffer.fill(rect, style: theme.normal)
        let axisWidth =
            max(topLabel.displayWidth, bottomLabel.displayWidth) + (topLabel.isEmpty && bottomLabel.isEmpty ? 0 : 1)
        let (axis, plot) = rect.splitLeft(min(axisWidth, rect.width / 3))
        if !axis.isEmpty {
            buffer.drawLine(topLabel, in: axis.row(0), style: theme.hint, alignment: .right)
            buffer.drawLine(bottomLabel, in: axis.row(axis.height - 1), style: theme.hint, alignment: .right)
        }
        guard plot.width > 1 else { return }
        for y in plot.y..<plot.bottom { buffer.set("│", x: plot.x, y: y, style: theme.hint) }
        let area = Rect(x: plot.x + 1, y: plot.y, width: plot.width - 1, height: plot.height)
        let lo = minimum ?? min(0, values.min() ?? 0)
        let hi = maximum ?? (values.max() ?? 1)
        let span = hi - lo
        for column in 0..<area.width {
            // Sample the value for this column (nearest, so few values give flat steps).
            let index =
                values.count == 1
                ? 0 : Int((Double(column) * Double(values.count - 1) / Double(max(1, area.width - 1))).rounded())
            let v = values[min(values.count - 1, index)]
            let fraction = span > 0 ? max(0, min(1, (v - lo) / span)) : 0
            let units = Int((fraction * Double(area.height * 8 - 1)).rounded())
            let fullRows = units / 8
            for r in 0..<area.height {
                let y = area.bottom - 1 - r
                let x = area.x + column
                if r < fullRows {
                    buffer.set("░", x: x, y: y, style: theme.bar)
                } else if r == fullRows {
                    buffer.set(Self.levels[units % 8], x: x, y: y, style: theme.bar.adding(.bold))
                }
            }
        }
    }
}
