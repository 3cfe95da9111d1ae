import Foundation

/// Runs the real `careerdesk` binary, as a person at a shell would, and captures what it says.
///
/// The binary is found beside the test bundle (both are built into the same folder by
/// `swift build`), or at `$CAREERDESK_BIN`.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["CAREERDESK_BIN"] { return URL(fileURLWithPath: path) }
        return productsDirectory.appendingPathComponent("careerdesk")
    }

    /// The build products folder: the one holding the running test bundle.
    static var productsDirectory: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.path != "/" && !url.lastPathComponent.hasSuffix(".xctest") {
            url.deleteLastPathComponent()
        }
        if url.path == "/" {
            url = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        }
        return url.deletingLastPathComponent()
    }

    /// Runs `careerdesk args…` with a frozen clock and the given store; stdin is /dev/null.
    @discardableResult
    static func run(
        _ arguments: [String], store: URL? = nil, environment: [String: String] = [:], input: Data? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["CAREERDESK_NOW"] = "2026-11-23T10:00:00Z"
        env["USER"] = "test-officer"
        env.removeValue(forKey: "CAREERDESK_LANG")
        if let store { env["CAREERDESK_STORE"] = store.path }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let inPipe = Pipe()
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes before waiting, so a chatty command never blocks on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A fresh, empty directory under the system temp folder, removed by the caller.
func makeTempDirectory(_ name: String = "careerdesk") -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "\(name)-\(getpid())-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
