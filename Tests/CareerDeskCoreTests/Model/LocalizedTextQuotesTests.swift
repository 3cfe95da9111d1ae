import Foundation
import Testing

@testable import CareerDeskCore

/// Issue 17.8: a name that carries its own quotation marks is not quoted twice.
@Suite struct LocalizedTextQuotesTests {
    @Test func aValueOpeningWithItsOwnQuoteIsNotQuotedAgain() {
        let template = LocalizedText(ru: "по программе «{programme}».", en: "of the programme “{programme}”.")
        let named = template.with(["programme": "«Зарабатываем вместе» (пилот)"])
        #expect(named.ru == "по программе «Зарабатываем вместе» (пилот).")
        let english = template.with(["programme": "“Earning Money Together” (pilot)"])
        #expect(english.en == "of the programme “Earning Money Together” (pilot).")
    }

    @Test func plainValuesKeepTheTemplatesQuotesAndQuotedOnesKeepTheirOwn() {
        let template = LocalizedText(ru: "курс «{course}»", en: "course “{course}”")
        #expect(template.with(["course": "Сварщик"]).ru == "курс «Сварщик»")
        #expect(template.with(["course": "АО «ТехноСвар»"]).ru == "курс АО «ТехноСвар»")
        #expect(template.with(["course": "Welder"]).en == "course “Welder”")
    }

    @Test func theRealProgrammeMessageHasNoDoubledQuotes() throws {
        let problem = ContractText.belowMinimum.with([
            "term": "доля", "value": "1 %", "bound": "5 %",
            "programme": "«Зарабатываем вместе» (пилот, Сахалинская область)",
        ])
        #expect(!problem.ru.contains("««"))
        #expect(problem.ru.contains("по программе «Зарабатываем вместе» (пилот, Сахалинская область)."))
    }
}
