import ArgumentParser
import CareerDeskCore
import Foundation

/// Lists the cases in the store; files that cannot be read are named on stderr.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the cases in the store.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Only cases with this status: open, onHold, closed.") var status: CaseStatus?
    @Flag(help: "Print JSON (an array of case summaries).") var json = false

    func run() throws {
        let language = store.language
        let cases = try store.open()
        let (all, problems) = cases.list()
        store.reportIndexRepairs(cases)
        for problem in problems {
            FileHandle.standardError.write(
                Data((CommandText.unreadableStoreFile.with(["problem": problem.text(language)])(language) + "\n").utf8))
        }
        let shown = all.filter { status == nil || $0.status == status }.sorted { $0.id < $1.id }
        if json {
            try printJSON(shown)
            return
        }
        if shown.isEmpty {
            out(CommandText.noCases(language))
            return
        }
        let header = CommandText.listHeader(language).split(separator: "|").map(String.init)
        let rows = shown.map { c in
            [
                c.id.description, TextColumns.sanitized(c.fullName), c.region, DocumentText.stage(c.stage)(language),
                DocumentText.status(c.status)(language), Timestamp.format(c.updatedAt),
            ]
        }
        for line in TextTable.render(header: header, rows: rows) { out(line) }
        out(CommandText.listTotal.with(["count": String(shown.count)])(language))
    }
}

extension CaseStatus: ExpressibleByArgument {}

/// A plain aligned text table, columns padded by display width (Cyrillic is one column).
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }
    }
}
