import ArgumentParser
import CareerDeskCore
import Foundation

/// The command line of CareerDesk: the interactive desk with no subcommand, otherwise a
/// non-interactive command that never touches the terminal.
@main
struct CareerDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "careerdesk",
        abstract: "Career guidance and career development contracts at the job-centre desk.",
        subcommands: [
            NewCommand.self, ListCommand.self, ShowCommand.self, ImportCommand.self, ValidateCommand.self,
        ]
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        print(Localizer(language: .current).text(.interactiveNotYet))
    }
}
