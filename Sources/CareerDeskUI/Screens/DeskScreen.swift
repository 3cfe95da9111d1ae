import CareerDeskCore
import Foundation
import TerminalKit

/// The rows found for recent filters over the current list order (cleared when it changes),
/// the least recently used dropped past 64 filters or a million rows in all (8 MB).
struct FilterMemory: Sendable {
    private var entries: [(filter: String, rows: [Int])] = []
    private var total = 0

    mutating func rows(for filter: String) -> [Int]? {
        guard let i = entries.lastIndex(where: { $0.filter == filter }) else { return nil }
        let entry = entries.remove(at: i)
        entries.append(entry)
        return entry.rows
    }

    mutating func keep(_ rows: [Int], for filter: String) {
        if let i = entries.firstIndex(where: { $0.filter == filter }) { total -= entries.remove(at: i).rows.count }
        entries.append((filter, rows))
        total += rows.count
        while entries.count > 64 || (total > 1_000_000 && entries.count > 1) {
            total -= entries.removeFirst().rows.count
        }
    }
}

/// The orders the case list can be shown in (F3 cycles them; the same key twice reverses).
public enum DeskSort: Int, CaseIterable, Sendable {
    case changed, name, id, stage, status

    var title: LocalizedText {
        switch self {
        case .changed: DeskText.columnChanged
        case .name: DeskText.columnName
        case .id: DeskText.columnID
        case .stage: DeskText.columnStage
        case .status: DeskText.columnStatus
        }
    }
}

/// The case list: every case's summary, the type-to-filter text and the selection.
public struct DeskState: Sendable {
    /// Every case, in id order (the index's); the display order is `order`.
    public private(set) var cases: [CaseSummary] = []
    /// What the filter searches (docs/performance.md: a keystroke over 100 000 cases); nil
    /// while a long list's is being built in the background.
    private var search: DeskSearch? = DeskSearch()
    /// Counts the lists set, so a search built for an earlier one is not taken.
    private(set) var listVersion = 0
    /// Cases saved while the search was being built, applied when it arrives.
    private var pendingUpdates: [(index: Int, summary: CaseSummary)] = []
    /// Lists longer than this have their search built off the keystroke path: the first
    /// frame does not wait for it (about 80 ms at 100 000 cases).
    static let backgroundSearchCount = 5_000
    /// Indices into `cases` in the current sort order.
    private var order: [Int] = []
    /// Indices into `cases` that match the filter, in display order.
    public private(set) var visible: [Int] = []
    public private(set) var filter: String = ""
    /// The rows of the filters typed lately, so Backspace, and a case number typed again
    /// from its first digits, come back without searching.
    private var remembered = FilterMemory()
    public private(set) var selection: Int = 0
    public private(set) var top: Int = 0
    public private(set) var sort: DeskSort = .changed
    public private(set) var ascending: Bool = false
    public var problems: [StoreProblem] = []
    /// False until the first list arrives (the welcome waits for it).
    public var loaded = false
    /// While only the head of a long list is here: how many cases the whole list holds.
    private var headTotal: Int?
    /// A background index rebuild: cases done of total.
    public var indexProgress: (done: Int, total: Int)?
    public private(set) var counts: [CaseStatus: Int] = [:]
    /// Set when a case changed while the list was not on screen: sort and filter again on return.
    var needsRefresh = false
    /// The follow-up queue (F9), when shown instead of the whole list: the cases whose next
    /// contact is due or overdue on `queueDay`, oldest first; `.mine` keeps `queueOfficer`'s.
    public private(set) var queue: DeskQueue?
    private var queueDay = LocalDate(year: 2000, month: 1, day: 1)!
    private var queueOfficer = ""
    /// How many of the queue's contacts are overdue (their date has passed).
    public private(set) var queueOverdue = 0
    let language: Language

    init(language: Language) { self.language = language }

    public var selectedCase: CaseSummary? {
        visible.isEmpty ? nil : cases[visible[min(selection, visible.count - 1)]]
    }

    public var isEmptyStore: Bool { loaded && caseCount == 0 }

    /// Every case in the store's list (while only the head is shown, the count it gave).
    public var caseCount: Int { headTotal ?? cases.count }

