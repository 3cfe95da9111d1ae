import Foundation

/// The desk's unsaved work, one file per officer beside the cases
/// (`<store>/recovery/<officer>.json`, 0600), replaced atomically a second after each edit and
/// removed once everything is in the store. What it holds is the desk's business; the store
/// only keeps it safe.
public struct RecoveryJournal: Sendable {
    public let url: URL

    public init(store: FileCaseStore, caseworker: String) {
        // The login becomes a file name: keep letters, digits, dot, dash, underscore only.
        let safe = String(
            caseworker.unicodeScalars.map { scalar -> Character in
                let c = Character(scalar)
                return (c.isLetter || c.isNumber || c == "-" || c == "_" || c == ".") && scalar.isASCII ? c : "_"
            })
        let name = safe.isEmpty || safe.hasPrefix(".") ? "_\(safe)" : safe
        url = store.root.appendingPathComponent("recovery").appendingPathComponent("\(name).json")
    }

    public func write(_ data: Data) throws(StoreError) {
        try FileIO.ensureDirectory(url.deletingLastPathComponent())
        try FileIO.writeAtomically(data, to: url)
    }

    /// The journal's bytes, or nil when there is none.
    public func read() -> Data? { FileManager.default.contents(atPath: url.path) }

    public func clear() { unlink(url.path) }
}
