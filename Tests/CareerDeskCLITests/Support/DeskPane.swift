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
        _ arguments: [String], store: URL, width: Int = 100, height: Int = 30, environment: [String: String] = [:],
        wrapper: [String] = []
    ) throws -> DeskPane {
        let name = "cd-\(getpid())-\(UUID().uuidString.prefix(6))"
        var env = [
            "LANG": "C.UTF-8", "CAREERDESK_NOW": "2026-11-23T10:00:00Z", "USER": "test-officer",
            "CAREERDESK_STORE": store.path, "TERM": "xterm-256color",
        ]
        for (key, value) in environment { env[key] = value }
        // `env` execs the desk, so the pane's process is the desk itself (its pid is the pane's).
        // `wrapper` goes before it (`setsid -w`: the desk in a session of its own, no SIGHUP).
        let command =
            wrapper + ["env"] + env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + [CLI.binary.path]
            + arguments
        try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height)] + command, server: name)
        return DeskPane(name: name)
    }

    /// Runs the tmux client on this pane's own server (`-L name`, no config) with posix_spawn:
    /// Foundation.Process would wait for ever on the server tmux forks, which inherits its
    /// pipes, and would pass on the test runner's blocked signals, so a desk whose terminal
    /// went away would never get its SIGHUP. Output goes through a file; LANG=C.UTF-8 keeps
    /// capture-pane's Cyrillic.
    @discardableResult
    static func tmux(_ arguments: [String], server: String, checked: Bool = false) throws -> String {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("\(server).out").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ["tmux", "-u", "-L", server, "-f", "/dev/null"] + arguments
        var env = ProcessInfo.processInfo.environment
        for key in ["TMUX", "LC_ALL", "LC_CTYPE", "NO_COLOR", "CAREERDESK_LANG"] { env.removeValue(forKey: key) }
        env["LANG"] = "C.UTF-8"
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in cArgs + cEnv { free(pointer) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, "tmux", &actions, &attributes, cArgs, cEnv)
        guard rc == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        defer { unlink(outPath) }
        let text = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        // `checked`: a failing tmux command (a session that is gone) is an error, with its words.
        if checked, status & 0x7F != 0 || (status >> 8) & 0xFF != 0 {
            throw DeskPaneError("tmux \(arguments.joined(separator: " ")) failed (status \(status)): \(text)")
        }
        return text
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String { try Self.tmux(arguments, server: name) }

    /// Keys by tmux name ("Enter", "F2", "Tab", "C-u", "M-1").
    func keys(_ names: String...) throws { try tmux(["send-keys", "-t", name] + names) }

    /// Literal text (Cyrillic included), typed as it is.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    func screen() -> String { (try? tmux(["capture-pane", "-p", "-t", name])) ?? "" }

    /// The desk's process id (the pane's), or nil when it has ended.
    func pid() -> pid_t? {
        let text = (try? tmux(["list-panes", "-t", name, "-F", "#{pane_pid}"])) ?? ""
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

    /// Ends the pane's own tmux server (and so the desk, by SIGHUP).
    func close() {
        _ = try? tmux(["kill-server"])
        let directory = (ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())"
        try? FileManager.default.removeItem(atPath: directory + "/" + name)
    }
}

/// A tmux command that failed, with what it said.
struct DeskPaneError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
