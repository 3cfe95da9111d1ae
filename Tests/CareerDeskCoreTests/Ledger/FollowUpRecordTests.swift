import CareerDeskTestSupport
import Foundation
import Testing

@testable import CareerDeskCore

/// Recording contacts, payments and pauses on a contract, and how they are stored.
@Suite struct FollowUpRecordTests {
    static func signed() throws -> Case {
        var item = StoreFixtures.fullCase()
        item.contract?.courseStart = LocalDate(year: 2027, month: 1, day: 15)
        item.contract?.courseEnd = LocalDate(year: 2027, month: 5, day: 15)
        try item.contract?.move(to: .ready, by: "Петров", at: StoreFixtures.now)
        try item.contract?.move(to: .signed, by: "Петров", at: StoreFixtures.now)
        return item
    }

    static let contact = FollowUpContact(
        scheduledFor: LocalDate(year: 2027, month: 5, day: 15), date: LocalDate(year: 2027, month: 5, day: 20)!,
        by: "Петров", reached: true,
        employment: Employment(
            employer: "АО «ТехноСвар»", inn: "6502424413", occupation: "7212",
            startDate: LocalDate(year: 2027, month: 6, day: 1)),
        incomes: [IncomeReport(month: YearMonth(year: 2027, month: 6)!, amount: Money(roubles: 62_000))],
        evidence: .incomeCertificate2NDFL, verification: Verification(by: "Сидорова", at: StoreFixtures.now),
        courseResult: CourseResult(outcome: .completed, certificateNumber: "ПО-2027-0042"))

