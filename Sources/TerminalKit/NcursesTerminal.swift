import CNcurses
import CNcursesShim

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real terminal, over ncursesw. The only TerminalKit code that touches the terminal.
///
/// Opening it checks that stdin/stdout are terminals and TERM can position the cursor, sets a
/// UTF-8 character locale, enters raw mode (Ctrl-C/Ctrl-Z reach the app as keys), turns mouse
/// reporting off and bracketed paste on, and installs signal handlers that restore the terminal
/// on SIGINT/SIGTERM/SIGHUP and on crashes. Call `close()` on every way out (it is idempotent
/// and also runs on deinit).
public final class NcursesTerminal: Terminal {
    /// Whether colours are used (false with NO_COLOR or on a monochrome terminal).
    public let usesColor: Bool
    private var screen: OpaquePointer?
    private var decoder = KeyDecoder()
    private var queued: [Key] = []
    private var colorPairs: [ColorPairKey: Int16] = [:]
    private var closed = false
    /// ERRs in a row from ncurses while standard input polled readable (see `inputGone`).
    private var idleErrors = 0

    private struct ColorPairKey: Hashable {
        var fg: Color
        var bg: Color
    }

    private static let pasteOn = "\u{1B}[?2004h"
    private static let pasteOff = "\u{1B}[?2004l"
    private static let mouseOff = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l"

    /// Opens the terminal. Throws `TerminalError` when stdout/stdin is not a terminal or TERM is
    /// dumb; nothing has been written to the terminal in that case.
    /// - Parameter environment: the process environment (injectable for tests).
    public init(environment: [String: String]) throws {
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal(stream: "standard output") }
        guard isatty(STDIN_FILENO) == 1 else { throw TerminalError.notATerminal(stream: "standard input") }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else { throw TerminalError.dumbTerminal(term: term) }

        _ = tk_setup_locale()
        // Saved before curses touches the terminal, so a handler restores the shell's settings.
        // The sequence undoes full-screen mode: attributes reset, paste and mouse modes off,
        // alternate screen left, cursor shown. Fixed xterm sequences rather than terminfo
        // strings: every terminal this runs in (xterm, tmux, screen, VTE) understands them and
        // the Linux console ignores them.
        // Keypad modes too (`rmkx`): left in application mode, the shell's arrow keys send ESC O A.
        let restore =
            "\u{1B}[0m" + Self.pasteOff + Self.mouseOff + "\u{1B}[?1l\u{1B}>" + "\u{1B}[?1049l\u{1B}[?25h\r\n"
        _ = tk_hygiene_save(STDOUT_FILENO, restore)
        guard let screen = tk_newterm() else { throw TerminalError.initializationFailed(term: term) }
        self.screen = screen
        _ = set_term(screen)
        // stderr output while the screen is up is kept and shown after it is restored (close,
        // Ctrl-Z, the signal handlers), so a warning or a "Fatal error" line is not lost.
        _ = tk_stderr_capture()
        // After newterm, so ncurses' own SIGINT/SIGTERM handlers are the ones we chain over.
        tk_hygiene_install_handlers()

        raw()
        noecho()
        nonl()
        _ = keypad(tk_stdscr(), true)
        _ = set_escdelay(25)
        _ = curs_set(0)
        _ = mousemask(0, nil)
        _ = leaveok(tk_stdscr(), false)
        _ = scrollok(tk_stdscr(), false)