    /// Whether only the first frame's part of the list is here (`setHead`); the whole list
    /// follows, and a key waits for it.
    public var showsHeadOnly: Bool { headTotal != nil }

    /// Replaces the list, keeping the selected case selected.
    public mutating func setCases(_ new: [CaseSummary]) {
        let keep = selectedCase?.id
        var sorted = new
        if !Self.isInIDOrder(sorted) { sorted.sort { $0.id < $1.id } }
        cases = sorted
        headTotal = nil
        listVersion += 1
        pendingUpdates = []
        search = sorted.count > Self.backgroundSearchCount ? nil : DeskSearch(sorted)
        loaded = true
        resort()
        select(keep)
    }

    /// Shows the head of a long list (its newest cases, newest first, and its counts) until
    /// `setCases` brings the whole list. Only the first frame is drawn from it: the desk's
    /// order then is by last change, newest first, which is the head's.
    public mutating func setHead(_ head: CaseIndexHead) {
        cases = head.rows.sorted { $0.id < $1.id }
        listVersion += 1
        pendingUpdates = []
        search = nil
        loaded = true
        resort()
        counts = head.counts
        headTotal = head.total
    }

    /// Shows the follow-up queue (or, for nil, the whole list again) as of `today`.
    public mutating func setQueue(_ queue: DeskQueue?, today: LocalDate, officer: String) {
        self.queue = queue
        queueDay = today
        queueOfficer = officer
        selection = 0
        top = 0
        resort()
    }

    /// The queue's rows: each case with a follow-up contact due within `FollowUpSchedule.dueDaysBefore`
    /// days or overdue, by that contact's date, then in id order (`rank`).
    private func queueOrder(_ queue: DeskQueue, rank: [Int]) -> [Int] {
        let horizon = queueDay.adding(days: FollowUpSchedule.dueDaysBefore)
        let due = cases.indices.filter { i in
            guard let date = cases[i].nextFollowUp, date <= horizon else { return false }
            return queue == .everyone || cases[i].caseworker == queueOfficer
        }
        return due.sorted { a, b in
            let (x, y) = (cases[a].nextFollowUp!, cases[b].nextFollowUp!)
            return x == y ? rank[a] < rank[b] : x < y
        }
    }

    private static func isInIDOrder(_ cases: [CaseSummary]) -> Bool {
        var i = 1
        while i < cases.count {
            if !(cases[i - 1].id < cases[i].id) { return false }
            i += 1
        }
        return true
    }

    /// The search alone, for the benchmark's breakdown of a keystroke.
    public mutating func debugSearch(_ filter: String, among candidates: [Int]?) -> Int {
        readySearch().matches(filter, among: candidates, cases: cases)?.count { $0 } ?? cases.count
    }

    /// Whether the filter's search is still to come from the background.
    public var searchPending: Bool { search == nil }

    /// The background search for list `version` arrived.
    mutating func searchBuilt(_ built: DeskSearch, version: Int) {
        guard search == nil, version == listVersion else { return }
        var built = built
        for update in pendingUpdates { built.update(update.index, to: update.summary) }
        pendingUpdates = []
        search = built
    }

    /// The search, built here and now if the background one has not arrived yet (a filter
    /// typed within the first moments).
    private mutating func readySearch() -> DeskSearch {
        if let search { return search }
        // Built from the list as it is now, saves included.
        let built = DeskSearch(cases)
        pendingUpdates = []
        search = built
        return built
    }

    /// Puts a saved case's new summary into the list (sorted and filtered again on return).
    public mutating func upsert(_ summary: CaseSummary) {
        let index = position(of: summary.id) ?? cases.count
        if index < cases.count { cases[index] = summary } else { cases.append(summary) }
        if search != nil {
            search!.update(index, to: summary)
        } else {
            pendingUpdates.append((index, summary))
        }
        remembered = FilterMemory()
        needsRefresh = true
    }

    /// Sorts and filters again, keeping the selected case selected.
    mutating func refresh(selecting id: CaseID? = nil) {
        let keep = id ?? selectedCase?.id
        resort()
        select(keep)
        needsRefresh = false
    }

