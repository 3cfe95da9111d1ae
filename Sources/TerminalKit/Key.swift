/// A decoded key press (or paste, or resize). Apps map keys to their own actions.
public enum Key: Hashable, Sendable {
    /// A printable character, any Unicode grapheme.
    case character(Character)
    /// Text pasted with bracketed paste: one insertion, never interpreted as commands.
    case paste(String)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab, enter, escape
    case backspace, delete, insert
    /// F1…F12.
    case function(Int)
    /// Ctrl plus a lowercase ASCII letter (Ctrl-A = `.ctrl("a")`). Tab, Enter and Backspace are
    /// reported as themselves, not as Ctrl-I, Ctrl-M and Ctrl-H.
    case ctrl(Character)
    /// Esc immediately followed by a character (how terminals send Alt/Meta).
    case alt(Character)
    /// The terminal changed size.
    case resize
    /// A key code ncurses knows but TerminalKit does not name.
    case unknown(Int)

    /// A short, language-neutral name ("F2", "Ctrl-S", "Enter") for key bars and help screens.
    public var name: String {
        switch self {
        case .character(let c): return c == " " ? "Space" : String(c)
        case .paste: return "Paste"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "Ctrl-\(c.uppercased())"
        case .alt(let c): return "Alt-\(c)"
        case .resize: return "Resize"
        case .unknown(let code): return "Key\(code)"
        }
    }
}

/// What the terminal backend read: a character (get_wch returned OK) or a key code
/// (get_wch returned KEY_CODE_YES), already translated to a portable `KeyCode`.
public enum RawInput: Hashable, Sendable {
    case scalar(UInt32)
    case keyCode(KeyCode)
}

/// The ncurses key codes TerminalKit understands, independent of the ncurses headers
/// so decoding can be tested without a terminal.
public enum KeyCode: Hashable, Sendable {
    case up, down, left, right, home, end, pageUp, pageDown
    case backTab, enter, backspace, delete, insert
    case function(Int)
    case resize
    case other(Int)
}

/// Turns raw input into keys. Pure and incremental: feed inputs as they arrive and call
/// `flush()` when the input goes quiet (after ESCDELAY), so a lone Esc becomes `.escape`.
/// Bracketed paste (`ESC [200~ … ESC [201~`) becomes one `.paste`, capped at `pasteLimit`
/// characters; the excess is dropped rather than read as commands.
public struct KeyDecoder: Sendable {
    public var pasteLimit: Int
    private var pending: [UInt32] = []
    private var pasting = false
    private var pasteText = ""
    private var pasteCount = 0

    public init(pasteLimit: Int = 65_536) { self.pasteLimit = pasteLimit }

    /// True while an escape sequence or a paste is half read; the backend then waits briefly
    /// for more input before calling `flush()`.
    public var isWaiting: Bool { !pending.isEmpty || pasting }

    /// True while inside a bracketed paste (a timeout must not end it).
    public var isPasting: Bool { pasting }

