/// An in-memory terminal: keeps the grid the renderer wrote, counts writes and replays a
/// queue of keys. Its `text` is what snapshot and diff tests compare.
public struct TestTerminal: Terminal {
    public private(set) var size: Size
    public private(set) var screen: Buffer
    /// Keys `readKey` hands out, first to last; when empty, `readKey` returns nil.
    public var pendingKeys: [Key]
    /// Every batch of cells written, in order (tests check the diff wrote only changes).
    public private(set) var writes: [[CellChange]] = []
    public private(set) var cursor: Position?
    public private(set) var clears = 0
    public private(set) var suspensions = 0
    public private(set) var flushes = 0

    public init(size: Size, keys: [Key] = []) {
        self.size = size
        self.screen = Buffer(size: size)
        self.pendingKeys = keys
    }

    /// Changes the size as a window resize would, and queues `.resize` for the app.
    public mutating func resize(to newSize: Size) {
        size = newSize
        screen = Buffer(size: newSize)
        pendingKeys.insert(.resize, at: 0)
    }

    public mutating func write(_ changes: [CellChange]) {
        writes.append(changes)
        for change in changes {
            guard let ch = change.cell.symbol.first else { continue }
            screen.set(ch, x: change.x, y: change.y, style: change.cell.style)
        }
    }

    public mutating func setCursor(_ position: Position?) { cursor = position }
    public mutating func flush() { flushes += 1 }

    public mutating func clear() {
        clears += 1
        screen = Buffer(size: size)
    }

    /// When true, `readKey` throws `TerminalError.inputClosed` once the keys run out, as a
    /// terminal that vanished does (instead of returning nil).
    public var closesAfterKeys = false

    public mutating func readKey(timeoutMilliseconds: Int?) throws -> Key? {
        if pendingKeys.isEmpty && closesAfterKeys { throw TerminalError.inputClosed }
        return pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    public mutating func suspend() { suspensions += 1 }

    /// The screen as text, one line per row.
    public var text: String { screen.text }

    /// Number of cells written by the most recent frame.
    public var lastWriteCount: Int { writes.last?.count ?? 0 }
}
