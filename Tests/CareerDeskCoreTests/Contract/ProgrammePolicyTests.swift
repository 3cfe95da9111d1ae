import Foundation
import Testing

@testable import CareerDeskCore

/// The programme files shipped in data/programmes/.
func shippedPolicies() throws -> [ProgrammePolicy] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let folder = root.appendingPathComponent("data/programmes")
    let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    return try files.map { file in
        let policy = try CaseCoding.decoder().decode(ProgrammePolicy.self, from: Data(contentsOf: file))
        #expect(file.deletingPathExtension().lastPathComponent == policy.id, "file name is the id")
        return policy
    }
}

func shippedPolicy(_ id: String) throws -> ProgrammePolicy {
    try #require(try shippedPolicies().first { $0.id == id })
}

@Suite struct ProgrammePolicyTests {
    @Test func shippedProgrammesDecode() throws {
        let ids = try shippedPolicies().map(\.id)
        #expect(ids.contains("earning-money-together"))
        #expect(ids.contains("classic-isa"))
    }

    @Test func earningMoneyTogetherIsThePilot() throws {
        let policy = try shippedPolicy("earning-money-together")
        #expect(policy.shareBase == .increase)
        #expect(Set(policy.requiredParties) == [.jobSeeker, .provider, .employer, .investor])
        #expect(policy.sources == ["000"])
        #expect(policy.name(.ru).contains("Зарабатываем вместе"))
    }

    @Test func classicISATakesAShareOfTotalIncome() throws {
        let policy = try shippedPolicy("classic-isa")
        #expect(policy.shareBase == .total)
        #expect(policy.shareBasisPoints == .init(min: 500, max: 1500))
        #expect(policy.capMultipleHundredths == .init(min: 100, max: 200))
        #expect(!policy.requiredParties.contains(.employer))
    }

    /// A prefilled draft with nothing but defaults must pass its own programme, or the desk would
    /// greet every officer with errors.
    @Test func everyProgrammesDefaultsPassItsOwnValidation() throws {
        for policy in try shippedPolicies() {
            let terms = ContractDraft.terms(
                policy: policy, courseCost: Money(roubles: 120_000), courseMonths: 3,
                regionalMedianWage: Money(roubles: 70_000), baselineIncome: Money(roubles: 35_000))
            let problems = ContractValidator.validate(terms: terms, policy: policy)
            #expect(problems.isEmpty, "\(policy.id): \(problems.map { $0.message.en })")
            #expect(policy.defaults.windowMonths >= policy.defaults.termPayments, "\(policy.id)")
        }
    }

    @Test func prefillTakesTheCaseAndTheProgramme() throws {
        let policy = try shippedPolicy("earning-money-together")
        let seeker = JobSeeker(
            fullName: "Иванова Анна Сергеевна", birthDate: LocalDate(year: 1990, month: 5, day: 17),
            snils: "112-233-445 95", region: "SAK", baselineIncome: Money(roubles: 35_000))
        let course = CourseChoice(
            courseId: "sak-welder-01", title: "Сварщик", provider: "Сахалинский колледж", cost: Money(roubles: 96_500),
            durationMonths: 4, startDate: LocalDate(year: 2026, month: 2, day: 1),
            chosenAt: Date(timeIntervalSince1970: 0))
        let contract = ContractDraft.prefill(
            policy: policy, seeker: seeker, course: course, regionalMedianWage: Money(roubles: 82_000))
        #expect(contract.status == .draft)
        #expect(contract.programmeId == "earning-money-together")
        #expect(contract.terms.fundedAmount == Money(roubles: 96_500))
        #expect(contract.terms.baselineIncome == Money(roubles: 35_000))
        #expect(contract.terms.targetIncome == Money(roubles: 82_000))
        #expect(contract.terms.courseMonths == 4)
        #expect(contract.terms.shareBasisPoints == policy.defaults.shareBasisPoints)
        #expect(contract.terms.minimumIncrease == policy.defaults.minimumIncrease)
        #expect(contract.parties.seeker?.fullName == "Иванова Анна Сергеевна")
        #expect(contract.courseEnd == LocalDate(year: 2026, month: 6, day: 1))
    }
}