    private static let pasteStart: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x30, 0x7E]  // ESC [ 2 0 0 ~
    private static let pasteEnd: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]  // ESC [ 2 0 1 ~

    /// Feeds one input; returns the keys it completes (often none or one).
    public mutating func feed(_ input: RawInput) -> [Key] {
        switch input {
        case .keyCode(let code):
            if pasting {
                // Inside a paste, only text matters; a key code here is a mis-decode.
                if code == .enter { appendPaste(0x0A) }
                return []
            }
            var out = flush()
            out.append(Self.key(for: code))
            return out
        case .scalar(let v):
            return feedScalar(v)
        }
    }

    private mutating func feedScalar(_ v: UInt32) -> [Key] {
        if pasting {
            pending.append(v)
            if Self.pasteEnd.starts(with: pending) {
                if pending.count == Self.pasteEnd.count {
                    pending = []
                    pasting = false
                    let text = pasteText
                    pasteText = ""
                    pasteCount = 0
                    return [.paste(text)]
                }
                return []
            }
            let held = pending
            pending = []
            for s in held { appendPaste(s) }
            return []
        }
        if pending.isEmpty {
            if v == 0x1B {
                pending = [v]
                return []
            }
            return [Self.key(forScalar: v)]
        }
        pending.append(v)
        if Self.pasteStart.starts(with: pending) {
            if pending.count == Self.pasteStart.count {
                pending = []
                pasting = true
            }
            return []
        }
        // Not a paste: ESC + one character is Alt-character; anything longer is passed on
        // key by key (ncurses already decoded every sequence it knows).
        if pending.count == 2, pending[1] != 0x1B, pending[1] != 0x5B, pending[1] != 0x4F {
            let second = pending[1]
            pending = []
            if let scalar = Unicode.Scalar(second), second >= 0x20, second != 0x7F {
                return [.alt(Character(scalar))]
            }
            return [.escape, Self.key(forScalar: second)]
        }
        if pending.count >= 2, pending.last == 0x1B {
            let held = pending.dropLast()
            pending = [0x1B]
            return Self.unknownSequence(Array(held))
        }
        if pending.count > 8 || (pending.count > 2 && (0x40...0x7E).contains(v)) {
            let held = pending
            pending = []
            return Self.unknownSequence(held)
        }
        return []
    }

    /// Ends whatever is half read because no more input came: a lone ESC is Esc.
    public mutating func flush() -> [Key] {
        if pasting { return [] }
        let held = pending
        pending = []
        if held.isEmpty { return [] }
        if held == [0x1B] { return [.escape] }
        return Self.unknownSequence(held)
    }

    /// Ends a paste whose closing marker never came (the backend calls this after a long
    /// quiet gap), so a broken terminal cannot leave every later key captured as paste text.
    public mutating func finishPaste() -> [Key] {
        guard pasting else { return [] }
        for s in pending { appendPaste(s) }
        pending = []
        pasting = false
        let text = pasteText
        pasteText = ""
        pasteCount = 0
        return [.paste(text)]
    }

    private mutating func appendPaste(_ v: UInt32) {
        guard pasteCount < pasteLimit else { return }
        // Terminals send Enter as CR inside a paste; text wants a newline.
        let scalar: UInt32 = v == 0x0D ? 0x0A : v
        guard let s = Unicode.Scalar(scalar) else { return }
        pasteText.unicodeScalars.append(s)
        pasteCount += 1
    }

    /// An escape sequence nobody recognised is swallowed whole, so its bytes never turn into
    /// typed text or commands; only the short forms a person can type survive.
    private static func unknownSequence(_ scalars: [UInt32]) -> [Key] {
        if scalars == [0x1B] { return [.escape] }
        if scalars.count == 2, scalars[0] == 0x1B, let s = Unicode.Scalar(scalars[1]), scalars[1] >= 0x20 {
            return [.alt(Character(s))]
        }
        return []
    }

    static func key(forScalar v: UInt32) -> Key {
        switch v {
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x1B: return .escape
        case 0x08, 0x7F: return .backspace
        case 0x00: return .ctrl(" ")
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(v + 0x60)!))
        case 0x1C...0x1F: return .unknown(Int(v))
        default:
            guard let s = Unicode.Scalar(v) else { return .unknown(Int(v)) }
            return .character(Character(s))
        }
    }

    static func key(for code: KeyCode) -> Key {
        switch code {
        case .up: return .up
        case .down: return .down
        case .left: return .left
        case .right: return .right
        case .home: return .home
        case .end: return .end
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case .backTab: return .backTab
        case .enter: return .enter
        case .backspace: return .backspace
        case .delete: return .delete
        case .insert: return .insert
        case .function(let n): return .function(n)
        case .resize: return .resize
        case .other(let n): return .unknown(n)
        }
    }
}
