import Foundation

/// One desk session's case file: the seeker, the guidance, the course, the contract, the notes.
/// Its JSON form is documented in docs/case-file.md and docs/case-file.schema.json.
public struct Case: Codable, Hashable, Sendable, Identifiable {
    /// The case file format this code writes. Older files are migrated on read (`CaseMigration`).
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    public var id: CaseID
    /// Incremented by every save; a save refuses to overwrite a newer revision on disk.
    public var revision: Int
    public var status: CaseStatus
    public var stage: CaseStage
    public var createdAt: Date
    public var updatedAt: Date
    /// The officer who opened the case.
    public var caseworker: String
    public var seeker: JobSeeker
    public var guidance: Guidance?
    public var course: CourseChoice?
    public var contract: Contract?
    public var notes: [CaseNote]
    public var feedback: [StageFeedback]
    public var history: [HistoryEntry]

    public init(
        id: CaseID, seeker: JobSeeker, caseworker: String, createdAt: Date, status: CaseStatus = .open,
        stage: CaseStage = .profile
    ) {
        self.schemaVersion = Case.currentSchemaVersion
        self.id = id
        self.revision = 0
        self.status = status
        self.stage = stage
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.caseworker = caseworker
        self.seeker = seeker
        self.guidance = nil
        self.course = nil
        self.contract = nil
        self.notes = []
        self.feedback = []
        self.history = [HistoryEntry(at: createdAt, by: caseworker, action: "created")]
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, id, revision, status, stage, createdAt, updatedAt, caseworker, seeker, guidance, course
        case contract, notes, feedback, history
    }

    /// Writes every top-level key, with `null` for a step not reached yet, so a case file
    /// always shows its whole shape. A case with a number beyond `CaseBounds` is not written:
    /// the reader would refuse the file.
    public func encode(to encoder: Encoder) throws {
        if let violation = CaseBounds.violation(in: self) {
            throw EncodingError.invalidValue(
                self,
                EncodingError.Context(codingPath: [], debugDescription: violation.path + ": " + violation.fault.code))
        }
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(id, forKey: .id)
        try c.encode(revision, forKey: .revision)
        try c.encode(status, forKey: .status)
        try c.encode(stage, forKey: .stage)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(caseworker, forKey: .caseworker)
        try c.encode(seeker, forKey: .seeker)
        try c.encode(guidance, forKey: .guidance)
        try c.encode(course, forKey: .course)
        try c.encode(contract, forKey: .contract)
        try c.encode(notes, forKey: .notes)
        try c.encode(feedback, forKey: .feedback)
        try c.encode(history, forKey: .history)
    }
}
