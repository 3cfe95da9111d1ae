import CareerDeskCore
import Foundation

/// Cases built in code for the export tests: Cyrillic names (with Ё), a CJK note, a full
/// contract with all four parties, and a bare case with nothing but the profile.
enum ExportFixtures {
    static let utc = TimeZone(identifier: "UTC")!
    static let opened = Timestamp.parse("2026-11-23T10:15:00Z")!
    static let printDate = LocalDate(year: 2026, month: 11, day: 30)!

    static func context(_ language: Language, references: DocumentReferences = references)
        -> DocumentContext
    {
        DocumentContext(language: language, date: printDate, timeZone: utc, references: references)
    }

    static let references = DocumentReferences(
        regionName: LocalizedText(ru: "Сахалинская область", en: "Sakhalin Oblast"),
        occupationName: LocalizedText(ru: "Сварщик", en: "Welder"),
        occupationReasons: [
            LocalizedText(
                ru: "Интересы совпадают с кодом профессии RIC.",
                en: "Interests match the occupation's code RIC."),
            LocalizedText(ru: "Высокий спрос в регионе.", en: "High demand in the region."),
        ],
        supportMeasureNames: [
            "free-vocational-training": LocalizedText(ru: "Бесплатное обучение", en: "Free training")
        ]
    )

    static var seeker: JobSeeker {
        JobSeeker(
            fullName: "Ёлкина Анна Сергеевна", birthDate: LocalDate(year: 1990, month: 4, day: 12),
            snils: "112-233-445 95",
            phone: "+79141234567", email: "anna@example.ru", region: "SAK",
            municipality: "Южно-Сахалинск",
            educationLevel: .secondaryGeneral, employmentStatus: .unemployed,
            unemployedSince: LocalDate(year: 2025, month: 6, day: 1), currentOccupation: "Продавец",
            baselineIncome: Money(roubles: 35_000), yearsOfExperience: 8,
            priorityGroups: [.longTermUnemployed],
            consent: Consent(given: true, date: LocalDate(year: 2026, month: 11, day: 23)))
    }

    static var terms: ContractTerms {
        ContractTerms(
            fundedAmount: Money(roubles: 120_000), baselineIncome: Money(roubles: 35_000),
            targetIncome: Money(roubles: 60_000), minimumIncrease: Money(roubles: 10_000),
            shareBasisPoints: 1500,
            capMultipleHundredths: 150, termPayments: 36, windowMonths: 60, graceMonths: 3,
            courseMonths: 0)
    }

    /// The worked example of PRODUCT.md as a case at the contract stage.
    static var full: Case {
        var item = Case(
            id: CaseID("SAK-2026-000042")!, seeker: seeker, caseworker: "Петров П. П.", createdAt: opened)
        item.stage = .contract
        item.guidance = Guidance(
            riasec: RIASECScores(
                realistic: 82, investigative: 64, artistic: 20, social: 35, enterprising: 41,
                conventional: 58),
            hollandCode: "RIC", skills: ["metalwork"], track: .employment, targetOccupation: "7212",
            supportMeasures: ["free-vocational-training"], completedAt: opened)
        item.course = CourseChoice(
            courseId: "SAK-7212-01", title: "Профессиональное обучение: сварщик",
            provider: "Островной политехнический колледж", cost: Money(roubles: 56_000), hours: 320,
            durationMonths: 3,
            startDate: LocalDate(year: 2026, month: 12, day: 7), format: .inPerson, chosenAt: opened)
        item.contract = Contract(
            programmeId: "earning-money-together",
            parties: ContractParties(
                provider: Organisation(
                    name: "ГБПОУ «Островной политехнический колледж»", inn: "6501012345"),
                employer: Organisation(
                    name: "АО «ТехноСвар»", inn: "6501098765", representative: "Сидоров С. С."),
                investor: Organisation(name: "Фонд «Развитие Сахалина»", inn: "6501055555")),
            terms: terms, courseStart: LocalDate(year: 2026, month: 12, day: 7),
            courseEnd: LocalDate(year: 2027, month: 3, day: 5))
        item.notes = [
            CaseNote(
                at: opened, author: "Петров П. П.", stage: .profile,
                text: "Говорит также по-японски: 日本語の研修も可能"),
            CaseNote(
                at: opened, author: "Петров П. П.",
                text: "=HYPERLINK(\"http://evil\") <script>alert(1)</script>"),
        ]
        item.feedback = [StageFeedback(stage: .guidance, rating: 5, comment: "Всё понятно", at: opened)]
        return item
    }

    /// A case just opened: no guidance, course or contract.
    static var bare: Case {
        Case(id: CaseID("PER-2026-000007")!, seeker: seeker, caseworker: "Smith J.", createdAt: opened)
    }
}
