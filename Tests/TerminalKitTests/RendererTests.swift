import Testing

@testable import TerminalKit

@Suite struct RendererTests {
    @Test func firstFrameDrawsAfterClearAndLaterFramesOnlyChanges() {
        var terminal = TestTerminal(size: Size(width: 20, height: 3))
        var renderer = Renderer()
        var frame = Buffer(size: terminal.size)
        frame.draw("Привет, мир", x: 0, y: 0)
        renderer.draw(frame, on: &terminal)
        #expect(terminal.clears == 1)
        #expect(terminal.lastWriteCount == 10)  // the non-blank cells ("Привет, мир" minus the space)
        #expect(terminal.text.hasPrefix("Привет, мир"))

        frame.draw("М", x: 8, y: 0)
        renderer.draw(frame, on: &terminal)
        #expect(terminal.writes.last == [CellChange(x: 8, y: 0, cell: Cell("М"))])
        #expect(terminal.text.hasPrefix("Привет, Мир"))

        renderer.draw(frame, on: &terminal)
        #expect(terminal.writes.count == 2)  // nothing changed, nothing written
    }

    @Test func wideGlyphReplacedByNarrowRewritesBothHalves() {
        var terminal = TestTerminal(size: Size(width: 6, height: 1))
        var renderer = Renderer()
        var frame = Buffer(size: terminal.size)
        frame.draw("日本", x: 0, y: 0)
        renderer.draw(frame, on: &terminal)
        frame.draw("ab", x: 0, y: 0)
        renderer.draw(frame, on: &terminal)
        #expect(terminal.writes.last?.map(\.x) == [0, 1])
        #expect(terminal.text == "ab本  ")
    }

    @Test func resizeForcesFullRedraw() {
        var terminal = TestTerminal(size: Size(width: 10, height: 2))
        var renderer = Renderer()
        var frame = Buffer(size: terminal.size)
        frame.draw("abc", x: 0, y: 0)
        renderer.draw(frame, on: &terminal)
        terminal.resize(to: Size(width: 12, height: 2))
        var bigger = Buffer(size: terminal.size)
        bigger.draw("abc", x: 0, y: 0)
        renderer.draw(bigger, on: &terminal)
        #expect(terminal.clears == 2)
        #expect(terminal.text.hasPrefix("abc"))
    }

    @Test func cursorFollowsTheFrame() {
        var terminal = TestTerminal(size: Size(width: 10, height: 2))
        var renderer = Renderer()
        var frame = Buffer(size: terminal.size)
        frame.cursor = Position(x: 3, y: 1)
        renderer.draw(frame, on: &terminal)
        #expect(terminal.cursor == Position(x: 3, y: 1))
    }
}
