import Foundation

/// What the desk list, the filter and the register need of a case, without the rest of it.
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
