import ArgumentParser
import CareerDeskCore
import Foundation

/// Simulates a career development contract's payments month by month (docs/contract.md): three
/// scenarios (no gain, target, high), or one income path the officer gives. Numbers are read as
/// strings and parsed here, so a bad value gets a localised message rather than a parser's.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate a career development contract's payments: scenarios, totals, end and implied rate.",
        discussion: """
            Amounts in roubles (120000 or 120000.50), percentages as 15 or 12.5, the cap as a multiple \
            of the funded amount (1.5). Without --income: three scenarios (no gain, target, target + 50 %). \
            --income-path FILE: one monthly income per line from the first payment month, or a JSON array \
            of strings; the last amount holds after the list ends.
            """)

    @Option(help: "Funded amount F: what the investor pays for training, roubles.") var funded: String
    @Option(help: "Baseline monthly income B at signing, roubles.") var baseline: String
    @Option(help: "Target monthly income T after training, roubles (needed without --income).") var target: String?
    @Option(help: "Share s in percent (15 = 15 %).") var share: String
    @Option(name: .customLong("min-increase"), help: "Minimum increase M: a month pays only when income ≥ B + M.")
    var minIncrease: String
    @Option(help: "Cap multiple k: total payments never exceed k × F (1.5).") var cap: String
    @Option(help: "Term N: qualifying monthly payments after which the obligation ends.") var term: String
    @Option(help: "Window W: months after the grace period after which the obligation ends.") var window: String
    @Option(help: "Grace G: months after the course before the first payment.") var grace: String
    @Option(name: .customLong("course-months"), help: "Course length D in months (default 0).") var courseMonths:
        String =
            "0"
    @Option(help: "One flat monthly income to simulate instead of the three scenarios, roubles.") var income: String?
    @Option(name: .customLong("income-path"), help: "A file of monthly incomes, one per line (or a JSON array).")
    var incomePath: String?
    @Option(help: "Annual income growth in percent, compounded yearly from the first payment month.")
    var growth: String?
    @Option(
        name: .customLong("share-base"), help: "increase (share of income − B, default) or total (share of income).")
    var shareBase: String = "increase"
    @Flag(help: "Print JSON: {\"terms\", \"scenarios\": [...]} with money as decimal strings.") var json = false
    @Flag(help: "Also print the month-by-month schedule (always shown for a single income path).") var schedule = false
    /// Gives `--lang` (and `--store`, unused here) the way every command reads them.
    @OptionGroup var store: StoreOptions

    func run() throws {
        let language = store.language
        let terms = try readTerms(language)
        let problems = ContractValidator.checkTerms(terms)
        guard problems.isEmpty else {
            let lines = [ContractText.impossibleTerms(language)] + problems.map { "  " + $0.message(language) }
            throw CommandError(lines.joined(separator: "\n"))
        }
        let scenarios = try makeScenarios(terms, language)
        if json {
            try printJSON(SimulationOutput(terms: terms, scenarios: scenarios))
            return
        }
        if terms.shareBasisPoints == 0 { out(ContractText.nothingIsPaid(language)) }
        for line in SimulationTable.render(terms: terms, scenarios: scenarios, language: language) { out(line) }
        if schedule || scenarios.count == 1 {
            for scenario in scenarios {
                out("")
                if scenarios.count > 1 { out(ContractText.scenario(scenario.name)(language)) }
                for line in SimulationTable.schedule(scenario.result, language: language) { out(line) }
            }
        }
    }

    private func money(_ option: String, _ text: String, _ language: Language) throws -> Money {
        guard let value = Money(parsing: text) else {
            if Money.isBeyondCeiling(text) {
                throw CommandError(
                    ContractText.amountTooLarge.with(["option": option, "max": Money.maximum.formatted(language)]),
                    language: language)
            }
            throw CommandError(
                ContractText.badAmount.with(["option": option, "value": String(text.prefix(40))]), language: language)
        }
        return value
    }

    private func count(_ option: String, _ text: String, _ language: Language) throws -> Int {
        guard let value = ContractInput.count(parsing: text) else {
            throw CommandError(
                ContractText.badCount.with(["option": option, "value": String(text.prefix(40))]), language: language)
        }
        return value
    }

    private func percent(_ option: String, _ text: String, _ language: Language) throws -> Int {
        guard let value = ContractInput.basisPoints(parsing: text) else {
            throw CommandError(
                ContractText.badPercent.with(["option": option, "value": String(text.prefix(40))]), language: language)
        }
        return value
    }

    private func readTerms(_ language: Language) throws -> ContractTerms {
        guard let base = ContractTerms.ShareBase(rawValue: shareBase) else {
            throw CommandError(
                ContractText.badShareBase.with(["value": String(shareBase.prefix(40))]), language: language)
        }
        guard let multiple = ContractInput.hundredths(parsing: cap) else {
            throw CommandError(
                ContractText.badMultiple.with(["option": "--cap", "value": String(cap.prefix(40))]), language: language)
        }
        let baselineIncome = try money("--baseline", baseline, language)
        let minimum = try money("--min-increase", minIncrease, language)
        let targetIncome: Money
        if let target {
            targetIncome = try money("--target", target, language)
        } else if income != nil || incomePath != nil {
            // The target is not used on a given income path; B + M keeps the terms sensible.
            targetIncome = baselineIncome + minimum
        } else {
            throw CommandError(ContractText.targetMissing, language: language)
        }
        return ContractTerms(
            fundedAmount: try money("--funded", funded, language), baselineIncome: baselineIncome,
            targetIncome: targetIncome, minimumIncrease: minimum,
            shareBasisPoints: try percent("--share", share, language), shareBase: base,
            capMultipleHundredths: multiple, termPayments: try count("--term", term, language),
            windowMonths: try count("--window", window, language), graceMonths: try count("--grace", grace, language),
            courseMonths: try count("--course-months", courseMonths, language))
    }

    private func makeScenarios(_ terms: ContractTerms, _ language: Language) throws -> [ScenarioResult] {
        if income != nil && incomePath != nil {
            throw CommandError(ContractText.incomeOptionsConflict, language: language)
        }
        let growthBasisPoints = try growth.map { try percent("--growth", $0, language) } ?? 0
        if growthBasisPoints < -10_000 {
            throw CommandError(ContractText.growthBelowMinus100.with(["option": "--growth"]), language: language)
        }
        if let income {
            let amount = try money("--income", income, language)
            guard amount >= .zero else {
                throw CommandError(ContractText.negativeIncome.with(["option": "--income"]), language: language)
            }
            let path: IncomePath =
                growthBasisPoints == 0
                ? .flat(amount) : .growing(start: amount, annualGrowthBasisPoints: growthBasisPoints)
            return [ContractScenarios.custom(terms: terms, income: path)]
        }
        if let incomePath {
            if growthBasisPoints != 0 { throw CommandError(ContractText.growthWithIncomeList, language: language) }
            return [ContractScenarios.custom(terms: terms, income: .monthly(try readIncomeFile(incomePath, language)))]
        }
        return ContractScenarios.standard(terms: terms, annualGrowthBasisPoints: growthBasisPoints)
    }

    private func readIncomeFile(_ path: String, _ language: Language) throws -> [Money] {
        let text: String
        do {
            text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        } catch {
            throw CommandError(ContractText.incomeFileUnreadable.with(["file": path]), language: language)
        }
        do {
            return try ContractInput.incomeList(parsing: text)
        } catch .badAmount(let line, let value) {
            throw CommandError(
                ContractText.incomeFileBadLine.with(["file": path, "line": String(line), "value": value]),
                language: language)
        } catch .notAString(let item, let value) {
            throw CommandError(
                ContractText.incomeFileNotAString.with(["file": path, "item": String(item), "value": value]),
                language: language)
        } catch .negative(let line) {
            throw CommandError(
                ContractText.incomeFileNegative.with(["file": path, "line": String(line)]), language: language)
        } catch .empty {
            throw CommandError(ContractText.incomeFileEmpty.with(["file": path]), language: language)
        }
    }
}

