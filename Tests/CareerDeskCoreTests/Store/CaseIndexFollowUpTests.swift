import Foundation
import GRDB
import Testing

@testable import CareerDeskCore

/// The index's `nextFollowUp` column (migration v2): the signed contract's next scheduled contact
/// not yet held, kept beside the other summary fields so the desk list never decodes a case.
@Suite struct CaseIndexFollowUpTests {
    /// The paying demo contract: training ends 2025-08-06; contacts have answered the end of
    /// training, +3, +6 and +12 months; the next date is 24 months after, 2027-08-06.
    static func payingDemo() throws -> Case {
        try #require(DemoCaseTests.cases.first { $0.id.description == "SAK-2025-000105" })
    }

    @Test func theSummaryCarriesTheNextUnheldContact() throws {
        #expect(CaseSummary(try Self.payingDemo()).nextFollowUp == LocalDate(year: 2027, month: 8, day: 6))
        // No signed contract, no follow-up.
        let draft = try #require(DemoCaseTests.cases.first { $0.id.description == "MOW-2026-000302" })
        #expect(CaseSummary(draft).nextFollowUp == nil)
        // Signed on 2026-10-07, training to 2027-03-06, nothing held yet: the end of training.
        let welder = try #require(DemoCaseTests.cases.first { $0.id.description == "SAK-2026-000101" })
        #expect(CaseSummary(welder).nextFollowUp == LocalDate(year: 2027, month: 3, day: 6))
    }

    @Test func theColumnRoundTripsThroughTheIndex() throws {
        let store = try CaseIndexTests.exactStore()
        try CaseIndexTests.writeFromOutside(Self.payingDemo(), in: store)
        let listed = store.refreshIndex(progress: { _, _ in })
        #expect(listed.cases.first?.nextFollowUp == LocalDate(year: 2027, month: 8, day: 6))
        let reopened = try FileCaseStore(root: store.root, clock: store.clock)
        #expect(reopened.indexSnapshot().cases.first?.nextFollowUp == LocalDate(year: 2027, month: 8, day: 6))
    }

    /// An index written before v2 (no column, no v2 in the migrations table) gains the column on
    /// the next start, and the refresh reads every file again to fill it in.
    @Test func anIndexFromBeforeTheColumnIsMigratedAndReread() throws {
        let store = try CaseIndexTests.exactStore()
        try CaseIndexTests.writeFromOutside(Self.payingDemo(), in: store)
        _ = try store.create(seeker: CaseIndexTests.seeker(1), caseworker: "П")
        _ = store.refreshIndex(progress: { _, _ in })
        let queue = try DatabaseQueue(path: store.caseIndex.path)
        try queue.write { db in
            try db.execute(sql: "ALTER TABLE caseFile DROP COLUMN nextFollowUp")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v2'")
        }
        try queue.close()

        let reopened = try FileCaseStore(root: store.root, clock: store.clock)
        var reads: [Int] = []
        let listed = reopened.refreshIndex(progress: { _, total in reads.append(total) })
        #expect(reads.last == 2, "both files are read again")
        #expect(listed.cases.count == 2)
        #expect(
            listed.cases.first { $0.id.description == "SAK-2025-000105" }?.nextFollowUp
                == LocalDate(year: 2027, month: 8, day: 6))
        #expect(!reopened.indexSnapshot().needsRefresh)
    }

    /// The officer who opened each case (migration v3), for the desk's queue of the officer's own
    /// follow-ups: written, read back, and filled in for an index from before the column.
    @Test func theCaseworkerRoundTripsAndAnOlderIndexIsMigrated() throws {
        let store = try CaseIndexTests.exactStore()
        try CaseIndexTests.writeFromOutside(Self.payingDemo(), in: store)
        _ = try store.create(seeker: CaseIndexTests.seeker(1), caseworker: "Петрова А. В.")
        let listed = store.refreshIndex(progress: { _, _ in })
        #expect(Set(listed.cases.map(\.caseworker)) == ["o.sidorova", "Петрова А. В."])
        let queue = try DatabaseQueue(path: store.caseIndex.path)
        try queue.write { db in
            try db.execute(sql: "ALTER TABLE caseFile DROP COLUMN caseworker")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v3'")
        }
        try queue.close()
        let reopened = try FileCaseStore(root: store.root, clock: store.clock)
        var reads: [Int] = []
        let again = reopened.refreshIndex(progress: { _, total in reads.append(total) })
        #expect(reads.last == 2, "both files are read again")
        #expect(Set(again.cases.map(\.caseworker)) == ["o.sidorova", "Петрова А. В."])
        #expect(Set(reopened.indexSnapshot().cases.map(\.caseworker)) == ["o.sidorova", "Петрова А. В."])
    }
}
