import Foundation

/// Renders a document as plain text for a fixed-pitch page: every line at most `width` display
/// columns (80 by default, what a line printer and an 80×24 terminal hold), wrapped at spaces.
public struct PlainTextRenderer: Sendable {
    public var width: Int

    public init(width: Int = 80) {
        self.width = max(40, width)
    }

    public func render(_ document: Document) -> String {
        var lines = titleLines(document.title)
        for block in document.blocks {
            lines.append("")
            lines += render(block)
        }
        while lines.last == "" { lines.removeLast() }
        return lines.map { trimTrailing($0) }.joined(separator: "\n") + "\n"
    }

    func render(_ block: DocumentBlock) -> [String] {
        switch block {
        case .title(let text): return titleLines(text)
        case .heading(let text):
            let wrapped = TextColumns.wrap(text, width: width)
            let rule = String(repeating: "-", count: wrapped.map(TextColumns.width(of:)).max() ?? 0)
            return wrapped + [rule]
        case .paragraph(let text): return paragraph(text)
        case .notice(let text): return box(text)
        case .fields(let fields): return render(fields)
        case .table(let table): return render(table)
        case .signatures(let signatures): return render(signatures)
        // A form feed: printers start a new sheet, pagers show it as one blank line.
        case .pageBreak: return ["\u{0C}"]
        }
    }

    /// Wrapped at the page width; a bulleted line (`• …`) continues under its text, not under
    /// the bullet, so a list stays readable.
    private func paragraph(_ text: String) -> [String] {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("• ") else {
                lines += TextColumns.wrap(String(line), width: width)
                continue
            }
            let wrapped = TextColumns.wrap(String(line.dropFirst(2)), width: width - 2)
            lines += wrapped.enumerated().map { ($0.offset == 0 ? "• " : "  ") + $0.element }
        }
        return lines
    }

    private func titleLines(_ text: String) -> [String] {
        let wrapped = TextColumns.wrap(text.uppercased(), width: width)
        let rule = String(repeating: "=", count: wrapped.map(TextColumns.width(of:)).max() ?? 0)
        return wrapped + [rule]
    }

    private func box(_ text: String) -> [String] {
        let inner = width - 4
        let rule = "+" + String(repeating: "-", count: width - 2) + "+"
        return [rule]
            + TextColumns.wrap(text, width: inner).map { "| " + TextColumns.pad($0, to: inner) + " |" }
            + [rule]
    }

    /// Labels in a left column as wide as the longest (at most 40 % of the page), values wrapped beside them.
    private func render(_ fields: [DocumentField]) -> [String] {
        let labelWidth = min(
            fields.map { TextColumns.width(of: $0.label) + 1 }.max() ?? 0, width * 2 / 5)
        let valueWidth = width - labelWidth - 2
        var lines: [String] = []
        for field in fields {
            let labels = TextColumns.wrap(field.label + ":", width: labelWidth)
            let values = TextColumns.wrap(field.value.isEmpty ? "—" : field.value, width: valueWidth)
            for row in 0..<max(labels.count, values.count) {
                let label = row < labels.count ? labels[row] : ""
                let value = row < values.count ? values[row] : ""
                lines.append(TextColumns.pad(label, to: labelWidth) + "  " + value)
            }
        }
        return lines
    }

    private func render(_ table: DocumentTable) -> [String] {
        let count = table.columns.count
        guard count > 0 else { return [] }
        let gap = 2
        let available = width - gap * (count - 1)
        let widths = TablePlan.columnWidths(
            headers: table.columns.map(\.title), rows: table.rows, available: available,
            measure: TextColumns.width(of:))
        func row(_ cells: [String], header: Bool) -> [String] {
            let wrapped = (0..<count).map { i in
                TextColumns.wrap(i < cells.count ? cells[i] : "", width: widths[i])
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { line in
                (0..<count).map { i in
                    let text = line < wrapped[i].count ? wrapped[i][line] : ""
                    return TextColumns.pad(
                        text, to: widths[i], alignment: header ? .leading : table.columns[i].alignment)
                }.joined(separator: String(repeating: " ", count: gap))
            }
        }
        var lines = row(table.columns.map(\.title), header: true)
        lines.append(
            widths.map { String(repeating: "-", count: $0) }.joined(
                separator: String(repeating: " ", count: gap)))
        for cells in table.rows { lines += row(cells, header: false) }
        return lines
    }

    private func render(_ signatures: [SignatureLine]) -> [String] {
        var lines: [String] = []
        for (index, signature) in signatures.enumerated() {
            if index > 0 { lines.append("") }
            let who = signature.name.map { signature.role + ": " + $0 } ?? signature.role
            lines += TextColumns.wrap(who, width: width)
            lines.append("")
            let sign = signature.signatureCaption + " " + String(repeating: "_", count: 30)
            let date = signature.dateCaption + " " + String(repeating: "_", count: 14)
            if TextColumns.width(of: sign) + 4 + TextColumns.width(of: date) <= width {
                lines.append(sign + "    " + date)
            } else {
                lines += TextColumns.wrap(sign, width: width) + TextColumns.wrap(date, width: width)
            }
        }
        return lines
    }

    private func trimTrailing(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
