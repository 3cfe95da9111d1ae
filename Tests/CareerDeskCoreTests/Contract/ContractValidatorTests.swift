import Foundation
import Testing

@testable import CareerDeskCore

@Suite struct ContractValidatorTests {
    func fullParties() -> ContractParties {
        ContractParties(
            seeker: SeekerParty(fullName: "Иванова Анна Сергеевна", snils: "112-233-445 95"),
            provider: Organisation(name: "Сахалинский колледж", inn: "7736050003", representative: "Петров П. П."),
            employer: Organisation(name: "ООО «Шельф»", inn: "7830002293"),
            investor: Organisation(name: "ПАО Сбербанк", inn: "7707083893"),
            investorKind: .bank)
    }

    @Test func theWorkedExamplePassesThePilot() throws {
        let policy = try shippedPolicy("earning-money-together")
        var parties = fullParties()
        parties.investorKind = .privateInvestor
        let contract = Contract(programmeId: policy.id, parties: parties, terms: workedExampleTerms())
        #expect(ContractValidator.validate(contract, policy: policy).isEmpty)
    }

    @Test func reportsEveryProblemAtOnceNamingTermAndBound() throws {
        let policy = try shippedPolicy("earning-money-together")
        var terms = workedExampleTerms()
        terms.shareBasisPoints = 2500  // above 20 %
        terms.capMultipleHundredths = 90  // below 1.0×, and the cap below F
        terms.termPayments = 60  // above 48
        terms.windowMonths = 12  // below 24, and shorter than N
        terms.targetIncome = Money(roubles: 44_000)  // not above B + M = 45 000
        terms.shareBase = .total
        var parties = fullParties()
        parties.employer = nil
        parties.investor?.inn = "7707083894"
        parties.provider?.inn = "77360500"
        let contract = Contract(programmeId: policy.id, parties: parties, terms: terms)
        let problems = ContractValidator.validate(contract, policy: policy)
        let found = Set(problems.map { "\($0.field) \($0.kind.rawValue)" })
        let expected: Set<String> = [
            "shareBasisPoints aboveMaximum", "capMultipleHundredths belowMinimum",
            "capMultipleHundredths capBelowFunded",
            "termPayments aboveMaximum", "windowMonths belowMinimum", "windowMonths windowShorterThanTerm",
            "targetIncome targetTooLow", "shareBase shareBaseMismatch", "parties.employer missingParty",
            "parties.investor.inn invalidINN", "parties.provider.inn invalidINN",
            "parties.investorKind funderNotAllowed",
        ]
        #expect(found == expected)
        #expect(problems.count == expected.count)

        let share = try #require(problems.first { $0.field == "shareBasisPoints" })
        #expect(share.message.ru.contains("доля дохода (s)"))
        #expect(share.message.ru.contains("25\u{00A0}%"))
        #expect(share.message.ru.contains("20\u{00A0}%"))
        #expect(share.message.en.contains("income share (s): 25% is above the maximum 20%"))
        let window = try #require(problems.first { $0.kind == .belowMinimum && $0.field == "windowMonths" })
        #expect(window.message.en.contains("payment window, months (W): 12 is below the minimum 24"))
        #expect(window.message.ru.contains("окно выплат, месяцев (W): 12 меньше минимума 24"))
        let cap = try #require(problems.first { $0.kind == .capBelowFunded })
        #expect(cap.message.ru.contains("108\u{00A0}000,00\u{00A0}₽"))
        #expect(cap.message.en.contains("RUB\u{00A0}108,000.00"))
        let target = try #require(problems.first { $0.kind == .targetTooLow })
        #expect(target.message.en.contains("B + M = RUB\u{00A0}45,000.00"))
        let inn = try #require(problems.first { $0.field == "parties.investor.inn" })
        #expect(inn.message.ru == "инвестор: ИНН «7707083894» не проходит проверку контрольных цифр.")
        #expect(inn.message.en == "investor: INN “7707083894” fails its check digits.")
        let party = try #require(problems.first { $0.kind == .missingParty })
        #expect(party.message.ru.contains("«работодатель»"))
        #expect(party.message.en.contains("requires the employer as a party"))
        // Every message is really translated.
        for problem in problems { #expect(problem.message.ru != problem.message.en) }
    }

    @Test func moneyBoundsUseMoney() throws {
        let policy = try shippedPolicy("earning-money-together")
        var terms = workedExampleTerms()
        terms.minimumIncrease = Money(roubles: 40_000)
        terms.targetIncome = Money(roubles: 90_000)
        terms.fundedAmount = Money(roubles: 600_000)
        let problems = ContractValidator.validate(terms: terms, policy: policy)
        let minimum = try #require(problems.first { $0.field == "minimumIncrease" })
        #expect(minimum.kind == .aboveMaximum)
        #expect(minimum.message.en.contains("RUB\u{00A0}40,000.00 is above the maximum RUB\u{00A0}30,000.00"))
        #expect(problems.contains { $0.field == "fundedAmount" && $0.kind == .aboveMaximum })
    }

    @Test func impossibleTermsWithoutAProgramme() {
        var terms = workedExampleTerms()
        terms.fundedAmount = Money(roubles: -1)
        terms.shareBasisPoints = 10_001
        terms.graceMonths = -1
        let problems = ContractValidator.checkTerms(terms)
        #expect(Set(problems.map(\.kind)) == [.negative, .shareOutOfRange])
        #expect(problems.count == 3)
        #expect(ContractValidator.checkTerms(workedExampleTerms()).isEmpty)
        // A cap of exactly F is allowed: k = 1.0.
        #expect(ContractValidator.checkTerms(workedExampleTerms(capMultipleHundredths: 100)).isEmpty)
    }

    @Test func requiredPartiesFollowTheProgramme() throws {
        let classic = try shippedPolicy("classic-isa")
        var parties = fullParties()
        parties.employer = nil
        parties.seeker = nil
        let problems = ContractValidator.checkParties(parties, policy: classic)
        // classic-isa does not need an employer, but every programme needs the seeker.
        #expect(problems.map(\.field) == ["parties.seeker"])
        #expect(
            problems.first?.message.en
                == "parties: the programme “Classic income-share agreement” requires the job seeker as a party.")
    }

    @Test func seekersOwnINNIsCheckedWhenGiven() throws {
        let policy = try shippedPolicy("classic-isa")
        var parties = fullParties()
        parties.seeker?.inn = "500100732259"
        #expect(ContractValidator.checkParties(parties, policy: policy).isEmpty)
        parties.seeker?.inn = "500100732250"
        #expect(ContractValidator.checkParties(parties, policy: policy).map(\.field) == ["parties.seeker.inn"])
    }
}

@Suite struct ContractDemoDataTests {
    /// The demo cases shipped in data/demo/ are what a fresh clone shows: their contracts must
    /// pass their own programme, and their simulations must run.
    @Test func demoContractsPassTheirProgrammes() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("data/demo")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        let policies = Dictionary(uniqueKeysWithValues: try shippedPolicies().map { ($0.id, $0) })
        var checked = 0
        for file in files where file.pathExtension == "json" {
            let item = try CaseFileReader.decode(Data(contentsOf: file))
            guard let contract = item.contract else { continue }
            let policy = try #require(policies[contract.programmeId], "\(file.lastPathComponent)")
            let problems = ContractValidator.validate(contract, policy: policy, caseSeeker: item.seeker)
            #expect(problems.isEmpty, "\(file.lastPathComponent): \(problems.map { $0.message.en })")
            checked += 1
        }
        #expect(checked > 0 || files.isEmpty)
    }
}