        if Self.wantsColor(environment: environment, terminalHasColors: has_colors()) {
            _ = start_color()
            _ = use_default_colors()
            usesColor = true
        } else {
            usesColor = false
        }
        _ = refresh()
        Self.writeRaw(Self.pasteOn + Self.mouseOff)
    }

    deinit { close() }

    /// Whether to use colour: the terminal has it and `NO_COLOR` is unset or empty
    /// (https://no-color.org). Attributes (bold, reverse, underline) are used either way.
    public static func wantsColor(environment: [String: String], terminalHasColors: Bool) -> Bool {
        terminalHasColors && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Restores the terminal for the shell: paste mode off, leave curses, remove handlers.
    public func close() {
        guard !closed else { return }
        closed = true
        Self.writeRaw(Self.pasteOff)
        _ = endwin()
        if let screen { delscreen(screen) }
        screen = nil
        tk_hygiene_uninstall_handlers()
        tk_stderr_release()
    }

    public var size: Size { Size(width: Int(tk_cols()), height: Int(tk_rows())) }

    public func write(_ changes: [CellChange]) {
        var text = [wchar_t](repeating: 0, count: Int(tk_ccharw_max()) + 1)
        for change in changes {
            let symbol = change.cell.symbol.isEmpty ? " " : change.cell.symbol
            var i = 0
            for scalar in symbol.unicodeScalars where i < text.count - 1 {
                // Sanitised already by Buffer; a second guard keeps escapes out even if a
                // caller built cells by hand.
                text[i] = scalar.value < 0x20 || scalar.value == 0x7F ? 0x2400 : wchar_t(bitPattern: scalar.value)
                i += 1
            }
            text[i] = 0
            let (attrs, pair) = attributes(for: change.cell.style)
            _ = tk_put_cell(Int32(change.y), Int32(change.x), text, attrs, pair)
        }
    }

    public func setCursor(_ position: Position?) {
        if let position {
            _ = move(Int32(position.y), Int32(position.x))
            _ = curs_set(1)
        } else {
            _ = curs_set(0)
        }
    }

    public func flush() { _ = refresh() }

    public func clear() { _ = CNcurses.clear() }

    public func readKey(timeoutMilliseconds: Int?) throws -> Key? {
        if !queued.isEmpty { return queued.removeFirst() }
        var waitFor = timeoutMilliseconds.map { Int32($0) } ?? -1
        while true {
            // Half-read escape sequence: wait only ESCDELAY for the rest (not during a paste).
            if decoder.isWaiting && !decoder.isPasting { waitFor = 25 }
            if decoder.isPasting { waitFor = 1000 }
            timeout(waitFor)
            var ch: wint_t = 0
            let status = tk_get_wch(&ch)
            var keys: [Key]
            if status == ERR {
                // ERR is also what a read error or end of input gives, at once and for ever: a
                // terminal that vanished without a SIGHUP (its pty closed under `setsid`) would
                // otherwise spin this loop at 100 % CPU.
                if inputGone() { throw TerminalError.inputClosed }
                keys = decoder.isPasting ? decoder.finishPaste() : decoder.flush()
                if keys.isEmpty {
                    // Without a timeout, ERR only means an interrupted read (a signal such as
                    // SIGCONT): keep waiting instead of reporting "no key", which ends the loop.
                    if decoder.isWaiting || timeoutMilliseconds == nil {
                        waitFor = timeoutMilliseconds.map { Int32($0) } ?? -1
                        continue
                    }
                    return nil
                }
            } else if status == KEY_CODE_YES {
                keys = decoder.feed(.keyCode(Self.keyCode(Int32(ch))))
            } else {
                keys = decoder.feed(.scalar(UInt32(ch)))
            }
            idleErrors = 0
            if !keys.isEmpty {
                queued.append(contentsOf: keys.dropFirst())
                return keys[0]
            }
        }
    }

    /// After ncurses returned ERR: whether standard input is gone. A hung-up or failed
    /// descriptor says so (POLLHUP, POLLERR, POLLNVAL); a descriptor that polls readable while
    /// ncurses reads nothing from it is at end of input (or failing) — three times in a row, so
    /// a key that arrives just as a timeout ends is not taken for it.
    private func inputGone() -> Bool {
        var fd = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&fd, 1, 0) >= 0 else { return errno != EINTR }
        let revents = Int32(fd.revents)
        if revents & (Int32(POLLHUP) | Int32(POLLERR) | Int32(POLLNVAL)) != 0 { return true }
        if revents & Int32(POLLIN) != 0 {
            idleErrors += 1
            return idleErrors >= 3
        }
        idleErrors = 0
        return false
    }

    public func suspend() {
        Self.writeRaw(Self.pasteOff)
        _ = endwin()
        // What went to stderr so far is shown in the shell while the app is stopped.
        tk_stderr_replay()
        // Stop as the shell expects (SIGTSTP, so job control reports "Stopped"); we continue
        // here after SIGCONT.
        kill(getpid(), SIGTSTP)
        // Resumed (SIGCONT): back into curses, repaint from scratch.
        _ = refresh()
        _ = CNcurses.clear()
        Self.writeRaw(Self.pasteOn + Self.mouseOff)
    }

    private func attributes(for style: Style) -> (attr_t, Int16) {
        var a = tk_a_normal()
        if style.attributes.contains(.bold) { a |= tk_a_bold() }
        if style.attributes.contains(.dim) { a |= tk_a_dim() }
        if style.attributes.contains(.underline) { a |= tk_a_underline() }
        if style.attributes.contains(.reverse) { a |= tk_a_reverse() }
        if style.attributes.contains(.italic) { a |= tk_a_italic() }
        guard usesColor, style.foreground != .default || style.background != .default else { return (a, 0) }
        let key = ColorPairKey(fg: style.foreground, bg: style.background)
        if let pair = colorPairs[key] { return (a, pair) }
        let next = Int16(colorPairs.count + 1)
        guard Int32(next) < tk_color_pairs() else { return (a, 0) }
        _ = init_pair(next, Int16(style.foreground.rawValue), Int16(style.background.rawValue))
        colorPairs[key] = next
        return (a, next)
    }

    private static func keyCode(_ code: Int32) -> KeyCode {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_RESIZE: return .resize
        default:
            let f0 = tk_key_f(0)
            if code > f0 && code <= f0 + 12 { return .function(Int(code - f0)) }
            // Shift+F1…F12 arrive as F13…F24 on xterm; treat as unknown rather than guess.
            return .other(Int(code))
        }
    }

    /// Writes bytes straight to the terminal, outside curses' own buffer (for modes curses
    /// does not know, such as bracketed paste).
    private static func writeRaw(_ s: String) {
        tk_flush_stdout()
        var bytes = Array(s.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}
