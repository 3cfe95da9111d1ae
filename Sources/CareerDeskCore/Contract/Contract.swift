import Foundation

/// A career development contract: the seeker is trained now and later pays a share of the
/// income increase, within a threshold, a cap, a term and a window (docs/contract.md).
public struct Contract: Codable, Hashable, Sendable {
    /// The programme (policy) the terms are bounded by, e.g. `earning-money-together`.
    public var programmeId: String
    /// 1 for the first version; amending signed terms makes version n+1 and keeps n in `previousVersions`.
    public var version: Int
    public var status: ContractStatus
    public var parties: ContractParties
    public var terms: ContractTerms
    public var courseStart: LocalDate?
    public var courseEnd: LocalDate?
    /// Every status move, with who made it and when.
    public var statusHistory: [ContractStatusChange]
    /// Earlier versions, kept whole when signed terms are amended.
    public var previousVersions: [ContractVersion]

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
    }
}

/// draft → ready → signed → active → completed | terminated.
public enum ContractStatus: String, Codable, CaseIterable, Sendable {
    case draft, ready, signed, active, completed, terminated
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

/// The organisations on the contract besides the seeker.
public struct ContractParties: Codable, Hashable, Sendable {
    public var provider: Organisation?
    public var employer: Organisation?
    public var investor: Organisation?

    public init(provider: Organisation? = nil, employer: Organisation? = nil, investor: Organisation? = nil) {
        self.provider = provider
        self.employer = employer
        self.investor = investor
    }
}

/// A legal party: name, tax id (INN, 10 digits for a company, 12 for a person) and representative.
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

    public init(
        fundedAmount: Money, baselineIncome: Money, targetIncome: Money, minimumIncrease: Money,
        shareBasisPoints: Int, shareBase: ShareBase = .increase, capMultipleHundredths: Int, termPayments: Int,
        windowMonths: Int, graceMonths: Int, courseMonths: Int = 0, earlyPayoff: EarlyPayoff = .capMinusPaid
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
    }

    /// C = k × F, rounded half up to kopecks.
    public var cap: Money { fundedAmount.applying(basisPoints: Int64(capMultipleHundredths) * 100) }

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
}
