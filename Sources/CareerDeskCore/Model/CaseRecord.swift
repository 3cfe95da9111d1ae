import Foundation

/// The steps of a desk session, in order. A case's `stage` is the furthest step reached.
public enum CaseStage: String, Codable, CaseIterable, Sendable, Comparable {
    case profile, guidance, course, contract, review
    /// After the signature: contacts, payments and the ledger.
    case followUp

    public static func < (lhs: CaseStage, rhs: CaseStage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Whether the case is being worked on.
public enum CaseStatus: String, Codable, CaseIterable, Sendable {
    case open
    case onHold
    case closed
}

/// A case note, timestamped and signed by the officer who wrote it.
public struct CaseNote: Codable, Hashable, Sendable {
    public var at: Date
    public var author: String
    public var stage: CaseStage?
    public var text: String

    public init(at: Date, author: String, stage: CaseStage? = nil, text: String) {
        self.at = at
        self.author = author
        self.stage = stage
        self.text = text
    }
}

/// The seeker's rating of a completed step (1–5) and an optional comment.
public struct StageFeedback: Codable, Hashable, Sendable {
    public var stage: CaseStage
    public var rating: Int
    public var comment: String?
    public var at: Date

    public init(stage: CaseStage, rating: Int, comment: String? = nil, at: Date) {
        self.stage = stage
        self.rating = rating
        self.comment = comment
        self.at = at
    }
}

/// One line of the case's own history: what was done, by whom, when (no personal values).
public struct HistoryEntry: Codable, Hashable, Sendable {
    public var at: Date
    public var by: String
    public var action: String
    public var fields: [String]?

    public init(at: Date, by: String, action: String, fields: [String]? = nil) {
        self.at = at
        self.by = by
        self.action = action
        self.fields = fields
    }
}
