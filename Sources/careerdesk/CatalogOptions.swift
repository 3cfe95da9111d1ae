import ArgumentParser
import CareerDeskCore
import Foundation

/// Where the catalog comes from: `--data DIR`, else `$CAREERDESK_DATA`, the installed share
/// directory, then the source tree's data/.
struct CatalogOptions: ParsableArguments {
    @Option(
        name: .long,
        help:
            "The catalog directory (default: $CAREERDESK_DATA, <prefix>/share/careerdesk, else the source tree's data/)."
    )
    var data: String?

    /// The catalog directory in use, or a message listing where it was looked for.
    func directory(_ language: Language) throws -> URL {
        do {
            return try CatalogLocator(explicit: data).locate()
        } catch {
            throw CommandError(error.message(language))
        }
    }

    /// The catalog for checking cases against it (signed terms against their programmes), or nil
    /// with a note on stderr saying what was not checked and why: the command goes on without it.
    func loadForChecks(_ language: Language) -> Catalog? {
        do {
            return try Catalog.load(from: try CatalogLocator(explicit: data).locate())
        } catch {
            note(CommandText.termsUnchecked.with(["reason": error.message(language)])(language))
            return nil
        }
    }

    /// Loads and checks the catalog.
    func load(_ language: Language) throws -> Catalog {
        let dir = try directory(language)
        do {
            return try Catalog.load(from: dir)
        } catch {
            throw CommandError(error.message(language))
        }
    }
}
