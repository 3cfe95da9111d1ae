import CareerDeskCore
import TerminalKit

/// One row of a `FieldList`: a labelled text input, a choice among options, or a tick box.
public struct FieldRow: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case text(TextField)
        /// Options shown by name; `index` is the chosen one.
        case choice(options: [String], index: Int)
        case flag(Bool)
    }

    /// A stable key (the model's field name), used for errors and for the recovery journal.
    public var key: String
    public var label: String
    public var kind: Kind
    public var isRequired: Bool
    /// The inline validation message (nil: fine).
    public var error: String?
    /// A row that can be read but not changed (signed terms, read-only cases).
    public var isLocked: Bool

    public init(key: String, label: String, kind: Kind, isRequired: Bool = false, isLocked: Bool = false) {
        self.key = key
        self.label = label
        self.kind = kind
        self.isRequired = isRequired
        self.error = nil
        self.isLocked = isLocked
    }

    /// The text of a text row, the option index (as text) of a choice, "1"/"0" for a flag.
    public var rawValue: String {
        switch kind {
        case .text(let field): field.text
        case .choice(_, let index): String(index)
        case .flag(let on): on ? "1" : "0"
        }
    }

    /// The value as the model reads it: a text row's formatted value (masks applied).
    public var textValue: String {
        if case .text(let field) = kind { return field.value }
        return ""
    }

    public var choiceIndex: Int {
        if case .choice(_, let index) = kind { return index }
        return 0
    }

    public var isOn: Bool {
        if case .flag(let on) = kind { return on }
        return false
    }

    /// Restores a raw value written by `rawValue`.
    public mutating func restore(_ raw: String) {
        switch kind {
        case .text(var field):
            field.setText(raw)
            kind = .text(field)
        case .choice(let options, _):
            if let i = Int(raw), options.indices.contains(i) { kind = .choice(options: options, index: i) }
        case .flag:
            kind = .flag(raw == "1")
        }
    }
}

/// A vertical list of fields, one per row: Tab/↓ and Shift-Tab/↑ move, ←/→ or Space change a
/// choice, Space ticks a box, typing edits a text. It scrolls to keep the focused row visible.
/// Errors are shown beside the value, and in full under the list for the focused row.
public struct FieldList: Hashable, Sendable {
    public var rows: [FieldRow]
    public private(set) var focus: Int = 0
    public private(set) var top: Int = 0
    /// Letters typed on the focused choice so far ("сах" → Sakhalin); cleared when focus moves.
    private var typeAhead = ""
    public var labelWidth: Int
    public var requiredMarker: String
    public var theme: Theme

    public init(rows: [FieldRow], labelWidth: Int = 26, requiredMarker: String = "*", theme: Theme = .standard) {
        self.rows = rows
        self.labelWidth = labelWidth
        self.requiredMarker = requiredMarker
        self.theme = theme
        setFocus(0)
    }

    public var focusedRow: FieldRow? { rows.indices.contains(focus) ? rows[focus] : nil }

    public func index(of key: String) -> Int? { rows.firstIndex { $0.key == key } }

    /// Whether a row needs the officer: it shows a problem, or it is required and empty (an
    /// empty text, an unticked box such as consent).
    public static func needsInput(_ row: FieldRow) -> Bool {
        if row.isLocked { return false }
        if row.error != nil { return true }
        guard row.isRequired else { return false }
        switch row.kind {
        case .text(let field): return field.text.trimmingCharacters(in: .whitespaces).isEmpty
        case .flag(let on): return !on
        case .choice: return false
        }
    }

    /// The first row that needs input, from the top.
    public var firstNeedingInput: Int? { rows.firstIndex(where: Self.needsInput) }

    /// Moves to the next row after the focused one (wrapping) that needs input; false when none does.
    @discardableResult
    public mutating func focusNextNeedingInput() -> Bool {
        guard !rows.isEmpty else { return false }
        let order = (1...rows.count).map { (focus + $0) % rows.count }
        guard let next = order.first(where: { Self.needsInput(rows[$0]) }) else { return false }
        setFocus(next)
        return true
    }