/// What `simulate --json` prints.
private struct SimulationOutput: Encodable {
    var terms: ContractTerms
    var scenarios: [ScenarioResult]
}

/// The text tables of `simulate`: scenarios as columns (three fit in 80 columns), metrics as rows.
enum SimulationTable {
    static func render(terms: ContractTerms, scenarios: [ScenarioResult], language: Language) -> [String] {
        let l = language
        var lines = [ContractText.simulateTitle(l)]
        lines.append(
            ContractText.simulateAmountsLine.with([
                "funded": terms.fundedAmount.formatted(l), "baseline": terms.baselineIncome.formatted(l),
                "target": terms.targetIncome.formatted(l), "minimum": terms.minimumIncrease.formatted(l),
            ])(l))
        lines.append(
            ContractText.simulateShareLine.with([
                "share": ContractText.percent(terms.shareBasisPoints, l),
                "base": ContractText.shareBase(terms.shareBase)(l),
                "multiple": ContractText.multiple(terms.capMultipleHundredths, l), "cap": terms.cap.formatted(l),
            ])(l))
        lines.append(
            ContractText.simulateCalendarLine.with([
                "term": String(terms.termPayments), "window": String(terms.windowMonths),
                "first": String(terms.firstPaymentMonth), "last": String(terms.lastWindowMonth),
                "grace": String(terms.graceMonths), "course": String(terms.courseMonths),
            ])(l))
        lines.append("")
        let rows: [(LocalizedText, (ScenarioResult) -> String)] = [
            (ContractText.columnIncome, { incomeLabel($0.income, l) }),
            (ContractText.columnPayment, { $0.result.monthlyPayment.formatted(l) }),
            (ContractText.columnPayments, { String($0.result.paymentsMade) }),
            (ContractText.columnTotal, { $0.result.totalPaid.formatted(l) }),
            (ContractText.columnCap, { ($0.result.capReached ? ContractText.yes : ContractText.no)(l) }),
            (ContractText.columnEnd, { ContractText.endReason($0.result.endReason)(l) }),
            (ContractText.columnEndMonth, { String($0.result.endMonth) }),
            (ContractText.columnRate, { ContractText.rate($0.result.impliedAnnualRate, l) }),
        ]
        let header = [ContractText.columnScenario(l)] + scenarios.map { ContractText.scenario($0.name)(l) }
        let body = rows.map { label, value in [label(l)] + scenarios.map(value) }
        lines += align([header] + body)
        lines.append("")
        lines.append(ContractText.rateNote(l))
        return lines
    }

    static func schedule(_ result: SimulationResult, language l: Language) -> [String] {
        let header = [
            ContractText.columnMonth, ContractText.columnIncome, ContractText.columnPayment,
            ContractText.columnCumulative,
        ].map { $0(l) }
        let rows = result.schedule.map {
            [String($0.month), $0.income.formatted(l), $0.payment.formatted(l), $0.cumulative.formatted(l)]
        }
        return align([header] + rows)
    }

    private static func incomeLabel(_ path: IncomePath, _ l: Language) -> String {
        switch path {
        case .flat(let amount): amount.formatted(l)
        case .growing(let start, let growth):
            ContractText.growingIncome.with([
                "start": start.formatted(l), "growth": ContractText.percent(growth, l),
            ])(l)
        case .monthly: ContractText.listedIncome(l)
        }
    }

    /// First column left-aligned, the others right-aligned, two spaces between.
    private static func align(_ table: [[String]]) -> [String] {
        let columns = table.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in table.map { $0.count > column ? $0[column].count : 0 }.max() ?? 0 }
        return table.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }
}
