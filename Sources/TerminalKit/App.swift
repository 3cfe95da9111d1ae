/// What happens to the app after an update: the new state, effects for the caller to run,
/// and whether to quit.
public struct Transition<State, Effect> {
    public var state: State
    public var effects: [Effect]
    public var quit: Bool

    public init(_ state: State, effects: [Effect] = [], quit: Bool = false) {
        self.state = state
        self.effects = effects
        self.quit = quit
    }

    /// Keep running with `state`.
    public static func next(_ state: State, effects: [Effect] = []) -> Transition {
        Transition(state, effects: effects)
    }
    /// Stop the loop after running `effects`.
    public static func quit(_ state: State, effects: [Effect] = []) -> Transition {
        Transition(state, effects: effects, quit: true)
    }
}

/// An input event for `update`: a key, the terminal's size, or a tick when `tickMilliseconds`
/// passed without a key (so the app can poll finished background work).
public enum AppEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal's size: sent once before the first frame, after every resize and after a
    /// resume from Ctrl-Z, so the app can lay out what depends on it (`Form.fit(width:)`).
    /// It replaces `.key(.resize)`, which `update` never sees.
    case resized(Size)
    case tick
    /// The terminal's input ended or failed (`TerminalError.inputClosed`): the last event. The
    /// app saves what it must (its effects are run); the loop then ends without drawing.
    case inputClosed
}

/// The run loop in the Elm / Bubble Tea shape: `view(state, size)` is a pure function to a
/// `Buffer`, `update(state, event)` a pure function to a `Transition`, and effects are data the
/// caller performs in `perform` between frames (returning the state with their results folded
/// in). The loop owns redraws: resize, Ctrl-Z suspend/resume and the too-small-window notice.
public struct App<State, Effect> {
    public var update: (State, AppEvent) -> Transition<State, Effect>
    public var view: (State, Size) -> Buffer
    public var perform: (Effect, State) throws -> State
    /// Below this size the view is replaced by `smallWindowNotice` (centred).
    public var minimumSize: Size
    /// The text shown when the window is too small (the app supplies it, in its language).
    public var smallWindowNotice: (Size, Size) -> String
    /// Ctrl-Z suspends to the shell (and never reaches `update`).
    public var suspendOnCtrlZ: Bool
    /// How long to wait for a key before sending `.tick` (nil: wait forever, no ticks).
    public var tickMilliseconds: Int?

    public init(
        minimumSize: Size = Size(width: 80, height: 24),
        smallWindowNotice: @escaping (Size, Size) -> String,
        suspendOnCtrlZ: Bool = true,
        tickMilliseconds: Int? = nil,
        update: @escaping (State, AppEvent) -> Transition<State, Effect>,
        view: @escaping (State, Size) -> Buffer,
        perform: @escaping (Effect, State) throws -> State = { _, state in state }
    ) {
        self.update = update
        self.view = view
        self.perform = perform
        self.minimumSize = minimumSize
        self.smallWindowNotice = smallWindowNotice
        self.suspendOnCtrlZ = suspendOnCtrlZ
        self.tickMilliseconds = tickMilliseconds
    }

    /// The frame for `state` at `size`: the view, or the notice when the window is too small.
    public func frame(for state: State, size: Size) -> Buffer {
        guard size.fits(minimumSize) else {
            return Self.noticeFrame(smallWindowNotice(size, minimumSize), size: size)
        }
        var buffer = view(state, size)
        if buffer.size != size {
            // A view that drew for another size is cut or padded rather than trusted.
            var fitted = Buffer(size: size)
            fitted.blit(buffer, at: Position(x: 0, y: 0))
            fitted.cursor = buffer.cursor.flatMap { fitted.area.contains($0) ? $0 : nil }
            buffer = fitted
        }
        return buffer
    }

    /// Runs until `update` quits, input ends (`.inputClosed` is the last event) or `readKey`
    /// throws another error; returns the final state. The caller
    /// closes the terminal afterwards (also when this throws).
    public func run<T: Terminal>(_ initial: State, on terminal: inout T) throws -> State {
        var state = initial
        var renderer = Renderer()
        // Applies one event; true when the app asked to quit.
        func apply(_ event: AppEvent) throws -> Bool {
            let transition = update(state, event)
            state = transition.state
            for effect in transition.effects {
                state = try perform(effect, state)
            }
            return transition.quit
        }
        if try apply(.resized(terminal.size)) { return state }
        renderer.draw(frame(for: state, size: terminal.size), on: &terminal)
        while true {
            let event: AppEvent
            let read: Key?
            do {
                read = try terminal.readKey(timeoutMilliseconds: tickMilliseconds)
            } catch TerminalError.inputClosed {
                _ = try apply(.inputClosed)
                return state
            }
            if let key = read {
                if key == .ctrl("z") && suspendOnCtrlZ {
                    terminal.suspend()
                    // The window may have changed size while the app was stopped.
                    renderer.invalidate()
                    if try apply(.resized(terminal.size)) { return state }
                    renderer.draw(frame(for: state, size: terminal.size), on: &terminal)
                    continue
                }
                if key == .resize {
                    renderer.invalidate()
                    event = .resized(terminal.size)
                } else {
                    event = .key(key)
                }
            } else if tickMilliseconds != nil {
                event = .tick
            } else {
                // A backend with no more input (a finished test script) ends the loop.
                return state
            }
            if try apply(event) { return state }
            renderer.draw(frame(for: state, size: terminal.size), on: &terminal)
        }
    }

    static func noticeFrame(_ notice: String, size: Size) -> Buffer {
        var buffer = Buffer(size: size)
        let lines = TextLayout.wrap(notice, width: max(1, size.width - 2))
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            buffer.drawLine(
                line, in: Rect(x: 0, y: top + i, width: size.width, height: 1), style: .bold, alignment: .center)
        }
        return buffer
    }
}

/// Word wrapping by display width.
public enum TextLayout {
    /// Splits `text` into lines of at most `width` columns, breaking at spaces where possible
    /// and inside words (at grapheme boundaries) when a word is longer than a line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var word = String(word)
                let candidate = line.isEmpty ? word : line + " " + word
                if candidate.displayWidth <= width {
                    line = candidate
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                line = ""
                while word.displayWidth > width {
                    var head = ""
                    var used = 0
                    for ch in word {
                        let w = DisplayWidth.of(TextSanitizer.visible(ch))
                        if used + w > width { break }
                        head.append(ch)
                        used += w
                    }
                    if head.isEmpty { break }
                    lines.append(head)
                    word.removeFirst(head.count)
                }
                line = word
            }
            lines.append(line)
        }
        return lines
    }
}
