import Foundation
import Testing

/// Runs the real `terminalkit-demo` binary inside tmux, as a person would: types Cyrillic with
/// `send-keys -l`, reads the screen with `capture-pane -p`, resizes the window, then ends the
/// program with SIGTERM (and a crash) and checks the shell got its terminal back unchanged.
/// Each test uses a private tmux server (`-L`) that is killed at the end.
@Suite(.serialized) struct EndToEndTests {
    @Test func demoInTmuxFormTableDialogResizeAndSigterm() throws {
        let session = try TmuxSession()
        defer { session.close() }
        try session.start(demo: ["--pid-file", session.file("pid")])
        try session.waitFor { $0.contains("TerminalKit — демонстрация") && $0.contains("F10Выход") }

        // Cyrillic typed into the form, a date through its mask, then save.
        try session.typeText("Иванов Ёжик")
        try session.waitFor { $0.contains("ФИО *           Иванов Ёжик") }
        try session.keys("Tab")
        try session.typeText("31122024")
        try session.waitFor { $0.contains("31.12.2024") }
        try session.keys("F2")
        try session.waitFor { $0.contains("Анкета: Иванов Ёжик, 31.12.2024") }
        try session.keys("Enter")
        try session.waitFor { !$0.contains("Анкета: Иванов Ёжик") }

        // The table: type-to-filter with ё typed as е, then a bracketed paste as one insertion.
        try session.keys("F3")
        try session.typeText("елк")
        try session.waitFor { $0.contains("Вакансии (2)") && $0.contains("ИП Ёлкин") && !$0.contains("ПАО Сбер") }
        try session.keys("Escape")
        try session.waitFor { $0.contains("Вакансии (7)") }
        try session.paste("сбер")
        try session.waitFor { $0.contains("Вакансии (1)") && $0.contains("ПАО Сбер") }

        // A dialog opens and Esc (ESCDELAY 25 ms) closes it.
        try session.keys("F10")
        try session.waitFor { $0.contains("Закрыть демонстрацию?") && $0.contains("[ Нет ]") }
        try session.keys("Escape")
        try session.waitFor { !$0.contains("Закрыть демонстрацию?") }

        // Resize: redraw at the new size; too small shows the app's notice; back again.
        try session.tmux("resize-window", "-t", session.name, "-x", "120", "-y", "32")
        try session.waitFor { screen in
            screen.split(separator: "\n").contains {
                $0.hasPrefix("┌─ Вакансии") && $0.count == 120 && $0.hasSuffix("┐")
            }
        }
        try session.tmux("resize-window", "-t", session.name, "-x", "60", "-y", "20")
        try session.waitFor { $0.contains("Окно слишком маленькое") }
        try session.tmux("resize-window", "-t", session.name, "-x", "100", "-y", "30")
        try session.waitFor { $0.contains("TerminalKit — демонстрация") && $0.contains("ПАО Сбер") }

        // SIGTERM: the terminal must be restored — primary screen, shell prompt, same stty.
        let pid = try #require(
            Int32(
                String(contentsOfFile: session.file("pid"), encoding: .utf8).trimmingCharacters(
                    in: .whitespacesAndNewlines)))
        kill(pid, SIGTERM)
        try session.waitFor { $0.contains("EXIT=143") }
        try session.expectTerminalRestored()

