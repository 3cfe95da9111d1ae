import Testing

@testable import TerminalKit

/// The run loop on the test terminal: keys in, frames out, quit, resize, suspend, small window.
@Suite struct AppTests {
    struct Counter {
        var text = ""
        var saved: [String] = []
    }
    enum Effect { case save(String) }

    let app = App<Counter, Effect>(
        minimumSize: Size(width: 20, height: 3),
        smallWindowNotice: { size, min in "Маловато: \(size), нужно \(min)" },
        update: { state, event in
            var s = state
            guard case .key(let key) = event else { return .next(s) }
            switch key {
            case .function(10): return .quit(s)
            case .function(2): return .next(s, effects: [.save(s.text)])
            case .character(let c): s.text.append(c)
            default: break
            }
            return .next(s)
        },
        view: { state, size in
            var b = Buffer(size: size)
            b.drawLine("Текст: " + state.text, in: b.area.row(0))
            b.drawLine("Сохранено: \(state.saved.count)", in: b.area.row(1))
            return b
        },
        perform: { effect, state in
            var s = state
            if case .save(let t) = effect { s.saved.append(t) }
            return s
        })

    @Test func keysUpdateStateEffectsRunAndQuitStops() throws {
        var terminal = TestTerminal(
            size: Size(width: 24, height: 3),
            keys: [.character("Ж"), .character("日"), .function(2), .function(10), .character("x")])
        let final = try app.run(Counter(), on: &terminal)
        #expect(final.text == "Ж日")
        #expect(final.saved == ["Ж日"])
        #expect(terminal.pendingKeys == [.character("x")])
        #expect(terminal.text.contains("Текст: Ж日"))
        #expect(terminal.text.contains("Сохранено: 1"))
    }

    /// A terminal whose input ended: the app hears `.inputClosed` once, its effects run (here:
    /// save), and the loop ends instead of polling a dead descriptor for ever.
    @Test func inputThatEndsIsTheLastEventAndItsEffectsRun() throws {
        let saving = App<Counter, Effect>(
            smallWindowNotice: { _, _ in "" },
            tickMilliseconds: 200,
            update: { state, event in
                var s = state
                switch event {
                case .key(.character(let c)): s.text.append(c)
                case .inputClosed: return .quit(s, effects: [.save(s.text)])
                default: break
                }
                return .next(s)
            },
            view: { _, size in Buffer(size: size) },
            perform: { effect, state in
                var s = state
                if case .save(let t) = effect { s.saved.append(t) }
                return s
            })
        var terminal = TestTerminal(size: Size(width: 80, height: 24), keys: [.character("я"), .character("!")])
        terminal.closesAfterKeys = true
        let final = try saving.run(Counter(), on: &terminal)
        #expect(final.text == "я!")
        #expect(final.saved == ["я!"])
    }

    @Test func tooSmallWindowShowsTheCallersNotice() throws {
        var terminal = TestTerminal(size: Size(width: 30, height: 3), keys: [.character("a")])
        terminal.resize(to: Size(width: 15, height: 2))
        _ = try app.run(Counter(), on: &terminal)
        #expect(terminal.text.contains("Маловато"))
    }

    @Test func ctrlZSuspendsAndRedrawsInFull() throws {
        var terminal = TestTerminal(size: Size(width: 24, height: 3), keys: [.ctrl("z")])
        let final = try app.run(Counter(), on: &terminal)
        #expect(terminal.suspensions == 1)
        #expect(terminal.clears == 2)
        #expect(final.text.isEmpty)
    }

    @Test func sizeArrivesFirstAfterEachResizeAndAfterResume() throws {
        let recorder = App<[AppEvent], Never>(
            minimumSize: Size(width: 1, height: 1), smallWindowNotice: { _, _ in "" },
            update: { events, event in .next(events + [event]) }, view: { _, size in Buffer(size: size) })
        var terminal = TestTerminal(size: Size(width: 10, height: 2), keys: [.character("a"), .ctrl("z")])
        terminal.pendingKeys.insert(.character("b"), at: 1)
        var events = try recorder.run([], on: &terminal)
        #expect(
            events == [
                .resized(Size(width: 10, height: 2)), .key(.character("a")), .key(.character("b")),
                .resized(Size(width: 10, height: 2)),
            ])
        terminal.resize(to: Size(width: 12, height: 3))
        events = try recorder.run([], on: &terminal)
        // The resize reaches update as the new size, never as a bare `.key(.resize)`.
        #expect(events == [.resized(Size(width: 12, height: 3)), .resized(Size(width: 12, height: 3))])
    }

    @Test func tickArrivesWhenNoKeyWithinTheInterval() throws {
        var ticking = App<Int, Never>(
            smallWindowNotice: { _, _ in "" }, tickMilliseconds: 10,
            update: { n, event in event == .tick ? (n >= 2 ? .quit(n) : .next(n + 1)) : .next(n) },
            view: { _, size in Buffer(size: size) })
        ticking.minimumSize = Size(width: 1, height: 1)
        var terminal = TestTerminal(size: Size(width: 5, height: 1))
        #expect(try ticking.run(0, on: &terminal) == 2)
    }
}
