import Foundation

@testable import CareerDeskCore

/// Cases and stores for tests: Cyrillic and CJK in the data, a frozen clock, a temp directory.
enum StoreFixtures {
    static let now = Timestamp.parse("2026-11-23T10:00:00Z")!
    static let today = LocalDate(year: 2026, month: 11, day: 23)!

    static func seeker(name: String = "Ёлкина Анна Сергеевна", snils: String = "112-233-445 95", region: String = "SAK")
        -> JobSeeker
    {
        JobSeeker(
            fullName: name, birthDate: LocalDate(year: 1990, month: 3, day: 12), snils: snils, phone: "+79141234567",
            email: "anna@example.ru", region: region, municipality: "Южно-Сахалинск", educationLevel: .vocational,
            employmentStatus: .unemployed, unemployedSince: LocalDate(year: 2025, month: 6, day: 1),
            currentOccupation: "продавец", baselineIncome: Money(roubles: 35_000), yearsOfExperience: 7,
            priorityGroups: [.longTermUnemployed, .parentOfYoungChild],
            constraints: Constraints(relocation: .withinRegion, schedule: .daytime, format: .blended),
            consent: Consent(given: true, date: today))
    }

    /// A case at every step filled: guidance, course, a draft contract, a note in Chinese.
    static func fullCase(id: String = "SAK-2026-000042") -> Case {
        var item = Case(id: CaseID(id)!, seeker: seeker(), caseworker: "Петров П. П.", createdAt: now)
        item.stage = .contract
        item.guidance = Guidance(
            questionnaireId: "riasec-36", answers: [5, 4, nil, 3], hollandCode: "RIC", skills: ["welding-basics"],
            track: .employment, targetOccupation: "7212", supportMeasures: ["unemployment-benefit"], completedAt: now)
        item.course = CourseChoice(
            courseId: "SAK-WELD-01", title: "Сварщик ручной дуговой сварки",
            provider: "Сахалинский политехнический центр",
            cost: Money(roubles: 120_000), hours: 480, durationMonths: 4,
            startDate: LocalDate(year: 2027, month: 1, day: 15),
            format: .inPerson, chosenAt: now)
        item.contract = Contract(
            programmeId: "earning-money-together",
            parties: ContractParties(
                provider: Organisation(name: "ГБПОУ «Сахалинский политехнический центр»", inn: "6501025864"),
                investor: Organisation(
                    name: "Фонд развития «Вместе»", inn: "7707083893", representative: "Сидоров С. С.")),
            terms: ContractTerms(
                fundedAmount: Money(roubles: 120_000), baselineIncome: Money(roubles: 35_000),
                targetIncome: Money(roubles: 60_000), minimumIncrease: Money(roubles: 10_000), shareBasisPoints: 1500,
                capMultipleHundredths: 150, termPayments: 36, windowMonths: 60, graceMonths: 3, courseMonths: 4))
        item.notes = [CaseNote(at: now, author: "Петров П. П.", stage: .guidance, text: "Интерес к сварке; 作者 — тест")]
        item.feedback = [StageFeedback(stage: .guidance, rating: 5, comment: "понятно", at: now)]
        return item
    }

    static func tempDirectory(_ name: String = "store") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "careerdesk-\(name)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func store(clock: any Clock = FixedClock(now)) throws -> FileCaseStore {
        try FileCaseStore(root: tempDirectory(), clock: clock)
    }
}
