import Foundation

/// A calendar date without a time or a zone (a birth date, a course start), `YYYY-MM-DD` in JSON.
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Nil unless the date exists in the Gregorian calendar (so `2025-02-29` is refused).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= LocalDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO `2026-11-23` or the Russian form `23.11.2026`.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let iso = t.split(separator: "-", omittingEmptySubsequences: false)
        let ru = t.split(separator: ".", omittingEmptySubsequences: false)
        let fields: (String, String, String)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2 {
            fields = (String(iso[0]), String(iso[1]), String(iso[2]))
        } else if ru.count == 3, ru[0].count == 2, ru[1].count == 2, ru[2].count == 4 {
            fields = (String(ru[2]), String(ru[1]), String(ru[0]))
        } else {
            return nil
        }
        guard [fields.0, fields.1, fields.2].allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let y = Int(fields.0), let m = Int(fields.1), let d = Int(fields.2)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day a moment falls on in the given zone (the desk's local zone by default).
    public init(_ date: Date, timeZone: TimeZone = .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.year = c.year!
        self.month = c.month!
        self.day = c.day!
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `2026-11-23`
    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `23.11.2026` (ru) or `2026-11-23` (en).
    public func formatted(_ language: Language) -> String {
        language == .ru ? String(format: "%02d.%02d.%04d", day, month, year) : iso
    }

    public var description: String { iso }

    /// Whole years from this date to `other` (an age when this is a birth date).
    public func years(until other: LocalDate) -> Int {
        var years = other.year - year
        if (other.month, other.day) < (month, day) { years -= 1 }
        return years
    }

    /// Whole months from this date to `other`, counting a month only once its day is reached.
    public func months(until other: LocalDate) -> Int {
        var months = (other.year - year) * 12 + (other.month - month)
        if other.day < day { months -= 1 }
        return months
    }

    /// The same day `count` months later, clamped to the month's last day.
    public func adding(months count: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + count
        let y = total / 12
        let m = total % 12 + 1
        return LocalDate(year: y, month: m, day: min(day, LocalDate.daysIn(month: m, year: y)))!
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard text.count == 10, let date = LocalDate(parsing: text), date.iso == text else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "date must be YYYY-MM-DD, got \"\(text.prefix(40))\"")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
