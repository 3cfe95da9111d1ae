import Foundation

/// A career development contract: the seeker is trained now and later pays a share of the
/// income increase, within a threshold, a cap, a term and a window (docs/contract.md).
///
/// Status and terms change only through `move(to:by:at:)`, `edit(terms:)` / `edit(parties:)` and
/// `amend(terms:parties:by:at:)`, so a signed contract's terms cannot be changed in place and
/// every status move records who made it and when.
public struct Contract: Codable, Hashable, Sendable {
    /// The programme (policy) the terms are bounded by, e.g. `earning-money-together`.
    public var programmeId: String
    /// 1 for the first version; amending signed terms makes version n+1 and keeps n in `previousVersions`.
    public private(set) var version: Int
    public private(set) var status: ContractStatus
    public private(set) var parties: ContractParties
    public private(set) var terms: ContractTerms
    public var courseStart: LocalDate?
    public var courseEnd: LocalDate?
    /// Every status move of this version, with who made it and when.
    public private(set) var statusHistory: [ContractStatusChange]
    /// Earlier versions, kept whole when signed terms are amended (oldest first).
    public private(set) var previousVersions: [ContractVersion]
    /// Contacts with the seeker after signing, in the order recorded (`recordFollowUp`).
    public internal(set) var followUps: [FollowUpContact]
    /// Payments received, in the order recorded (`recordPayment`).
    public internal(set) var payments: [PaymentRecord]
    /// Hardship pauses asked for, approved or not (`requestHardshipPause`, `approveHardshipPause`).
    public internal(set) var hardshipPauses: [HardshipPause]

    public init(
        programmeId: String, parties: ContractParties, terms: ContractTerms, courseStart: LocalDate? = nil,
        courseEnd: LocalDate? = nil
    ) {
        self.programmeId = programmeId
        self.version = 1
        self.status = .draft
        self.parties = parties
        self.terms = terms
        self.courseStart = courseStart
        self.courseEnd = courseEnd
        self.statusHistory = []
        self.previousVersions = []
        self.followUps = []
        self.payments = []
        self.hardshipPauses = []
    }

    private enum CodingKeys: String, CodingKey {
        case programmeId, version, status, parties, terms, courseStart, courseEnd, statusHistory, previousVersions
        case followUps, payments, hardshipPauses
    }

    /// A version 1 file has no life after signing yet: the three lists read as empty
    /// (`CaseMigration`); from version 2 on they are required.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        programmeId = try c.decode(String.self, forKey: .programmeId)
        version = try c.decode(Int.self, forKey: .version)
        status = try c.decode(ContractStatus.self, forKey: .status)
        parties = try c.decode(ContractParties.self, forKey: .parties)
        terms = try c.decode(ContractTerms.self, forKey: .terms)
        courseStart = try c.decodeIfPresent(LocalDate.self, forKey: .courseStart)
        courseEnd = try c.decodeIfPresent(LocalDate.self, forKey: .courseEnd)
        statusHistory = try c.decode([ContractStatusChange].self, forKey: .statusHistory)
        previousVersions = try c.decode([ContractVersion].self, forKey: .previousVersions)
        let before2 = CaseMigration.version(of: decoder) < 2
        followUps = try before2 ? [] : c.decode([FollowUpContact].self, forKey: .followUps)
        payments = try before2 ? [] : c.decode([PaymentRecord].self, forKey: .payments)
        hardshipPauses = try before2 ? [] : c.decode([HardshipPause].self, forKey: .hardshipPauses)
    }

    /// Whether terms and parties may still be changed in place (draft or ready for signing).
    public var isEditable: Bool { status == .draft || status == .ready }

    /// Replaces the terms of a draft or ready contract. A ready contract goes back to draft,
    /// because what the parties were about to sign has changed.
    public mutating func edit(terms newTerms: ContractTerms, by person: String, at time: Date) throws(ContractError) {
        guard isEditable else { throw .termsFrozen(status: status, version: version) }
        guard newTerms != terms else { return }
        terms = newTerms
        if status == .ready { record(.draft, by: person, at: time) }
    }

    /// Replaces the parties of a draft or ready contract (a ready one goes back to draft).
    public mutating func edit(parties newParties: ContractParties, by person: String, at time: Date)
        throws(ContractError)
    {
        guard isEditable else { throw .termsFrozen(status: status, version: version) }
        guard newParties != parties else { return }
        parties = newParties
        if status == .ready { record(.draft, by: person, at: time) }
    }

    /// Moves the status along `ContractStatus.allowedMoves`, recording who and when.
    public mutating func move(to next: ContractStatus, by person: String, at time: Date) throws(ContractError) {
        guard status.allowedMoves.contains(next) else { throw .moveNotAllowed(from: status, to: next) }
        record(next, by: person, at: time)
    }

    /// Changes a signed or active contract: the current version is kept whole in
    /// `previousVersions` and a new version n+1 starts as a draft with the new terms (and
    /// parties, when given), to be signed again.
    public mutating func amend(
        terms newTerms: ContractTerms, parties newParties: ContractParties? = nil, by person: String, at time: Date
    ) throws(ContractError) {
        guard status == .signed || status == .active else { throw .cannotAmend(status: status) }
        previousVersions.append(
            ContractVersion(
                version: version, status: status, parties: parties, terms: terms, statusHistory: statusHistory,
                supersededAt: time))
        let from = status
        version += 1
        terms = newTerms
        if let newParties { parties = newParties }
        status = .draft
        statusHistory = [ContractStatusChange(from: from, to: .draft, by: person, at: time)]
    }

    /// When the current version was signed, if it was.
    public var signedAt: Date? { statusHistory.last { $0.to == .signed }?.at }

    private mutating func record(_ next: ContractStatus, by person: String, at time: Date) {
        statusHistory.append(ContractStatusChange(from: status, to: next, by: person, at: time))
        status = next
    }
}

