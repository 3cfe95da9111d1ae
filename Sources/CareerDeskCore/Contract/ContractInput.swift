import Foundation

/// Reading contract terms as a person types them (the `simulate` command and the contract
/// form): percentages and multiples with up to two decimals, whole counts, income lists.
/// Nothing passes through floating point.
public enum ContractInput {
    /// A percentage as basis points: `15` → 1500, `12,5` or `12.5` → 1250, `-3` → -300.
    /// Nil for anything else (`12,5,0`, `1e3`, three decimals, an empty string).
    public static func basisPoints(parsing text: String) -> Int? {
        hundredths(parsing: text.hasSuffix("%") ? String(text.dropLast()) : text)
    }

    /// A decimal with up to two fraction digits as hundredths: `1.5` → 150, `2` → 200.
    public static func hundredths(parsing text: String) -> Int? {
        var s = text.trimmingCharacters(in: .whitespaces)
        var negative = false
        if s.hasPrefix("-") {
            negative = true
            s.removeFirst()
        }
        let parts = s.split(separator: s.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let whole = parts.first, !whole.isEmpty, whole.count <= 9,
            whole.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
            parts.count == 1 || !fraction.isEmpty,
            let wholeValue = Int(whole)
        else { return nil }
        var fractionValue = Int(fraction) ?? 0
        if fraction.count == 1 { fractionValue *= 10 }
        let value = wholeValue * 100 + fractionValue
        return negative ? -value : value
    }

    /// A whole number of months or payments within `CaseBounds.months` (0…1 200), so what is
    /// typed can be saved and read back.
    public static func count(parsing text: String) -> Int? {
        let s = text.trimmingCharacters(in: .whitespaces)
        guard !s.isEmpty, s.count <= 6, s.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(s),
            CaseBounds.months.contains(n)
        else { return nil }
        return n
    }

    /// Why an income list was refused; `line` counts from 1 (the item number in a JSON array).
    public enum IncomeListProblem: Error, Hashable, Sendable {
        case badAmount(line: Int, text: String)
        /// A JSON array item that is not a string (a number has been through floating point).
        case notAString(item: Int, text: String)
        case negative(line: Int)
        case empty
    }

    /// A month-by-month income list: one amount per line (blank lines and lines starting with
    /// `#` are skipped), or a JSON array of decimal strings (`["60000.00", "61000"]`).
    public static func incomeList(parsing text: String) throws(IncomeListProblem) -> [Money] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var items: [(line: Int, text: String)] = []
        if trimmed.hasPrefix("[") {
            guard let array = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [Any] else {
                throw .badAmount(line: 1, text: String(trimmed.prefix(40)))
            }
            for (index, element) in array.enumerated() {
                // Strings only: a JSON number would have passed through floating point.
                guard let string = element as? String else {
                    throw .notAString(item: index + 1, text: String(String(describing: element).prefix(40)))
                }
                items.append((index + 1, string))
            }
        } else {
            for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
            {
                let content = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if content.isEmpty || content.hasPrefix("#") { continue }
                items.append((index + 1, content))
            }
        }
        var amounts: [Money] = []
        for item in items {
            guard let amount = Money(parsing: item.text) else {
                throw .badAmount(line: item.line, text: String(item.text.prefix(40)))
            }
            guard amount >= .zero else { throw .negative(line: item.line) }
            amounts.append(amount)
        }
        guard !amounts.isEmpty else { throw .empty }
        return amounts
    }
}