        // On a real terminal with TERM=dumb: a clear message and exit status 2, no screen.
        try session.typeText("TERM=dumb '\(try TmuxSession.demoBinary().path)'; echo DUMB=$?\n")
        try session.waitFor { $0.contains("DUMB=2") && $0.contains("TERM=dumb cannot show a full-screen interface") }
    }

    @Test func crashLeavesTheTerminalUsableAndPrintsTheReport() throws {
        let session = try TmuxSession()
        defer { session.close() }
        // LANG names a locale that is not generated here: TerminalKit must fall back to
        // C.UTF-8 for characters, or the Cyrillic title would come out as garbage.
        try session.start(demo: ["--crash-key"], environment: "LANG=ru_RU.UTF-8")
        try session.waitFor { $0.contains("TerminalKit — демонстрация") }
        try session.typeText("Ёж")
        try session.waitFor { $0.contains("ФИО *           Ёж") }
        try session.keys("F12")
        // fatalError traps: SIGILL on x86-64 (132), SIGTRAP on arm64 (133).
        try session.waitFor(seconds: 20) { $0.contains("EXIT=132") || $0.contains("EXIT=133") }
        try session.expectTerminalRestored()
        // The runtime's message, written while the alternate screen was up, is shown after it.
        let history = try session.history()
        #expect(history.contains("Fatal error: terminalkit-demo: crash requested with F12"), "\(history)")
    }

    @Test func noColorKeepsReverseAndBoldButSendsNoColour() throws {
        let session = try TmuxSession()
        defer { session.close() }
        try session.start(demo: [], environment: "NO_COLOR=1")
        try session.waitFor { $0.contains("F10Выход") }
        let mono = TmuxSession.sgrParameters(try session.styledScreen())
        #expect(mono.isDisjoint(with: TmuxSession.colourParameters), "colour sent with NO_COLOR: \(mono)")
        #expect(mono.contains(7) && mono.contains(1), "reverse and bold carry the meaning: \(mono)")
        try session.keys("F10")
        try session.waitFor { $0.contains("Закрыть демонстрацию?") }
        try session.typeText("д")
        try session.waitFor { $0.contains("EXIT=0") }

        // The same screen without NO_COLOR does use colour (so the check above can fail).
        try session.run(demo: [])
        try session.waitFor { $0.contains("F10Выход") }
        let coloured = TmuxSession.sgrParameters(try session.styledScreen())
        #expect(!coloured.isDisjoint(with: TmuxSession.colourParameters), "no colour at all: \(coloured)")
    }

    @Test func ctrlZSuspendsToTheShellAndFgRedraws() throws {
        let session = try TmuxSession()
        defer { session.close() }
        try session.start(demo: [])
        try session.waitFor { $0.contains("TerminalKit — демонстрация") }
        try session.typeText("Ёж")
        try session.waitFor { $0.contains("ФИО *           Ёж") }
        try session.keys("C-z")
        try session.waitFor { $0.contains("Stopped") }
        try session.expectTerminalRestored()
        try session.typeText("fg\n")
        // A full redraw with the state kept: the form still holds what was typed.
        try session.waitFor { $0.contains("TerminalKit — демонстрация") && $0.contains("ФИО *           Ёж") }
        try session.typeText("!")
        try session.waitFor { $0.contains("ФИО *           Ёж!") }
        // Quit through the confirm dialog: Ctrl-C asks, "д" answers "Да".
        try session.keys("C-c")
        try session.waitFor { $0.contains("Закрыть демонстрацию?") }
        try session.typeText("д")
        try session.waitFor { !$0.contains("F10Выход") && $0.contains("tk$") }
        try session.expectTerminalRestored()
    }

    @Test func refusesToRunWithoutATerminal() throws {
        let demo = try TmuxSession.demoBinary()
        // Piped output is refused before TERM is even looked at (TERM=dumb on a terminal is
        // covered in tmux above).
        for (term, expected) in [("xterm", "standard output is not a terminal"), ("dumb", "not a terminal")] {
            let p = Process()
            p.executableURL = demo
            p.environment = ["TERM": term, "LANG": "C.UTF-8"]
            let out = Pipe()
            let err = Pipe()
            p.standardOutput = out
            p.standardError = err
            p.standardInput = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(p.terminationStatus == 2)
            #expect(stdout.isEmpty, "nothing may be drawn into a pipe")
            #expect(stderr.contains(expected))
        }
    }
}

/// A private tmux server with one window running `sh`, driven through the tmux CLI.
struct TmuxSession {
    let socket: String
    let name = "tk"
    let directory: URL

