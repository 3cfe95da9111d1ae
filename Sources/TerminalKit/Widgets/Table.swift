/// How wide a table column is: a fixed number of cells, or a share of what is left.
public enum ColumnWidth: Hashable, Sendable {
    case fixed(Int)
    case flexible(Int)
}

/// A table column: title, width and alignment.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: Alignment
    public init(_ title: String, width: ColumnWidth = .flexible(1), alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// A selectable table with a header, sorting by any column and type-to-filter: printable keys
/// narrow the rows to those containing the filter in any cell (case-insensitive, ё = е),
/// Backspace edits the filter, Esc clears it. Selection is by row of the visible (filtered,
/// sorted) order; `selectedRow` gives the index into the original `rows`.
public struct Table: Hashable, Sendable {
    public var columns: [TableColumn]
    public var rows: [[String]] {
        didSet {
            searchKeys = SearchKeys()
            refresh()
        }
    }
    public private(set) var filter: String = ""
    public private(set) var sortColumn: Int?
    public private(set) var sortAscending = true
    /// Indices into `rows`, filtered and sorted, in display order. Kept up to date by every
    /// change of rows, filter or sort, so keys and renders never recompute it.
    public private(set) var visibleRows: [Int] = []
    /// Each row's cells normalised (lowercased, ё → е) and joined, for filtering: made when a
    /// filter is first typed, not for every table built (most are never filtered).
    private var searchKeys = SearchKeys()
    /// Position of the selection within `visibleRows`.
    public private(set) var selection = 0
    public private(set) var top = 0
    /// Rows of data shown at once (the app sets it to the rect height minus the header).
    public var pageSize: Int
    public var showsHeader: Bool
    /// Whether printable keys go to the filter (turn off when letters are commands).
    public var typeToFilter: Bool
    public var isFocused: Bool
    public var theme: Theme

    public init(
        columns: [TableColumn], rows: [[String]], pageSize: Int = 10, showsHeader: Bool = true,
        typeToFilter: Bool = true, isFocused: Bool = true, theme: Theme = .standard
    ) {
        self.columns = columns
        self.rows = rows
        self.pageSize = max(1, pageSize)
        self.showsHeader = showsHeader
        self.typeToFilter = typeToFilter
        self.isFocused = isFocused
        self.theme = theme
        refresh()
    }

    /// A cache derived from `rows`: not part of a table's identity.
    private struct SearchKeys: Hashable, Sendable {
        var keys: [String]?
        static func == (_: SearchKeys, _: SearchKeys) -> Bool { true }
        func hash(into hasher: inout Hasher) {}
    }

    private static func searchKeys(for rows: [[String]]) -> [String] {
        // U+001F cannot be typed into the filter, so a match never spans two cells.
        rows.map { TextMatch.normalized($0.joined(separator: "\u{1F}")) }
    }

    private mutating func refresh() {
        var indices = Array(rows.indices)
        if !filter.isEmpty {
            let needle = TextMatch.normalized(filter)
            let keys = searchKeys.keys ?? Self.searchKeys(for: rows)
            searchKeys.keys = keys
            indices = indices.filter { keys[$0].contains(needle) }
        }
        if let c = sortColumn {
            let asc = sortAscending
            let rows = rows
            indices.sort { a, b in
                let x = c < rows[a].count ? rows[a][c] : ""
                let y = c < rows[b].count ? rows[b][c] : ""
                let order = Self.compare(x, y)
                if order == 0 { return a < b }
                return asc ? order < 0 : order > 0
            }
        }
        visibleRows = indices
        clampSelection()
    }

    /// The selected row as an index into `rows` (nil when the filter hides everything).
    public var selectedRow: Int? {
        let visible = visibleRows
        return visible.isEmpty ? nil : visible[min(selection, visible.count - 1)]
    }

    /// Sets the filter text (as typing would).
    public mutating func setFilter(_ text: String) {
        filter = text
        selection = 0
        top = 0
        refresh()
    }

    /// Sorts by `column`; sorting by the same column again reverses the order.
    public mutating func sort(by column: Int) {
        // The selected row stays selected wherever the new order puts it.
        let kept = selectedRow
        defer {
            if let kept, let position = visibleRows.firstIndex(of: kept) { select(position) }
        }
        if sortColumn == column {
            sortAscending.toggle()
        } else {
            sortColumn = column
            sortAscending = true
        }
        refresh()
    }

    /// Selects the visible row at `index` (clamped).
    public mutating func select(_ index: Int) {
        selection = index
        clampSelection()
    }

    @discardableResult
    public mutating func handle(_ key: Key) -> KeyResult {
        let count = visibleRows.count
        switch key {
        case .up: selection -= 1
        case .down: selection += 1
        case .pageUp: selection -= pageSize
        case .pageDown: selection += pageSize
        case .home: selection = 0
        case .end: selection = count - 1
        case .character(let c) where typeToFilter:
            setFilter(filter + String(c))
        case .paste(let s) where typeToFilter:
            setFilter(filter + s.filter { $0 != "\n" })
        case .backspace where typeToFilter && !filter.isEmpty:
            setFilter(String(filter.dropLast()))
        case .escape where !filter.isEmpty:
            setFilter("")
        default:
            return .ignored
        }
        clampSelection()
        return .handled
    }

    private mutating func clampSelection() {
        let count = visibleRows.count
        selection = max(0, min(selection, count - 1))
        if selection < top { top = selection }
        if selection >= top + pageSize { top = selection - pageSize + 1 }
        top = max(0, min(top, max(0, count - pageSize)))
    }

    /// Column widths for a total width: fixed first, flexible share the rest; one space between.
    public func columnWidths(total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        let fixed = columns.reduce(0) { if case .fixed(let w) = $1.width { return $0 + w } else { return $0 } }
        let weights = columns.reduce(0) { if case .flexible(let w) = $1.width { return $0 + w } else { return $0 } }
        var remaining = max(0, total - gaps - fixed)
        var widthsLeft = weights
        return columns.map { column in
            switch column.width {
            case .fixed(let w): return w
            case .flexible(let w):
                guard widthsLeft > 0 else { return 0 }
                let share = remaining * w / widthsLeft
                remaining -= share
                widthsLeft -= w
                return share
            }
        }
    }

    /// Draws header (with ▲/▼ on the sorted column) and the visible page of rows. The selected
    /// row is reversed, so selection shows without colour.
    public func render(into buffer: inout Buffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: theme.normal)
        let widths = columnWidths(total: rect.width)
        var body = rect
        if showsHeader {
            let (head, rest) = rect.splitTop(1)
            body = rest
            var x = head.x
            for (i, column) in columns.enumerated() {
                var title = column.title
                if sortColumn == i { title += sortAscending ? " ▲" : " ▼" }
                buffer.drawLine(
                    title, in: Rect(x: x, y: head.y, width: widths[i], height: 1), style: theme.header,
                    alignment: column.alignment)
                x += widths[i] + 1
            }
        }
        let visible = visibleRows
        // Recompute the window from the selection so a render at another height stays right.
        var first = min(top, max(0, visible.count - 1))
        if selection >= first + body.height { first = selection - body.height + 1 }
        if selection < first { first = selection }
        for line in 0..<body.height {
            let position = first + line
            guard position < visible.count else { break }
            let row = rows[visible[position]]
            let selected = position == selection
            let style = selected ? (isFocused ? theme.selected : theme.focused.adding(.dim)) : theme.normal
            let r = body.row(line)
            buffer.fill(r, style: style)
            var x = r.x
            for (i, column) in columns.enumerated() {
                let text = i < row.count ? row[i] : ""
                buffer.drawLine(
                    text, in: Rect(x: x, y: r.y, width: widths[i], height: 1), style: style, alignment: column.alignment
                )
                x += widths[i] + 1
            }
        }
    }

    /// Compares cells the way people sort: numbers by value, text case-insensitively (ё = е).
    static func compare(_ a: String, _ b: String) -> Int {
        if let x = Double(a.replacingCommaDecimal), let y = Double(b.replacingCommaDecimal) {
            return x < y ? -1 : (x > y ? 1 : 0)
        }
        let x = TextMatch.normalized(a)
        let y = TextMatch.normalized(b)
        return x < y ? -1 : (x > y ? 1 : 0)
    }
}

