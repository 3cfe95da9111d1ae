/// One screen cell: a grapheme cluster and its style. A wide glyph occupies its own cell and
/// the next one, which holds an empty `symbol` (a continuation) so both halves are tracked.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; "" marks the right half of a wide glyph.
    public var symbol: String
    public var style: Style

    public init(_ symbol: String = " ", style: Style = .plain) {
        self.symbol = symbol
        self.style = style
    }

    public static let blank = Cell()

    /// True for the right half of a wide glyph.
    public var isContinuation: Bool { symbol.isEmpty }

    /// Columns this cell's symbol takes (0 for a continuation).
    public var width: Int {
        guard let ch = symbol.first else { return 0 }
        return DisplayWidth.of(ch)
    }
}
