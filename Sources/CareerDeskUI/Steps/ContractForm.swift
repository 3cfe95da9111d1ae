import CareerDeskCore
import Foundation
import TerminalKit

/// The contract as a form: the programme, the terms and the parties, one `FieldList` row each.
/// Row keys are the domain names (`fundedAmount`, `parties.investor.inn`), so a validator
/// problem's `field` finds its row. Reading the form gives terms and parties built on the
/// contract's last good values: a field that does not parse keeps its old value and shows why.
public struct ContractForm: Hashable, Sendable {
    public var list: FieldList
    /// Programme ids in the order of the programme choice.
    let programmeIDs: [String]
    /// Row key → why its text is not a value (nil entries are not kept).
    public var parseErrors: [String: LocalizedText]
    /// The desk's language: how amounts are typed (`FieldFormat`).
    let language: Language

    static let termKeys = [
        "fundedAmount", "baselineIncome", "targetIncome", "minimumIncrease", "shareBasisPoints", "shareBase",
        "capMultipleHundredths", "termPayments", "windowMonths", "graceMonths", "courseMonths", "earlyPayoff",
    ]
    static let organisationRoles: [ContractPartyRole] = [.provider, .employer, .investor]
    static let funders: [FunderKind?] = [nil] + FunderKind.allCases.map { $0 }

    /// Rows for `contract`; `locked` makes every row read-only (signed terms, a read-only case).
    public init(contract: Contract, programmes: [ProgrammePolicy], locked: Bool, language lang: Language) {
        func t(_ text: LocalizedText) -> String { text(lang) }
        programmeIDs = programmes.map(\.id)
        parseErrors = [:]
        language = lang
        let moneyMask = FieldFormat.moneyMask(lang)
        func money(_ value: Money) -> String { FieldFormat.moneyField(value, lang) }
        let terms = contract.terms
        let parties = contract.parties
        func text(_ key: String, _ label: LocalizedText, _ value: String, mask: InputMask = .none, max: Int)
            -> FieldRow
        {
            FieldRow(
                key: key, label: t(label), kind: .text(TextField(text: value, mask: mask, maxLength: max)),
                isRequired: true, isLocked: locked)
        }
        func choice(_ key: String, _ label: LocalizedText, _ options: [String], _ index: Int, required: Bool = true)
            -> FieldRow
        {
            FieldRow(
                key: key, label: t(label), kind: .choice(options: options, index: max(0, index)),
                isRequired: required, isLocked: locked)
        }
        var programmeNames = programmes.map { $0.name(lang) }
        var programmeIndex = programmeIDs.firstIndex(of: contract.programmeId) ?? 0
        if !programmeIDs.contains(contract.programmeId) {
            // A programme the catalog no longer has: shown by id, so the case still reads as it is.
            programmeNames.append(contract.programmeId)
            programmeIndex = programmeNames.count - 1
        }
        var rows: [FieldRow] = [
            choice("programmeId", ContractStepText.programme, programmeNames, programmeIndex),
            text("fundedAmount", ContractStepText.fundedAmount, money(terms.fundedAmount), mask: moneyMask, max: 16),
            text(
                "baselineIncome", ContractStepText.baselineIncome, money(terms.baselineIncome), mask: moneyMask,
                max: 16),
            text("targetIncome", ContractStepText.targetIncome, money(terms.targetIncome), mask: moneyMask, max: 16),
            text(
                "minimumIncrease", ContractStepText.minimumIncrease, money(terms.minimumIncrease), mask: moneyMask,
                max: 16),
            text("shareBasisPoints", ContractStepText.share, Self.decimal(terms.shareBasisPoints, lang), max: 7),
            choice(
                "shareBase", ContractStepText.shareBase,
                ContractTerms.ShareBase.allCases.map { ContractText.shareBase($0)(lang) },
                ContractTerms.ShareBase.allCases.firstIndex(of: terms.shareBase) ?? 0),
            text(
                "capMultipleHundredths", ContractStepText.capMultiple, Self.decimal(terms.capMultipleHundredths, lang),
                max: 6),
            text("termPayments", ContractStepText.termPayments, String(terms.termPayments), mask: .digits, max: 3),
            text("windowMonths", ContractStepText.windowMonths, String(terms.windowMonths), mask: .digits, max: 3),
            text("graceMonths", ContractStepText.graceMonths, String(terms.graceMonths), mask: .digits, max: 3),
            text("courseMonths", ContractStepText.courseMonths, String(terms.courseMonths), mask: .digits, max: 3),
            choice(
                "earlyPayoff", ContractStepText.earlyPayoff,
                ContractTerms.EarlyPayoff.allCases.map { ContractStepText.earlyPayoffShort($0)(lang) },
                ContractTerms.EarlyPayoff.allCases.firstIndex(of: terms.earlyPayoff) ?? 0),
        ]
        let labels: [ContractPartyRole: (LocalizedText, LocalizedText, LocalizedText)] = [
            .provider: (
                ContractStepText.providerName, ContractStepText.providerINN, ContractStepText.providerRepresentative
            ),
            .employer: (
                ContractStepText.employerName, ContractStepText.employerINN, ContractStepText.employerRepresentative
            ),
            .investor: (
                ContractStepText.investorName, ContractStepText.investorINN, ContractStepText.investorRepresentative
            ),
        ]
        for role in Self.organisationRoles {
            let organisation = parties.organisation(role)
            let (name, inn, representative) = labels[role]!
            let prefix = "parties.\(Self.key(role))"
            rows.append(
                FieldRow(
                    key: prefix + ".name", label: t(name),
                    kind: .text(TextField(text: organisation?.name ?? "", maxLength: 200)), isLocked: locked))
            rows.append(
                FieldRow(
                    key: prefix + ".inn", label: t(inn),
                    kind: .text(TextField(text: organisation?.inn ?? "", mask: .digits, maxLength: 12)),
                    isLocked: locked))
            rows.append(
                FieldRow(
                    key: prefix + ".representative", label: t(representative),
                    kind: .text(TextField(text: organisation?.representative ?? "", maxLength: 200)),
                    isLocked: locked))
        }
        rows.append(
            choice(
                "parties.investorKind", ContractStepText.investorKind,
                Self.funders.map { $0.map { ContractText.funder($0)(lang) } ?? t(ContractStepText.notChosen) },
                Self.funders.firstIndex(of: parties.investorKind) ?? 0, required: false))
        rows.append(
            FieldRow(
                key: "parties.seeker.inn", label: t(ContractStepText.seekerINN),
                kind: .text(TextField(text: parties.seeker?.inn ?? "", mask: .digits, maxLength: 12)),
                isLocked: locked))
        list = FieldList(rows: rows, labelWidth: 25)
    }

