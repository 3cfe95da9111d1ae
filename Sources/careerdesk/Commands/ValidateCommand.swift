import ArgumentParser
import CareerDeskCore
import Foundation

/// Checks every file in the store: it must parse as a case, and its data must pass the intake
/// validators. Exit 0 when clean, 1 when any problem is found, each printed as `path: reason`.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check every case file in the store (exit 1 on any problem).")

    @OptionGroup var store: StoreOptions
    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let language = store.language
        let cases = try store.open()
        let catalog = catalogOptions.loadForChecks(language)
        let report = StoreValidation.run(cases, today: LocalDate(environmentClock().now), catalog: catalog)
        if report.temporariesRemoved > 0 {
            out(CommandText.validateTemporariesRemoved.with(["count": String(report.temporariesRemoved)])(language))
        }
        for line in report.problems { out(line.text(language)) }
        // The index is checked too: damage in it is reported (and repaired), never "all is well".
        let repairs = IndexRepairsText.lines(cases.verifyIndex(), language)
        for line in repairs { out(line) }
        if report.problems.isEmpty && repairs.isEmpty {
            out(CommandText.validateClean.with(["count": String(report.filesChecked)])(language))
        } else {
            FileHandle.standardError.write(
                Data(
                    (CommandText.validateProblems.with([
                        "count": String(report.filesChecked), "bad": String(report.badFiles),
                    ])(language) + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
