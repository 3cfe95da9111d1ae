import CareerDeskCore
import Foundation
import TerminalKit

/// The desk wired to a terminal: events become actions (with the time read here, at the edge),
/// `DeskUpdate.update` decides, the runner performs the effects and feeds the results back.
public struct DeskProgram {
    public let runner: DeskRunner
    public let clock: any CareerDeskCore.Clock
    /// The clock's time at start and the monotonic uptime then: the desk's time runs on from
    /// the clock's (a fixed test clock too) with sub-second precision, which autosave's
    /// half-second pause needs; the store keeps stamping files with the clock itself.
    let start: Date
    let startUptime: TimeInterval

    public init(runner: DeskRunner, clock: any CareerDeskCore.Clock) {
        self.runner = runner
        self.clock = clock
        self.start = clock.now
        self.startUptime = ProcessInfo.processInfo.systemUptime
    }

    /// Now, as the desk sees it.
    public func now() -> Date { start.addingTimeInterval(ProcessInfo.processInfo.systemUptime - startUptime) }

    /// The state before the first frame: the case list loaded, and unsaved work offered back.
    public func initialState(context: DeskContext, size: Size) -> AppState {
        var state = AppState(context: context, now: now(), size: size)
        state = run(.loadCases(rows: size.height), on: state)
        state = run(.checkRecovery, on: state)
        if context.readOnlyStore, state.notice == nil {
            state.notice = .error(context.text(DeskText.readOnlyStoreNotice))
        }
        return state
    }

    /// Applies an action and performs every effect it leads to, depth first.
    public func dispatch(_ action: Action, on state: AppState) -> AppState {
        let (next, effects) = DeskUpdate.update(state, action)
        return effects.reduce(next) { run($1, on: $0) }
    }

    func run(_ effect: Effect, on state: AppState) -> AppState {
        runner.perform(effect).reduce(state) { dispatch($1, on: $0) }
    }

    /// The actions one terminal event means: whatever background work finished meanwhile
    /// (so a key acts on the latest list and search), then keys and sizes as they are, then a
    /// tick, which carries the time. (Ticks also come alone after 200 ms without a key; a
    /// steady typist would otherwise hold off autosave for as long as they type.) A key waits
    /// for the whole list when the first frame showed only its head, and so does a size taller
    /// than the head.
    public func actions(for event: AppEvent) -> [Action] {
        let first: [Action]
        switch event {
        case .key(let key): first = [.key(key)]
        case .resized(let size): first = [.resized(size)]
        case .tick: first = []
        case .inputClosed: return [.tick(now()), .inputClosed]
        }
        let waitForList: Bool
        switch event {
        case .key: waitForList = true
        case .resized(let size): waitForList = !runner.headCovers(height: size.height)
        case .tick, .inputClosed: waitForList = false
        }
        return runner.collect(waitForList: waitForList) + first + [.tick(now())]
    }

    public func app(language: Language) -> App<AppState, Never> {
        App(
            smallWindowNotice: { size, minimum in
                DeskText.smallWindow.with([
                    "width": String(size.width), "height": String(size.height), "minWidth": String(minimum.width),
                    "minHeight": String(minimum.height),
                ])(language)
            },
            tickMilliseconds: 200,
            update: { state, event in
                var s = state
                if case .key = event { s.now = now() }
                for action in actions(for: event) { s = dispatch(action, on: s) }
                return s.quitting ? .quit(s) : .next(s)
            },
            view: { state, size in DeskView.render(state, size: size) })
    }

    /// Runs the desk until the officer quits.
    public func run<T: Terminal>(context: DeskContext, on terminal: inout T) throws -> AppState {
        let initial = initialState(context: context, size: terminal.size)
        return try app(language: context.language).run(initial, on: &terminal)
    }
}
