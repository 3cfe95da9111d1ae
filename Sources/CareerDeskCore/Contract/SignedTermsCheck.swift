import Foundation

/// Signed terms against their programme's bounds (issue 17.12). A signed contract is a fact, so
/// nothing refuses it for this; `import`, `validate` and `print` report it instead, and the
/// printed summary carries a warning. Drafts are not checked here: the desk shows their problems
/// beside the fields and will not sign them.
public enum SignedTermsCheck {
    /// What in the contract's signed terms lies outside `policy`: empty for a contract that is
    /// still a draft or ready, or whose programme is not known.
    public static func problems(_ contract: Contract, policy: ProgrammePolicy?) -> [ContractProblem] {
        guard !contract.isEditable, let policy else { return [] }
        return ContractValidator.validate(terms: contract.terms, policy: policy)
    }

    /// The case's contract checked against its programme in `catalog`.
    public static func problems(_ item: Case, catalog: Catalog) -> [ContractProblem] {
        guard let contract = item.contract else { return [] }
        return problems(contract, policy: catalog.programme(contract.programmeId))
    }

    /// One line per problem, as `import`, `validate` and the printed warning word them.
    public static func lines(_ problems: [ContractProblem]) -> [LocalizedText] {
        problems.map { ContractText.signedOutsideProgramme.with("problem", $0.message) }
    }
}
