/// One screen cell: a grapheme cluster and its style. A wide glyph occupies its own cell and
/// the next one, which holds an empty `symbol` (a continuation) so both halves are tracked.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; "" marks the right half of a wide glyph.
    public var symbol: String {
        didSet { width = Self.width(of: symbol) }
    }
    public var style: Style
    /// Columns this cell's symbol takes (0 for a continuation), worked out once: the buffer and
    /// the renderer ask for it several times per cell and frame.
    public private(set) var width: Int

    public init(_ symbol: String = " ", style: Style = .plain) {
        self.symbol = symbol
        self.style = style
        self.width = Self.width(of: symbol)
    }

    /// A cell whose symbol's width is already known (the buffer has just measured it).
    init(_ character: Character, style: Style, width: Int) {
        self.symbol = String(character)
        self.style = style
        self.width = width
    }

    public static let blank = Cell()

    /// True for the right half of a wide glyph.
    public var isContinuation: Bool { symbol.isEmpty }

    static func width(of symbol: String) -> Int {
        guard let ch = symbol.first else { return 0 }
        return DisplayWidth.of(ch)
    }
}