    private mutating func select(_ id: CaseID?) {
        guard let id, let index = position(of: id), let position = visible.firstIndex(of: index) else { return }
        selection = position
    }

    /// Where case `id` is in `cases`: a binary search (they are in id order) and, for a case
    /// added since the list was loaded, a look at the end.
    private func position(of id: CaseID) -> Int? {
        var low = 0
        var high = cases.count
        while low < high {
            let middle = (low + high) / 2
            if cases[middle].id < id { low = middle + 1 } else { high = middle }
        }
        if low < cases.count, cases[low].id == id { return low }
        return cases.lastIndex { $0.id == id }
    }

    private mutating func resort() {
        let cases = cases
        // Ties go by id. The list is in id order but for cases added since it was loaded, so
        // each case's rank in id order is its position unless one was added.
        let rank: [Int]
        if Self.isInIDOrder(cases) {
            rank = Array(cases.indices)
        } else {
            var ranks = [Int](repeating: 0, count: cases.count)
            for (position, index) in cases.indices.sorted(by: { cases[$0].id < cases[$1].id }).enumerated() {
                ranks[index] = position
            }
            rank = ranks
        }
        func sorted<Key: Comparable>(by keys: [Key]) -> [Int] {
            Array(cases.indices).sorted { keys[$0] == keys[$1] ? rank[$0] < rank[$1] : keys[$0] < keys[$1] }
        }
        var order: [Int]
        switch sort {
        case .changed:
            order = sorted(by: cases.map(\.updatedAt.timeIntervalSinceReferenceDate))
        case .name:
            // Folded names sort as the alphabet does; a name with a letter the fold leaves out
            // (Ә, é) is compared in full, as `TextMatch` normalises it.
            let names = cases.map { DeskSearch.fold($0.fullName) }
            func before(_ a: Int, _ b: Int) -> Bool {
                if names[a].contains(0xFF) || names[b].contains(0xFF) {
                    let x = TextMatch.normalized(cases[a].fullName)
                    let y = TextMatch.normalized(cases[b].fullName)
                    return x == y ? rank[a] < rank[b] : x < y
                }
                return names[a] == names[b] ? rank[a] < rank[b] : names[a].lexicographicallyPrecedes(names[b])
            }
            order = Array(cases.indices).sorted(by: before)
        case .id:
            order = sorted(by: rank)
        case .stage:
            order = sorted(by: cases.map(\.stage))
        case .status:
            let titles = CaseStatus.allCases.map { DocumentText.status($0)(language) }
            let alphabetical = Dictionary(
                uniqueKeysWithValues: CaseStatus.allCases.map { status in
                    (status, titles.filter { $0 < DocumentText.status(status)(language) }.count)
                })
            order = sorted(by: cases.map { alphabetical[$0.status]! })
        }
        if !ascending { order.reverse() }
        if let queue {
            order = queueOrder(queue, rank: rank)
            queueOverdue = order.reduce(0) { $0 + (cases[$1].nextFollowUp! < queueDay ? 1 : 0) }
        }
        self.order = order
        var tally = [Int](repeating: 0, count: CaseStatus.allCases.count)
        let slot = Dictionary(uniqueKeysWithValues: CaseStatus.allCases.enumerated().map { ($1, $0) })
        for c in cases { tally[slot[c.status]!] += 1 }
        counts = Dictionary(
            uniqueKeysWithValues: CaseStatus.allCases.map { ($0, tally[slot[$0]!]) }.filter { $0.1 > 0 })
        remembered = FilterMemory()
        applyFilter(from: nil)
    }

    /// Changes the filter. When the new text extends the old, only the rows shown are searched;
    /// when it goes back to a filter typed on the way, its rows come back as they were.
    public mutating func setFilter(_ text: String) {
        let previous = filter
        filter = text
        selection = 0
        top = 0
        if let known = remembered.rows(for: text) {
            visible = known
            return
        }
        let narrowing = !previous.isEmpty && text.hasPrefix(previous)
        applyFilter(from: narrowing ? visible : nil)
        if !text.isEmpty { remembered.keep(visible, for: text) }
    }

