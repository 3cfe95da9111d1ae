import Foundation

/// A new contract prefilled from what the session already knows: the programme's defaults, the
/// chosen course's cost and length, the occupation's regional median wage and the seeker's
/// baseline income. The officer then edits it within the programme's bounds.
public enum ContractDraft {
    /// Terms from the programme's defaults: F = the course cost, T = the regional median wage of
    /// the target occupation, B = the seeker's baseline income, D = the course length, and the
    /// programme's share base and early-payoff rule. Nothing is clamped: if the wage does not
    /// reach B + M, `ContractValidator` says so rather than the draft hiding it.
    public static func terms(
        policy: ProgrammePolicy, courseCost: Money, courseMonths: Int, regionalMedianWage: Money, baselineIncome: Money
    ) -> ContractTerms {
        ContractTerms(
            fundedAmount: courseCost,
            baselineIncome: baselineIncome,
            targetIncome: regionalMedianWage,
            minimumIncrease: policy.defaults.minimumIncrease,
            shareBasisPoints: policy.defaults.shareBasisPoints,
            shareBase: policy.shareBase,
            capMultipleHundredths: policy.defaults.capMultipleHundredths,
            termPayments: policy.defaults.termPayments,
            windowMonths: policy.defaults.windowMonths,
            graceMonths: policy.defaults.graceMonths,
            courseMonths: max(courseMonths, 0),
            earlyPayoff: policy.earlyPayoff,
            unreportedIncome: policy.unreportedIncome,
            hardshipPauseMonths: policy.hardshipPauseMonths)
    }

    /// A draft contract for a case: the seeker's snapshot as a party, the provider when known,
    /// the course dates (end = start + D months) and `terms(…)` from the chosen course.
    public static func prefill(
        policy: ProgrammePolicy, seeker: JobSeeker, course: CourseChoice, regionalMedianWage: Money,
        provider: Organisation? = nil, employer: Organisation? = nil, investor: Organisation? = nil,
        investorKind: FunderKind? = nil
    ) -> Contract {
        let months = course.durationMonths ?? 0
        let terms = terms(
            policy: policy, courseCost: course.cost, courseMonths: months, regionalMedianWage: regionalMedianWage,
            baselineIncome: seeker.baselineIncome)
        let parties = ContractParties(
            seeker: SeekerParty(seeker), provider: provider, employer: employer, investor: investor,
            investorKind: investorKind)
        return Contract(
            programmeId: policy.id, parties: parties, terms: terms, courseStart: course.startDate,
            courseEnd: months > 0 ? course.startDate?.adding(months: months) : nil)
    }
}
