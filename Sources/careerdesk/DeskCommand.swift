import CareerDeskCore
import CareerDeskUI
import Foundation
import TerminalKit

/// Starts the interactive desk: opens the store and the catalog (before the terminal is
/// touched, so a problem is a plain message), then runs the screen until the officer quits.
struct DeskCommand {
    var store: StoreOptions

    func run() throws {
        let language = store.language
        let cases = try store.open()
        let prefetch = IndexPrefetch(cases)
        let catalogDirectory: URL
        let catalog: Catalog
        do {
            catalogDirectory = try CatalogLocator(explicit: nil).locate()
            catalog = try Catalog.load(from: catalogDirectory)
        } catch {
            throw CommandError(error.message(language))
        }
        let clock = environmentClock()
        let demo = catalogDirectory.appendingPathComponent("demo")
        let demoCount = DeskRunner.demoFiles(in: demo).count
        let runner = DeskRunner(
            store: cases,
            output: DeskDocuments(catalog: DocumentCatalog(catalog: catalog), clock: clock),
            caseworker: store.caseworkerName, language: language, demoDirectory: demoCount > 0 ? demo : nil,
            prefetch: prefetch)
        let context = DeskContext(
            language: language, caseworker: store.caseworkerName,
            storePath: Self.shortPath(cases.root.path)
                + (cases.isReadOnly ? " · " + DeskText.readOnlyStoreMark(language) : ""),
            catalog: catalog, demoCount: cases.isReadOnly ? 0 : demoCount, readOnlyStore: cases.isReadOnly)
        let program = DeskProgram(runner: runner, clock: clock)
        do {
            var terminal = try NcursesTerminal(environment: ProcessInfo.processInfo.environment)
            do {
                _ = try program.run(context: context, on: &terminal)
                terminal.close()
            } catch {
                terminal.close()
                throw error
            }
        } catch let error as TerminalError {
            throw CommandError(DeskCommand.message(error)(language), exitCode: error.exitCode)
        }
    }

    /// The home directory as `~`, so the header stays short.
    static func shortPath(_ path: String) -> String {
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        return path.hasPrefix(home + "/") ? "~" + path.dropFirst(home.count) : path
    }

    static func message(_ error: TerminalError) -> LocalizedText {
        switch error {
        case .notATerminal: DeskText.notATerminal
        case .dumbTerminal(let term): DeskText.dumbTerminal.with(["term": term.isEmpty ? "(unset)" : term])
        case .initializationFailed(let term): DeskText.terminalFailed.with(["term": term])
        case .inputClosed: DeskText.inputClosed
        }
    }
}