    public subscript(key: String) -> FieldRow? {
        get { index(of: key).map { rows[$0] } }
        set {
            if let i = index(of: key), let newValue { rows[i] = newValue }
        }
    }

    public mutating func setFocus(_ index: Int) {
        guard !rows.isEmpty else { return }
        typeAhead = ""
        if case .text(var old) = rows[focus].kind {
            old.isFocused = false
            rows[focus].kind = .text(old)
        }
        focus = max(0, min(index, rows.count - 1))
        if case .text(var field) = rows[focus].kind {
            field.isFocused = true
            rows[focus].kind = .text(field)
        }
    }

    public mutating func focus(key: String) {
        if let i = index(of: key) { setFocus(i) }
    }

    /// Sets every text row's visible width for a list drawn `width` columns wide.
    public mutating func fit(width: Int) {
        let inputWidth = inputWidth(total: width)
        for i in rows.indices {
            if case .text(var field) = rows[i].kind {
                field.visibleWidth = inputWidth
                rows[i].kind = .text(field)
            }
        }
    }

    /// The label column on a list `total` wide: `labelWidth`, and on a wide screen (100 columns
    /// and more) as much more as the longest label needs, up to two fifths of the width, so no
    /// label is cut where there is room for it (issue 17.8).
    func labelWidth(total: Int) -> Int {
        guard total >= 100 else { return labelWidth }
        // The focus mark, the label and the required marker.
        let longest = rows.map { 1 + $0.label.displayWidth + requiredMarker.displayWidth }.max() ?? 0
        return max(labelWidth, min(longest, total * 2 / 5))
    }

    func inputWidth(total: Int) -> Int {
        max(8, min(40, total - labelWidth(total: total) - 2 - errorWidth(total: total)))
    }

    func errorWidth(total: Int) -> Int {
        total >= 100 ? 34 : max(0, total - labelWidth(total: total) - 2 - 32)
    }

    /// Handles a key; `.handled` when the list used it.
    public mutating func handle(_ key: Key) -> KeyResult {
        guard !rows.isEmpty else { return .ignored }
        switch key {
        case .tab, .down:
            setFocus(focus + 1 < rows.count ? focus + 1 : 0)
            return .handled
        case .backTab, .up:
            setFocus(focus > 0 ? focus - 1 : rows.count - 1)
            return .handled
        case .enter:
            if focus + 1 < rows.count { setFocus(focus + 1) }
            return .handled
        case .pageDown:
            setFocus(min(rows.count - 1, focus + 8))
            return .handled
        case .pageUp:
            setFocus(max(0, focus - 8))
            return .handled
        default:
            break
        }
        var row = rows[focus]
        if row.isLocked { return .ignored }
        switch row.kind {
        case .text(var field):
            let result = field.handle(key)
            row.kind = .text(field)
            rows[focus] = row
            return result
        case .choice(let options, let index):
            guard !options.isEmpty else { return .ignored }
            switch key {
            case .right, .character(" "):
                typeAhead = ""
                row.kind = .choice(options: options, index: (index + 1) % options.count)
            case .left:
                row.kind = .choice(options: options, index: (index + options.count - 1) % options.count)
            case .character(let c):
                // Letters typed in a row select the option with a word starting with them ("сах" →
                // Sakhalin, from the option shown on); a letter that extends nothing starts afresh
                // and, repeated, steps to the next option starting with it.
                func starts(_ option: String, _ prefix: String) -> Bool {
                    TextMatch.normalized(option).split(separator: " ").contains { $0.hasPrefix(prefix) }
                }
                let extended = TextMatch.normalized(typeAhead + String(c))
                let letter = TextMatch.normalized(String(c))
                let fromHere = (0..<options.count).map { (index + $0) % options.count }
                let afterHere = (1...options.count).map { (index + $0) % options.count }
                if !typeAhead.isEmpty, let hit = fromHere.first(where: { starts(options[$0], extended) }) {
                    typeAhead += String(c)
                    row.kind = .choice(options: options, index: hit)
                } else if let hit = afterHere.first(where: { starts(options[$0], letter) }) {
                    typeAhead = String(c)
                    row.kind = .choice(options: options, index: hit)
                } else {
                    typeAhead = ""
                    return .handled
                }
            default:
                return .ignored
            }
            rows[focus] = row
            return .handled
        case .flag(let on):
            guard key == .character(" ") || key == .character("x") || key == .character("х") else { return .ignored }
            row.kind = .flag(!on)
            rows[focus] = row
            return .handled
        }
    }

