import Foundation

/// The income paths a contract is shown on before signing: no gain, the target, and a high path.
public enum ContractScenarios {
    /// Three scenarios: income stays at the baseline B; income is the target T; income is
    /// T + 50 % (rounded half up to kopecks). With `annualGrowthBasisPoints` each path starts at
    /// that income and grows yearly (see `IncomePath.growing`).
    public static func standard(terms: ContractTerms, annualGrowthBasisPoints: Int = 0)
        -> [ScenarioResult]
    {
        let high = terms.targetIncome.applying(basisPoints: 15_000)
        return [
            (ScenarioName.noGain, terms.baselineIncome),
            (ScenarioName.target, terms.targetIncome),
            (ScenarioName.high, high),
        ].map { name, start in
            let path: IncomePath =
                annualGrowthBasisPoints == 0
                ? .flat(start) : .growing(start: start, annualGrowthBasisPoints: annualGrowthBasisPoints)
            return ScenarioResult(
                name: name, income: path, result: ContractSimulator.simulate(terms: terms, income: path))
        }
    }

    /// One scenario on a path the officer gives (`--income`, `--income-path`).
    public static func custom(terms: ContractTerms, income: IncomePath) -> ScenarioResult {
        ScenarioResult(
            name: .custom, income: income,
            result: ContractSimulator.simulate(terms: terms, income: income))
    }
}

/// Which income path a scenario follows; the raw value is the JSON `name`.
public enum ScenarioName: String, Codable, CaseIterable, Sendable {
    case noGain
    case target
    case high
    /// A path the officer entered.
    case custom
}

/// A named simulation, for the scenario table of the contract step and the printed summary.
///
/// Its JSON (what `careerdesk simulate --json` prints per scenario) is `name`, `monthlyPayment`,
/// `paymentsMade`, `totalPaid`, `capReached`, `endReason`, `endMonth`, `impliedAnnualRate`
/// (a percentage number, or null when nothing is paid) and `schedule`.
public struct ScenarioResult: Hashable, Sendable, Encodable {
    public var name: ScenarioName
    public var income: IncomePath
    public var result: SimulationResult

    public init(name: ScenarioName, income: IncomePath, result: SimulationResult) {
        self.name = name
        self.income = income
        self.result = result
    }

    private enum CodingKeys: String, CodingKey {
        case name, monthlyPayment, paymentsMade, totalPaid, capReached, endReason, endMonth, impliedAnnualRate,
            schedule
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(result.monthlyPayment, forKey: .monthlyPayment)
        try container.encode(result.paymentsMade, forKey: .paymentsMade)
        try container.encode(result.totalPaid, forKey: .totalPaid)
        try container.encode(result.capReached, forKey: .capReached)
        try container.encode(result.endReason, forKey: .endReason)
        try container.encode(result.endMonth, forKey: .endMonth)
        // Explicit null: a reader should see "no rate", not a missing field.
        try container.encode(result.impliedAnnualRate, forKey: .impliedAnnualRate)
        try container.encode(result.schedule, forKey: .schedule)
    }
}
