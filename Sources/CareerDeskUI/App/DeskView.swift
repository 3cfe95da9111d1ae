import CareerDeskCore
import TerminalKit

/// The desk's one view function: the state in, a frame out.
public enum DeskView {
    public static func render(_ state: AppState, size: Size) -> Buffer {
        var buffer = Buffer(size: size)
        let theme = Theme.standard
        let area = Rect(size: size)
        // Header: product, officer, store.
        let header = state.text(
            DeskText.header, ["caseworker": state.context.caseworker, "store": state.context.storePath])
        buffer.fill(area.row(0), style: theme.keyBarLabel)
        buffer.drawLine(header, in: area.row(0), style: theme.keyBarLabel)
        // The keys that work here, on one line or, when they do not fit, two.
        let keyRows = rows(of: keys(state), width: size.width)
        // Body between the header and the bottom lines (status, keys).
        let body = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2 - keyRows.count))
        switch state.screen {
        case .desk: DeskScreen.render(state, into: &buffer, rect: body)
        case .caseFile: CaseFrame.render(state, into: &buffer, rect: body)
        }
        if let notice = state.notice {
            buffer.drawLine(
                notice.text, in: area.row(body.bottom), style: notice.kind == .error ? theme.error : theme.title)
        }
        for (i, row) in keyRows.enumerated() {
            drawKeys(row, into: &buffer, rect: area.row(size.height - keyRows.count + i))
        }
        if let overlay = state.overlay { renderOverlay(overlay, state, into: &buffer, area: area) }
        return buffer
    }

    /// Splits the key bar into rows that show every label whole (at most two rows; the second
    /// takes the rest).
    static func rows(of items: [KeyBarItem], width: Int) -> [[KeyBarItem]] {
        func natural(_ item: KeyBarItem) -> Int { item.key.name.displayWidth + item.label.displayWidth + 1 }
        if items.map(natural).reduce(0, +) <= width { return [items] }
        var first: [KeyBarItem] = []
        var used = 0
        for item in items {
            if used + natural(item) > width { break }
            first.append(item)
            used += natural(item)
        }
        return [first, Array(items.dropFirst(first.count))]
    }

    /// Draws key names (bold) and their labels at their natural widths, like a KeyBar that
    /// never cuts a label short (the rows were split so they fit).
    static func drawKeys(_ items: [KeyBarItem], into buffer: inout Buffer, rect: Rect) {
        let theme = Theme.standard
        var x = rect.x
        for item in items where x < rect.right {
            x += buffer.draw(item.key.name, x: x, y: rect.y, style: theme.keyBarKey, clip: rect)
            x += buffer.draw(item.label, x: x, y: rect.y, style: theme.keyBarLabel, clip: rect)
            x += 1
        }
    }

    /// The keys that work right now, for the bottom bar.
    public static func keys(_ state: AppState) -> [KeyBarItem] {
        let l = state.language
        switch state.overlay {
        case .dialog:
            return [
                KeyBarItem(.tab, DeskText.keyMove(l)), KeyBarItem(.enter, DeskText.keyChoose(l)),
                KeyBarItem(.escape, DeskText.keyCancel(l)),
            ]
        case .help:
            return [KeyBarItem(.pageDown, DeskText.keyScroll(l)), KeyBarItem(.escape, DeskText.keyClose(l))]
        case .notes:
            return [
                KeyBarItem(.function(2), DeskText.keyAdd(l)), KeyBarItem(.pageUp, DeskText.keyScroll(l)),
                KeyBarItem(.escape, DeskText.keyClose(l)),
            ]
        case .feedback:
            return [
                KeyBarItem(.character("1"), "–5 " + PanelText.rate(l)), KeyBarItem(.enter, DeskText.keySave(l)),
                KeyBarItem(.escape, DeskText.keyCancel(l)),
            ]
        case nil:
            break
        }
        switch state.screen {
        case .desk: return DeskScreen.keys(state)
        case .caseFile: return CaseFrame.keys(state)
        }
    }

    static func renderOverlay(_ overlay: Overlay, _ state: AppState, into buffer: inout Buffer, area: Rect) {
        let body = Rect(x: 0, y: 1, width: area.width, height: max(0, area.height - 3))
        switch overlay {
        case .dialog(let dialog, _):
            buffer.cursor = nil
            dialog.render(into: &buffer, rect: area)
        case .help(let view, let title):
            buffer.cursor = nil
            let box = Rect(x: 3, y: 2, width: area.width - 6, height: area.height - 4)
            buffer.fill(box)
            buffer.drawBox(box, title: title, style: Theme.standard.border)
            let inner = box.inset(dx: 2, dy: 1)
            view.render(into: &buffer, rect: Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1))
            buffer.drawLine(
                DeskText.helpFooter(state.language), in: inner.row(inner.height - 1), style: Theme.standard.hint)
        case .notes(let panel):
            buffer.cursor = nil
            panel.render(state.session?.item.notes ?? [], state: state, into: &buffer, area: body)
        case .feedback(let panel):
            panel.renderLine(state: state, into: &buffer, row: CaseFrame.ratingRow(state, body: body))
        }
    }
}
