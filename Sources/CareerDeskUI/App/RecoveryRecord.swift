import CareerDeskCore
import Foundation

/// Unsaved work of the open case, written (atomically) a second after the last edit, so a crash
/// or a kill loses at most that second; removed once everything is in the store.
public struct RecoveryRecord: Codable, Hashable, Sendable {
    public static let currentVersion = 1
    public var version: Int
    public var savedAt: Date
    public var caseworker: String
    /// The working copy of the case (a new case carries a provisional id until it is created).
    public var item: Case
    public var isNew: Bool
    public var step: CaseStage
    /// The profile form as typed, field by field, including values not valid yet.
    public var profileTexts: [String: String]
    /// A case note being typed and not added yet.
    public var notesDraft: String?

    public init(
        savedAt: Date, caseworker: String, item: Case, isNew: Bool, step: CaseStage, profileTexts: [String: String],
        notesDraft: String? = nil
    ) {
        self.version = Self.currentVersion
        self.savedAt = savedAt
        self.caseworker = caseworker
        self.item = item
        self.isNew = isNew
        self.step = step
        self.profileTexts = profileTexts
        self.notesDraft = notesDraft
    }
}
