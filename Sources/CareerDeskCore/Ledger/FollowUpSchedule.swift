import Foundation

/// The dated follow-up contacts a signed contract schedules: the end of training, then 3, 6 and
/// 12 months after it (an employment centre follows a person's employment for at least a year),
/// then every 12 months until the obligation ends.
public enum FollowUpSchedule {
    /// A contact is "due" this many days before its date; after its date it is overdue.
    public static let dueDaysBefore = 14

    /// The schedule with each contact's state on `today`.
    public static func items(for contract: Contract, today: LocalDate) -> [FollowUpItem] {
        guard contract.isSigned, let monthOne = contract.monthOne else { return [] }
        let terms = contract.terms
        let trainingEnd =
            contract.courseEnd ?? monthOne.adding(months: max(0, terms.courseMonths))?.firstDay ?? monthOne.firstDay
        // The obligation ends with the ledger's last month: its end, or the window's (moved by pauses).
        let far = LocalDate(year: 9999, month: 12, day: 1)!
        let ledger = ContractLedger.compute(
            ContractLedger.Input(
                terms: terms, monthOne: monthOne, incomes: contract.reportedIncomes, pauses: contract.hardshipPauses,
                payments: contract.payments, terminatedIn: contract.terminatedIn,
                through: YearMonth(max(today, trainingEnd))))
        let endMonth: YearMonth? =
            ledger.ended ? ledger.months.last?.date : ledger.windowEndDate
        let obligationEnd = endMonth?.adding(months: 1)?.firstDay ?? far
        var dates: [LocalDate] = [0, 3, 6, 12].map { trainingEnd.adding(months: $0) }
        var offset = 24
        while offset <= CaseBounds.months.upperBound * 3 {
            let next = trainingEnd.adding(months: offset)
            guard next <= obligationEnd, next.year < 9999 else { break }
            dates.append(next)
            offset += 12
        }
        if contract.status == .terminated, let ended = contract.terminatedIn?.firstDay {
            dates = dates.filter { $0 <= ended }
        }
        // Which contact answers which date: the one naming it, else the nearest open date on or
        // before the contact (with the due-days allowance).
        var answered: [LocalDate: FollowUpContact] = [:]
        for contact in contract.followUps {
            if let named = contact.scheduledFor, dates.contains(named), answered[named] == nil {
                answered[named] = contact
            }
        }
        for contact in contract.followUps where contact.scheduledFor == nil || !dates.contains(contact.scheduledFor!) {
            if let open = dates.last(where: {
                answered[$0] == nil && $0 <= contact.date.adding(days: dueDaysBefore)
            }) {
                answered[open] = contact
            }
        }
        return dates.enumerated().map { number, date in
            let state: FollowUpItem.State
            if answered[date] != nil {
                state = .done
            } else if date < today {
                state = .overdue
            } else if date <= today.adding(days: dueDaysBefore) {
                state = .due
            } else {
                state = .upcoming
            }
            return FollowUpItem(
                number: number + 1, date: date, monthsAfterTraining: [0, 3, 6, 12][safe: number] ?? (number - 2) * 12,
                state: state, contact: answered[date])
        }
    }

    /// The oldest contact due or overdue, if any.
    public static func firstOpen(for contract: Contract, today: LocalDate) -> FollowUpItem? {
        items(for: contract, today: today).first { $0.state == .due || $0.state == .overdue }
    }
}

/// One scheduled follow-up contact.
public struct FollowUpItem: Hashable, Sendable {
    public var number: Int
    public var date: LocalDate
    /// 0 for the end of training, then 3, 6, 12, 24, …
    public var monthsAfterTraining: Int
    public var state: State
    /// The contact that answered it.
    public var contact: FollowUpContact?

    public enum State: String, Codable, CaseIterable, Sendable {
        case done, overdue, due, upcoming
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension LocalDate {
    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> LocalDate {
        let days = CivilCalendar.days(year: year, month: month, day: day) + count
        let (y, m, d) = CivilCalendar.date(days: days)
        return LocalDate(year: y, month: m, day: d) ?? self
    }
}
