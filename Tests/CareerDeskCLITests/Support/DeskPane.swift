import Foundation

/// The real desk in a tmux pane: keys go in with `send-keys`, the screen comes back with
/// `capture-pane`, as a person at a terminal would see it.
struct DeskPane {
    let name: String

    static var isAvailable: Bool { which("tmux") != nil }

    static func which(_ tool: String) -> URL? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(dir)).appendingPathComponent(tool)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Starts `careerdesk arguments…` in a new detached session of the given size, with the test
    /// environment of `CLI.run` (frozen clock start, fixed officer, C.UTF-8).
    static func start(
        _ arguments: [String], store: URL, width: Int = 100, height: Int = 30, environment: [String: String] = [:]
    ) throws -> DeskPane {
        let name = "cd-\(getpid())-\(UUID().uuidString.prefix(6))"
        var env = [
            "LANG": "C.UTF-8", "CAREERDESK_NOW": "2026-11-23T10:00:00Z", "USER": "test-officer",
            "CAREERDESK_STORE": store.path, "TERM": "xterm-256color",
        ]
        for (key, value) in environment { env[key] = value }
        // `env` execs the desk, so the pane's process is the desk itself (its pid is the pane's).
        let command =
            ["env"] + env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + [CLI.binary.path] + arguments
        try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height)] + command)
        return DeskPane(name: name)
    }

    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = which("tmux")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Keys by tmux name ("Enter", "F2", "Tab", "C-u", "M-1").
    func keys(_ names: String...) throws { try Self.tmux(["send-keys", "-t", name] + names) }

    /// Literal text (Cyrillic included), typed as it is.
    func type(_ text: String) throws { try Self.tmux(["send-keys", "-t", name, "-l", text]) }

    func screen() -> String { (try? Self.tmux(["capture-pane", "-p", "-t", name])) ?? "" }

    /// The desk's process id (the pane's), or nil when it has ended.
    func pid() -> pid_t? {
        let text = (try? Self.tmux(["list-panes", "-t", name, "-F", "#{pane_pid}"])) ?? ""
        return pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits until the screen shows `text` (polling, no fixed sleeps); the screen when it did.
    @discardableResult
    func wait(for text: String, timeout: TimeInterval = 10) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let shown = screen()
            if shown.contains(text) { return shown }
            usleep(20_000)
        } while Date() < deadline
        return nil
    }

    func kill(signal: Int32 = SIGKILL) {
        if let pid = pid() { Foundation.kill(pid, signal) }
    }

    func close() { _ = try? Self.tmux(["kill-session", "-t", name]) }
}
