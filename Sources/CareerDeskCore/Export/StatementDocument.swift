import Foundation

/// The yearly statement a seeker gets of a signed contract: month by month what fell due and
/// what was paid in the year, then where the obligation stands at the year's end (or today, for
/// the current year): paid so far, the cap left, arrears, and what paying off would cost.
///
/// Only payments dated on or before the statement's day count, so a statement of a past year
/// reads the same whenever it is printed again; income reports are taken as now recorded.
public enum StatementDocument {
    typealias T = DocumentText

    /// The day the statement is as of: 31 December of `year`, or the issue date when that is
    /// earlier (the current year, so far).
    public static func asOf(year: Int, issued: LocalDate) -> LocalDate {
        let end = LocalDate(year: year, month: 12, day: 31) ?? issued
        return min(end, issued)
    }

    public static func make(_ item: Case, year: Int, context c: DocumentContext) throws(DocumentError) -> Document {
        guard let contract = item.contract, contract.isSigned, let monthOne = contract.monthOne else {
            throw .noSignedContract(item.id)
        }
        let day = asOf(year: year, issued: c.date)
        let terms = contract.terms
        let ledger = ContractLedger.compute(
            ContractLedger.Input(
                terms: terms, monthOne: monthOne, incomes: contract.reportedIncomes, pauses: contract.hardshipPauses,
                payments: contract.payments.filter { $0.date <= day }, terminatedIn: contract.terminatedIn,
                through: YearMonth(day)))
        let rows = ledger.months.filter { $0.date?.year == year }
        let dueInYear = rows.reduce(Money.zero) { $0 + $1.due }
        let paidInYear = rows.reduce(Money.zero) { $0 + $1.paid }

        var blocks: [DocumentBlock] = [
            .notice(c.text(T.personalDataNotice)),
            .fields([
                DocumentField(c.text(T.caseID), item.id.description),
                DocumentField(c.text(T.jobSeeker), item.seeker.fullName),
                DocumentField(
                    c.text(T.contractVersion),
                    String(contract.version) + " (" + c.text(ContractText.status(contract.status)) + ")"),
                DocumentField(c.text(T.statementPeriod), periodText(year: year, day: day, c)),
                DocumentField(c.text(T.printedOn), c.day(c.date)),
            ]),
            .heading(c.text(T.statementTermsHeading)),
            .fields([
                DocumentField(c.text(T.statementCap), c.money(ledger.cap)),
                DocumentField(c.text(T.statementThreshold), c.money(terms.paymentThreshold)),
                DocumentField(c.text(T.statementTerm), String(terms.termPayments)),
                DocumentField(c.text(T.statementWindowEnds), ledger.windowEndDate?.formatted(c.language) ?? "—"),
            ]),
            .heading(c.text(T.statementMonthsHeading.with(["year": String(year)]))),
        ]
        if rows.isEmpty {
            blocks.append(.paragraph(c.text(T.statementNoMonths.with(["year": String(year)]))))
        } else {
            blocks.append(
                .table(
                    DocumentTable(
                        columns: [
                            DocumentColumn(c.text(T.statementMonth)), DocumentColumn(c.text(T.statementStatus)),
                            DocumentColumn(c.text(T.statementIncome), alignment: .trailing),
                            DocumentColumn(c.text(T.statementDue), alignment: .trailing),
                            DocumentColumn(c.text(T.statementPaid), alignment: .trailing),
                        ],
                        rows: rows.map { row in
                            [
                                row.date?.formatted(c.language) ?? "—", c.text(LedgerText.status(row.status)),
                                row.income.map(c.money) ?? "—", c.money(row.due), c.money(row.paid),
                            ]
                        })))
        }
        blocks += [
            .fields([
                DocumentField(c.text(T.statementDueInYear.with(["year": String(year)])), c.money(dueInYear)),
                DocumentField(c.text(T.statementPaidInYear.with(["year": String(year)])), c.money(paidInYear)),
            ]),
            .heading(c.text(T.statementStandingHeading.with(["date": c.day(day)]))),
            .fields([
                DocumentField(c.text(T.statementStatus), c.text(LedgerText.status(ledger.status))),
                DocumentField(c.text(T.statementTotalDue), c.money(ledger.totals.due)),
                DocumentField(c.text(T.statementTotalPaid), c.money(ledger.totals.received)),
                DocumentField(c.text(T.statementArrears), c.money(ledger.totals.arrears)),
                DocumentField(c.text(T.statementOverpaid), c.money(ledger.totals.overpaid)),
                DocumentField(c.text(T.statementCapRemaining), c.money(ledger.totals.capRemaining)),
                DocumentField(
                    c.text(T.statementCounted),
                    String(ledger.months.last?.paymentsCounted ?? 0) + " / " + String(terms.termPayments)),
                DocumentField(c.text(T.statementPayoff), ledger.payoffQuote.map(c.money) ?? "—"),
            ]),
            .paragraph(c.text(T.statementNote)),
            .heading(c.text(T.signature)),
            .signatures([ContractSections.signature(T.officer, item.caseworker, c)]),
        ]
        return Document(title: c.text(T.statementTitle.with(["year": String(year)])), blocks: blocks)
    }

    static func periodText(year: Int, day: LocalDate, _ c: DocumentContext) -> String {
        let start = LocalDate(year: year, month: 1, day: 1)
        guard let start, start <= day else { return String(year) }
        return c.day(start) + " – " + c.day(day)
    }
}
