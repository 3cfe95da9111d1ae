import Foundation

/// The outer limits of every number in a case (docs/case-file.md, "Bounds").
///
/// A case file beyond them is refused when it is read, and a case beyond them is not written,
/// so no stored case can overflow the arithmetic done on it: `revision + 1` on every save,
/// C = k × F in kopecks, payments summed over the window. They are wider than the validators'
/// rules (a programme's share, 0–65 years of experience): a draft breaking those is saved and
/// reported, a case breaking these is neither.
public enum CaseBounds {
    /// Saves of one case; 0 is a case never saved.
    public static let revision: ClosedRange<Int> = 0...1_000_000_000
    /// Versions of one contract (each amendment of signed terms adds one).
    public static let contractVersion: ClosedRange<Int> = 1...1_000
    /// ±10 000 000 000,00 ₽. With k ≤ 100 × the cap k × F stays below 10^18 kopecks (Int64 holds
    /// 9.2 × 10^18), and a share of up to ±10 000 % of twice the ceiling below 2 × 10^18.
    public static let moneyKopecks: ClosedRange<Int64> = -1_000_000_000_000...1_000_000_000_000
    /// s, ±10 000 % (programmes allow 0–100 %; the validator says so).
    public static let shareBasisPoints: ClosedRange<Int> = -1_000_000...1_000_000
    /// k, ±100 × F.
    public static let capMultipleHundredths: ClosedRange<Int> = -10_000...10_000
    /// N, W, G, D and a course's length: up to 100 years of months.
    public static let months: ClosedRange<Int> = 0...1_200
    public static let courseHours: ClosedRange<Int> = 0...1_000_000
    public static let yearsOfExperience: ClosedRange<Int> = 0...100
    /// A questionnaire answer and a step's rating.
    public static let answer: ClosedRange<Int> = 1...5
    public static let rating: ClosedRange<Int> = 1...5
    public static let riasecScore: ClosedRange<Int> = 0...100
    /// A payment received: more than nothing, at most the money bound.
    public static let paymentKopecks: ClosedRange<Int64> = 1...1_000_000_000_000
    /// One hardship pause: at least a month.
    public static let pauseMonths: ClosedRange<Int> = 1...1_200

    /// A number of the case outside its bounds.
    public struct Violation: Hashable, Sendable {
        /// `contract.terms.windowMonths`, `guidance.answers[3]`.
        public var path: String
        public var fault: FieldFault
    }

    /// The first number of the case outside its bounds, in file order; nil when all are within.
    public static func violation(in item: Case) -> Violation? {
        var check = Check()
        check.int("schemaVersion", item.schemaVersion, 1...Case.currentSchemaVersion)
        check.int("revision", item.revision, revision)
        check.money("seeker.baselineIncome", item.seeker.baselineIncome)
        if let years = item.seeker.yearsOfExperience {
            check.int("seeker.yearsOfExperience", years, yearsOfExperience)
        }
        if let guidance = item.guidance {
            for (i, answer) in guidance.answers.enumerated() {
                if let answer { check.int("guidance.answers[\(i)]", answer, CaseBounds.answer) }
            }
            if let scores = guidance.riasec {
                let named = [
                    ("realistic", scores.realistic), ("investigative", scores.investigative),
                    ("artistic", scores.artistic), ("social", scores.social), ("enterprising", scores.enterprising),
                    ("conventional", scores.conventional),
                ]
                for (name, score) in named { check.int("guidance.riasec." + name, score, riasecScore) }
            }
        }
        if let course = item.course {
            check.money("course.cost", course.cost)
            if let hours = course.hours { check.int("course.hours", hours, courseHours) }
            if let length = course.durationMonths { check.int("course.durationMonths", length, months) }
        }
        if let contract = item.contract {
            check.int("contract.version", contract.version, contractVersion)
            check.terms("contract.terms", contract.terms)
            for (i, old) in contract.previousVersions.enumerated() {
                check.int("contract.previousVersions[\(i)].version", old.version, contractVersion)
                check.terms("contract.previousVersions[\(i)].terms", old.terms)
            }
            for (i, contact) in contract.followUps.enumerated() {
                for (j, report) in contact.incomes.enumerated() {
                    check.money("contract.followUps[\(i)].incomes[\(j)].amount", report.amount)
                }
            }
            for (i, payment) in contract.payments.enumerated() {
                check.amount("contract.payments[\(i)].amount", payment.amount, paymentKopecks)
            }
            for (i, pause) in contract.hardshipPauses.enumerated() {
                check.int("contract.hardshipPauses[\(i)].months", pause.months, pauseMonths)
            }
        }
        for (i, feedback) in item.feedback.enumerated() {
            check.int("feedback[\(i)].rating", feedback.rating, rating)
        }
        return check.first
    }

    /// Collects the first violation; later checks are skipped once one is found.
    private struct Check {
        var first: Violation?

        mutating func int(_ path: String, _ value: Int, _ bounds: ClosedRange<Int>) {
            guard first == nil, !bounds.contains(value) else { return }
            first = Violation(
                path: path, fault: .outOfRange(min: Int64(bounds.lowerBound), max: Int64(bounds.upperBound)))
        }

        mutating func money(_ path: String, _ value: Money) {
            guard first == nil, !moneyKopecks.contains(value.kopecks) else { return }
            first = Violation(
                path: path, fault: .amountOutOfRange(min: moneyKopecks.lowerBound, max: moneyKopecks.upperBound))
        }

        mutating func amount(_ path: String, _ value: Money, _ bounds: ClosedRange<Int64>) {
            guard first == nil, !bounds.contains(value.kopecks) else { return }
            first = Violation(path: path, fault: .amountOutOfRange(min: bounds.lowerBound, max: bounds.upperBound))
        }

        mutating func terms(_ path: String, _ terms: ContractTerms) {
            money(path + ".fundedAmount", terms.fundedAmount)
            money(path + ".baselineIncome", terms.baselineIncome)
            money(path + ".targetIncome", terms.targetIncome)
            money(path + ".minimumIncrease", terms.minimumIncrease)
            int(path + ".shareBasisPoints", terms.shareBasisPoints, shareBasisPoints)
            int(path + ".capMultipleHundredths", terms.capMultipleHundredths, capMultipleHundredths)
            int(path + ".termPayments", terms.termPayments, months)
            int(path + ".windowMonths", terms.windowMonths, months)
            int(path + ".graceMonths", terms.graceMonths, months)
            int(path + ".courseMonths", terms.courseMonths, months)
            int(path + ".hardshipPauseMonths", terms.hardshipPauseMonths, months)
        }
    }
}
