/// What a dialog did with a key.
public enum DialogResult: Hashable, Sendable {
    /// The key was used (moved between buttons, edited the input) or ignored; keep the dialog.
    case pending
    /// A button was chosen (index into `buttons`); for an input dialog `text` holds the input.
    case chosen(button: Int, text: String?)
    /// Esc: the dialog was dismissed without a choice.
    case cancelled
}

/// A modal dialog drawn centred over whatever is below: a message, buttons, and optionally a
/// one-line input (a path, a name). All strings come from the caller. ←/→/Tab move between
/// buttons, Enter chooses, Esc cancels, a button's first letter chooses it directly (when
/// there is no input to type into).
public struct Dialog: Hashable, Sendable {
    public var title: String
    public var message: String
    public var buttons: [String]
    public private(set) var selectedButton: Int
    public var input: TextField?
    public var theme: Theme

    public init(
        title: String, message: String, buttons: [String], defaultButton: Int = 0, input: TextField? = nil,
        theme: Theme = .standard
    ) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selectedButton = max(0, min(defaultButton, buttons.count - 1))
        self.input = input
        self.input?.isFocused = true
        self.theme = theme
        // The width the input has on any screen of the minimum size (80×24) or larger.
        fit(in: Rect(x: 0, y: 0, width: 80, height: 24))
    }

    /// Tells the input the width it will be drawn at in `area` (see `TextField.visibleWidth`).
    public mutating func fit(in area: Rect) {
        let width = max(0, frame(in: area).width - 4)
        input?.visibleWidth = width
    }

    /// Yes/No question; `yes` is button 0, `no` is button 1 and the default (the safe choice).
    public static func confirm(title: String, message: String, yes: String, no: String) -> Dialog {
        Dialog(title: title, message: message, buttons: [yes, no], defaultButton: 1)
    }

    /// A message with a single acknowledging button.
    public static func message(title: String, message: String, ok: String) -> Dialog {
        Dialog(title: title, message: message, buttons: [ok])
    }

    /// A choice between several options, one button each.
    public static func choice(title: String, message: String, options: [String], defaultOption: Int = 0) -> Dialog {
        Dialog(title: title, message: message, buttons: options, defaultButton: defaultOption)
    }

    /// A path (or any one-line text) prompt with OK/Cancel; OK is button 0.
    public static func pathInput(title: String, message: String, path: String, ok: String, cancel: String) -> Dialog {
        Dialog(title: title, message: message, buttons: [ok, cancel], input: TextField(text: path))
    }

    public mutating func handle(_ key: Key) -> DialogResult {
        switch key {
        case .escape:
            return .cancelled
        case .enter:
            return .chosen(button: selectedButton, text: input?.value)
        case .tab, .down,
            .right where input == nil || key == .tab:
            selectedButton = (selectedButton + 1) % max(1, buttons.count)
        case .backTab, .up,
            .left where input == nil || key == .backTab:
            selectedButton = (selectedButton - 1 + buttons.count) % max(1, buttons.count)
        default:
            if input != nil {
                input?.handle(key)
            } else if case .character(let c) = key {
                let wanted = TextMatch.normalized(String(c))
                if let i = buttons.firstIndex(where: { TextMatch.normalized(String($0.prefix(1))) == wanted }) {
                    return .chosen(button: i, text: nil)
                }
            }
        }
        return .pending
    }

    /// The box size for a screen `area`: wide enough for the message and buttons, at most the area.
    /// Buttons that do not fit side by side are stacked, one per line, so none is hidden.
    public func frame(in area: Rect) -> Rect {
        let maxWidth = max(10, min(area.width - 4, 70))
        let stacked = isStacked(in: area)
        let buttonsWidth =
            stacked
            ? (buttons.map(\.displayWidth).max() ?? 0) + 8 : buttons.reduce(0) { $0 + $1.displayWidth + 5 }
        let wanted = max(
            buttonsWidth + 2, title.displayWidth + 8, min(message.displayWidth + 4, maxWidth),
            input == nil ? 0 : maxWidth)
        let width = min(maxWidth, wanted)
        let lines = TextLayout.wrap(message, width: width - 4)
        // Borders, the message, a blank line, then the buttons: one row, or one row each.
        let height = lines.count + 3 + (input == nil ? 0 : 2) + (stacked ? buttons.count : 1)
        return area.centered(Size(width: width, height: min(height, area.height)))
    }

    /// Whether the buttons are drawn one per line (they do not fit in one row of the box).
    public func isStacked(in area: Rect) -> Bool {
        let maxWidth = max(10, min(area.width - 4, 70))
        return buttons.reduce(0) { $0 + $1.displayWidth + 5 } + 2 > maxWidth
    }

    /// Clears its box over `area` and draws frame, title, message, input and buttons. The
    /// selected button is shown as `[ OK ]` and reversed (readable without colour).
    public func render(into buffer: inout Buffer, rect area: Rect) {
        let box = frame(in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box, style: theme.normal)
        buffer.drawBox(box, title: title, style: theme.border, titleStyle: theme.title)
        let inner = box.inset(dx: 2, dy: 1)
        let lines = TextLayout.wrap(message, width: inner.width)
        let buttonRows = isStacked(in: area) ? buttons.count : 1
        var y = inner.y
        for line in lines where y < inner.bottom - buttonRows - (input == nil ? 0 : 2) {
            buffer.drawLine(line, in: Rect(x: inner.x, y: y, width: inner.width, height: 1), style: theme.normal)
            y += 1
        }
        buffer.cursor = nil
        if let input {
            y += 1
            input.render(
                into: &buffer, rect: Rect(x: inner.x, y: min(y, inner.bottom - 2), width: inner.width, height: 1))
        }
        let labels = buttons.enumerated().map { i, b in i == selectedButton ? "[ \(b) ]" : "  \(b)  " }
        if isStacked(in: area) {
            // One button per line under the message, the last on the box's last inner line.
            let top = inner.bottom - labels.count
            for (i, label) in labels.enumerated() where top + i >= inner.y {
                let style = i == selectedButton ? theme.focused.adding(.bold) : theme.normal
                buffer.drawLine(label, in: Rect(x: inner.x, y: top + i, width: inner.width, height: 1), style: style)
            }
            return
        }
        let total = labels.reduce(0) { $0 + $1.displayWidth } + max(0, labels.count - 1)
        var x = inner.x + max(0, (inner.width - total) / 2)
        let by = inner.bottom - 1
        for (i, label) in labels.enumerated() {
            let style = i == selectedButton ? theme.focused.adding(.bold) : theme.normal
            x += buffer.draw(label, x: x, y: by, style: style, clip: inner) + 1
        }
    }
}
