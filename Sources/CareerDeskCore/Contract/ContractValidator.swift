import Foundation

/// One thing wrong with a contract: the term or party it concerns, the rule, and a message in
/// both languages that names the term and the bound.
public struct ContractProblem: Hashable, Sendable {
    /// The JSON path of what is wrong, in domain names: `shareBasisPoints`, `parties.investor.inn`.
    public var field: String
    public var kind: Kind
    public var message: LocalizedText

    public init(field: String, kind: Kind, message: LocalizedText) {
        self.field = field
        self.kind = kind
        self.message = message
    }

    /// The rule a problem breaks.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case belowMinimum
        case aboveMaximum
        case negative
        case shareOutOfRange
        case capBelowFunded
        case windowShorterThanTerm
        case targetTooLow
        case shareBaseMismatch
        case earlyPayoffMismatch
        case programmeMismatch
        case missingParty
        case missingName
        case invalidINN
        case funderNotAllowed
        /// A number beyond `CaseBounds` (an amount past the ceiling, k past ±100×, months past
        /// 1 200): the maths refuses it, whatever the programme.
        case beyondBounds
    }
}

/// Checks a contract against the rules every contract obeys and against its programme's policy,
/// reporting every problem at once (an officer fixes them in one pass, not one per attempt).
public enum ContractValidator {
    /// Terms no contract could have, whatever the programme: negative amounts or months, a
    /// share outside 0–100 %, a cap below the funded amount, a window shorter than the term.
    public static func checkTerms(_ terms: ContractTerms) -> [ContractProblem] {
        var problems: [ContractProblem] = []
        let amounts: [(String, Money)] = [
            ("fundedAmount", terms.fundedAmount), ("baselineIncome", terms.baselineIncome),
            ("targetIncome", terms.targetIncome), ("minimumIncrease", terms.minimumIncrease),
        ]
        for (field, amount) in amounts where amount < .zero {
            problems.append(
                problem(field, .negative, ContractText.negativeTerm) { ["term": ContractText.term(field)($0)] })
        }
        let counts: [(String, Int)] = [
            ("capMultipleHundredths", terms.capMultipleHundredths), ("termPayments", terms.termPayments),
            ("windowMonths", terms.windowMonths), ("graceMonths", terms.graceMonths),
            ("courseMonths", terms.courseMonths),
        ]
        for (field, value) in counts where value < 0 {
            problems.append(
                problem(field, .negative, ContractText.negativeTerm) { ["term": ContractText.term(field)($0)] })
        }
        if !(0...10_000).contains(terms.shareBasisPoints) {
            problems.append(
                problem("shareBasisPoints", .shareOutOfRange, ContractText.shareOutOfRange) {
                    ["value": ContractText.percent(terms.shareBasisPoints, $0)]
                })
        }
        if terms.capMultipleHundredths >= 0, terms.fundedAmount >= .zero, terms.cap < terms.fundedAmount {
            problems.append(
                problem("capMultipleHundredths", .capBelowFunded, ContractText.capBelowFunded) {
                    [
                        "cap": terms.cap.formatted($0), "funded": terms.fundedAmount.formatted($0),
                        "multiple": ContractText.multiple(terms.capMultipleHundredths, $0),
                    ]
                })
        }
        problems += beyondBounds(terms)
        if terms.windowMonths >= 0, terms.termPayments >= 0, terms.windowMonths < terms.termPayments {
            problems.append(
                problem("windowMonths", .windowShorterThanTerm, ContractText.windowShorterThanTerm) { _ in
                    ["window": String(terms.windowMonths), "term": String(terms.termPayments)]
                })
        }
        return problems
    }

