import ArgumentParser
import CareerDeskCore
import Foundation

/// Asks for a hardship pause, or (`--approve N`, by a second officer) approves one.
struct PauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause", abstract: "Ask for a hardship pause, or approve one as a second officer.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The case id.") var id: String
    @Option(help: "The first paused month, YYYY-MM.") var start: String?
    @Option(help: "How many months.") var months: Int?
    @Option(help: "jobLoss, illness or parentalLeave.") var reason: HardshipPause.Reason?
    @Option(help: "Approve the pending pause with this number (1 = the first listed).") var approve: Int?
    @Option(help: "A note.") var note: String?

    func run() throws {
        let language = store.language
        if let approve {
            let saved = try store.editContract(id) { contract, now in
                try contract.approveHardshipPause(number: approve, by: store.caseworkerName, at: now)
            }
            out(LedgerText.approvedPause.with(["id": saved.id.description, "number": String(approve)])(language))
            return
        }
        guard let startText = start, let first = YearMonth(parsing: startText), let months, let reason else {
            throw CommandError(LedgerText.pauseArguments(language))
        }
        let saved = try store.editContract(id) { contract, now in
            try contract.requestHardshipPause(
                HardshipPause(
                    start: first, months: months, reason: reason, requestedBy: store.caseworkerName, requestedAt: now,
                    note: note))
        }
        out(
            LedgerText.recordedPause.with([
                "id": saved.id.description, "number": String(saved.contract?.hardshipPauses.count ?? 0),
            ])(language))
    }
}

extension HardshipPause.Reason: ExpressibleByArgument {}
