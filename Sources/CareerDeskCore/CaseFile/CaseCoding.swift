import Foundation

/// The one JSON configuration for case files and everything the command line prints:
/// sorted keys and pretty printing (stable diffs), ISO 8601 times in UTC.
public enum CaseCoding {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        return encoder
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: FieldFault.time.code)
            }
            return date
        }
        return decoder
    }
}

/// ISO 8601 times: written as `2026-11-23T10:15:00Z` (UTC, whole seconds), read with or
/// without fractional seconds and with any offset.
public enum Timestamp {
    /// `2026-11-23T10:15:00Z`: UTC, whole seconds (rounded down).
    public static func format(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = CivilCalendar.date(days: days)
        // Before 1583 Foundation's calendar is Julian; those years (never written by the store)
        // keep its answer.
        guard (1583...9999).contains(year) else { return formatWithCalendar(seconds) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        CivilCalendar.appendDate(year: year, month: month, day: day, .en, to: &bytes)
        bytes.append(0x54)
        CivilCalendar.appendTime(
            hour: secondOfDay / 3600, minute: secondOfDay / 60 % 60, second: secondOfDay % 60, to: &bytes)
        bytes.append(0x5A)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Years outside 1583…9999 (never written by the store, but a `Date` can hold them).
    private static func formatWithCalendar(_ seconds: Int64) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    public static func parse(_ text: String) -> Date? {
        if let date = parseCanonical(text) { return date }
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }

    /// The form the store writes, read byte by byte; nil for anything else (an offset, a
    /// fraction, a date that does not exist), which the formatters then decide.
    static func parseCanonical(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { b -> Date? in
            guard b.count == 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A,
                b[19] == 0x5A,
                let year = CivilCalendar.number(b, from: 0, width: 4),
                let month = CivilCalendar.number(b, from: 5, width: 2),
                let day = CivilCalendar.number(b, from: 8, width: 2),
                let hour = CivilCalendar.number(b, from: 11, width: 2),
                let minute = CivilCalendar.number(b, from: 14, width: 2),
                let second = CivilCalendar.number(b, from: 17, width: 2),
                year >= 1583, (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year),
                hour <= 23,
                minute <= 59, second <= 59
            else { return nil }
            let days = CivilCalendar.days(year: year, month: month, day: day)
            return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
        }
    }
}
