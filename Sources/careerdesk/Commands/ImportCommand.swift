import ArgumentParser
import CareerDeskCore
import Foundation

/// Imports case files (bare, or as written by `careerdesk export --format json`).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import case files into the store, validating each.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @Argument(help: "Case files (.json) to import.") var files: [String]
    @Flag(help: "Replace a case that already exists under the same id.") var replace = false

    func run() throws {
        let language = store.language
        let cases = try store.open()
        let validator = JobSeekerValidator(today: LocalDate(environmentClock().now))
        var failures = 0
        let catalog = catalogOptions.loadForChecks(language)
        for file in files {
            let url = URL(fileURLWithPath: file)
            do {
                let item = try CaseImport.read(url)
                let problems = validator.validate(item.seeker)
                if !problems.isEmpty {
                    throw CommandError(problems.map { $0.text(language) }.joined(separator: "; "))
                }
                let saved = try cases.insert(item, by: store.caseworkerName, replace: replace)
                out(CommandText.imported.with(["file": file, "id": saved.id.description])(language))
                // A signed contract is imported as signed; terms outside its programme are reported.
                if let catalog {
                    for line in SignedTermsCheck.lines(SignedTermsCheck.problems(saved, catalog: catalog)) {
                        note(CommandText.importedOutside.with(["file": file, "problem": line(language)])(language))
                    }
                }
            } catch StoreError.auditNotWritten(let id, let revision, let code) {
                // Imported, but not audited: both said, and the exit code is not 0.
                failures += 1
                out(CommandText.imported.with(["file": file, "id": id.description])(language))
                FileHandle.standardError.write(
                    Data(
                        (StoreError.auditNotWritten(id, revision: revision, errno: code).text(language) + "\n").utf8))
            } catch {
                failures += 1
                let reason: String
                switch error {
                case let e as CaseFileError: reason = e.text(language)
                case let e as StoreError: reason = e.text(language)
                case let e as CommandError: reason = e.message
                default: reason = String(describing: error)
                }
                FileHandle.standardError.write(
                    Data((CommandText.importFailed.with(["file": file, "reason": reason])(language) + "\n").utf8))
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
