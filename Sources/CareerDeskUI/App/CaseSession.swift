import CareerDeskCore
import Foundation
import TerminalKit

/// The case open on the case screen: the working copy, each step's screen state, and what is
/// not saved yet.
public struct CaseSession: Sendable {
    /// The working copy. A new case carries a provisional id until the store creates it.
    public var item: Case
    public var isNew: Bool
    /// Set when another desk holds the case: it opened read-only, and this names the holder.
    public var readOnlyHolder: String?
    public var step: CaseStage
    public var profile: ProfileForm
    public var guidance: GuidanceStepState
    public var course: CourseStepState
    public var contract: ContractStepState
    public var review: ReviewStepState
    public var followUp: FollowUpStepState
    /// When the first and the last unsaved edit happened (nil: nothing unsaved).
    public var firstUnsavedEdit: Date?
    public var lastEdit: Date?
    /// Steps whose feedback was asked already in this sitting (asked once, skippable).
    public var feedbackAsked: Set<CaseStage>
    /// The officer chose "create anyway" for this seeker: do not ask about duplicates again.
    public var duplicatesAccepted: Bool
    /// A note typed but not added yet (kept when the notes panel is closed).
    public var notesDraft: String
    /// The case as the store last had it (nil: unknown, e.g. recovered): a save is sent only
    /// when the working copy differs.
    public var stored: Case?
    /// The size of the step's body on screen, kept by the frame, for steps that page.
    public var bodySize: Size

    public init(item: Case, isNew: Bool, readOnlyHolder: String? = nil, context: DeskContext) {
        self.item = item
        self.isNew = isNew
        self.readOnlyHolder = readOnlyHolder
        self.step = isNew ? .profile : Self.resumeStep(item)
        self.profile = ProfileForm(seeker: item.seeker, context: context)
        self.guidance = GuidanceStepState()
        self.course = CourseStepState()
        self.contract = ContractStepState()
        self.review = ReviewStepState()
        self.followUp = FollowUpStepState()
        self.firstUnsavedEdit = nil
        self.lastEdit = nil
        self.feedbackAsked = Set(item.feedback.map(\.stage))
        self.duplicatesAccepted = false
        self.notesDraft = ""
        self.stored = isNew ? nil : item
        self.bodySize = Size(width: 80, height: 17)
    }

    public var isReadOnly: Bool { readOnlyHolder != nil }
    public var hasUnsavedWork: Bool { firstUnsavedEdit != nil }

    /// The step to show on opening a case: the furthest reached.
    static func resumeStep(_ item: Case) -> CaseStage { item.stage }

    /// A provisional id for a case not created yet (never written to the store: `create`
    /// allocates the real one). "NEW" is not a region code, so it cannot clash with a case.
    public static func provisionalID(now: Date) -> CaseID {
        CaseID(region: "NEW", year: min(9999, max(2000, LocalDate(now).year)), sequence: 1)!
    }
}

/// What a step's key handler asks of the frame around it.
public struct StepReply: Sendable {
    /// False: the step did not use the key; the frame may.
    public var handled: Bool
    public var effects: [Effect]
    public var notice: Notice?
    public var overlay: Overlay?

    public init(handled: Bool = true, effects: [Effect] = [], notice: Notice? = nil, overlay: Overlay? = nil) {
        self.handled = handled
        self.effects = effects
        self.notice = notice
        self.overlay = overlay
    }

    public static let ignored = StepReply(handled: false)
    public static let handled = StepReply()
}

/// One step of the case screen: its own update for keys and dialog answers, and its view.
/// The frame (header, step bar, notes, feedback, print, export, save) is common to all.
/// A step changes `session.item`; the frame notices and autosaves (and refuses the change
/// when the case is read-only).
public protocol CaseStepScreen {
    static var stage: CaseStage { get }
    /// Called each time the step is shown: derive what it lists from the case and the catalog.
    static func enter(_ session: inout CaseSession, context: DeskContext, now: Date)
    static func handle(_ key: Key, _ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply
    /// The answer to a dialog the step opened with `DialogPurpose.step(stage, tag:)`.
    static func dialogAnswered(
        tag: String, result: DialogResult, _ session: inout CaseSession, context: DeskContext, now: Date
    ) -> StepReply
    static func render(_ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect)
    /// The step's own keys for the bottom bar (the frame adds F1, F2, F3, F10…).
    static func keys(_ session: CaseSession, context: DeskContext) -> [KeyBarItem]
    /// The F1 text for the step.
    static func help(_ language: Language) -> String
    /// Whether the step is complete for this case (the step bar marks it ✓).
    static func isDone(_ item: Case) -> Bool
}

/// The five steps in order, and dispatch to each step's screen.
public enum CaseSteps {
    public static func screen(_ stage: CaseStage) -> any CaseStepScreen.Type {
        switch stage {
        case .profile: ProfileStep.self
        case .guidance: GuidanceStep.self
        case .course: CourseStep.self
        case .contract: ContractStep.self
        case .review: ReviewStep.self
        case .followUp: FollowUpStep.self
        }
    }
}
