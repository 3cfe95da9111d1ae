import Foundation
import Testing

@testable import CareerDeskCore

@Suite struct ContractStatusTests {
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    func draft() -> Contract {
        Contract(
            programmeId: "earning-money-together",
            parties: ContractParties(investor: Organisation(name: "ПАО Сбербанк", inn: "7707083893")),
            terms: workedExampleTerms())
    }

    @Test func theWholeWayRecordsWhoAndWhen() throws {
        var contract = draft()
        try contract.move(to: .ready, by: "ivanova", at: t0)
        try contract.move(to: .signed, by: "petrov", at: t0 + 60)
        try contract.move(to: .active, by: "petrov", at: t0 + 120)
        try contract.move(to: .completed, by: "sidorova", at: t0 + 180)
        #expect(contract.status == .completed)
        #expect(contract.statusHistory.map(\.to) == [.ready, .signed, .active, .completed])
        #expect(contract.statusHistory.map(\.from) == [.draft, .ready, .signed, .active])
        #expect(contract.statusHistory.map(\.by) == ["ivanova", "petrov", "petrov", "sidorova"])
        #expect(contract.signedAt == t0 + 60)
    }

    @Test(arguments: [
        (ContractStatus.draft, ContractStatus.signed), (.draft, .active), (.ready, .active), (.signed, .completed),
        (.signed, .draft), (.active, .draft),
    ])
    func refusedMoves(from: ContractStatus, to: ContractStatus) throws {
        var contract = draft()
        let path: [ContractStatus] = [.ready, .signed, .active]
        for step in path.prefix(path.firstIndex(of: from).map { $0 + 1 } ?? 0) {
            try contract.move(to: step, by: "ivanova", at: t0)
        }
        #expect(contract.status == from)
        let before = contract
        #expect(throws: ContractError.moveNotAllowed(from: from, to: to)) {
            try contract.move(to: to, by: "ivanova", at: t0)
        }
        #expect(contract == before)
    }

    @Test func finishedContractsMoveNowhere() throws {
        var contract = draft()
        try contract.move(to: .ready, by: "a", at: t0)
        try contract.move(to: .signed, by: "a", at: t0)
        try contract.move(to: .terminated, by: "a", at: t0)
        for next in ContractStatus.allCases {
            #expect(throws: ContractError.self) { try contract.move(to: next, by: "a", at: t0) }
        }
    }

    @Test func readyGoesBackToDraftWhenEdited() throws {
        var contract = draft()
        try contract.move(to: .ready, by: "ivanova", at: t0)
        var terms = contract.terms
        terms.shareBasisPoints = 1200
        try contract.edit(terms: terms, by: "ivanova", at: t0 + 1)
        #expect(contract.status == .draft)
        #expect(contract.terms.shareBasisPoints == 1200)
        #expect(contract.version == 1)
    }

    @Test func signedTermsAreFrozen() throws {
        var contract = draft()
        try contract.move(to: .ready, by: "ivanova", at: t0)
        try contract.move(to: .signed, by: "ivanova", at: t0)
        var terms = contract.terms
        terms.shareBasisPoints = 1000
        #expect(throws: ContractError.termsFrozen(status: .signed, version: 1)) {
            try contract.edit(terms: terms, by: "ivanova", at: t0)
        }
        #expect(throws: ContractError.termsFrozen(status: .signed, version: 1)) {
            try contract.edit(parties: ContractParties(), by: "ivanova", at: t0)
        }
        #expect(contract.terms.shareBasisPoints == 1500)
    }

    @Test func amendMakesVersionTwoAndKeepsVersionOne() throws {
        var contract = draft()
        try contract.move(to: .ready, by: "ivanova", at: t0)
        try contract.move(to: .signed, by: "petrov", at: t0 + 10)
        try contract.move(to: .active, by: "petrov", at: t0 + 20)
        let v1 = contract
        var terms = contract.terms
        terms.termPayments = 30
        try contract.amend(terms: terms, by: "sidorova", at: t0 + 30)
        #expect(contract.version == 2)
        #expect(contract.status == .draft)
        #expect(contract.terms.termPayments == 30)
        #expect(
            contract.statusHistory == [ContractStatusChange(from: .active, to: .draft, by: "sidorova", at: t0 + 30)])
        let kept = try #require(contract.previousVersions.first)
        #expect(contract.previousVersions.count == 1)
        #expect(kept.version == 1)
        #expect(kept.status == .active)
        #expect(kept.terms == v1.terms)
        #expect(kept.parties == v1.parties)
        #expect(kept.statusHistory == v1.statusHistory)
        #expect(kept.supersededAt == t0 + 30)
        // Version 2 is a draft again: editable, and signed anew.
        terms.termPayments = 24
        try contract.edit(terms: terms, by: "sidorova", at: t0 + 40)
        try contract.move(to: .ready, by: "sidorova", at: t0 + 50)
        try contract.move(to: .signed, by: "petrov", at: t0 + 60)
        try contract.amend(terms: workedExampleTerms(), by: "petrov", at: t0 + 70)
        #expect(contract.version == 3)
        #expect(contract.previousVersions.map(\.version) == [1, 2])
        #expect(contract.previousVersions[1].terms.termPayments == 24)
    }

    @Test func draftsAndFinishedContractsAreNotAmended() throws {
        var contract = draft()
        #expect(throws: ContractError.cannotAmend(status: .draft)) {
            try contract.amend(terms: workedExampleTerms(), by: "a", at: t0)
        }
        try contract.move(to: .ready, by: "a", at: t0)
        try contract.move(to: .signed, by: "a", at: t0)
        try contract.move(to: .active, by: "a", at: t0)
        try contract.move(to: .completed, by: "a", at: t0)
        #expect(throws: ContractError.cannotAmend(status: .completed)) {
            try contract.amend(terms: workedExampleTerms(), by: "a", at: t0)
        }
    }

    @Test func errorsSpeakBothLanguages() {
        let message = ContractError.moveNotAllowed(from: .draft, to: .signed).message
        #expect(message.ru == "Договор нельзя перевести из статуса «черновик» в статус «подписан».")
        #expect(message.en == "A contract cannot move from “draft” to “signed”.")
        let frozen = ContractError.termsFrozen(status: .signed, version: 2).message
        #expect(frozen.ru.contains("Версия 2") && frozen.ru.contains("«подписан»"))
        #expect(frozen.en.contains("Version 2") && frozen.en.contains("signed"))
    }

    @Test func roundTripsThroughJSONWithVersions() throws {
        var contract = draft()
        try contract.move(to: .ready, by: "ivanova", at: t0)
        try contract.move(to: .signed, by: "ivanova", at: t0)
        try contract.amend(terms: workedExampleTerms(termPayments: 24), by: "ivanova", at: t0)
        let data = try CaseCoding.encoder().encode(contract)
        let back = try CaseCoding.decoder().decode(Contract.self, from: data)
        #expect(back == contract)
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.contains("\"fundedAmount\" : \"120000.00\""))
        #expect(json.contains("\"previousVersions\""))
        #expect(json.contains("\"shareBasisPoints\" : 1500"))
    }

    @Test func earlyPayoffRules() {
        var terms = workedExampleTerms()
        #expect(terms.earlyPayoffAmount(afterPaying: Money(roubles: 30_000)) == Money(roubles: 150_000))
        terms.earlyPayoff = .fundedMinusPaid
        #expect(terms.earlyPayoffAmount(afterPaying: Money(roubles: 30_000)) == Money(roubles: 90_000))
        #expect(terms.earlyPayoffAmount(afterPaying: Money(roubles: 130_000)) == .zero)
        terms.earlyPayoff = .notAllowed
        #expect(terms.earlyPayoffAmount(afterPaying: .zero) == nil)
    }
}
