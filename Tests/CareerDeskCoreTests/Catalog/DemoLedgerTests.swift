import Foundation
import Testing

@testable import CareerDeskCore

/// The demo set shows a signed contract in every ledger state (docs/contract.md, "The ledger"),
/// as of the demo day 2026-11-23. The expected states and amounts are worked out from each
/// contract's terms (F 56 000, cap 84 000, B 35 000, threshold 45 000, s 15 % of the increase,
/// D 3, G 3), not read back from the engine.
@Suite struct DemoLedgerTests {
    static let day = LocalDate(year: 2026, month: 11, day: 23)!

    static func ledger(_ id: String) throws -> Ledger {
        let item = try #require(DemoCaseTests.cases.first { $0.id.description == id }, "\(id)")
        return try #require(item.contract?.ledger(asOf: day), "\(id)")
    }

    @Test func theDemoSetCoversEveryLedgerStatus() {
        let statuses = Set(DemoCaseTests.cases.compactMap { $0.contract?.ledger(asOf: Self.day)?.status })
        #expect(statuses == Set(LedgerStatus.allCases), "missing: \(Set(LedgerStatus.allCases).subtracting(statuses))")
    }

    @Test func theLedgerDemosAreVersionTwoFiles() throws {
        let folder = CatalogFixtures.dataDirectory.appendingPathComponent("demo")
        for id in Self.expected.map(\.id) {
            let data = try Data(contentsOf: folder.appendingPathComponent(id + ".json"))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(object["schemaVersion"] as? Int == 2, "\(id)")
        }
    }

    static let expected: [(id: String, status: LedgerStatus, due: Int64, paid: Int64, counted: Int)] = [
        // 13 months at 60 000: 15 % × 25 000 = 3 750 each, all paid.
        ("SAK-2025-000105", .active, 13 * 3_750, 13 * 3_750, 13),
        // 5 months at 50 000 (2 250 each), then 40 000 < 45 000: nothing due, not counted.
        ("SAK-2025-000106", .belowThreshold, 5 * 2_250, 5 * 2_250, 5),
        // 8 months at 55 000 (3 000 each), then an approved pause from 2026-08.
        ("SAK-2025-000107", .hardshipPause, 8 * 3_000, 8 * 3_000, 8),
        // 120 000: 12 750 × 6 = 76 500, the seventh trimmed to 7 500 so that 84 000 is reached.
        ("SAK-2024-000108", .capped, 84_000, 84_000, 7),
        // N = 12 at 3 750.
        ("SAK-2024-000109", .completed, 12 * 3_750, 12 * 3_750, 12),
        // W = 24, two months at 48 000: 15 % × 13 000 = 1 950 each.
        ("SAK-2023-000110", .windowExpired, 2 * 1_950, 2 * 1_950, 2),
        // 3 × 3 750 = 11 250, then 84 000 − 11 250 = 72 750 as the payoff.
        ("SAK-2025-000111", .paidOffEarly, 3 * 3_750, 84_000, 3),
        ("SAK-2025-000112", .notReported, 0, 0, 0),
        ("SAK-2026-000113", .grace, 0, 0, 0),
        ("SAK-2026-000114", .training, 0, 0, 0),
        ("SAK-2025-000115", .terminated, 2 * 3_750, 2 * 3_750, 2),
    ]

    @Test func eachLedgerDemoIsInItsStateWithTheAmountsItsTermsGive() throws {
        for entry in Self.expected {
            let ledger = try Self.ledger(entry.id)
            #expect(ledger.status == entry.status, "\(entry.id)")
            #expect(ledger.totals.due == Money(roubles: entry.due), "\(entry.id)")
            #expect(ledger.totals.received == Money(roubles: entry.paid), "\(entry.id)")
            #expect(ledger.totals.arrears == .zero, "\(entry.id)")
            #expect((ledger.months.last?.paymentsCounted ?? 0) == entry.counted, "\(entry.id)")
        }
    }
}
