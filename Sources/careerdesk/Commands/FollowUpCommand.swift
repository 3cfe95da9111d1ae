import ArgumentParser
import CareerDeskCore
import Foundation

/// Records a follow-up contact: reached or not, employment, monthly incomes, evidence,
/// verification and the course result.
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup", abstract: "Record a follow-up contact on a signed contract.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The case id.") var id: String
    @Option(help: "The day of the contact, YYYY-MM-DD (default: today).") var date: String?
    @Option(help: "The scheduled contact it answers (default: the oldest due or overdue).") var scheduled: String?
    @Flag(inversion: .prefixedNo, help: "Whether the seeker was reached.") var reached = true
    @Option(help: "The employer's name.") var employer: String?
    @Option(help: "The employer's INN.") var inn: String?
    @Option(help: "The OKZ code of the occupation.") var occupation: String?
    @Option(help: "The day employment started, YYYY-MM-DD.") var started: String?
    @Flag(help: "Self-employed or own business.") var selfEmployed = false
    @Option(help: "A month's income, MONTH=AMOUNT (2027-06=62000); repeatable.") var income: [String] = []
    @Option(help: "The evidence: \(Evidence.allCases.map(\.rawValue).joined(separator: ", ")).") var evidence: Evidence?
    @Flag(help: "The officer has verified the evidence.") var verified = false
    @Option(help: "The course certificate number (the course was completed).") var certificate: String?
    @Option(help: "Why the seeker dropped out of the course.") var droppedOut: String?
    @Option(help: "A note.") var note: String?

    func run() throws {
        let language = store.language
        let day = try date.map { try store.date($0, option: "--date") } ?? store.today
        let scheduledDay = try scheduled.map { try store.date($0, option: "--scheduled") }
        var reports: [IncomeReport] = []
        for entry in income {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let month = YearMonth(parsing: parts[0]), let amount = Money(parsing: parts[1]),
                amount >= .zero
            else {
                throw CommandError(LedgerText.badIncome.with(["value": String(entry.prefix(40))])(language))
            }
            reports.append(IncomeReport(month: month, amount: amount))
        }
        if let inn, !INN.isValid(inn) {
            throw CommandError(LedgerText.badINN.with(["value": String(inn.prefix(20))])(language))
        }
        let startDay = try started.map { try store.date($0, option: "--started") }
        let courseResult: CourseResult? =
            if let droppedOut {
                CourseResult(outcome: .droppedOut, reason: droppedOut)
            } else if let certificate {
                CourseResult(outcome: .completed, certificateNumber: certificate)
            } else {
                nil
            }
        let saved = try store.editContract(id) { contract, now in
            let open = FollowUpSchedule.firstOpen(for: contract, today: day)
            try contract.recordFollowUp(
                FollowUpContact(
                    scheduledFor: scheduledDay ?? open?.date, date: day, by: store.caseworkerName, reached: reached,
                    employment: employer.map {
                        Employment(
                            employer: $0, inn: inn, occupation: occupation, startDate: startDay,
                            selfEmployed: selfEmployed)
                    },
                    incomes: reports, evidence: evidence,
                    verification: verified ? Verification(by: store.caseworkerName, at: now) : nil,
                    courseResult: courseResult, note: note))
        }
        out(LedgerText.recordedFollowUp.with(["id": saved.id.description, "date": day.formatted(language)])(language))
    }
}

extension Evidence: ExpressibleByArgument {}
