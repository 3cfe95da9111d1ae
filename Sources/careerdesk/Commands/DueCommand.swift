import ArgumentParser
import CareerDeskCore
import Foundation

/// Every follow-up contact due or overdue in the store's signed contracts, oldest first.
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due", abstract: "List follow-up contacts due or overdue, oldest first.")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Only the overdue ones.") var overdue = false
    @Flag(help: "Only the cases the officer (--caseworker, else $USER) opened.") var mine = false
    @Flag(help: "Print the list as JSON.") var json = false

    struct Entry: Encodable {
        var id: String
        var fullName: String
        var caseworker: String
        var date: LocalDate
        var state: FollowUpItem.State
        var monthsAfterTraining: Int
    }

    func run() throws {
        let language = store.language
        let cases = try store.open()
        let today = store.today
        var entries: [Entry] = []
        for url in cases.caseFiles() {
            guard let item = try? CaseFileReader.read(url), let contract = item.contract, contract.isSigned else {
                continue
            }
            if mine, item.caseworker != store.caseworkerName { continue }
            for due in FollowUpSchedule.items(for: contract, today: today)
            where due.state == .overdue || (!overdue && due.state == .due) {
                entries.append(
                    Entry(
                        id: item.id.description, fullName: item.seeker.fullName, caseworker: item.caseworker,
                        date: due.date, state: due.state, monthsAfterTraining: due.monthsAfterTraining))
            }
        }
        entries.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        if json {
            try printJSON(entries)
            return
        }
        if entries.isEmpty { out(LedgerText.noDue(language)) }
        for entry in entries {
            out(
                LedgerText.dueLine.with([
                    "date": entry.date.formatted(language), "state": LedgerText.followUpState(entry.state)(language),
                    "id": entry.id, "name": entry.fullName, "months": String(entry.monthsAfterTraining),
                ])(language))
        }
    }
}
