import Foundation

/// A calendar month (`2027-03` in JSON): what an income report or a ledger row is for.
public struct YearMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    /// Nil unless the year is 1…9999 and the month 1…12.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month a date falls in.
    public init(_ date: LocalDate) {
        self.year = date.year
        self.month = date.month
    }

    /// Parses `2027-03` (and `03.2027`, the Russian form).
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let b = Array(t.utf8)
        guard b.count == 7 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            guard b[range].allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return Int(String(decoding: b[range], as: UTF8.self))
        }
        if b[4] == 0x2D, let y = number(0..<4), let m = number(5..<7) {
            self.init(year: y, month: m)
        } else if b[2] == 0x2E, let m = number(0..<2), let y = number(3..<7) {
            self.init(year: y, month: m)
        } else {
            return nil
        }
    }

    /// Months since January of year 0: the arithmetic form.
    public var ordinal: Int { year * 12 + (month - 1) }

    /// The month `count` months later (earlier when negative), nil outside years 1…9999.
    public func adding(months count: Int) -> YearMonth? {
        let (total, overflow) = ordinal.addingReportingOverflow(count)
        guard !overflow else { return nil }
        return YearMonth(year: total / 12, month: total % 12 + 1)
    }

    /// Whole months from this month to `other` (negative when `other` is earlier).
    public func months(until other: YearMonth) -> Int { other.ordinal - ordinal }

    /// The first day of the month.
    public var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1)! }

    /// `2027-03`
    public var iso: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + (month < 10 ? "0" : "") + String(month)
    }

    /// `03.2027` (ru) or `2027-03` (en).
    public func formatted(_ language: Language) -> String {
        switch language {
        case .ru:
            let y = String(year)
            return (month < 10 ? "0" : "") + String(month) + "." + String(repeating: "0", count: max(0, 4 - y.count))
                + y
        case .en: return iso
        }
    }

    public var description: String { iso }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.ordinal < rhs.ordinal }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = YearMonth(parsing: text), value.iso == text else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: FieldFault.date.code)
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
