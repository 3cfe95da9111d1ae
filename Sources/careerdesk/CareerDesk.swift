import ArgumentParser
import CareerDeskCore
import Foundation

/// The command line of CareerDesk: the interactive desk with no subcommand, otherwise a
/// non-interactive command that never touches the terminal.
struct CareerDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "careerdesk",
        abstract: "Career guidance and career development contracts at the job-centre desk.",
        subcommands: [
            NewCommand.self, ListCommand.self, ShowCommand.self, ImportCommand.self, ValidateCommand.self,
            SimulateCommand.self,
            PrintCommand.self, ExportCommand.self, CatalogCommand.self, GuideCommand.self,
            AnonymiseCommand.self, FollowUpCommand.self, PaymentCommand.self, PauseCommand.self, LedgerCommand.self,
            DueCommand.self,
        ]
    )

    // The desk finds its catalog as the commands do ($CAREERDESK_DATA, else data/ near the
    // program); a root `--data` would take the option away from the subcommands that have one.
    @OptionGroup var store: StoreOptions

    /// With no subcommand: the interactive desk on the store.
    func run() throws {
        try DeskCommand(store: store).run()
    }
}

/// Runs the command line: a `CommandError` becomes its message on stderr and its exit code,
/// with no "Error:" prefix and no stack trace; parsing errors get argument-parser's usage text.
@main
enum Entry {
    static func main() {
        // A file-size limit (ulimit -f) must fail a write with EFBIG, which the store reports,
        // rather than kill the process midway through a save.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command: any ParsableCommand
            if let split = ManyIDs.split(Array(CommandLine.arguments.dropFirst())),
                var export = try CareerDesk.parseAsRoot(split.arguments) as? ExportCommand
            {
                export.ids += split.setAside
                command = export
            } else {
                command = try CareerDesk.parseAsRoot()
            }
            try command.run()
        } catch let error as CommandError {
            fail(error)
        } catch {
            CareerDesk.exit(withError: error)
        }
    }
}
