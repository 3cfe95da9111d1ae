import ArgumentParser
import CareerDeskCore
import Foundation

/// Records a payment received on a signed contract.
struct PaymentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payment", abstract: "Record a payment received on a signed contract.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The case id.") var id: String
    @Option(help: "The day the payment was received, YYYY-MM-DD.") var date: String
    @Option(help: "The amount in roubles: 3750 or 3750.50.") var amount: String
    @Option(help: "The payment order's or the receipt's reference.") var reference: String?
    @Flag(help: "The payment is the early payoff that ends the obligation.") var payoff = false

    func run() throws {
        let day = try store.date(date, option: "--date")
        let money = try store.amount(amount, option: "--amount")
        let saved = try store.editContract(id) { contract, now in
            try contract.recordPayment(
                PaymentRecord(
                    date: day, amount: money, reference: reference, recordedBy: store.caseworkerName, recordedAt: now,
                    earlyPayoff: payoff))
        }
        let language = store.language
        let ledger = saved.contract?.ledger(asOf: max(store.today, day))
        out(
            LedgerText.recordedPayment.with([
                "id": saved.id.description, "amount": money.formatted(language), "date": day.formatted(language),
                "due": (ledger?.totals.due ?? .zero).formatted(language),
                "paid": (ledger?.totals.received ?? .zero).formatted(language),
                "cap": (ledger?.totals.capRemaining ?? .zero).formatted(language),
            ])(language))
    }
}
