import Foundation
import Testing

@testable import CareerDeskCore

@Suite struct MoneyTests {
    @Test(arguments: [
        ("120000", 12_000_000), ("120000.5", 12_000_050), ("120 000,50", 12_000_050), ("0.01", 1),
        ("-15.25", -1525), ("35\u{00A0}000", 3_500_000), ("1 234 567,89 ₽", 123_456_789),
    ])
    func parsesWhatPeopleType(text: String, kopecks: Int64) {
        #expect(Money(parsing: text)?.kopecks == kopecks)
    }

    @Test(arguments: ["", "abc", "1.234", "1,2,3", "12e3", "1.", ".5", "--1", "1 2.3.4", "0x10"])
    func refusesWhatIsNotMoney(text: String) {
        #expect(Money(parsing: text) == nil)
    }

    @Test func jsonIsADecimalStringWithTwoDigits() throws {
        struct Box: Codable { var amount: Money }
        let data = try JSONEncoder().encode(Box(amount: Money(kopecks: 12_000_005)))
        #expect(String(decoding: data, as: UTF8.self) == #"{"amount":"120000.05"}"#)
        let back = try JSONDecoder().decode(Box.self, from: Data(#"{"amount":"-0.50"}"#.utf8))
        #expect(back.amount.kopecks == -50)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Box.self, from: Data(#"{"amount":120000}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Box.self, from: Data(#"{"amount":"120000"}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Box.self, from: Data(#"{"amount":"120 000.00"}"#.utf8))
        }
    }

    @Test func formatsForEachLanguage() {
        let amount = Money(kopecks: 12_000_050)
        #expect(amount.formatted(.ru) == "120\u{00A0}000,50\u{00A0}₽")
        #expect(amount.formatted(.en) == "RUB\u{00A0}120,000.50")
        #expect(Money(roubles: 999).formatted(.ru, kopecks: false) == "999\u{00A0}₽")
        #expect(Money(kopecks: -100_000_000).formatted(.en) == "-RUB\u{00A0}1,000,000.00")
    }

    @Test func appliesRatesRoundingHalfUp() {
        // 15 % of 25 000,00 ₽ is exactly 3 750,00 ₽.
        #expect(Money(roubles: 25_000).applying(basisPoints: 1500) == Money(roubles: 3750))
        // 15 % of 0,03 ₽ = 0,0045 ₽ → 0,00; of 0,10 ₽ = 0,015 → 0,02 (half up).
        #expect(Money(kopecks: 3).applying(basisPoints: 1500).kopecks == 0)
        #expect(Money(kopecks: 10).applying(basisPoints: 1500).kopecks == 2)
        #expect(Money(kopecks: -10).applying(basisPoints: 1500).kopecks == -2)
    }
}

@Suite struct LocalDateTests {
    @Test func parsesIsoAndRussianForms() {
        #expect(LocalDate(parsing: "2026-11-23") == LocalDate(year: 2026, month: 11, day: 23))
        #expect(LocalDate(parsing: "23.11.2026") == LocalDate(year: 2026, month: 11, day: 23))
        #expect(LocalDate(parsing: "29.02.2025") == nil)
        #expect(LocalDate(parsing: "29.02.2024") != nil)
        #expect(LocalDate(parsing: "2026-13-01") == nil)
        #expect(LocalDate(parsing: "1.1.2026") == nil)
    }

    @Test func countsAgesAndMonths() {
        let birth = LocalDate(year: 2000, month: 11, day: 24)!
        #expect(birth.years(until: LocalDate(year: 2026, month: 11, day: 23)!) == 25)
        #expect(birth.years(until: LocalDate(year: 2026, month: 11, day: 24)!) == 26)
        let start = LocalDate(year: 2025, month: 11, day: 23)!
        #expect(start.months(until: LocalDate(year: 2026, month: 11, day: 22)!) == 11)
        #expect(start.months(until: LocalDate(year: 2026, month: 11, day: 23)!) == 12)
        #expect(LocalDate(year: 2026, month: 1, day: 31)!.adding(months: 1) == LocalDate(year: 2026, month: 2, day: 28))
    }

    @Test func formatsPerLanguage() {
        let date = LocalDate(year: 1990, month: 3, day: 2)!
        #expect(date.formatted(.ru) == "02.03.1990")
        #expect(date.formatted(.en) == "1990-03-02")
    }
}

@Suite struct CaseIDTests {
    @Test func roundTripsItsText() {
        let id = CaseID("SAK-2026-000042")
        #expect(id?.region == "SAK")
        #expect(id?.year == 2026)
        #expect(id?.sequence == 42)
        #expect(id?.description == "SAK-2026-000042")
    }

    @Test(arguments: [
        "../etc/passwd", "sak-2026-000042", "SAK-2026-42", "SAK-2026-0000042", "SA-2026-000042", "SAK/2026/000042",
        "SAK-2026-000000", "SAK-2026-00004a", "", "САК-2026-000042",
    ])
    func refusesAnythingThatIsNotAnID(text: String) {
        #expect(CaseID(text) == nil)
    }
}

@Suite struct LanguageTests {
    @Test func readsTheLanguageFromTheEnvironment() {
        #expect(Language.fromEnvironment([:]) == .ru)
        #expect(Language.fromEnvironment(["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "ru_RU.UTF-8"]) == .ru)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .ru)
        #expect(Language.fromEnvironment(["LANG": "ru_RU.UTF-8", "LC_ALL": "en_US.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8", "CAREERDESK_LANG": "ru"]) == .ru)
        // Another language gets English; C and POSIX name none, so a later variable or the default decides.
        #expect(Language.fromEnvironment(["LANG": "de_DE.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "POSIX"]) == .ru)
        #expect(Language.fromEnvironment(["LC_ALL": "C", "LANG": "en_US.UTF-8"]) == .en)
    }

    /// Issue 17.13: no arithmetic on money traps; what would overflow saturates far past the
    /// ceiling, where it is refused, and amounts are read up to the ceiling only.
    @Test func arithmeticNeverTrapsAndTheCeilingIsNamed() {
        let top = Money(kopecks: .max)
        #expect((top + Money(kopecks: 1)).kopecks == .max)
        #expect((Money(kopecks: .min) - Money(kopecks: 1)).kopecks == .min)
        #expect(top.applying(basisPoints: 15_000).kopecks == .max)
        #expect(Money(kopecks: .min).applying(basisPoints: 200).kopecks == .min)
        #expect(Money(roubles: .max).kopecks == .max)
        #expect(!top.isWithinCeiling)
        #expect(Money.maximum.kopecks == CaseBounds.moneyKopecks.upperBound)
        #expect(Money(parsing: "10000000000") == Money.maximum)
        #expect(Money(parsing: "10000000000.01") == nil)
        #expect(Money.isBeyondCeiling("10000000000.01"))
        #expect(Money.isBeyondCeiling("999 999 999 999 999"))
        #expect(!Money.isBeyondCeiling("12abc"))
        #expect(!Money.isBeyondCeiling("35000"))
    }

    @Test func growthStopsAtTheCeiling() {
        let path = IncomePath.growing(start: Money(roubles: 60_000), annualGrowthBasisPoints: 90_000)
        #expect(path.income(atWindowIndex: 1_199) == Money.maximum)
        let fall = IncomePath.growing(start: Money(roubles: 60_000), annualGrowthBasisPoints: -20_000)
        #expect(fall.income(atWindowIndex: 24) == .zero)
    }
}
