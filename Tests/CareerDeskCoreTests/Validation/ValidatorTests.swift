import Foundation
import Testing

@testable import CareerDeskCore

@Suite struct SNILSTests {
    @Test(arguments: ["112-233-445 95", "11223344595", "112 233 445 95", "001-001-998 00", "087-654-303 00"])
    func acceptsValidNumbers(text: String) {
        #expect(SNILS.isValid(text))
    }

    @Test(arguments: ["112-233-445 96", "112-233-445 9", "112-233-445 955", "112-233-44A 95", "", "112_233_445_95"])
    func refusesInvalidNumbers(text: String) {
        #expect(!SNILS.isValid(text))
    }

    @Test func checkNumberFollowsTheOfficialRule() {
        // 1·9+1·8+2·7+2·6+3·5+3·4+4·3+4·2+5·1 = 95
        #expect(SNILS.checkNumber([1, 1, 2, 2, 3, 3, 4, 4, 5]) == 95)
        // a sum of exactly 100 or 101 gives 00
        #expect(SNILS.checkNumber([9, 0, 0, 0, 0, 0, 0, 9, 1]) == 0)  // 81 + 18 + 1 = 100
        #expect(SNILS.checkNumber([9, 0, 0, 0, 0, 0, 0, 9, 2]) == 0)  // 101
        // 9·9+8·8+…+1·1 = 285 → 285 mod 101 = 83
        #expect(SNILS.checkNumber([9, 8, 7, 6, 5, 4, 3, 2, 1]) == 83)
        #expect(SNILS.normalized("11223344595") == "112-233-445 95")
    }
}

@Suite struct ContactTests {
    @Test(arguments: [
        ("+7 (914) 123-45-67", "+79141234567"), ("89141234567", "+79141234567"), ("8 914 123 45 67", "+79141234567"),
        ("+79141234567", "+79141234567"),
    ])
    func normalisesRussianPhones(text: String, expected: String) {
        #expect(PhoneNumber.normalized(text) == expected)
    }

    @Test(arguments: [
        "+8 914 123 45 67", "9141234567", "+7914123456", "+7914123456789", "8-914-abc-45-67", "+1 202 555 0101",
    ])
    func refusesOtherPhones(text: String) {
        #expect(PhoneNumber.normalized(text) == nil)
    }

    @Test func checksTheShapeOfEmail() {
        #expect(EmailAddress.isValid("m.ivanova@mail.ru"))
        #expect(EmailAddress.isValid("user+tag@xn--80a1acny.xn--p1ai"))
        #expect(!EmailAddress.isValid("m.ivanova@mail"))
        #expect(!EmailAddress.isValid("m ivanova@mail.ru"))
        #expect(!EmailAddress.isValid("@mail.ru"))
        #expect(!EmailAddress.isValid("a@@mail.ru"))
        #expect(!EmailAddress.isValid("a@mail..ru"))
    }
}

@Suite struct JobSeekerValidatorTests {
    let today = LocalDate(year: 2026, month: 11, day: 23)!

    func good() -> JobSeeker {
        JobSeeker(
            fullName: "Ёлкина Анна Сергеевна", birthDate: LocalDate(year: 1990, month: 3, day: 12),
            snils: "112-233-445 95",
            phone: "+79141234567", email: "anna@example.ru", region: "SAK", baselineIncome: Money(roubles: 35_000),
            consent: Consent(given: true, date: today))
    }

    @Test func aGoodProfileHasNoProblems() {
        #expect(JobSeekerValidator(today: today).validate(good()).isEmpty)
    }

    @Test func reportsEveryProblemAtOnceFieldByField() {
        var s = good()
        s.fullName = "  "
        s.birthDate = LocalDate(year: 2027, month: 1, day: 1)
        s.snils = "112-233-445 96"
        s.phone = "12345"
        s.email = "not-an-address"
        s.region = "sakh"
        s.baselineIncome = Money(roubles: -1)
        s.consent = Consent(given: false)
        let fields = JobSeekerValidator(today: today).validate(s).map(\.field)
        #expect(
            fields == [
                "seeker.fullName", "seeker.birthDate", "seeker.snils", "seeker.phone", "seeker.email", "seeker.region",
                "seeker.baselineIncome", "seeker.consent",
            ])
    }

    @Test func agesFrom14To80AreAccepted() {
        var s = good()
        let validator = JobSeekerValidator(today: today)
        s.birthDate = LocalDate(year: 2012, month: 11, day: 23)  // 14 today
        #expect(validator.validate(s).isEmpty)
        s.birthDate = LocalDate(year: 2012, month: 11, day: 24)  // 13, 14 tomorrow
        #expect(validator.validate(s).map(\.field) == ["seeker.birthDate"])
        s.birthDate = LocalDate(year: 1945, month: 11, day: 24)  // 80
        #expect(validator.validate(s).isEmpty)
        s.birthDate = LocalDate(year: 1945, month: 11, day: 23)  // 81
        #expect(validator.validate(s).map(\.field) == ["seeker.birthDate"])
    }

    @Test func incomeMustBeSane() {
        var s = good()
        let validator = JobSeekerValidator(today: today)
        s.baselineIncome = .zero
        #expect(validator.validate(s).isEmpty)
        s.baselineIncome = Money(roubles: 10_000_001)
        let problems = validator.validate(s)
        #expect(problems.map(\.field) == ["seeker.baselineIncome"])
        #expect(problems.first?.message(.ru).contains("10\u{00A0}000\u{00A0}000") == true)
    }

    @Test func messagesExistInBothLanguages() {
        var s = good()
        s.snils = "1"
        let problem = JobSeekerValidator(today: today).validate(s)[0]
        #expect(problem.message(.ru).contains("СНИЛС"))
        #expect(problem.message(.en).contains("SNILS"))
        #expect(problem.message(.ru) != problem.message(.en))
    }

    @Test func controlCharactersInNamesAreRefused() {
        var s = good()
        s.fullName = "Анна\u{1B}[31m"
        #expect(JobSeekerValidator(today: today).validate(s).map(\.field) == ["seeker.fullName"])
    }
}
