import ArgumentParser
import CareerDeskCore
import Foundation

/// The payment ledger of a signed contract, month by month, as of today.
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger", abstract: "Show a signed contract's payment ledger, month by month.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The case id.") var id: String
    @Option(help: "The day to compute the ledger as of, YYYY-MM-DD (default: today).") var asOf: String?
    @Flag(help: "Print the ledger as JSON.") var json = false

    func run() throws {
        let language = store.language
        let caseID = try store.caseID(id)
        let cases = try store.open()
        let item: Case
        do {
            item = try cases.load(caseID)
        } catch {
            throw CommandError(error.text(language))
        }
        let day = try asOf.map { try store.date($0, option: "--as-of") } ?? store.today
        guard let ledger = item.contract?.ledger(asOf: day) else {
            throw CommandError(LedgerText.noContract.with(["id": caseID.description])(language))
        }
        if json {
            try printJSON(ledger)
            return
        }
        for line in LedgerTable.lines(ledger, language) { out(line) }
    }
}

/// The ledger as 80-column text lines.
enum LedgerTable {
    static func lines(_ ledger: Ledger, _ language: Language) -> [String] {
        func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
            let gap = max(0, width - text.count)
            return left ? text + String(repeating: " ", count: gap) : String(repeating: " ", count: gap) + text
        }
        var lines = [LedgerText.ledgerHeader(language)]
        for row in ledger.months {
            let money = { (m: Money) in m.formatted(language) }
            lines.append(
                [
                    pad(row.date?.formatted(language) ?? "—", 7, left: true), pad(String(row.month), 3),
                    pad(LedgerText.status(row.status)(language), 20, left: true),
                    pad(row.income.map(money) ?? "—", 14), pad(money(row.due), 13), pad(money(row.paid), 12),
                    pad(money(row.capRemaining), 16), pad(String(row.paymentsCounted), 6),
                ].joined(separator: " "))
        }
        lines.append("")
        lines.append(
            LedgerText.ledgerTotals.with([
                "due": ledger.totals.due.formatted(language), "paid": ledger.totals.received.formatted(language),
                "cap": ledger.totals.capRemaining.formatted(language),
                "arrears": ledger.totals.arrears.formatted(language),
                "overpaid": ledger.totals.overpaid.formatted(language),
            ])(language))
        lines.append(
            LedgerText.ledgerStatus.with([
                "status": LedgerText.status(ledger.status)(language),
                "windowEnd": ledger.windowEndDate?.formatted(language) ?? "—",
                "quote": ledger.payoffQuote?.formatted(language) ?? "—",
            ])(language))
        return lines
    }
}
