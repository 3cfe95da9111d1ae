import CareerDeskCore
import Foundation
import TerminalKit

/// One binding of a screen: its keys, when it applies, what it does, and how the key bar and
/// the F1 help name it.
struct KeyBinding: Sendable {
    var keys: [Key]
    /// The key bar's label; nil for keys the bar leaves out (arrows, the second name of a key).
    var label: LocalizedText?
    var help: LocalizedText
    var when: @Sendable (AppState) -> Bool
    var run: @Sendable (Key, inout AppState) -> [Effect]

    init(
        _ keys: [Key], bar label: LocalizedText? = nil, help: LocalizedText,
        when: @escaping @Sendable (AppState) -> Bool = { _ in true },
        run: @escaping @Sendable (Key, inout AppState) -> [Effect]
    ) {
        self.keys = keys
        self.label = label
        self.help = help
        self.when = when
        self.run = run
    }
}

/// A screen's keys as data (issue 17.7): one table drives the dispatch, the key bar and the F1
/// help, so they cannot drift apart. A key is in the bar exactly when pressing it does something,
/// and the help names every key of the table.
struct KeyTable: Sendable {
    var bindings: [KeyBinding]

    /// Runs the binding that takes `key` now; nil when none does (the screen may use it otherwise,
    /// e.g. a typed letter).
    func handle(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard let binding = bindings.first(where: { $0.keys.contains(key) && $0.when(state) }) else { return nil }
        return binding.run(key, &state)
    }

    /// The key bar: the labelled bindings that apply now, in the table's order.
    func bar(_ state: AppState) -> [KeyBarItem] {
        bindings.compactMap { binding in
            guard let label = binding.label, binding.when(state) else { return nil }
            return KeyBarItem(binding.keys[0], label(state.language))
        }
    }

    /// The help: one line per binding, its keys and what it does.
    func help(_ language: Language) -> String {
        Self.helpLines(bindings.map { ($0.keys, $0.help) }, language)
    }

    /// One help line per binding, "F7 / Ins / Ctrl-N — a new case": the form both tables print.
    static func helpLines(_ bindings: [(keys: [Key], help: LocalizedText)], _ language: Language) -> String {
        bindings.map { $0.keys.map(\.name).joined(separator: " / ") + " — " + $0.help(language) }
            .joined(separator: "\n")
    }
}

/// One binding of a case step: as `KeyBinding`, on the step's session.
struct StepKeyBinding: Sendable {
    var keys: [Key]
    var label: LocalizedText?
    var help: LocalizedText
    var when: @Sendable (CaseSession, DeskContext) -> Bool
    var run: @Sendable (Key, inout CaseSession, DeskContext, Date) -> StepReply

    init(
        _ keys: [Key], bar label: LocalizedText? = nil, help: LocalizedText,
        when: @escaping @Sendable (CaseSession, DeskContext) -> Bool = { _, _ in true },
        run: @escaping @Sendable (Key, inout CaseSession, DeskContext, Date) -> StepReply
    ) {
        self.keys = keys
        self.label = label
        self.help = help
        self.when = when
        self.run = run
    }
}

/// A case step's keys as data: its `handle`, `keys` (the bar) and `help` all read this table.
struct StepKeyTable: Sendable {
    var bindings: [StepKeyBinding]

    /// The reply of the binding that takes `key` now; nil when none does.
    func handle(_ key: Key, _ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply? {
        guard let binding = bindings.first(where: { $0.keys.contains(key) && $0.when(session, context) }) else {
            return nil
        }
        return binding.run(key, &session, context, now)
    }

    func bar(_ session: CaseSession, context: DeskContext) -> [KeyBarItem] {
        bindings.compactMap { binding in
            guard let label = binding.label, binding.when(session, context) else { return nil }
            return KeyBarItem(binding.keys[0], label(context.language))
        }
    }

    func help(_ language: Language) -> String {
        KeyTable.helpLines(bindings.map { ($0.keys, $0.help) }, language)
    }
}