    private mutating func applyFilter(from candidates: [Int]?) {
        if filter.isEmpty {
            visible = order
        } else if let hits = readySearch().matches(filter, among: candidates, cases: cases) {
            // `kept` reads `hits` without bounds checks, at every row index.
            precondition(hits.count == cases.count)
            visible = Self.kept(candidates ?? order, hits)
        } else {
            visible = order
        }
        selection = min(selection, max(0, visible.count - 1))
    }

    /// The rows whose hit is set, in order: one pass without a closure or bounds checks (the
    /// keystroke that keeps most of 100 000 rows spends its time here).
    private static func kept(_ rows: [Int], _ hits: [Bool]) -> [Int] {
        var kept = [Int](repeating: 0, count: rows.count)
        let n = rows.withUnsafeBufferPointer { rows in
            hits.withUnsafeBufferPointer { hits in
                kept.withUnsafeMutableBufferPointer { out in
                    var n = 0
                    for row in rows where hits[row] {
                        out[n] = row
                        n += 1
                    }
                    return n
                }
            }
        }
        kept.removeLast(kept.count - n)
        return kept
    }

    public mutating func cycleSort() {
        if let next = DeskSort(rawValue: sort.rawValue + 1) {
            sort = next
            ascending = next != .changed
        } else {
            sort = .changed
            ascending = false
        }
        refresh()
    }

    public mutating func reverseSort() {
        ascending.toggle()
        refresh()
    }

    mutating func move(by delta: Int, page: Int) {
        guard !visible.isEmpty else { return }
        selection = max(0, min(visible.count - 1, selection + delta))
        scroll(page: page)
    }

    mutating func moveTo(_ index: Int, page: Int) {
        guard !visible.isEmpty else { return }
        selection = max(0, min(visible.count - 1, index))
        scroll(page: page)
    }

    mutating func scroll(page: Int) {
        if selection < top { top = selection }
        if selection >= top + page { top = selection - page + 1 }
        top = max(0, min(top, max(0, visible.count - page)))
    }

    public mutating func select(id: CaseID) { select(Optional(id)) }
}

/// Whose follow-ups the desk's queue shows.
public enum DeskQueue: Sendable {
    /// The cases the officer at the desk opened.
    case mine
    /// Every case in the store.
    case everyone
}

/// The desk screen: keys and drawing of the case list.
enum DeskScreen {
    /// Rows of the list on a screen of `size` (header, counts, filter, column titles, status, keys).
    static func pageSize(_ state: AppState) -> Int {
        // All but the header, counts, filter, column titles, status line and key rows (as `render`).
        let keyRows = DeskView.rows(of: keys(state), width: state.size.width).count
        return max(1, state.size.height - 5 - keyRows - (state.desk.problems.isEmpty ? 0 : 1))
    }

