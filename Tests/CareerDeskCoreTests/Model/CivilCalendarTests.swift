import Foundation
import Testing

@testable import CareerDeskCore

/// The byte-level dates and ids must agree with Foundation's calendar and formatters, which they
/// replaced for speed.
@Suite struct CivilCalendarTests {
    private static func foundationFormat(_ seconds: Int64) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    private static func foundationParse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    /// A deterministic spread of moments from 1900 to 2200, plus the edges of days, months and leap years.
    private static var moments: [Int64] {
        var generator = SplitMix(seed: 7)
        var values: [Int64] = (0..<4000).map { _ in Int64(generator.next() % 9_467_280_000) - 2_208_988_800 }
        values += [0, -1, 86_399, 86_400, 951_782_400, 951_868_799, 4_107_542_399, -2_208_988_800, 1_795_428_900]
        return values
    }

    @Test func formatMatchesFoundationsCalendar() {
        for seconds in Self.moments {
            #expect(
                Timestamp.format(Date(timeIntervalSince1970: TimeInterval(seconds))) == Self.foundationFormat(seconds))
        }
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_795_428_900.75)) == "2026-11-23T10:15:00Z")
    }

    @Test func canonicalParseMatchesTheFormatter() {
        for seconds in Self.moments {
            let text = Self.foundationFormat(seconds)
            let fast = Timestamp.parseCanonical(text)
            #expect(fast != nil, "\(text)")
            #expect(fast == Self.foundationParse(text), "\(text)")
            #expect(fast?.timeIntervalSince1970 == TimeInterval(seconds))
        }
    }

    @Test func otherFormsAreLeftToTheFormatter() {
        for text in [
            "2026-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T10:60:00Z",
            "2026-11-23T10:15:00+03:00", "2026-11-23T10:15:00.250Z", "2026-11-23 10:15:00Z", "２026-11-23T10:15:00Z",
            "2026-11-2310:15:00Z", "",
        ] {
            #expect(Timestamp.parseCanonical(text) == nil, "\(text)")
        }
        #expect(Timestamp.parse("2026-11-23T13:15:00+03:00") == Timestamp.parse("2026-11-23T10:15:00Z"))
        #expect(Timestamp.parse("2026-11-23T10:15:00.250Z")?.timeIntervalSince1970 == 1_795_428_900.25)
        // Foundation's formatter rolls a day that does not exist over; the fast path leaves it that way.
        #expect(Timestamp.parse("2026-02-29T10:00:00Z") == Self.foundationParse("2026-02-29T10:00:00Z"))
        #expect(Timestamp.parse("yesterday") == nil)
    }

    @Test func daysRoundTripAcrossFourHundredYears() {
        var previous = CivilCalendar.date(days: CivilCalendar.days(year: 1899, month: 12, day: 31))
        for days in CivilCalendar.days(year: 1900, month: 1, day: 1)...CivilCalendar.days(year: 2300, month: 1, day: 1)
        {
            let date = CivilCalendar.date(days: days)
            #expect(CivilCalendar.days(year: date.year, month: date.month, day: date.day) == days)
            let next = previous.day == LocalDate.daysIn(month: previous.month, year: previous.year)
            if next {
                #expect(date.day == 1)
                #expect(date.month == previous.month % 12 + 1)
            } else {
                #expect(date.day == previous.day + 1 && date.month == previous.month && date.year == previous.year)
            }
            previous = date
        }
    }

    @Test func localTimeMatchesFoundationsCalendarInEveryZone() {
        for zone in ["Europe/Moscow", "Asia/Sakhalin", "Asia/Kamchatka", "America/New_York", "Europe/London", "UTC"] {
            let timeZone = TimeZone(identifier: zone)!
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            // Every ~37 hours across 2010–2030: DST changes (Moscow until 2014, New York, London) included.
            for seconds in stride(from: Int64(1_262_304_000), to: 1_893_456_000, by: 133_337) {
                let date = Date(timeIntervalSince1970: TimeInterval(seconds))
                let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
                let t = CivilCalendar.local(date, in: timeZone)
                let fast: [Int] = [t.year, t.month, t.day, t.hour, t.minute, t.second]
                let slow: [Int] = [c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!]
                #expect(fast == slow, "\(zone) \(seconds)")
            }
        }
    }

    @Test func localDatesParseAndPrintAsBefore() {
        #expect(LocalDate(parsing: "2026-11-23") == LocalDate(year: 2026, month: 11, day: 23))
        #expect(LocalDate(parsing: "23.11.2026") == LocalDate(year: 2026, month: 11, day: 23))
        #expect(LocalDate(parsing: " 05.01.1990\u{00A0}") == LocalDate(year: 1990, month: 1, day: 5))
        for bad in [
            "2025-02-29", "2026-1-123", "2026/11/23", "23-11-2026", "2026-11-2x", "+026-11-23", "", "0000-01-01",
        ] {
            #expect(LocalDate(parsing: bad) == nil, "\(bad)")
        }
        let date = LocalDate(year: 987, month: 3, day: 4)!
        #expect(date.iso == "0987-03-04")
        #expect(date.formatted(.ru) == "04.03.0987")
        #expect(date.formatted(.en) == "0987-03-04")
    }

    @Test func caseIDsParseAndPrintAsBefore() {
        let id = CaseID("SAK-2026-000042")
        #expect(id == CaseID(region: "SAK", year: 2026, sequence: 42))
        #expect(id?.description == "SAK-2026-000042")
        for bad in [
            "sak-2026-000042", "SAK-2026-00042", "SAK-2026-0000042", "SA-K2026-000042", "SAK_2026_000042",
            "SAK-2026-000000", "SAK-1999-000001", "../-2026-000001", "ЯАК-2026-000042", "SAK-2026-00004x",
        ] {
            #expect(CaseID(bad) == nil, "\(bad)")
        }
    }
}

/// A small deterministic generator for the spreads above.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
