import ArgumentParser
import CareerDeskCore
import Foundation

/// `careerdesk catalog import occupations|courses FILE.csv [--replace]`: all rows or none.
struct CatalogImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import occupations or courses from a CSV file into the catalog in use (columns: data/README.md).",
        discussion: """
            Comma- or semicolon-separated UTF-8, as Excel and LibreOffice save it; a decimal comma is fine. \
            Every row is checked first; on any problem nothing is written and each problem is printed as \
            file:line: column: problem. Without --replace rows are merged by code (occupations) or id (courses).
            """)

    @Argument(help: "occupations or courses.") var target: Target
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Replace all occupations (or courses) with the file's, instead of merging.") var replace = false
    /// For --lang (shared with the store commands, so the option means the same everywhere).
    @OptionGroup var store: StoreOptions
    @OptionGroup var catalogOptions: CatalogOptions

    enum Target: String, CaseIterable, ExpressibleByArgument {
        case occupations, courses
        var importTarget: CatalogImportTarget { self == .occupations ? .occupations : .courses }
    }

    func run() throws {
        let language = store.language
        let directory = try catalogOptions.directory(language)
        let summary: CatalogImportSummary
        do {
            summary = try CatalogImporter(directory: directory).run(
                target.importTarget, csv: URL(fileURLWithPath: file), file: file, replace: replace)
        } catch {
            throw CommandError(error.message(language))
        }
        out(
            CatalogText.imported.with([
                "rows": String(summary.rows), "added": String(summary.added), "updated": String(summary.updated),
                "total": String(summary.total), "file": summary.path,
            ])(language))
    }
}