extension String {
    fileprivate var replacingCommaDecimal: String {
        String(self.filter { $0 != " " && $0 != "\u{00A0}" }.map { $0 == "," ? "." : $0 })
    }
}

/// A selectable one-column list with type-to-filter; a `Table` without a header.
public struct ListView: Hashable, Sendable {
    public private(set) var table: Table

    public init(
        items: [String], pageSize: Int = 10, typeToFilter: Bool = true, isFocused: Bool = true, theme: Theme = .standard
    ) {
        table = Table(
            columns: [TableColumn("")], rows: items.map { [$0] }, pageSize: pageSize, showsHeader: false,
            typeToFilter: typeToFilter, isFocused: isFocused, theme: theme)
    }

    public var items: [String] {
        get { table.rows.map { $0.first ?? "" } }
        set { table.rows = newValue.map { [$0] } }
    }
    /// Index into `items` of the selected item.
    public var selectedIndex: Int? { table.selectedRow }
    public var filter: String { table.filter }
    public var isFocused: Bool {
        get { table.isFocused }
        set { table.isFocused = newValue }
    }

    public mutating func select(_ index: Int) { table.select(index) }
    public mutating func setFilter(_ text: String) { table.setFilter(text) }
    @discardableResult
    public mutating func handle(_ key: Key) -> KeyResult { table.handle(key) }
    public func render(into buffer: inout Buffer, rect: Rect) { table.render(into: &buffer, rect: rect) }
}
