import Foundation
import Testing

@testable import CareerDeskCore

/// Issue 17.12: signed terms against the programme's bounds.
@Suite struct SignedTermsCheckTests {
    func contract(share: Int, status: [ContractStatus]) throws -> (Contract, ProgrammePolicy) {
        let policy = try shippedPolicy("earning-money-together")
        var terms = workedExampleTerms()
        terms.shareBasisPoints = share
        var contract = Contract(programmeId: policy.id, parties: ContractParties(), terms: terms)
        for next in status { try contract.move(to: next, by: "Петрова А. В.", at: Date(timeIntervalSince1970: 0)) }
        return (contract, policy)
    }

    @Test func aSignedShareOf25PercentInA5To20ProgrammeIsReported() throws {
        let (contract, policy) = try contract(share: 2500, status: [.ready, .signed])
        let problems = SignedTermsCheck.problems(contract, policy: policy)
        #expect(problems.map(\.field) == ["shareBasisPoints"])
        #expect(problems.map(\.kind) == [.aboveMaximum])
        let line = SignedTermsCheck.lines(problems)[0]
        #expect(
            line(.en).hasPrefix("signed terms outside the programme: income share (s): 25% is above the maximum 20%"))
        #expect(
            line(.ru).contains(ContractText.percent(2500, .ru) + " больше максимума " + ContractText.percent(2000, .ru))
        )
    }

    @Test func signedTermsWithinTheBoundsAndDraftsAreNotReported() throws {
        let (signed, policy) = try contract(share: 1500, status: [.ready, .signed])
        #expect(SignedTermsCheck.problems(signed, policy: policy).isEmpty)
        // A draft's problems are the desk's to show beside the fields, not a signed-terms report.
        let (draft, _) = try contract(share: 2500, status: [])
        #expect(SignedTermsCheck.problems(draft, policy: policy).isEmpty)
        let (outside, _) = try contract(share: 2500, status: [.ready, .signed, .active])
        #expect(!SignedTermsCheck.problems(outside, policy: policy).isEmpty)
        #expect(SignedTermsCheck.problems(outside, policy: nil).isEmpty)
    }
}
