/// A place frames are drawn and keys come from. `NcursesTerminal` is the real one;
/// `TestTerminal` keeps a grid in memory for tests. Only backends touch a terminal.
public protocol Terminal {
    /// Current size in cells.
    var size: Size { get }
    /// Writes the given cells (already diffed by the renderer).
    mutating func write(_ changes: [CellChange])
    /// Shows the cursor at a position, or hides it.
    mutating func setCursor(_ position: Position?)
    /// Makes everything written so far visible.
    mutating func flush()
    /// Forgets what is on screen and clears it (before a full redraw).
    mutating func clear()
    /// Waits up to `timeout` milliseconds (nil: forever) for a key. Returns nil on timeout.
    mutating func readKey(timeoutMilliseconds: Int?) throws -> Key?
    /// Gives the terminal back to the shell (Ctrl-Z) and returns once the process is resumed.
    mutating func suspend()
}

/// One cell to write at a position.
public struct CellChange: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell
    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}

/// Why a terminal could not be opened. Apps report these and exit with status 2
/// (`exitCode`) instead of drawing garbage into a pipe or a dumb terminal.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard output (or input) is not a terminal, e.g. redirected to a file.
    case notATerminal(stream: String)
    /// TERM is unset or "dumb": there is no way to position the cursor.
    case dumbTerminal(term: String)
    /// ncurses could not set up the terminal described by TERM.
    case initializationFailed(term: String)
    /// Input ended or failed while running: the terminal went away (its window closed, its
    /// tmux session killed) without the SIGHUP that would have ended the process.
    case inputClosed

    public var description: String {
        switch self {
        case .notATerminal(let stream): return "\(stream) is not a terminal; the interactive screen needs one"
        case .dumbTerminal(let term):
            return "TERM=\(term.isEmpty ? "(unset)" : term) cannot show a full-screen interface"
        case .initializationFailed(let term): return "cannot initialise terminal type \(term)"
        case .inputClosed: return "the terminal's input ended"
        }
    }

    /// The process exit status for this error (2: cannot run in this environment).
    public var exitCode: Int32 { 2 }
}
