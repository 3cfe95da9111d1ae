import ArgumentParser
import CareerDeskCore
import Foundation

/// `careerdesk catalog …`: look at the catalog in use and import a job centre's own data.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract:
            "List the catalog (occupations, courses, regions, programmes) or import occupations and courses from CSV.",
        subcommands: [CatalogListCommand.self, CatalogImportCommand.self]
    )
}