    /// The list's keys: dispatch, key bar and F1 help all come from here.
    static let table = KeyTable(bindings: [
        KeyBinding([.function(1)], bar: DeskText.keyHelp, help: DeskText.helpKeyHelp) { _, state in
            DeskUpdate.showHelp(&state)
            return []
        },
        KeyBinding(
            [.function(2)], bar: DeskText.keyQueueAll, help: DeskText.helpKeyQueueAll, when: { $0.desk.queue == .mine }
        ) {
            _, state in
            state.desk.setQueue(.everyone, today: LocalDate(state.now), officer: state.context.caseworker)
            state.notice = .info(queueNotice(state))
            return []
        },
        KeyBinding(
            [.function(2)], bar: DeskText.keyQueueMine, help: DeskText.helpKeyQueueMine,
            when: { $0.desk.queue == .everyone }
        ) { _, state in
            state.desk.setQueue(.mine, today: LocalDate(state.now), officer: state.context.caseworker)
            state.notice = .info(queueNotice(state))
            return []
        },
        KeyBinding([.enter], bar: DeskText.keyOpen, help: DeskText.helpKeyOpen, when: { $0.desk.selectedCase != nil }) {
            _, state in
            state.desk.selectedCase.map { [.open($0.id)] } ?? []
        },
        KeyBinding(
            [.function(3)], bar: DeskText.keySort, help: DeskText.helpKeySort,
            when: { $0.desk.selectedCase != nil && $0.desk.queue == nil }
        ) { _, state in
            state.desk.cycleSort()
            state.notice = .info(state.text(DeskText.sortedBy, ["column": state.text(state.desk.sort.title)]))
            return []
        },
        KeyBinding(
            [.function(5)], bar: DeskText.keyPrint, help: DeskText.helpKeyPrint, when: { $0.desk.selectedCase != nil }
        ) {
            _, state in
            if let selected = state.desk.selectedCase { OutputFlow.startPrint(&state, source: .stored(selected.id)) }
            return []
        },
        KeyBinding(
            [.function(6)], bar: DeskText.keyExport, help: DeskText.helpKeyExport, when: { $0.desk.selectedCase != nil }
        ) { _, state in
            if let selected = state.desk.selectedCase { OutputFlow.startExport(&state, source: .stored(selected.id)) }
            return []
        },
        KeyBinding([.function(7), .insert, .ctrl("n")], bar: DeskText.keyNew, help: DeskText.helpKeyNew) { _, state in
            CaseFrame.startNewCase(&state)
            return []
        },
        KeyBinding(
            [.function(8)], bar: DeskText.keyDemo, help: DeskText.helpKeyDemo,
            when: { $0.desk.isEmptyStore && $0.context.demoCount > 0 }
        ) { _, _ in [.loadDemo] },
        KeyBinding(
            [.function(9)], bar: DeskText.keyQueue, help: DeskText.helpKeyQueue,
            when: { $0.desk.queue == nil && !$0.desk.isEmptyStore }
        ) { _, state in
            state.desk.setQueue(.mine, today: LocalDate(state.now), officer: state.context.caseworker)
            state.notice = .info(queueNotice(state))
            return []
        },
        KeyBinding(
            [.function(9)], bar: DeskText.keyAllCases, help: DeskText.helpKeyAllCases, when: { $0.desk.queue != nil }
        ) {
            _, state in
            state.desk.setQueue(nil, today: LocalDate(state.now), officer: state.context.caseworker)
            state.notice = .info(state.text(DeskText.queueLeft))
            return []
        },
        KeyBinding(
            [.escape, .ctrl("u")], bar: DeskText.keyClear, help: DeskText.helpKeyClear,
            when: { !$0.desk.filter.isEmpty }
        ) {
            _, state in
            state.desk.setFilter("")
            return []
        },
        KeyBinding([.backspace], help: DeskText.helpKeyErase, when: { !$0.desk.filter.isEmpty }) { _, state in
            state.desk.setFilter(String(state.desk.filter.dropLast()))
            return []
        },
        KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], help: DeskText.helpKeyMove) { key, state in
            let page = pageSize(state)
            switch key {
            case .up: state.desk.move(by: -1, page: page)
            case .down: state.desk.move(by: 1, page: page)
            case .pageUp: state.desk.move(by: -page, page: page)
            case .pageDown: state.desk.move(by: page, page: page)
            case .home: state.desk.moveTo(0, page: page)
            default: state.desk.moveTo(state.desk.visible.count - 1, page: page)
            }
            return []
        },
        KeyBinding([.function(10)], bar: DeskText.keyQuit, help: DeskText.helpKeyQuit) { _, state in
            DeskUpdate.requestQuit(&state)
        },
    ])

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if let effects = table.handle(key, &state) { return effects }
        // Everything else typed goes into the search.
        switch key {
        case .character(let c):
            if state.desk.filter.count < 60 { state.desk.setFilter(state.desk.filter + String(c)) }
        case .paste(let text):
            let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            state.desk.setFilter(String((state.desk.filter + TextSanitizer.visible(line)).prefix(60)))
        default:
            break
        }
        return []
    }

    /// What the status line says when the queue is shown or changes hands.
    static func queueNotice(_ state: AppState) -> String {
        state.text(
            DeskText.queueShown,
            [
                "count": String(state.desk.visible.count),
                "whose": (state.desk.queue == .everyone ? DeskText.queueEveryone : DeskText.queueMine)(state.language),
            ])
    }

    static func keys(_ state: AppState) -> [KeyBarItem] { table.bar(state) }

    /// The F1 help of the list: how the search works, then every key of the table.
    static func help(_ language: Language) -> String {
        DeskText.helpDeskIntro(language) + "\n" + table.help(language)
    }

    static func columns(width: Int) -> [Int] {
        // id, name, region, step, status, changed, next follow-up; the name takes what is left.
        // Step and status names are cut short, and the follow-up date becomes a mark, only on
        // narrow screens.
        let wide = width >= 100
        let fixed = [15, 0, 4, wide ? 14 : 10, wide ? 12 : 10, 16, wide ? 12 : 1]
        let name = max(10, width - fixed.reduce(0, +) - (fixed.count - 1))
        return [15, name, 4, fixed[3], fixed[4], 16, fixed[6]]
    }

    /// The next follow-up as the list shows it: the date (wide) with "!" when overdue and "•"
    /// when due within 14 days; on a narrow screen only the mark. Meaning never by colour alone.
    static func followUpCell(_ date: LocalDate?, today: LocalDate, wide: Bool, _ l: Language) -> String {
        guard let date else { return "" }
        let mark =
            date < today ? "!" : date <= today.adding(days: FollowUpSchedule.dueDaysBefore) ? "•" : ""
        guard wide else { return mark }
        return date.formatted(l) + (mark.isEmpty ? "" : " " + mark)
    }

    static func render(_ state: AppState, into buffer: inout Buffer, rect: Rect) {
        let theme = Theme.standard
        let desk = state.desk
        let l = state.language
        var y = rect.y
        // Counts by status, and how many the filter shows.
        var counts = state.text(
            DeskText.counts,
            [
                "total": String(desk.caseCount), "open": String(desk.counts[.open] ?? 0),
                "onHold": String(desk.counts[.onHold] ?? 0), "closed": String(desk.counts[.closed] ?? 0),
            ])
        if let queue = desk.queue {
            counts = state.text(
                DeskText.queueCounts,
                [
                    "whose": (queue == .everyone ? DeskText.queueEveryone : DeskText.queueMine)(l),
                    "count": String(desk.visible.count), "overdue": String(desk.queueOverdue),
                ])
        } else if !desk.filter.isEmpty {
            counts += " · " + state.text(DeskText.shown, ["shown": String(desk.visible.count)])
        }
        if let progress = desk.indexProgress {
            counts = state.text(DeskText.indexing, ["done": String(progress.done), "total": String(progress.total)])
            let barWidth = max(0, rect.width - counts.displayWidth - 2)
            let fraction = progress.total == 0 ? 0 : Double(progress.done) / Double(progress.total)
            buffer.drawLine(
                BarChart.bar(fraction: fraction, width: barWidth),
                in: Rect(x: rect.x + counts.displayWidth + 1, y: y, width: barWidth, height: 1), style: theme.bar)
        }
        buffer.drawLine(counts, in: Rect(x: rect.x, y: y, width: rect.width, height: 1), style: theme.hint)
        y += 1
        // The filter line, with the cursor after the text typed.
        let prompt = DeskText.filterPrompt(l)
        buffer.drawLine(prompt, in: Rect(x: rect.x, y: y, width: rect.width, height: 1), style: theme.title)
        let filterX = rect.x + prompt.displayWidth
        let filterWidth = max(1, rect.width - prompt.displayWidth)
        if desk.filter.isEmpty {
            buffer.drawLine(
                DeskText.filterHint(l), in: Rect(x: filterX, y: y, width: filterWidth, height: 1), style: theme.hint)
            buffer.cursor = Position(x: filterX, y: y)
        } else {
            let shown = String(desk.filter.suffix(max(1, filterWidth - 1)))
            buffer.drawLine(shown, in: Rect(x: filterX, y: y, width: filterWidth, height: 1), style: theme.inputField)
            buffer.cursor = Position(x: min(rect.right - 1, filterX + shown.displayWidth), y: y)
        }
        y += 1
        let listRect = Rect(x: rect.x, y: y, width: rect.width, height: rect.bottom - y)
        if desk.isEmptyStore && desk.problems.isEmpty {
            renderWelcome(state, into: &buffer, rect: listRect)
            return
        }
        let widths = columns(width: rect.width)
        let titles = [
            DeskText.columnID, DeskText.columnName, DeskText.columnRegion, DeskText.columnStage,
            DeskText.columnStatus, DeskText.columnChanged,
            rect.width >= 100 ? DeskText.columnFollowUp : DeskText.columnFollowUpShort,
        ].map { $0(l) }
        var x = rect.x
        for (i, title) in titles.enumerated() {
            var text = title
            if i == (desk.queue == nil ? sortColumn(desk.sort) : titles.count - 1) {
                text += desk.ascending || desk.queue != nil ? " ▲" : " ▼"
            }
            buffer.drawLine(text, in: Rect(x: x, y: y, width: widths[i], height: 1), style: theme.header)
            x += widths[i] + 1
        }
        y += 1
        let page = max(0, listRect.bottom - y - (desk.problems.isEmpty ? 0 : 1))
        if desk.visible.isEmpty && desk.loaded {
            let empty = desk.queue != nil && desk.filter.isEmpty ? DeskText.queueEmpty : DeskText.nothingFound
            buffer.drawLine(empty(l), in: Rect(x: rect.x, y: y, width: rect.width, height: 1), style: theme.hint)
        }
        var view = desk
        view.scroll(page: max(1, page))
        for row in 0..<page {
            let position = view.top + row
            guard position < desk.visible.count else { break }
            let item = desk.cases[desk.visible[position]]
            let cells = [
                item.id.description, TextSanitizer.visible(item.fullName), item.region,
                DocumentText.stage(item.stage)(l), DocumentText.status(item.status)(l),
                DeskFormat.timestamp(item.updatedAt, l),
                followUpCell(item.nextFollowUp, today: LocalDate(state.now), wide: rect.width >= 100, l),
            ]
            let selected = position == min(desk.selection, desk.visible.count - 1)
            let style = selected ? theme.selected : theme.normal
            if selected { buffer.fill(Rect(x: rect.x, y: y + row, width: rect.width, height: 1), style: style) }
            var x = rect.x
            for (i, cell) in cells.enumerated() {
                buffer.drawLine(cell, in: Rect(x: x, y: y + row, width: widths[i], height: 1), style: style)
                x += widths[i] + 1
            }
        }
        if !desk.problems.isEmpty {
            buffer.drawLine(
                state.text(DeskText.storeProblems, ["count": String(desk.problems.count)]),
                in: Rect(x: rect.x, y: listRect.bottom - 1, width: rect.width, height: 1), style: theme.error)
        }
    }

    static func sortColumn(_ sort: DeskSort) -> Int {
        switch sort {
        case .id: 0
        case .name: 1
        case .stage: 3
        case .status: 4
        case .changed: 5
        }
    }

    static func renderWelcome(_ state: AppState, into buffer: inout Buffer, rect: Rect) {
        let body =
            state.context.demoCount > 0
            ? state.text(
                DeskText.welcomeBody, ["store": state.context.storePath, "count": String(state.context.demoCount)])
            : state.text(DeskText.welcomeNoDemo, ["store": state.context.storePath])
        let width = min(rect.width - 4, 72)
        let lines = TextLayout.wrap(body, width: width - 4)
        let box = rect.centered(Size(width: width, height: min(rect.height, lines.count + 4)))
        buffer.drawBox(box, title: state.text(DeskText.welcomeTitle), style: Theme.standard.border)
        for (i, line) in lines.enumerated() where 2 + i < box.height - 1 {
            buffer.drawLine(line, in: Rect(x: box.x + 2, y: box.y + 2 + i, width: box.width - 4, height: 1))
        }
    }
}

/// Dates and times as the desk shows them: `ДД.ММ.ГГГГ ЧЧ:ММ` in Russian, ISO in English.
public enum DeskFormat {
    /// `23.11.2026 10:15` (ru) or `2026-11-23 10:15` (en), in the desk's zone.
    public static func timestamp(_ date: Date, _ language: Language, timeZone: TimeZone = .current) -> String {
        CivilCalendar.moment(date, in: timeZone, language)
    }

    public static func date(_ date: LocalDate?, _ language: Language) -> String {
        date?.formatted(language) ?? "—"
    }
}
