import CareerDeskCore
import Foundation
import TerminalKit

/// What stays fixed for a whole desk session: language, officer, store, catalog.
public struct DeskContext: Sendable {
    public var language: Language
    public var caseworker: String
    /// The store directory as shown in the header.
    public var storePath: String
    public var catalog: Catalog
    public var engine: GuidanceEngine
    /// How many demo cases ship in data/demo (0: none found, the welcome does not offer them).
    public var demoCount: Int
    /// The store cannot be written: every case opens read-only, nothing is saved.
    public var readOnlyStore: Bool

    public init(
        language: Language, caseworker: String, storePath: String, catalog: Catalog, demoCount: Int,
        readOnlyStore: Bool = false
    ) {
        self.readOnlyStore = readOnlyStore
        self.language = language
        self.caseworker = caseworker
        self.storePath = storePath
        self.catalog = catalog
        self.engine = GuidanceEngine(catalog: catalog)
        self.demoCount = demoCount
    }

    /// A text from the localisation tables in the session's language.
    public func text(_ item: LocalizedText) -> String { item(language) }
    public func text(_ item: LocalizedText, _ values: [String: String]) -> String { item.with(values)(language) }
}

/// The screen under any overlay.
public enum Screen: Hashable, Sendable {
    case desk
    case caseFile
}

/// A one-line message in the status line: the result of the last action.
public struct Notice: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, error }
    public var text: String
    public var kind: Kind

    public static func info(_ text: String) -> Notice { Notice(text: text, kind: .info) }
    public static func error(_ text: String) -> Notice { Notice(text: text, kind: .error) }
}

/// The whole state of the desk: one value, changed only by `DeskUpdate.update`.
public struct AppState: Sendable {
    public var context: DeskContext
    public var size: Size
    /// The time of the last tick or key, from the edge (update never reads a clock).
    public var now: Date
    public var screen: Screen
    public var desk: DeskState
    /// The open case, when one is open.
    public var session: CaseSession?
    /// A modal layer drawn over the screen; it gets every key while it is up.
    public var overlay: Overlay?
    public var notice: Notice?
    /// Set by update when the desk should stop (after the effects of that step ran).
    public var quitting: Bool
    /// Where the last document went (printer or file): the next print offers the same first.
    public var lastPrint: PrintDestination? = nil

    public init(context: DeskContext, now: Date, size: Size = Size(width: 80, height: 24)) {
        self.context = context
        self.size = size
        self.now = now
        self.screen = .desk
        self.desk = DeskState(language: context.language)
        self.session = nil
        self.overlay = nil
        self.notice = nil
        self.quitting = false
    }

    public var language: Language { context.language }
    public func text(_ item: LocalizedText) -> String { item(context.language) }
    public func text(_ item: LocalizedText, _ values: [String: String]) -> String {
        item.with(values)(context.language)
    }
    public var today: LocalDate { LocalDate(now) }
}
