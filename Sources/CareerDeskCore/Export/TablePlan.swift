import Foundation

/// How wide each table column is when the page is narrower than the table wants: every column
/// keeps room for its longest word (an amount such as `135 000,00 ₽` holds together with no-break
/// spaces), and the widest columns give way first, so text columns wrap before figures do.
/// Shared by the text renderer (columns) and the PDF renderer (points).
public enum TablePlan {
    public static func columnWidths(
        headers: [String], rows: [[String]], available: Int, measure: (String) -> Int
    ) -> [Int] {
        let count = headers.count
        var natural = headers.map(measure)
        var minimum = headers.map { header in
            header.split(separator: " ").map { measure(String($0)) }.max() ?? 1
        }
        for cells in rows {
            for i in 0..<min(count, cells.count) {
                natural[i] = max(
                    natural[i], cells[i].split(separator: "\n").map { measure(String($0)) }.max() ?? 0)
                let longestWord =
                    cells[i].split(whereSeparator: { $0 == " " || $0 == "\n" }).map {
                        measure(String($0))
                    }.max() ?? 0
                minimum[i] = max(minimum[i], longestWord)
            }
        }
        var widths = natural.map { max(1, $0) }
        minimum = zip(minimum, widths).map { min(max(1, $0), $1) }
        var total = widths.reduce(0, +)
        while total > available {
            // Shrink the column with the most room above its minimum; stop when none can give.
            guard
                let i = widths.indices.filter({ widths[$0] > minimum[$0] }).max(by: {
                    widths[$0] < widths[$1]
                })
            else { break }
            widths[i] -= 1
            total -= 1
        }
        if total > available {
            // Even the minimums do not fit: share the page in proportion to them (long words will be cut).
            let sum = max(1, minimum.reduce(0, +))
            widths = minimum.map { max(1, $0 * available / sum) }
        }
        return widths
    }
}