/// draft → ready → signed → active → completed | terminated.
public enum ContractStatus: String, Codable, CaseIterable, Sendable {
    case draft, ready, signed, active, completed, terminated

    /// Signed, whatever happened since: what follow-ups, the ledger and the statement need.
    public var isSigned: Bool { self == .signed || self == .active || self == .completed || self == .terminated }

    /// The moves a contract in this status may make. A ready contract may go back to draft for
    /// changes; a signed one may be terminated before it starts (e.g. the course is cancelled);
    /// completed and terminated are final.
    public var allowedMoves: Set<ContractStatus> {
        switch self {
        case .draft: [.ready]
        case .ready: [.draft, .signed]
        case .signed: [.active, .terminated]
        case .active: [.completed, .terminated]
        case .completed, .terminated: []
        }
    }
}

/// Why a change to a contract was refused.
public enum ContractError: Error, Hashable, Sendable {
    /// The status machine does not allow this move.
    case moveNotAllowed(from: ContractStatus, to: ContractStatus)
    /// Terms and parties of a signed (or later) version cannot change in place: amend instead.
    case termsFrozen(status: ContractStatus, version: Int)
    /// Only a signed or active contract is amended; a draft is edited, a finished one is closed.
    case cannotAmend(status: ContractStatus)
    /// Follow-ups, payments and pauses belong to a contract that has been signed.
    case notSigned(status: ContractStatus)
    /// A payment of zero or less, or beyond the bounds of an amount.
    case paymentNotPositive
    /// The programme allows no early payoff.
    case earlyPayoffNotAllowed
    /// A hardship pause is approved by a second officer, not the one who asked for it.
    case hardshipSelfApproval
    /// The pauses would stop the clock for longer than the contract allows.
    case hardshipAllowanceExceeded(requested: Int, allowed: Int)
    /// There is no pending hardship pause with that number.
    case noSuchHardshipPause(number: Int)

    /// What to tell the officer.
    public var message: LocalizedText {
        switch self {
        case .moveNotAllowed(let from, let to):
            ContractText.filled(ContractText.moveNotAllowed) {
                ["from": ContractText.status(from)($0), "to": ContractText.status(to)($0)]
            }
        case .termsFrozen(let status, let version):
            ContractText.filled(ContractText.termsFrozen) {
                ["status": ContractText.status(status)($0), "version": String(version)]
            }
        case .cannotAmend(let status):
            ContractText.filled(ContractText.cannotAmend) { ["status": ContractText.status(status)($0)] }
        case .notSigned(let status):
            ContractText.filled(LedgerText.notSigned) { ["status": ContractText.status(status)($0)] }
        case .paymentNotPositive: LedgerText.paymentNotPositive
        case .earlyPayoffNotAllowed: LedgerText.earlyPayoffNotAllowed
        case .hardshipSelfApproval: LedgerText.hardshipSelfApproval
        case .hardshipAllowanceExceeded(let requested, let allowed):
            ContractText.filled(LedgerText.hardshipAllowanceExceeded) { _ in
                ["requested": String(requested), "allowed": String(allowed)]
            }
        case .noSuchHardshipPause(let number):
            ContractText.filled(LedgerText.noSuchHardshipPause) { _ in ["number": String(number)] }
        }
    }
}