    /// The terms against the programme: `checkTerms`, every bounded term within its bounds, the
    /// programme's share base and early-payoff rule, and a target income above B + M.
    public static func validate(terms: ContractTerms, policy: ProgrammePolicy) -> [ContractProblem] {
        var problems = checkTerms(terms)
        func bound<V>(_ field: String, _ value: V, _ bounds: ProgrammePolicy.Bounds<V>, _ show: (V, Language) -> String)
        {
            if value < bounds.min {
                problems.append(
                    problem(field, .belowMinimum, ContractText.belowMinimum) {
                        [
                            "term": ContractText.term(field)($0), "value": show(value, $0),
                            "bound": show(bounds.min, $0), "programme": policy.name($0),
                        ]
                    })
            } else if value > bounds.max {
                problems.append(
                    problem(field, .aboveMaximum, ContractText.aboveMaximum) {
                        [
                            "term": ContractText.term(field)($0), "value": show(value, $0),
                            "bound": show(bounds.max, $0), "programme": policy.name($0),
                        ]
                    })
            }
        }
        bound("shareBasisPoints", terms.shareBasisPoints, policy.shareBasisPoints, ContractText.percent)
        bound("capMultipleHundredths", terms.capMultipleHundredths, policy.capMultipleHundredths, ContractText.multiple)
        bound("termPayments", terms.termPayments, policy.termPayments) { value, _ in String(value) }
        bound("windowMonths", terms.windowMonths, policy.windowMonths) { value, _ in String(value) }
        bound("graceMonths", terms.graceMonths, policy.graceMonths) { value, _ in String(value) }
        bound("minimumIncrease", terms.minimumIncrease, policy.minimumIncrease) { $0.formatted($1) }
        if let funded = policy.fundedAmount {
            bound("fundedAmount", terms.fundedAmount, funded) { $0.formatted($1) }
        }
        if terms.shareBase != policy.shareBase {
            problems.append(
                problem("shareBase", .shareBaseMismatch, ContractText.shareBaseMismatch) {
                    ["base": ContractText.shareBase(policy.shareBase)($0), "programme": policy.name($0)]
                })
        }
        if terms.earlyPayoff != policy.earlyPayoff {
            problems.append(
                problem("earlyPayoff", .earlyPayoffMismatch, ContractText.earlyPayoffMismatch) {
                    ["rule": ContractText.earlyPayoff(policy.earlyPayoff)($0), "programme": policy.name($0)]
                })
        }
        let threshold = terms.paymentThreshold
        if terms.targetIncome <= threshold {
            problems.append(
                problem("targetIncome", .targetTooLow, ContractText.targetTooLow) {
                    ["target": terms.targetIncome.formatted($0), "threshold": threshold.formatted($0)]
                })
        }
        return problems
    }

    /// The whole contract: `validate(terms:policy:)`, the programme id, the parties the
    /// programme requires, a name and a valid INN for every organisation, and an allowed funder.
    ///
    /// The contract lives in a case, so the case's seeker (`caseSeeker`) counts as the job-seeker
    /// party when the contract holds no snapshot of its own yet.
    public static func validate(_ contract: Contract, policy: ProgrammePolicy, caseSeeker: JobSeeker? = nil)
        -> [ContractProblem]
    {
        var problems = validate(terms: contract.terms, policy: policy)
        if contract.programmeId != policy.id {
            problems.append(
                problem("programmeId", .programmeMismatch, ContractText.programmeMismatch) { _ in
                    ["contract": contract.programmeId, "policy": policy.id]
                })
        }
        problems += checkParties(contract.parties, policy: policy, caseSeeker: caseSeeker)
        return problems
    }

