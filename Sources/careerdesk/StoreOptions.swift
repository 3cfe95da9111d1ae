import ArgumentParser
import CareerDeskCore
import Foundation

/// Options every command that touches cases accepts.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The case store directory (default: $CAREERDESK_STORE, else ~/.local/share/careerdesk).")
    var store: String?

    @Option(name: .long, help: "The officer's name for the audit log (default: $USER).")
    var caseworker: String?

    @Option(name: .long, help: "Language of messages: ru or en (default: from $LANG, else ru).")
    var lang: Language?

    var language: Language { lang ?? .current }

    var caseworkerName: String {
        if let caseworker, !caseworker.isEmpty { return caseworker }
        let env = ProcessInfo.processInfo.environment
        for key in ["USER", "LOGNAME"] { if let v = env[key], !v.isEmpty { return v } }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "unknown"
    }

    var location: URL { StoreLocation.resolve(explicit: store) }

    /// Opens the store, turning a failure into a message for the person.
    func open() throws -> FileCaseStore {
        let store: FileCaseStore
        do {
            store = try FileCaseStore(root: location, clock: environmentClock())
        } catch {
            throw CommandError(error.text(language))
        }
        if store.isReadOnly { warn(StoreText.readOnlyNotice(language)) }
        return store
    }

    /// Says on stderr what damage the index found in itself and repaired (nothing when none).
    func reportIndexRepairs(_ store: FileCaseStore) {
        for line in IndexRepairsText.lines(store.takeIndexRepairs(), language) { warn(line) }
    }

    /// Parses a case id argument, with a clear message when it is malformed.
    func caseID(_ text: String) throws -> CaseID {
        guard let id = CaseID(text) else {
            throw CommandError(CommandText.badCaseID.with(["id": String(text.prefix(40))])(language))
        }
        return id
    }
}

extension Language: ExpressibleByArgument {}

/// One line on stderr.
func warn(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
