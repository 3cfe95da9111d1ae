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

    /// Parses ISO `2026-11-23` or the Russian form `23.11.2026` (whitespace around is ignored).
    public init?(parsing text: String) {
        var t = text
        if t.utf8.count != 10 { t = t.trimmingCharacters(in: .whitespaces) }
        let fields = t.withUTF8 { b -> (Int, Int, Int)? in
            guard b.count == 10 else { return nil }
            if b[4] == 0x2D, b[7] == 0x2D, let y = CivilCalendar.number(b, from: 0, width: 4),
                let m = CivilCalendar.number(b, from: 5, width: 2), let d = CivilCalendar.number(b, from: 8, width: 2)
            {
                return (y, m, d)
            }
            if b[2] == 0x2E, b[5] == 0x2E, let d = CivilCalendar.number(b, from: 0, width: 2),
                let m = CivilCalendar.number(b, from: 3, width: 2), let y = CivilCalendar.number(b, from: 6, width: 4)
            {
                return (y, m, d)
            }
            return nil
        }
        guard let (y, m, d) = fields else { return nil }
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
    public var iso: String { formatted(.en) }

    /// `23.11.2026` (ru) or `2026-11-23` (en).
    public func formatted(_ language: Language) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        CivilCalendar.appendDate(year: year, month: month, day: day, language, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
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
        guard text.utf8.count == 10, let date = LocalDate(parsing: text), date.iso == text else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: FieldFault.date.code)
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
