import Foundation
import Testing

@testable import CareerDeskCore

/// `export --redact` / `print --redact`: SNILS, phone, e-mail and birth date are masked in every
/// document, wherever the values appear; the rest of the document is unchanged.
@Suite struct RedactionTests {
    @Test func masks() {
        #expect(Redaction.maskSNILS("112-233-445 95") == "***-***-*** 95")
        #expect(Redaction.maskSNILS("garbage") == "***-***-*** **")
        #expect(Redaction.maskPhone("+79141234567") == "+7 *** ***-**-67")
        #expect(Redaction.maskEmail("anna.petrova@example.ru") == "a***@***.ru")
        #expect(Redaction.maskEmail("@") == "***@***")
    }

    static let personal = [
        "112-233-445 95", "11223344595", "+79141234567", "89141234567", "anna@example.ru", "1990-03-12", "12.03.1990",
    ]

    @Test(arguments: Language.allCases) func everyDocumentLosesEveryIdentifier(_ language: Language) throws {
        var item = StoreFixtures.fullCase()
        // Values repeated in free text are masked too, in the spellings people type.
        item.notes.append(
            CaseNote(
                at: StoreFixtures.now, author: "Петров П. П.",
                text: "Перезвонить: 89141234567, почта anna@example.ru, СНИЛС 11223344595; брат +7 (914) 765-43-21"))
        item.seeker.consent.withdrawnOn = nil
        // Signed, so that every document kind (the yearly statement too) can be made.
        try item.contract?.move(to: .ready, by: "Петров", at: StoreFixtures.now)
        try item.contract?.move(to: .signed, by: "Петров", at: StoreFixtures.now)
        let context = DocumentContext(language: language, date: StoreFixtures.today)
        var documents = [CaseFileDocument.export(item, context: context)]
        for kind in DocumentKind.allCases { documents.append(try kind.make(item, context: context)) }
        let redaction = Redaction(seeker: item.seeker)
        for document in documents {
            let before = PlainTextRenderer().render(document) + HTMLRenderer(language: language).render(document)
            let masked = redaction.apply(to: document, language: language)
            let after =
                PlainTextRenderer(width: 400).render(masked) + HTMLRenderer(language: language).render(masked)
                + MarkdownRenderer().render(masked)
            for value in Self.personal { #expect(!after.contains(value), "\(document.title): \(value)") }
            #expect(!after.contains("765-43-21"), "a phone-shaped number in a note")
            #expect(after.contains(PrivacyText.redactedNotice(language)))
            #expect(
                after.contains(DocumentText.personalDataNotice(language).prefix(30)),
                "still says it holds personal data")
            #expect(after.contains("Ёлкина Анна Сергеевна"), "the name stays")
            if before.contains("112-233-445 95") { #expect(after.contains("***-***-*** 95")) }
            if before.contains("12.03.1990") || before.contains("1990-03-12") { #expect(after.contains("1990")) }
        }
    }

    @Test func innsAmountsAndDatesThatAreNotTheBirthDateStay() throws {
        let item = StoreFixtures.fullCase()
        let context = DocumentContext(language: .ru, date: StoreFixtures.today)
        let document = try DocumentKind.contract.make(item, context: context)
        let masked = Redaction(seeker: item.seeker).apply(to: document, language: .ru)
        let text = PlainTextRenderer(width: 400).render(masked)
        #expect(text.contains("6501025864"), "the provider's INN")
        #expect(text.contains(Money(roubles: 120_000).formatted(.ru)), "the funded amount")
        #expect(text.contains("15.01.2027"), "the course start")
    }
}