    @Test func aDraftRefusesFollowUpsPaymentsAndPauses() {
        var contract = StoreFixtures.fullCase().contract!
        #expect(throws: ContractError.notSigned(status: .draft)) { try contract.recordFollowUp(Self.contact) }
        #expect(throws: ContractError.notSigned(status: .draft)) {
            try contract.recordPayment(
                PaymentRecord(
                    date: LocalDate(year: 2027, month: 9, day: 1)!, amount: Money(roubles: 1), recordedBy: "a",
                    recordedAt: StoreFixtures.now))
        }
    }

    @Test func aPaymentMustBePositiveAndAPayoffAllowed() throws {
        var contract = try Self.signed().contract!
        let day = LocalDate(year: 2027, month: 9, day: 1)!
        #expect(throws: ContractError.paymentNotPositive) {
            try contract.recordPayment(
                PaymentRecord(date: day, amount: .zero, recordedBy: "a", recordedAt: StoreFixtures.now))
        }
        try contract.recordPayment(
            PaymentRecord(
                date: day, amount: Money(roubles: 3_750), reference: "п/п 17", recordedBy: "a",
                recordedAt: StoreFixtures.now))
        #expect(contract.payments.count == 1)
    }

    @Test func aPauseNeedsASecondOfficerAndStaysWithinTheAllowance() throws {
        var contract = try Self.signed().contract!
        let pause = HardshipPause(
            start: YearMonth(year: 2028, month: 2)!, months: 4, reason: .illness, requestedBy: "Петров",
            requestedAt: StoreFixtures.now)
        try contract.requestHardshipPause(pause)
        #expect(throws: ContractError.hardshipSelfApproval) {
            try contract.approveHardshipPause(number: 1, by: "Петров", at: StoreFixtures.now)
        }
        try contract.approveHardshipPause(number: 1, by: "Сидорова", at: StoreFixtures.now)
        #expect(contract.hardshipPauses[0].isApproved)
        #expect(contract.approvedHardshipMonths == 4)
        var long = pause
        long.months = 9
        // 12 allowed, 4 used: 8 remain.
        #expect(throws: ContractError.hardshipAllowanceExceeded(requested: 9, allowed: 8)) {
            try contract.requestHardshipPause(long)
        }
        #expect(throws: ContractError.noSuchHardshipPause(number: 1)) {
            try contract.approveHardshipPause(number: 1, by: "Иванова", at: StoreFixtures.now)
        }
    }

    @Test func aCaseWithALedgerIsWrittenAsTheSchemaSaysAndReadBack() throws {
        var item = try Self.signed()
        try item.contract?.recordFollowUp(Self.contact)
        try item.contract?.recordFollowUp(
            FollowUpContact(date: LocalDate(year: 2027, month: 8, day: 3)!, by: "Петров", reached: false))
        try item.contract?.recordPayment(
            PaymentRecord(
                date: LocalDate(year: 2027, month: 9, day: 10)!, amount: Money(kopecks: 405_000), reference: "п/п 17",
                recordedBy: "Петров", recordedAt: StoreFixtures.now, earlyPayoff: false))
        try item.contract?.requestHardshipPause(
            HardshipPause(
                start: YearMonth(year: 2028, month: 2)!, months: 2, reason: .parentalLeave, requestedBy: "Петров",
                requestedAt: StoreFixtures.now, note: "декрет"))
        try item.contract?.approveHardshipPause(number: 1, by: "Сидорова", at: StoreFixtures.now)
        let store = try StoreFixtures.store()
        _ = try store.insert(item, by: "Петров", replace: false)
        let errors = try schemaErrors(inStore: store.root)
        #expect(errors.isEmpty, "\(errors)")
        let data = try CaseCoding.encoder().encode(item)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"month\" : \"2027-06\""))
        #expect(text.contains("\"evidence\" : \"incomeCertificate2NDFL\""))
        #expect(try CaseFileReader.decode(data).contract == item.contract)
    }

    @Test func aPaymentOfNothingInAFileIsRefusedOnRead() throws {
        var item = try Self.signed()
        try item.contract?.recordPayment(
            PaymentRecord(
                date: LocalDate(year: 2027, month: 9, day: 10)!, amount: Money(roubles: 1), recordedBy: "Петров",
                recordedAt: StoreFixtures.now))
        let text = String(decoding: try CaseCoding.encoder().encode(item), as: UTF8.self)
            .replacingOccurrences(of: "\"amount\" : \"1.00\"", with: "\"amount\" : \"0.00\"")
        #expect(
            throws: CaseFileError.field(
                "contract.payments[0].amount", .amountOutOfRange(min: 1, max: 1_000_000_000_000))
        ) {
            try CaseFileReader.decode(Data(text.utf8))
        }
    }

    @Test func verifiedReportsWinOverUnverifiedOnesForTheSameMonth() throws {
        var contract = try Self.signed().contract!
        let june = YearMonth(year: 2027, month: 6)!
        try contract.recordFollowUp(Self.contact)
        try contract.recordFollowUp(
            FollowUpContact(
                date: LocalDate(year: 2027, month: 7, day: 1)!, by: "Петров", reached: true,
                incomes: [IncomeReport(month: june, amount: Money(roubles: 40_000))], evidence: .ownWord))
        #expect(contract.reportedIncomes[june] == Money(roubles: 62_000))
    }

    @Test func theScheduleIsTheEndOfTrainingThen3_6_12MonthsThenYearly() throws {
        // Course 2027-01-15, four months: ends 2027-05-15; N 36, W 60, G 3: the window closes
        // with contract month 67 = 2032-07, so the yearly contacts run to 2032-05-15.
        let contract = try Self.signed().contract!
        let items = FollowUpSchedule.items(for: contract, today: LocalDate(year: 2027, month: 9, day: 1)!)
        #expect(
            items.map(\.date.iso) == [
                "2027-05-15", "2027-08-15", "2027-11-15", "2028-05-15", "2029-05-15", "2030-05-15", "2031-05-15",
                "2032-05-15",
            ])
        #expect(
            items.map(\.state) == [
                .overdue, .overdue, .upcoming, .upcoming, .upcoming, .upcoming, .upcoming, .upcoming,
            ])
        var answered = contract
        answered.followUps = [Self.contact]
        let after = FollowUpSchedule.items(for: answered, today: LocalDate(year: 2027, month: 8, day: 5)!)
        #expect(after.prefix(3).map(\.state) == [.done, .due, .upcoming])
    }
}
