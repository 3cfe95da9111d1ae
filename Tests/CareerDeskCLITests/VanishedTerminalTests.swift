import Foundation
import Testing

/// Issue 17.9: a terminal that goes away without a SIGHUP. The desk runs under `setsid -w` in a
/// tmux pane, so it has no controlling terminal and the kernel sends it no hang-up when the pane
/// dies; killing the tmux server closes its terminal under it. The desk used to spin at 100 % CPU
/// for ever on the read errors; it must save what was typed and end.
@Suite(.serialized, .enabled(if: DeskPane.isAvailable && DeskPane.which("setsid") != nil, "needs tmux and setsid"))
struct VanishedTerminalTests {
    /// The careerdesk process whose parent is `parent`, from /proc.
    static func child(of parent: pid_t) -> pid_t? {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = pid_t(entry),
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")"), let open = stat.firstIndex(of: "(")
            else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, pid_t(fields[1]) == parent, stat[stat.index(after: open)..<close] == "careerdesk" {
                return pid
            }
        }
        return nil
    }

    /// Whether `pid` still runs (a zombie waiting for its reaper has ended).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        return state != "Z" && state != "X"
    }

    @Test func aTerminalKilledWithoutSIGHUPEndsTheDeskAfterSavingWhatWasTyped() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("vanish-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: store) }
        let pane = try DeskPane.start([], store: store, wrapper: ["setsid", "-w"])
        var closed = false
        defer { if !closed { pane.close() } }
        #expect(pane.wait(for: "F7") != nil, "the desk did not start:\n\(pane.screen())")
        let shell = try #require(pane.pid())
        let desk = try #require(Self.child(of: shell), "careerdesk not found under setsid")
        try pane.keys("F7")
        #expect(pane.wait(for: "*") != nil)
        try pane.type("Исчезнувший Терминал")
        #expect(pane.wait(for: "Исчезнувший Терминал") != nil)

        pane.close()
        closed = true
        let deadline = Date().addingTimeInterval(10)
        while Self.isRunning(desk) && Date() < deadline { usleep(50_000) }
        let stillRunning = Self.isRunning(desk)
        if stillRunning { kill(desk, SIGKILL) }
        #expect(!stillRunning, "the desk went on running after its terminal vanished")
        // What was typed is in the recovery journal, offered at the next start.
        let journal = store.appendingPathComponent("recovery/test-officer.json")
        let text = try String(contentsOf: journal, encoding: .utf8)
        #expect(text.contains("Исчезнувший Терминал"))
    }
}
