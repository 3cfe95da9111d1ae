import ArgumentParser
import CareerDeskCore
import Foundation

/// Shows one case: a short readable card, or with --json the case file itself.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one case (--json: the case file).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The case id, e.g. SAK-2026-000042.") var id: String
    @Flag(help: "Print the case JSON.") var json = false

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
        if json {
            try printJSON(item)
            return
        }
        out(
            CommandText.showLines.with([
                "id": item.id.description, "status": DocumentText.status(item.status)(language),
                "stage": DocumentText.stage(item.stage)(language), "name": item.seeker.fullName,
                "birth": item.seeker.birthDate?.formatted(language) ?? "—", "snils": item.seeker.snils,
                "region": item.seeker.region, "income": item.seeker.baselineIncome.formatted(language),
                "caseworker": item.caseworker, "updated": Timestamp.format(item.updatedAt),
            ])(language))
    }
}