    init() throws {
        socket = "tk-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The demo binary built next to this test bundle (`swift build` puts both in .build/<config>).
    static func demoBinary() throws -> URL {
        var candidates: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
            // The test runner may sit inside a bundle (…/X.xctest/Contents/MacOS on macOS).
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("terminalkit-demo"))
                dir = dir.deletingLastPathComponent()
            }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/terminalkit-demo"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw E2EError("terminalkit-demo not found (run `swift build` first); looked in \(candidates.map(\.path))")
        }
        return found
    }

    @discardableResult
    func tmux(_ args: String...) throws -> String { try tmux(args) }

    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        // posix_spawn rather than Foundation.Process: the tmux server that new-session forks
        // inherits descriptors Process watches for the child's exit, and Process then waits
        // for ever. Output goes to a file for the same reason.
        let outPath = file("tmux-output")
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // -u and a UTF-8 LANG: CI often runs with no locale, and tmux would then turn
        // every Cyrillic letter into "_" in capture-pane.
        let argv = ["tmux", "-u", "-L", socket, "-f", "/dev/null"] + args
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "TMUX")
        env.removeValue(forKey: "LC_ALL")
        env.removeValue(forKey: "LC_CTYPE")
        // `swift test` runs tests with NO_COLOR=1; the panes would inherit it and every demo
        // would be monochrome. Each test says what it wants on the demo's command line.
        env.removeValue(forKey: "NO_COLOR")
        env["LANG"] = "C.UTF-8"
        let envp = env.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = envp.map { strdup($0) } + [nil]
        defer {
            for pointer in cArgs + cEnv { free(pointer) }
        }
        // The test runner's threads block most signals; without a clean mask the tmux server
        // (and the shell and demo under it) would inherit that and ignore SIGTERM/SIGCHLD.
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
        let rc = posix_spawnp(&pid, "tmux", &actions, &attributes, cArgs, cEnv)
        guard rc == 0 else { throw E2EError("cannot start tmux (is it installed? `make deps`): errno \(rc)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let exited = (status & 0x7F) == 0
        guard exited && (status >> 8) & 0xFF == 0 else {
            throw E2EError("tmux \(args.joined(separator: " ")) failed (status \(status)): \(text)")
        }
        return text
    }

    /// Starts `sh` in a 100×30 window (LANG=C.UTF-8, known prompt), records `stty -g`, then
    /// runs the demo followed by `echo EXIT=$?`.
    func start(demo arguments: [String], environment: String = "") throws {
        _ = try Self.demoBinary()  // fail before starting tmux when the demo was not built
        try tmux(
            "new-session", "-d", "-s", name, "-x", "100", "-y", "30", "-e", "LANG=C.UTF-8",
            "env PS1='tk$ ' /bin/sh")
        try waitFor { $0.contains("tk$") }
        let stty = file("stty")
        try tmux("send-keys", "-t", name, "-l", "stty -g > '\(stty).before'; clear\n")
        try waitFor { _ in FileManager.default.fileExists(atPath: stty + ".before") }
        try run(demo: arguments, environment: environment)
    }

    /// Runs the demo (again) at the shell prompt, followed by `echo EXIT=$?`.
    func run(demo arguments: [String], environment: String = "") throws {
        let demo = try Self.demoBinary()
        try tmux("send-keys", "-t", name, "-l", "clear\n")
        let command = ([demo.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        try tmux("send-keys", "-t", name, "-l", "\(environment) \(command); echo EXIT=$?\n")
    }

    func typeText(_ text: String) throws { try tmux("send-keys", "-t", name, "-l", text) }
    func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// Pastes `text` as a terminal would with bracketed paste on (tmux wraps it in ESC[200~ … ESC[201~).
    func paste(_ text: String) throws {
        try tmux("set-buffer", "-b", "tk", text)
        try tmux("paste-buffer", "-p", "-d", "-b", "tk", "-t", name)
    }

    func screen() throws -> String { try tmux("capture-pane", "-p", "-t", name) }

    /// The screen and everything scrolled off it.
    func history() throws -> String { try tmux("capture-pane", "-p", "-S", "-", "-t", name) }

    /// The screen with its attributes and colours as SGR escape sequences (`capture-pane -e`).
    func styledScreen() throws -> String { try tmux("capture-pane", "-p", "-e", "-t", name) }

    /// SGR parameters that set a colour: 30–38 and 40–48 (38/48 start 256-colour and RGB forms),
    /// 90–97 and 100–107. 39 and 49 (default colours) are not colour.
    static let colourParameters = Set(Array(30...38) + Array(40...48) + Array(90...97) + Array(100...107))

    /// Every parameter of every `ESC [ … m` in `text`.
    static func sgrParameters(_ text: String) -> Set<Int> {
        var found = Set<Int>()
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            let body = rest.prefix { $0.isNumber || $0 == ";" }
            guard rest.dropFirst(body.count).first == "m" else { continue }
            found.formUnion(body.split(separator: ";").compactMap { Int($0) })
            rest = rest.dropFirst(body.count + 1)
        }
        return found
    }

    /// Polls the screen until `condition` holds (no fixed sleeps); fails with the last screen.
    func waitFor(seconds: Double = 10, _ condition: (String) throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if try condition(last) { return }
            usleep(50_000)
        }
        throw E2EError("timed out after \(seconds) s; screen was:\n\(last)")
    }

    /// After the demo ended: alternate screen left, demo gone from the screen, shell prompt
    /// back, and `stty -g` identical to before the demo started.
    func expectTerminalRestored() throws {
        // Alternate screen off, cursor shown, keypad and cursor keys back in normal mode (else the
        // shell's arrows send ESC O A), mouse reporting and bracketed paste as tmux started them.
        let modes = try tmux(
            "display-message", "-p", "-t", name,
            "alt=#{alternate_on} cursor=#{cursor_flag} kcursor=#{keypad_cursor_flag} keypad=#{keypad_flag} mouse=#{mouse_any_flag}"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(modes == "alt=0 cursor=1 kcursor=0 keypad=0 mouse=0")
        let screen = try screen()
        #expect(!screen.contains("F10Выход"), "the demo's screen must be gone:\n\(screen)")
        let stty = file("stty")
        try tmux(
            "send-keys", "-t", name, "-l",
            "stty -g > '\(stty).after'; cmp -s '\(stty).before' '\(stty).after' && echo STTY-SAME || echo STTY-DIFFERENT\n"
        )
        try waitFor { $0.contains("STTY-SAME") || $0.contains("STTY-DIFFERENT") }
        #expect(try self.screen().contains("STTY-SAME"))
    }

    func close() {
        _ = try? tmux("kill-server")
        // The server leaves its socket file behind; it is ours, so tidy it.
        let socketDirectory = (ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())"
        try? FileManager.default.removeItem(atPath: socketDirectory + "/" + socket)
        try? FileManager.default.removeItem(at: directory)
    }
}

struct E2EError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