    /// The parties alone, against the programme.
    public static func checkParties(_ parties: ContractParties, policy: ProgrammePolicy, caseSeeker: JobSeeker? = nil)
        -> [ContractProblem]
    {
        var problems: [ContractProblem] = []
        for role in ContractPartyRole.allCases {
            let field = "parties.\(role.jsonKey)"
            let present: Bool
            if role == .jobSeeker {
                let name = parties.seeker?.fullName ?? caseSeeker?.fullName ?? ""
                present = !name.trimmingCharacters(in: .whitespaces).isEmpty
            } else {
                present = parties.organisation(role) != nil
            }
            if !present, policy.requiredParties.contains(role) {
                problems.append(
                    problem(field, .missingParty, ContractText.missingParty) {
                        ["party": ContractText.party(role)($0), "programme": policy.name($0)]
                    })
            }
            if let organisation = parties.organisation(role) {
                if organisation.name.trimmingCharacters(in: .whitespaces).isEmpty {
                    problems.append(
                        problem(field + ".name", .missingName, ContractText.missingName) {
                            ["party": ContractText.party(role)($0)]
                        })
                }
                if let reason = INN.problem(organisation.inn) {
                    problems.append(innProblem(field + ".inn", role, organisation.inn, reason))
                }
            }
        }
        if let inn = parties.seeker?.inn, !inn.isEmpty, let reason = INN.problem(inn) {
            problems.append(innProblem("parties.seeker.inn", .jobSeeker, inn, reason))
        }
        if let kind = parties.investorKind, !policy.funders.contains(kind) {
            problems.append(
                problem("parties.investorKind", .funderNotAllowed, ContractText.funderNotAllowed) { language in
                    [
                        "kind": ContractText.funder(kind)(language), "programme": policy.name(language),
                        "allowed": policy.funders.map { ContractText.funder($0)(language) }.joined(separator: ", "),
                    ]
                })
        }
        return problems
    }

    private static func innProblem(_ field: String, _ role: ContractPartyRole, _ inn: String, _ reason: INN.Problem)
        -> ContractProblem
    {
        let template: LocalizedText =
            switch reason {
            case .wrongLength, .notDigits: ContractText.innMalformed
            case .checkDigit: ContractText.innCheckDigit
            }
        return problem(field, .invalidINN, template) { ["party": ContractText.party(role)($0), "inn": inn] }
    }

    /// Numbers past `CaseBounds`, each with the bound named; the cap k × F too, so a contract's
    /// totals stay within the ceiling.
    static func beyondBounds(_ terms: ContractTerms) -> [ContractProblem] {
        var problems: [ContractProblem] = []
        let amounts: [(String, Money)] = [
            ("fundedAmount", terms.fundedAmount), ("baselineIncome", terms.baselineIncome),
            ("targetIncome", terms.targetIncome), ("minimumIncrease", terms.minimumIncrease),
        ]
        for (field, amount) in amounts where !amount.isWithinCeiling {
            problems.append(
                problem(field, .beyondBounds, ContractText.amountBeyondCeiling) {
                    ["term": ContractText.term(field)($0), "max": Money.maximum.formatted($0)]
                })
        }
        let counts: [(String, Int, ClosedRange<Int>)] = [
            ("capMultipleHundredths", terms.capMultipleHundredths, CaseBounds.capMultipleHundredths),
            ("termPayments", terms.termPayments, CaseBounds.months),
            ("windowMonths", terms.windowMonths, CaseBounds.months),
            ("graceMonths", terms.graceMonths, CaseBounds.months),
            ("courseMonths", terms.courseMonths, CaseBounds.months),
        ]
        for (field, value, bounds) in counts where value > bounds.upperBound {
            let max =
                field == "capMultipleHundredths"
                ? { (l: Language) in ContractText.multiple(bounds.upperBound, l) } : { _ in String(bounds.upperBound) }
            problems.append(
                problem(field, .beyondBounds, ContractText.countBeyondBounds) {
                    ["term": ContractText.term(field)($0), "max": max($0)]
                })
        }
        if problems.isEmpty, terms.fundedAmount.isWithinCeiling, !terms.cap.isWithinCeiling {
            problems.append(
                problem("capMultipleHundredths", .beyondBounds, ContractText.capBeyondCeiling) {
                    [
                        "multiple": ContractText.multiple(terms.capMultipleHundredths, $0),
                        "max": Money.maximum.formatted($0),
                    ]
                })
        }
        return problems
    }

    private static func problem(
        _ field: String, _ kind: ContractProblem.Kind, _ template: LocalizedText,
        _ values: (Language) -> [String: String]
    ) -> ContractProblem {
        ContractProblem(field: field, kind: kind, message: ContractText.filled(template, values))
    }
}

extension ContractPartyRole {
    /// The key of this party in `ContractParties`'s JSON.
    var jsonKey: String {
        switch self {
        case .jobSeeker: "seeker"
        case .provider: "provider"
        case .employer: "employer"
        case .investor: "investor"
        }
    }
}
