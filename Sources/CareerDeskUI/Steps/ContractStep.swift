import CareerDeskCore
import Foundation
import TerminalKit

/// The contract step's screen state.
public struct ContractStepState: Hashable, Sendable {
    public init() {}
}

/// Step: contract.
public enum ContractStep: CaseStepScreen {
    public static let stage = CaseStage.contract

    public static func enter(_ session: inout CaseSession, context: DeskContext, now: Date) {}

    public static func handle(_ key: Key, _ session: inout CaseSession, context: DeskContext, now: Date) -> StepReply {
        .ignored
    }

    public static func dialogAnswered(
        tag: String, result: DialogResult, _ session: inout CaseSession, context: DeskContext, now: Date
    ) -> StepReply { .handled }

    public static func render(_ session: CaseSession, context: DeskContext, into buffer: inout Buffer, rect: Rect) {}

    public static func keys(_ session: CaseSession, context: DeskContext) -> [KeyBarItem] { [] }

    public static func help(_ language: Language) -> String { "" }

    public static func isDone(_ item: Case) -> Bool { false }
}
