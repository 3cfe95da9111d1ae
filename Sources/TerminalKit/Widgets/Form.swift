/// One labelled field of a `Form`.
public struct FormField: Hashable, Sendable {
    public var label: String
    public var input: TextField
    public var isRequired: Bool
    /// The app's validation message for this field (nil when valid).
    public var error: String?

    public init(label: String, input: TextField = TextField(), isRequired: Bool = false, error: String? = nil) {
        self.label = label
        self.input = input
        self.isRequired = isRequired
        self.error = error
    }
}

/// What a `Form` did with a key.
public enum FormResult: Hashable, Sendable {
    case handled
    case ignored
    /// Enter on the last field (or Ctrl-S): the app validates and saves.
    case submitted
}

/// A vertical form: labels on the left (required ones marked), inputs on the right, each
/// field's error under it. Tab/↓ and Shift-Tab/↑ move focus in order; Enter moves on and
/// submits from the last field. Validation is the app's: it sets `error` per field.
public struct Form: Hashable, Sendable {
    public var fields: [FormField]
    public private(set) var focus: Int = 0
    /// False while another panel has the keyboard: no field shows focus or the cursor.
    public var isFocused: Bool = true {
        didSet { updateFocus() }
    }
    /// Appended to required labels ("*" by default; meaning also shown without colour).
    public var requiredMarker: String
    public var theme: Theme

    public init(fields: [FormField], requiredMarker: String = "*", theme: Theme = .standard) {
        self.fields = fields
        self.requiredMarker = requiredMarker
        self.theme = theme
        updateFocus()
    }

    /// The focused field's index.
    public mutating func focus(_ index: Int) {
        guard !fields.isEmpty else { return }
        focus = (index % fields.count + fields.count) % fields.count
        updateFocus()
    }

    private mutating func updateFocus() {
        for i in fields.indices { fields[i].input.isFocused = isFocused && i == focus }
    }

    /// The values by field index, as the masks format them.
    public var values: [String] { fields.map(\.input.value) }

    /// Indices of required fields left empty (the app turns these into messages).
    public var missingRequired: [Int] {
        fields.indices.filter { fields[$0].isRequired && fields[$0].input.text.isEmpty }
    }

    @discardableResult
    public mutating func handle(_ key: Key) -> FormResult {
        guard !fields.isEmpty else { return .ignored }
        switch key {
        case .tab, .down:
            focus(focus + 1)
            return .handled
        case .backTab, .up:
            focus(focus - 1)
            return .handled
        case .enter:
            if focus == fields.count - 1 { return .submitted }
            focus(focus + 1)
            return .handled
        default:
            let result = fields[focus].input.handle(key)
            if result == .handled && fields[focus].error != nil {
                // Editing a field hides its stale error until the app validates again.
                fields[focus].error = nil
            }
            return result == .handled ? .handled : .ignored
        }
    }

    /// Tells every field the width it will be drawn at in a form `width` columns wide, so long
    /// values scroll only when the cursor reaches an edge. Call it when the layout changes
    /// (`AppEvent.resized`).
    public mutating func fit(width: Int) {
        let inputWidth = max(0, width - labelWidth(for: width))
        for i in fields.indices { fields[i].input.visibleWidth = inputWidth }
    }

    /// Columns of the label column in a form `width` columns wide.
    public func labelWidth(for width: Int) -> Int {
        min(
            width / 2,
            (fields.map { $0.label.displayWidth + ($0.isRequired ? requiredMarker.displayWidth + 1 : 0) }.max() ?? 0)
                + 2)
    }

    /// Rows the form needs: one per field plus one per error shown.
    public var height: Int { fields.reduce(0) { $0 + 1 + ($1.error == nil ? 0 : 1) } }

    public func render(into buffer: inout Buffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: theme.normal)
        let labelWidth = labelWidth(for: rect.width)
        var y = rect.y
        for (i, field) in fields.enumerated() {
            guard y < rect.bottom else { break }
            let focused = isFocused && i == focus
            var label = field.label
            if field.isRequired { label += " " + requiredMarker }
            let labelStyle = focused ? theme.label.adding(.bold) : theme.label
            buffer.drawLine(
                (focused ? "▸" : " ") + label, in: Rect(x: rect.x, y: y, width: labelWidth, height: 1),
                style: labelStyle)
            let inputRect = Rect(x: rect.x + labelWidth, y: y, width: rect.width - labelWidth, height: 1)
            var input = field.input
            input.message = nil
            input.render(into: &buffer, rect: inputRect)
            y += 1
            if let error = field.error, y < rect.bottom {
                buffer.drawLine(
                    "! " + error, in: Rect(x: rect.x + labelWidth, y: y, width: rect.width - labelWidth, height: 1),
                    style: theme.error)
                y += 1
            }
        }
    }
}
