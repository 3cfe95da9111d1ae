import Foundation

/// Gregorian calendar arithmetic in whole days and fixed-width decimal digits, without
/// Foundation's `Calendar` or formatters.
///
/// Every case file holds 10–30 times and several dates, and the store reads tens of thousands of
/// files (the index rebuild, validate, export). `ISO8601DateFormatter` and `Calendar` cost tens
/// of microseconds a call; these cost nanoseconds. The algorithms are Howard Hinnant's
/// `days_from_civil` and `civil_from_days` (proleptic Gregorian, exact for every year).
public enum CivilCalendar {
    /// Days from 1970-01-01 to the given date (negative before it).
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The local date and time of `date` in `timeZone` (its offset at that moment).
    public static func local(_ date: Date, in timeZone: TimeZone) -> (
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
    ) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let (year, month, day) = Self.date(days: days)
        return (year, month, day, time / 3600, time / 60 % 60, time % 60)
    }

    /// The date `days` after 1970-01-01.
    public static func date(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `2026-11-23`, or `23.11.2026` for Russian: the one writer of dates (LocalDate, Timestamp,
    /// the desk's and the documents' times).
    public static func appendDate(year: Int, month: Int, day: Int, _ language: Language, to bytes: inout [UInt8]) {
        if language == .ru {
            append(day, width: 2, to: &bytes)
            bytes.append(0x2E)
            append(month, width: 2, to: &bytes)
            bytes.append(0x2E)
            append(year, width: 4, to: &bytes)
        } else {
            append(year, width: 4, to: &bytes)
            bytes.append(0x2D)
            append(month, width: 2, to: &bytes)
            bytes.append(0x2D)
            append(day, width: 2, to: &bytes)
        }
    }

    /// `10:15`, or `10:15:00` with seconds.
    public static func appendTime(hour: Int, minute: Int, second: Int? = nil, to bytes: inout [UInt8]) {
        append(hour, width: 2, to: &bytes)
        bytes.append(0x3A)
        append(minute, width: 2, to: &bytes)
        if let second {
            bytes.append(0x3A)
            append(second, width: 2, to: &bytes)
        }
    }

    /// `23.11.2026 10:15` (ru) or `2026-11-23 10:15` (en): a moment in `timeZone`, to the minute.
    /// Years outside 1583…9999 (Foundation's calendar is Julian before) take the `Calendar`.
    public static func moment(_ date: Date, in timeZone: TimeZone, _ language: Language) -> String {
        let t = local(date, in: timeZone)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        if (1583...9999).contains(t.year) {
            appendDate(year: t.year, month: t.month, day: t.day, language, to: &bytes)
        } else {
            bytes += LocalDate(date, timeZone: timeZone).formatted(language).utf8
        }
        bytes.append(0x20)
        appendTime(hour: t.hour, minute: t.minute, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `value` as exactly `width` decimal digits, zero-padded (`value` must fit: 0 ≤ value < 10^width).
    public static func append(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0x30, count: width))
        var rest = value
        var i = start + width - 1
        while i >= start {
            bytes[i] = UInt8(0x30 + rest % 10)
            rest /= 10
            i -= 1
        }
    }

    /// The non-negative number written in `bytes[from..<from + width]`, nil unless all are ASCII digits.
    public static func number<C: RandomAccessCollection>(_ bytes: C, from: C.Index, width: Int) -> Int?
    where C.Element == UInt8 {
        var value = 0
        var i = from
        for _ in 0..<width {
            let digit = Int(bytes[i]) - 0x30
            guard digit >= 0, digit <= 9 else { return nil }
            value = value * 10 + digit
            i = bytes.index(after: i)
        }
        return value
    }
}
