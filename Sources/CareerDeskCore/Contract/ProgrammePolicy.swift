import Foundation

/// A programme's rules for career development contracts: the bounds every term must stay
/// within, the defaults a new contract is prefilled with, who must be a party and who may fund.
///
/// One JSON file per programme in `data/programmes/<id>.json`, decoded with `CaseCoding.decoder()`
/// or a plain `JSONDecoder` (money is a decimal string, rates are integers: basis points for the
/// share, hundredths for the cap multiple). The keys are the same as `ContractTerms`'s.
public struct ProgrammePolicy: Codable, Hashable, Sendable, Identifiable {
    /// Stable id, also the file name: `earning-money-together`, `classic-isa`.
    public var id: String
    public var name: Text
    public var description: Text
    /// The seed texts the programme comes from (`000`, `001`), for the reader's reference.
    public var sources: [String]
    /// Whether the share is taken of the income increase or of the whole income.
    public var shareBase: ContractTerms.ShareBase
    /// s in basis points (1 % = 100).
    public var shareBasisPoints: Bounds<Int>
    /// k in hundredths (150 = 1.5 × F).
    public var capMultipleHundredths: Bounds<Int>
    /// N, qualifying monthly payments.
    public var termPayments: Bounds<Int>
    /// W, months after the grace period.
    public var windowMonths: Bounds<Int>
    /// G, months after the course before the first payment.
    public var graceMonths: Bounds<Int>
    /// M, the least monthly income increase over the baseline that makes a month pay.
    public var minimumIncrease: Bounds<Money>
    /// F, when the programme limits what it funds.
    public var fundedAmount: Bounds<Money>?
    /// What a new contract is prefilled with; each must lie within its bounds.
    public var defaults: Defaults
    /// Parties the contract must name (the job seeker is always one).
    public var requiredParties: [ContractPartyRole]
    /// Who may be the investor (funder) on this programme's contracts.
    public var funders: [FunderKind]
    /// What paying off early costs on this programme.
    public var earlyPayoff: ContractTerms.EarlyPayoff
    /// What a month with no income report costs on this programme's contracts.
    public var unreportedIncome: ContractTerms.UnreportedIncome
    /// The most months hardship pauses may stop a contract's clock for.
    public var hardshipPauseMonths: Int

    public init(
        id: String, name: Text, description: Text, sources: [String] = [],
        shareBase: ContractTerms.ShareBase,
        shareBasisPoints: Bounds<Int>, capMultipleHundredths: Bounds<Int>, termPayments: Bounds<Int>,
        windowMonths: Bounds<Int>, graceMonths: Bounds<Int>, minimumIncrease: Bounds<Money>,
        fundedAmount: Bounds<Money>? = nil, defaults: Defaults, requiredParties: [ContractPartyRole],
        funders: [FunderKind], earlyPayoff: ContractTerms.EarlyPayoff,
        unreportedIncome: ContractTerms.UnreportedIncome = .paused, hardshipPauseMonths: Int = 12
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.sources = sources
        self.shareBase = shareBase
        self.shareBasisPoints = shareBasisPoints
        self.capMultipleHundredths = capMultipleHundredths
        self.termPayments = termPayments
        self.windowMonths = windowMonths
        self.graceMonths = graceMonths
        self.minimumIncrease = minimumIncrease
        self.fundedAmount = fundedAmount
        self.defaults = defaults
        self.requiredParties = requiredParties
        self.funders = funders
        self.earlyPayoff = earlyPayoff
        self.unreportedIncome = unreportedIncome
        self.hardshipPauseMonths = hardshipPauseMonths
    }

    /// An inclusive range `min...max`; in JSON `{"min": …, "max": …}`.
    public struct Bounds<Value: Codable & Hashable & Comparable & Sendable>: Codable, Hashable,
        Sendable
    {
        public var min: Value
        public var max: Value

        public init(min: Value, max: Value) {
            self.min = min
            self.max = max
        }

        public func contains(_ value: Value) -> Bool { min <= value && value <= max }
    }

    /// A programme text in both UI languages; in JSON `{"ru": …, "en": …}`.
    public struct Text: Codable, Hashable, Sendable {
        public var ru: String
        public var en: String

        public init(ru: String, en: String) {
            self.ru = ru
            self.en = en
        }

        public var localized: LocalizedText { LocalizedText(ru: ru, en: en) }
        public func callAsFunction(_ language: Language) -> String { localized(language) }
    }

    /// The terms a new contract starts with; the course cost, the wage and the baseline come
    /// from the case (`ContractDraft.prefill`).
    public struct Defaults: Codable, Hashable, Sendable {
        public var shareBasisPoints: Int
        public var capMultipleHundredths: Int
        public var termPayments: Int
        public var windowMonths: Int
        public var graceMonths: Int
        public var minimumIncrease: Money

        public init(
            shareBasisPoints: Int, capMultipleHundredths: Int, termPayments: Int, windowMonths: Int,
            graceMonths: Int, minimumIncrease: Money
        ) {
            self.shareBasisPoints = shareBasisPoints
            self.capMultipleHundredths = capMultipleHundredths
            self.termPayments = termPayments
            self.windowMonths = windowMonths
            self.graceMonths = graceMonths
            self.minimumIncrease = minimumIncrease
        }
    }
}

/// A role on a contract. The seeker is always a party; the others as the programme requires.
public enum ContractPartyRole: String, Codable, CaseIterable, Sendable {
    case jobSeeker
    /// The training provider (the seeds' "educational institution").
    case provider
    case employer
    /// The investor who funds the training.
    case investor
}

/// Who an investor is, for a programme's `funders` list.
public enum FunderKind: String, Codable, CaseIterable, Sendable {
    /// The regional budget through the employment service.
    case regionalBudget
    case federalBudget
    /// An employer who funds training for its own hiring.
    case employer
    /// A private investor or an income-share fund.
    case privateInvestor
    case bank
    /// A non-profit or development fund.
    case fund
}
