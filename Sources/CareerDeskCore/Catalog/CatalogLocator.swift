import Foundation

/// Finds the catalog directory in use: `--data DIR`, then `$CAREERDESK_DATA`, then the installed
/// share directory (`<executable dir>/../share/careerdesk`), then the source tree's `data/`
/// found by walking up from the executable and from the current directory.
public struct CatalogLocator: Sendable {
    /// The file whose presence marks a catalog directory.
    public static let markerFile = "regions.json"

    public var explicit: String?
    public var environment: [String: String]
    public var executable: URL?
    public var currentDirectory: URL

    public init(
        explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = Bundle.main.executableURL,
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) {
        self.explicit = explicit
        self.environment = environment
        self.executable = executable
        self.currentDirectory = currentDirectory
    }

    /// The catalog directory, or an error listing every place searched.
    public func locate() throws(CatalogError) -> URL {
        if let explicit, !explicit.isEmpty {
            let url = URL(fileURLWithPath: explicit, relativeTo: currentDirectory).standardizedFileURL
            guard Self.isCatalog(url) else { throw .notACatalog(path: url.path) }
            return url
        }
        if let env = environment["CAREERDESK_DATA"], !env.isEmpty {
            let url = URL(fileURLWithPath: env, relativeTo: currentDirectory).standardizedFileURL
            guard Self.isCatalog(url) else { throw .notACatalog(path: url.path) }
            return url
        }
        var searched: [String] = []
        for candidate in candidates() {
            searched.append(candidate.path)
            if Self.isCatalog(candidate) { return candidate }
        }
        throw .notFound(searched: searched)
    }

    /// The share directory, then `data/` in every directory above the executable and the
    /// current directory, nearest first.
    func candidates() -> [URL] {
        var out: [URL] = []
        if let exe = executable?.resolvingSymlinksInPath() {
            let dir = exe.deletingLastPathComponent()
            out.append(dir.deletingLastPathComponent().appendingPathComponent("share/careerdesk").standardizedFileURL)
            out += Self.walkUp(from: dir)
        }
        out += Self.walkUp(from: currentDirectory)
        var seen = Set<String>()
        return out.filter { seen.insert($0.path).inserted }
    }

    static func walkUp(from start: URL) -> [URL] {
        var out: [URL] = []
        var dir = start.standardizedFileURL
        for _ in 0..<32 {
            out.append(dir.appendingPathComponent("data"))
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        return out
    }

    public static func isCatalog(_ directory: URL) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(markerFile).path)
    }
}