public struct ContractStatusChange: Codable, Hashable, Sendable {
    public var from: ContractStatus
    public var to: ContractStatus
    public var by: String
    public var at: Date

    public init(from: ContractStatus, to: ContractStatus, by: String, at: Date) {
        self.from = from
        self.to = to
        self.by = by
        self.at = at
    }
}

/// A frozen earlier version of the contract's terms and parties.
public struct ContractVersion: Codable, Hashable, Sendable {
    public var version: Int
    public var status: ContractStatus
    public var parties: ContractParties
    public var terms: ContractTerms
    public var statusHistory: [ContractStatusChange]
    public var supersededAt: Date

    public init(
        version: Int, status: ContractStatus, parties: ContractParties, terms: ContractTerms,
        statusHistory: [ContractStatusChange], supersededAt: Date
    ) {
        self.version = version
        self.status = status
        self.parties = parties
        self.terms = terms
        self.statusHistory = statusHistory
        self.supersededAt = supersededAt
    }
}

/// The parties to the contract. The seeker's snapshot is taken when the contract is drafted, so
/// the signed document keeps the name it was signed with even if the profile changes later.
public struct ContractParties: Codable, Hashable, Sendable {
    public var seeker: SeekerParty?
    /// The training provider (the seeds' educational institution).
    public var provider: Organisation?
    public var employer: Organisation?
    /// The investor (funder) who pays for the training.
    public var investor: Organisation?
    /// What kind of funder the investor is, checked against the programme's `funders`.
    public var investorKind: FunderKind?

    public init(
        seeker: SeekerParty? = nil, provider: Organisation? = nil, employer: Organisation? = nil,
        investor: Organisation? = nil, investorKind: FunderKind? = nil
    ) {
        self.seeker = seeker
        self.provider = provider
        self.employer = employer
        self.investor = investor
        self.investorKind = investorKind
    }

    /// The party in a role, as an organisation; the seeker is not one (see `seeker`).
    public func organisation(_ role: ContractPartyRole) -> Organisation? {
        switch role {
        case .jobSeeker: nil
        case .provider: provider
        case .employer: employer
        case .investor: investor
        }
    }
}

/// The job seeker as a party: a snapshot of the profile when the contract was drafted.
public struct SeekerParty: Codable, Hashable, Sendable {
    public var fullName: String
    public var snils: String
    public var birthDate: LocalDate?
    /// A person's INN (12 digits), when the seeker gives one.
    public var inn: String?

    public init(fullName: String, snils: String, birthDate: LocalDate? = nil, inn: String? = nil) {
        self.fullName = fullName
        self.snils = snils
        self.birthDate = birthDate
        self.inn = inn
    }

    /// The snapshot of a profile.
    public init(_ seeker: JobSeeker) {
        self.init(fullName: seeker.fullName, snils: seeker.snils, birthDate: seeker.birthDate)
    }
}

/// A legal party: name, tax id (INN, 10 digits for a company, 12 for a person, checked by
/// `INN.isValid`) and representative.
public struct Organisation: Codable, Hashable, Sendable {
    public var name: String
    public var inn: String
    public var representative: String?

    public init(name: String, inn: String, representative: String? = nil) {
        self.name = name
        self.inn = inn
        self.representative = representative
    }
}

/// The money terms. Rates are in basis points (1 % = 100 bp) so nothing is floating point.
public struct ContractTerms: Codable, Hashable, Sendable {
    /// F: what the investor pays for training.
    public var fundedAmount: Money
    /// B: verified monthly income at signing.
    public var baselineIncome: Money
    /// T: expected monthly income after training.
    public var targetIncome: Money
    /// M: a month pays only when income ≥ B + M.
    public var minimumIncrease: Money
    /// s, in basis points: 1500 = 15 %.
    public var shareBasisPoints: Int
    public var shareBase: ShareBase
    /// k, in hundredths: 150 = 1.5 × F.
    public var capMultipleHundredths: Int
    /// N: qualifying monthly payments after which the obligation ends.
    public var termPayments: Int
    /// W: months after the grace period after which the obligation ends.
    public var windowMonths: Int
    /// G: months after the course before the first payment.
    public var graceMonths: Int
    /// D: course length in months.
    public var courseMonths: Int
    public var earlyPayoff: EarlyPayoff
    /// What a window month with no income report costs (the programme's rule, docs/contract.md "The ledger").
    public var unreportedIncome: UnreportedIncome
    /// The most months hardship pauses may stop the clock for, over the whole contract.
    public var hardshipPauseMonths: Int

