import Foundation

/// What the desk list, the filter and the CSV register need of a case, without the rest of it.
///
/// Kept in the store's index (docs/store-index.md) so neither the desk nor `list` nor the
/// register decodes every case file. The register fields (`createdAt`, `track`,
/// `targetOccupation`, `courseId`, `courseTitle`, `fundedAmount`) are those `CaseRegister.row`
/// reads from a whole case.
public struct CaseSummary: Codable, Hashable, Sendable {
    public var id: CaseID
    public var fullName: String
    public var snils: String
    public var birthDate: LocalDate?
    public var region: String
    public var stage: CaseStage
    public var status: CaseStatus
    public var contractStatus: ContractStatus?
    public var updatedAt: Date
    public var createdAt: Date
    /// The case file's revision (a save refuses to overwrite a newer one).
    public var revision: Int
    public var track: Guidance.Track?
    /// OKZ code of the target occupation.
    public var targetOccupation: String?
    public var courseId: String?
    /// The course title as stored in the case (the register prefers the catalog's translation).
    public var courseTitle: String?
    public var fundedAmount: Money?
    /// The date of the signed contract's next scheduled follow-up contact not yet held (nil: no
    /// signed contract, or none left), as of the case's last change (`nextFollowUp(of:)`).
    public var nextFollowUp: LocalDate?
    /// The officer who opened the case (the desk's queue of the officer's own follow-ups).
    public var caseworker: String

    public init(_ item: Case) {
        self.id = item.id
        self.fullName = item.seeker.fullName
        self.snils = item.seeker.snils
        self.birthDate = item.seeker.birthDate
        self.region = item.seeker.region
        self.stage = item.stage
        self.status = item.status
        self.contractStatus = item.contract?.status
        self.updatedAt = item.updatedAt
        self.createdAt = item.createdAt
        self.revision = item.revision
        self.track = item.guidance?.track
        self.targetOccupation = item.guidance?.targetOccupation
        self.courseId = item.course?.courseId
        self.courseTitle = item.course?.title
        self.fundedAmount = item.contract?.terms.fundedAmount
        self.nextFollowUp = Self.nextFollowUp(of: item)
        self.caseworker = item.caseworker
    }

    /// The first scheduled contact no contact has answered. The schedule is taken as of the
    /// day the case last changed (UTC), so the summary depends on the case file alone: the
    /// dates do not move with the clock, only their state (due, overdue) does, which the list
    /// works out from the date.
    public static func nextFollowUp(of item: Case) -> LocalDate? {
        guard let contract = item.contract, contract.isSigned else { return nil }
        let day = LocalDate(item.updatedAt, timeZone: TimeZone(identifier: "UTC")!)
        return FollowUpSchedule.items(for: contract, today: day).first { $0.contact == nil }?.date
    }

    /// Every field given: what the index reader builds from a line.
    public init(
        id: CaseID, fullName: String, snils: String, birthDate: LocalDate?, region: String, stage: CaseStage,
        status: CaseStatus, contractStatus: ContractStatus?, updatedAt: Date, createdAt: Date, revision: Int,
        track: Guidance.Track?, targetOccupation: String?, courseId: String?, courseTitle: String?,
        fundedAmount: Money?, nextFollowUp: LocalDate? = nil, caseworker: String = ""
    ) {
        self.id = id
        self.fullName = fullName
        self.snils = snils
        self.birthDate = birthDate
        self.region = region
        self.stage = stage
        self.status = status
        self.contractStatus = contractStatus
        self.updatedAt = updatedAt
        self.createdAt = createdAt
        self.revision = revision
        self.track = track
        self.targetOccupation = targetOccupation
        self.courseId = courseId
        self.courseTitle = courseTitle
        self.fundedAmount = fundedAmount
        self.nextFollowUp = nextFollowUp
        self.caseworker = caseworker
    }
}

/// A file in the store that could not be loaded, and why. It is reported, never overwritten.
public struct StoreProblem: Error, Hashable, Sendable {
    public var file: String
    public var error: CaseFileError

    public init(file: String, error: CaseFileError) {
        self.file = file
        self.error = error
    }

    public func text(_ language: Language) -> String { "\(file): \(error.text(language))" }
}