    /// Rows needed to draw every field (one each) plus the focused row's full message.
    public var height: Int { rows.count + 1 }

    public mutating func scrollToFocus(visibleRows: Int) {
        let visible = max(1, visibleRows)
        if focus < top { top = focus }
        if focus >= top + visible { top = focus - visible + 1 }
        top = max(0, min(top, max(0, rows.count - visible)))
    }

    /// The most lines the focused row's message wraps to at the bottom.
    static let messageLines = 3

    /// Draws the rows that fit, scrolled so the focused row shows; the last lines of `rect`
    /// hold the focused row's message in full, wrapped (issue 17.8: never cut at the column's width).
    public func render(into buffer: inout Buffer, rect: Rect) {
        guard rect.height > 0, rect.width > 0 else { return }
        var message: [String] = []
        if let row = focusedRow, let error = row.error {
            message = TextLayout.wrap(row.label + ": " + error, width: rect.width)
            message = Array(message.prefix(max(1, min(Self.messageLines, rect.height - 1))))
        }
        let visible = max(1, rect.height - max(1, message.count))
        var list = self
        list.scrollToFocus(visibleRows: visible)
        let labelWidth = labelWidth(total: rect.width)
        let inputWidth = inputWidth(total: rect.width)
        let errorWidth = errorWidth(total: rect.width)
        for (offset, i) in (list.top..<min(rows.count, list.top + visible)).enumerated() {
            let row = rows[i]
            let y = rect.y + offset
            let focused = i == focus
            let marker = row.isRequired ? requiredMarker : " "
            let labelStyle = focused ? theme.title : theme.label
            buffer.drawLine(
                (focused ? "›" : " ") + row.label + marker,
                in: Rect(x: rect.x, y: y, width: labelWidth, height: 1), style: labelStyle)
            let inputRect = Rect(x: rect.x + labelWidth + 1, y: y, width: inputWidth, height: 1)
            switch row.kind {
            case .text(let field):
                field.render(into: &buffer, rect: inputRect)
                if focused, let cursor = buffer.cursor, !inputRect.contains(cursor) { buffer.cursor = nil }
            case .choice(let options, let index):
                let name = options.indices.contains(index) ? options[index] : ""
                let style = focused ? theme.focused : theme.inputField
                // A choice without a message takes the free width: long names (a programme, a
                // region) are not cut while the screen has room.
                let text = "‹ \(name) ›"
                let free = Rect(
                    x: inputRect.x, y: y, width: max(inputWidth, min(text.displayWidth, rect.right - inputRect.x)),
                    height: 1)
                buffer.drawLine(text, in: row.error == nil ? free : inputRect, style: style)
            case .flag(let on):
                let style = focused ? theme.focused : theme.normal
                buffer.drawLine(on ? "[x]" : "[ ]", in: Rect(x: inputRect.x, y: y, width: 3, height: 1), style: style)
            }
            if let error = row.error, errorWidth > 2 {
                buffer.drawLine(
                    "! " + error, in: Rect(x: inputRect.right + 1, y: y, width: errorWidth, height: 1),
                    style: theme.error)
            } else if row.error != nil {
                buffer.drawLine("!", in: Rect(x: inputRect.right, y: y, width: 1, height: 1), style: theme.error)
            }
        }
        for (i, line) in message.enumerated() {
            buffer.drawLine(
                line, in: Rect(x: rect.x, y: rect.bottom - message.count + i, width: rect.width, height: 1),
                style: theme.error)
        }
    }
}
