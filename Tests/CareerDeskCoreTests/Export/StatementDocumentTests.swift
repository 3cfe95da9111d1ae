import Foundation
import Testing

@testable import CareerDeskCore

/// The yearly statement of the signed demo contract SAK-2026-000101 (docs/contract.md, "The
/// ledger"): F 56 000, cap 84 000, B 35 000, threshold B + M = 45 000, s 15 % of the increase,
/// course 2026-12 for 3 months, grace 3, so the window opens in 2027-06; unreported months cost
/// nothing (`paused`).
@Suite struct StatementDocumentTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    /// June 72 000 (due 15 % × 37 000 = 5 550), August 40 000 (below 45 000: nothing),
    /// September 50 000 (due 15 % × 15 000 = 2 250); paid 5 550 in June, 2 000 in September and
    /// the missing 250 in January 2028.
    static func contract() throws -> Case {
        var item = try #require(DemoCaseTests.cases.first { $0.id.description == "SAK-2026-000101" })
        let reports: [(Int, Int64)] = [(6, 72_000), (8, 40_000), (9, 50_000)]
        for (month, amount) in reports {
            try item.contract?.recordFollowUp(
                FollowUpContact(
                    date: Self.day(2027, month + 1, 5), by: "o.sidorova", reached: true,
                    incomes: [
                        IncomeReport(month: YearMonth(year: 2027, month: month)!, amount: Money(roubles: amount))
                    ],
                    evidence: .incomeCertificate2NDFL))
        }
        for (date, amount) in [
            (Self.day(2027, 6, 20), 5_550), (Self.day(2027, 9, 25), 2_000), (Self.day(2028, 1, 10), 250),
        ] {
            try item.contract?.recordPayment(
                PaymentRecord(
                    date: date, amount: Money(roubles: Int64(amount)), recordedBy: "o.sidorova",
                    recordedAt: Date(timeIntervalSince1970: 1_800_000_000)))
        }
        return item
    }

    static func statement(_ item: Case, year: Int, issued: LocalDate, _ language: Language = .en) throws -> Document {
        let context = DocumentContext(
            language: language, date: issued, timeZone: ExportFixtures.utc, statementYear: year)
        return try DocumentKind.statement.make(item, context: context)
    }

    static func fields(_ document: Document) -> [String: String] {
        var all: [String: String] = [:]
        for case .fields(let list) in document.blocks {
            for field in list { all[field.label] = field.value }
        }
        return all
    }

    static func table(_ document: Document) -> [[String]] {
        for case .table(let table) in document.blocks { return table.rows }
        return []
    }

    @Test func aPastYearShowsItsTwelveMonthsAndLeavesOutLaterPayments() throws {
        let document = try Self.statement(Self.contract(), year: 2027, issued: Self.day(2028, 2, 1))
        #expect(document.title == "Career development contract: statement for 2027")
        let rows = Self.table(document)
        #expect(rows.count == 12)
        #expect(rows.map { $0[1] }.prefix(6) == ["training", "training", "grace", "grace", "grace", "active"])
        #expect(rows[7][1] == "below threshold")
        #expect(rows[6][1] == "not reported")
        let fields = Self.fields(document).mapValues { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
        #expect(fields["Period"] == "2027-01-01 – 2027-12-31")
        // 5 550 + 2 250 fell due; 5 550 + 2 000 came in by 31 December; the January payment does not count.
        #expect(fields["Due in 2027"] == "RUB 7,800.00")
        #expect(fields["Paid in 2027"] == "RUB 7,550.00")
        #expect(fields["Paid in all"] == "RUB 7,550.00")
        #expect(fields["Arrears"] == "RUB 250.00")
        #expect(fields["Left under the cap"] == "RUB 76,200.00")
        #expect(fields["Payments counted"] == "2 / 36")
        // Early payoff is the cap less what was paid: 84 000 − 7 550.
        #expect(fields["To pay off now"] == "RUB 76,450.00")
        #expect(fields["Payment cap"] == "RUB 84,000.00")
        #expect(fields["Payments due from an income of"] == "RUB 45,000.00")
    }

    @Test func theCurrentYearRunsToTheIssueDateAndSettlesTheArrears() throws {
        let document = try Self.statement(Self.contract(), year: 2028, issued: Self.day(2028, 2, 1))
        #expect(Self.table(document).map { $0[0] } == ["2028-01", "2028-02"])
        let fields = Self.fields(document).mapValues { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
        #expect(fields["Period"] == "2028-01-01 – 2028-02-01")
        #expect(fields["Due in 2028"] == "RUB 0.00")
        #expect(fields["Paid in 2028"] == "RUB 250.00")
        #expect(fields["Paid in all"] == "RUB 7,800.00")
        #expect(fields["Arrears"] == "RUB 0.00")
    }

    @Test func aYearBeforeTheContractSaysSoAndRussianIsTheDefaultLanguage() throws {
        let document = try Self.statement(Self.contract(), year: 2025, issued: Self.day(2028, 2, 1), .ru)
        #expect(document.title == "Выписка по договору о развитии карьеры за 2025 год")
        #expect(Self.table(document).isEmpty)
        #expect(document.plainWords.contains("В 2025 году по договору не было ни одного месяца."))
        let text = PlainTextRenderer().render(document)
        for line in text.split(separator: "\n") { #expect(TextColumns.width(of: String(line)) <= 80, "\(line)") }
    }

    @Test func anUnsignedContractHasNoStatement() throws {
        var item = try Self.contract()
        item.contract = StoreFixtures.fullCase().contract  // a draft
        #expect(item.contract?.status == .draft)
        #expect(throws: DocumentError.noSignedContract(item.id)) {
            try Self.statement(item, year: 2027, issued: Self.day(2028, 2, 1))
        }
    }

    @Test func theTextFitsEightyColumns() throws {
        for language in Language.allCases {
            let text = PlainTextRenderer().render(
                try Self.statement(Self.contract(), year: 2027, issued: Self.day(2028, 2, 1), language))
            for line in text.split(separator: "\n") {
                #expect(TextColumns.width(of: String(line)) <= 80, "\(language): \(line)")
            }
        }
    }
}
