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
            // The last label column stays blank, so a clipped label ("Водител…") never touches its bar.
            buffer.drawLine(
                item.label, in: Rect(x: rect.x, y: y, width: max(0, labelWidth - 1), height: 1), style: theme.label)
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

/// A small line chart drawn in cells: the samples are joined by a line of braille dots (2×4 dots
/// per cell, so the line is smooth at small sizes), over a left axis with the caller's top and
/// bottom labels. Braille dots are one column wide everywhere and read without colour.
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

    /// Bit of each dot in a braille cell, by [row][column] (Unicode braille numbering).
    private static let dotBits: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    public func render(into buffer: inout Buffer, rect: Rect) {
        guard !rect.isEmpty, !values.isEmpty else { return }
        buffer.fill(rect, style: theme.normal)
        let labelWidth = max(topLabel.displayWidth, bottomLabel.displayWidth)
        let (axis, plot) = rect.splitLeft(min(labelWidth + 1, rect.width / 3))
        if axis.width > 1 {
            let labels = Rect(x: axis.x, y: axis.y, width: axis.width - 1, height: axis.height)
            buffer.drawLine(topLabel, in: labels.row(0), style: theme.hint, alignment: .right)
            buffer.drawLine(bottomLabel, in: labels.row(labels.height - 1), style: theme.hint, alignment: .right)
        }
        if axis.width > 0 {
            for y in axis.y..<axis.bottom { buffer.set("┤", x: axis.right - 1, y: y, style: theme.hint) }
        }
        guard plot.width > 0 else { return }
        let dotsWide = plot.width * 2
        let dotsHigh = plot.height * 4
        let lo = minimum ?? (values.min() ?? 0)
        let hi = maximum ?? (values.max() ?? 1)
        let span = hi - lo
        func point(_ i: Int) -> (x: Int, y: Int) {
            let x = values.count == 1 ? 0 : i * (dotsWide - 1) / (values.count - 1)
            let f = span > 0 ? max(0, min(1, (values[i] - lo) / span)) : 0.5
            let y = dotsHigh - 1 - Int((f * Double(dotsHigh - 1)).rounded())
            return (x, y)
        }
        var dots = [UInt32](repeating: 0, count: plot.width * plot.height)
        func plotDot(_ x: Int, _ y: Int) {
            guard x >= 0, y >= 0, x < dotsWide, y < dotsHigh else { return }
            dots[(y / 4) * plot.width + x / 2] |= Self.dotBits[y % 4][x % 2]
        }
        var previous = point(0)
        plotDot(previous.x, previous.y)
        for i in values.indices.dropFirst() {
            let next = point(i)
            // Bresenham between consecutive samples, so steep changes stay connected.
            var (x0, y0) = previous
            let dx = abs(next.x - x0)
            let dy = -abs(next.y - y0)
            let sx = x0 < next.x ? 1 : -1
            let sy = y0 < next.y ? 1 : -1
            var err = dx + dy
            while true {
                plotDot(x0, y0)
                if x0 == next.x && y0 == next.y { break }
                let e2 = 2 * err
                if e2 >= dy {
                    err += dy
                    x0 += sx
                }
                if e2 <= dx {
                    err += dx
                    y0 += sy
                }
            }
            previous = next
        }
        for row in 0..<plot.height {
            for column in 0..<plot.width where dots[row * plot.width + column] != 0 {
                let ch = Character(Unicode.Scalar(0x2800 + dots[row * plot.width + column])!)
                buffer.set(ch, x: plot.x + column, y: plot.y + row, style: theme.bar.adding(.bold))
            }
        }
    }
}