    static func key(_ role: ContractPartyRole) -> String {
        switch role {
        case .jobSeeker: "seeker"
        case .provider: "provider"
        case .employer: "employer"
        case .investor: "investor"
        }
    }

    /// Hundredths as a decimal the officer would type: 1500 → `15`, 1250 → `12,5` (`12.5` in English).
    static func decimal(_ hundredths: Int, _ language: Language) -> String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        var fraction = String(magnitude % 100)
        if fraction == "0" { return sign + String(magnitude / 100) }
        if fraction.count == 1 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(magnitude / 100) + (language == .ru ? "," : ".") + fraction
    }

    /// The programme chosen in the form (nil when the row shows an id the catalog lacks).
    public var programmeID: String? {
        let index = list["programmeId"]?.choiceIndex ?? 0
        return programmeIDs.indices.contains(index) ? programmeIDs[index] : nil
    }

    /// The terms and parties as typed, on top of `base`: what does not parse keeps its value in
    /// `base` and is named in `parseErrors`.
    public mutating func read(base: Contract, caseSeeker: JobSeeker) -> (terms: ContractTerms, parties: ContractParties)
    {
        var errors: [String: LocalizedText] = [:]
        var terms = base.terms
        func value(_ key: String) -> String { list[key]?.textValue.trimmingCharacters(in: .whitespaces) ?? "" }
        func money(_ key: String, _ apply: (Money) -> Void) {
            if let amount = FieldFormat.money(value(key), language) {
                apply(amount)
            } else {
                errors[key] =
                    FieldFormat.isBeyondCeiling(value(key), language)
                    ? ValidationText.moneyBeyondCeiling : ContractStepText.badAmount
            }
        }
        func count(_ key: String, _ apply: (Int) -> Void) {
            if let n = ContractInput.count(parsing: value(key)) {
                apply(n)
            } else {
                errors[key] = ContractStepText.badCount
            }
        }
        money("fundedAmount") { terms.fundedAmount = $0 }
        money("baselineIncome") { terms.baselineIncome = $0 }
        money("targetIncome") { terms.targetIncome = $0 }
        money("minimumIncrease") { terms.minimumIncrease = $0 }
        if let bp = ContractInput.basisPoints(parsing: value("shareBasisPoints")) {
            terms.shareBasisPoints = bp
        } else {
            errors["shareBasisPoints"] = ContractStepText.badPercent
        }
        if let k = ContractInput.hundredths(parsing: value("capMultipleHundredths")) {
            terms.capMultipleHundredths = k
        } else {
            errors["capMultipleHundredths"] = ContractStepText.badMultiple
        }
        count("termPayments") { terms.termPayments = $0 }
        count("windowMonths") { terms.windowMonths = $0 }
        count("graceMonths") { terms.graceMonths = $0 }
        count("courseMonths") { terms.courseMonths = $0 }
        terms.shareBase = ContractTerms.ShareBase.allCases[list["shareBase"]?.choiceIndex ?? 0]
        terms.earlyPayoff = ContractTerms.EarlyPayoff.allCases[list["earlyPayoff"]?.choiceIndex ?? 0]

        var parties = base.parties
        for role in Self.organisationRoles {
            let prefix = "parties.\(Self.key(role))"
            let name = value(prefix + ".name")
            let inn = value(prefix + ".inn")
            let representative = value(prefix + ".representative")
            // A party with nothing typed is no party (the validator says when the programme needs it).
            let organisation =
                name.isEmpty && inn.isEmpty && representative.isEmpty
                ? nil
                : Organisation(name: name, inn: inn, representative: representative.isEmpty ? nil : representative)
            switch role {
            case .provider: parties.provider = organisation
            case .employer: parties.employer = organisation
            case .investor: parties.investor = organisation
            case .jobSeeker: break
            }
        }
        parties.investorKind = Self.funders[min(Self.funders.count - 1, list["parties.investorKind"]?.choiceIndex ?? 0)]
        let seekerINN = value("parties.seeker.inn")
        if !seekerINN.isEmpty {
            var seeker = parties.seeker ?? SeekerParty(caseSeeker)
            seeker.inn = seekerINN
            parties.seeker = seeker
        } else if parties.seeker?.inn != nil {
            parties.seeker?.inn = nil
        }
        parseErrors = errors
        return (terms, parties)
    }

    /// Puts each problem beside its field: a parse error first, else the validator's problems in
    /// short form (the bound alone for a bound, the message without its term name otherwise).
    public mutating func show(_ problems: [ContractProblem], policy: ProgrammePolicy?, language: Language) {
        var messages: [String: [String]] = [:]
        for problem in problems {
            let key = Self.rowKey(for: problem.field)
            messages[key, default: []].append(Self.short(problem, policy: policy, language: language))
        }
        for i in list.rows.indices {
            let key = list.rows[i].key
            if let parse = parseErrors[key] {
                list.rows[i].error = parse(language)
            } else if let texts = messages[key] {
                list.rows[i].error = texts.joined(separator: "; ")
            } else {
                list.rows[i].error = nil
            }
        }
    }

    /// The row a validator field belongs to: a missing party on its name row, the seeker on the
    /// seeker's INN row (the seeker's name comes from the profile).
    static func rowKey(for field: String) -> String {
        switch field {
        case "parties.provider", "parties.employer", "parties.investor": field + ".name"
        case "parties.seeker": "parties.seeker.inn"
        default: field
        }
    }

    /// A problem in a few words for the narrow column beside the field.
    static func short(_ problem: ContractProblem, policy: ProgrammePolicy?, language: Language) -> String {
        if let policy, let bound = bound(problem, policy: policy, language: language) {
            let template = problem.kind == .aboveMaximum ? ContractStepText.atMost : ContractStepText.atLeast
            return template.with(["bound": bound])(language)
        }
        let message = problem.message(language)
        // "{term}: …" — the label beside it already names the term.
        if let colon = message.range(of: ": ") { return String(message[colon.upperBound...]) }
        return message
    }

    /// The programme's bound a below-minimum or above-maximum problem refers to, formatted.
    static func bound(_ problem: ContractProblem, policy: ProgrammePolicy, language l: Language) -> String? {
        let upper: Bool
        switch problem.kind {
        case .aboveMaximum: upper = true
        case .belowMinimum: upper = false
        default: return nil
        }
        func pick<V>(_ b: ProgrammePolicy.Bounds<V>) -> V { upper ? b.max : b.min }
        switch problem.field {
        case "shareBasisPoints": return ContractText.percent(pick(policy.shareBasisPoints), l)
        case "capMultipleHundredths": return ContractText.multiple(pick(policy.capMultipleHundredths), l)
        case "termPayments": return String(pick(policy.termPayments))
        case "windowMonths": return String(pick(policy.windowMonths))
        case "graceMonths": return String(pick(policy.graceMonths))
        case "minimumIncrease": return pick(policy.minimumIncrease).formatted(l)
        case "fundedAmount": return policy.fundedAmount.map { pick($0).formatted(l) }
        default: return nil
        }
    }

    /// The full messages for a row (the bottom line under the form).
    func fullMessages(for key: String, _ problems: [ContractProblem], language: Language) -> String? {
        if let parse = parseErrors[key] { return parse(language) }
        let texts = problems.filter { Self.rowKey(for: $0.field) == key }.map { $0.message(language) }
        return texts.isEmpty ? nil : texts.joined(separator: " ")
    }
}
