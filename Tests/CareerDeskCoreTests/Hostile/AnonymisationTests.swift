import Foundation
import Testing

@testable import CareerDeskCore

/// Anonymising a case whose consent was withdrawn removes the person and keeps the statistics;
/// it is refused while consent stands, and the result still passes the schema's and the
/// validator's rules so it saves, lists and validates like any case.
@Suite struct AnonymisationTests {
    static func withdrawn() -> Case {
        var item = StoreFixtures.fullCase()
        item.seeker.consent.withdrawnOn = StoreFixtures.today
        return item
    }

    @Test func refusedWhileConsentStands() {
        let item = StoreFixtures.fullCase()
        #expect(throws: AnonymisationError.consentNotWithdrawn(item.id)) {
            try Anonymisation.anonymised(item, by: "officer", at: StoreFixtures.now)
        }
    }

    @Test func personalDataGoesStatisticsStay() throws {
        let item = Self.withdrawn()
        let result = try Anonymisation.anonymised(item, by: "officer", at: StoreFixtures.now)
        let s = result.seeker
        #expect(s.fullName == Anonymisation.anonymousName)
        #expect(s.snils == Anonymisation.anonymousSNILS)
        #expect(s.phone == nil && s.email == nil && s.municipality == nil && s.currentOccupation == nil)
        #expect(s.birthDate == LocalDate(year: 1990, month: 1, day: 1))
        #expect(result.notes.allSatisfy { $0.text.isEmpty } && result.notes.count == item.notes.count)
        #expect(result.feedback.map(\.rating) == item.feedback.map(\.rating))
        #expect(result.feedback.allSatisfy { $0.comment == nil })
        // Kept for statistics.
        #expect(s.region == item.seeker.region && s.educationLevel == item.seeker.educationLevel)
        #expect(s.employmentStatus == item.seeker.employmentStatus && s.priorityGroups == item.seeker.priorityGroups)
        #expect(s.baselineIncome == item.seeker.baselineIncome && s.unemployedSince == item.seeker.unemployedSince)
        #expect(s.consent == item.seeker.consent)
        #expect(result.id == item.id && result.stage == item.stage && result.status == item.status)
        #expect(result.guidance == item.guidance && result.course == item.course && result.contract == item.contract)
        #expect(Anonymisation.isAnonymised(result) && !Anonymisation.isAnonymised(item))
        #expect(result.history.last?.fields == Anonymisation.clearedFields)

        // Nothing of the person is left anywhere in the file.
        let json = String(decoding: try CaseCoding.encoder().encode(result), as: UTF8.self)
        for value in [
            "Ёлкина", "112-233-445 95", "+79141234567", "anna@example.ru", "1990-03-12", "Южно-Сахалинск", "продавец",
            "Интерес к сварке", "понятно",
        ] {
            #expect(!json.contains(value), "\(value)")
        }
        #expect(JobSeekerValidator(today: StoreFixtures.today).validate(s).isEmpty)
    }

    @Test func twiceIsRefusedAndWithdrawalIsRecordedOnce() throws {
        let item = Anonymisation.withdrawingConsent(
            StoreFixtures.fullCase(), on: StoreFixtures.today, by: "officer", at: StoreFixtures.now)
        #expect(item.seeker.consent.withdrawnOn == StoreFixtures.today)
        #expect(item.history.last?.action == Anonymisation.withdrawAction)
        let again = Anonymisation.withdrawingConsent(
            item, on: LocalDate(year: 2027, month: 1, day: 1)!, by: "officer", at: StoreFixtures.now)
        #expect(again == item)
        let once = try Anonymisation.anonymised(item, by: "officer", at: StoreFixtures.now)
        #expect(throws: AnonymisationError.alreadyAnonymised(item.id)) {
            try Anonymisation.anonymised(once, by: "officer", at: StoreFixtures.now)
        }
    }

    @Test func theAnonymisedCaseSavesThroughTheStore() throws {
        let store = try StoreFixtures.store()
        var item = try store.create(seeker: StoreFixtures.seeker(), caseworker: "officer")
        item.seeker.consent.withdrawnOn = StoreFixtures.today
        let anonymous = try Anonymisation.anonymised(item, by: "officer", at: StoreFixtures.now)
        _ = try store.save(anonymous, by: "officer")
        let back = try store.load(item.id)
        #expect(back.seeker.fullName == Anonymisation.anonymousName)
        let file = try String(contentsOf: store.url(for: item.id), encoding: .utf8)
        #expect(!file.contains("Ёлкина"))
        let log = try String(contentsOf: store.audit.url, encoding: .utf8)
        #expect(!log.contains("Ёлкина") && !log.contains("112-233-445 95"))
    }
}