    public init(
        fundedAmount: Money, baselineIncome: Money, targetIncome: Money, minimumIncrease: Money,
        shareBasisPoints: Int, shareBase: ShareBase = .increase, capMultipleHundredths: Int, termPayments: Int,
        windowMonths: Int, graceMonths: Int, courseMonths: Int = 0, earlyPayoff: EarlyPayoff = .capMinusPaid,
        unreportedIncome: UnreportedIncome = .paused, hardshipPauseMonths: Int = 12
    ) {
        self.fundedAmount = fundedAmount
        self.baselineIncome = baselineIncome
        self.targetIncome = targetIncome
        self.minimumIncrease = minimumIncrease
        self.shareBasisPoints = shareBasisPoints
        self.shareBase = shareBase
        self.capMultipleHundredths = capMultipleHundredths
        self.termPayments = termPayments
        self.windowMonths = windowMonths
        self.graceMonths = graceMonths
        self.courseMonths = courseMonths
        self.earlyPayoff = earlyPayoff
        self.unreportedIncome = unreportedIncome
        self.hardshipPauseMonths = hardshipPauseMonths
    }

    private enum CodingKeys: String, CodingKey {
        case fundedAmount, baselineIncome, targetIncome, minimumIncrease, shareBasisPoints, shareBase
        case capMultipleHundredths, termPayments, windowMonths, graceMonths, courseMonths, earlyPayoff
        case unreportedIncome, hardshipPauseMonths
    }

    /// Version 1 terms stated no rule for unreported months nor a pause allowance: they read as
    /// `CaseMigration.version1UnreportedIncome` and `version1HardshipPauseMonths`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fundedAmount = try c.decode(Money.self, forKey: .fundedAmount)
        baselineIncome = try c.decode(Money.self, forKey: .baselineIncome)
        targetIncome = try c.decode(Money.self, forKey: .targetIncome)
        minimumIncrease = try c.decode(Money.self, forKey: .minimumIncrease)
        shareBasisPoints = try c.decode(Int.self, forKey: .shareBasisPoints)
        shareBase = try c.decode(ShareBase.self, forKey: .shareBase)
        capMultipleHundredths = try c.decode(Int.self, forKey: .capMultipleHundredths)
        termPayments = try c.decode(Int.self, forKey: .termPayments)
        windowMonths = try c.decode(Int.self, forKey: .windowMonths)
        graceMonths = try c.decode(Int.self, forKey: .graceMonths)
        courseMonths = try c.decode(Int.self, forKey: .courseMonths)
        earlyPayoff = try c.decode(EarlyPayoff.self, forKey: .earlyPayoff)
        if CaseMigration.version(of: decoder) < 2 {
            unreportedIncome = CaseMigration.version1UnreportedIncome
            hardshipPauseMonths = CaseMigration.version1HardshipPauseMonths
        } else {
            unreportedIncome = try c.decode(UnreportedIncome.self, forKey: .unreportedIncome)
            hardshipPauseMonths = try c.decode(Int.self, forKey: .hardshipPauseMonths)
        }
    }

    /// C = k × F, rounded half up to kopecks.
    public var cap: Money { fundedAmount.applying(basisPoints: Int64(capMultipleHundredths) * 100) }

    /// What paying off early costs after `paid` has been paid; nil when the rule allows no
    /// early payoff.
    public func earlyPayoffAmount(afterPaying paid: Money) -> Money? {
        switch earlyPayoff {
        case .capMinusPaid: max(cap - paid, .zero)
        case .fundedMinusPaid: max(fundedAmount - paid, .zero)
        case .notAllowed: nil
        }
    }

    /// Whether the share is taken of the income increase over the baseline or of the whole income.
    public enum ShareBase: String, Codable, CaseIterable, Sendable {
        case increase, total
    }

    /// What paying off early costs.
    public enum EarlyPayoff: String, Codable, CaseIterable, Sendable {
        /// The cap minus what has been paid (PRODUCT.md's default).
        case capMinusPaid
        /// The funded amount minus what has been paid, never below zero.
        case fundedMinusPaid
        /// No early payoff: the obligation runs its course.
        case notAllowed
    }

    /// What a payment-window month with no income report costs.
    public enum UnreportedIncome: String, Codable, CaseIterable, Sendable {
        /// Nothing is due and the month does not count towards N, as a month below the threshold.
        case paused
        /// Due as if the seeker had earned the target income T (and it counts towards N).
        case targetIncome
    }
}
