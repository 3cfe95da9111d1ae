import CareerDeskCore
import Foundation
import Testing

/// After a stale refusal, "Save and quit" rewrites the journal later than the other officer's
/// save. Recovering it again must still be refused as stale: the desk decides whether a
/// journal supersedes the store by revisions and who wrote them, never by timestamps.
@Suite(.serialized) struct TwoDesksStaleRecoveryTests {
    @Test(.enabled(if: DeskPane.isAvailable))
    func recoveringAgainAfterAStaleRefusalNeverOverwritesTheNewerVersion() throws {
        let store = try TwoDesksTests.store(with: [TwoDesksTests.first])
        defer { try? FileManager.default.removeItem(at: store) }
        let (desk, petrovs, _) = try TwoDesksTests.killedDeskRecoversAfterATakeover(store)
        defer { desk.close() }
        // She quits, choosing the default "Save and quit" (the save is refused again).
        try desk.keys("F10")
        try #require(desk.wait(for: "Сохранить и выйти") != nil, "no quit dialog:\n\(desk.screen())")
        try desk.keys("Enter")
        try #require(TwoDesksTests.eventually { desk.pid() == nil }, "the desk did not quit")
        #expect(try TwoDesksTests.read(store, TwoDesksTests.first) == petrovs)

        // Half an hour later she starts again and accepts the recovery offered.
        let again = try TwoDesksTests.desk("ivanova", store, environment: TwoDesksTests.at("11:30"))
        defer { again.close() }
        try #require(again.wait(for: "Восстановить их?") != nil, "no recovery offered:\n\(again.screen())")
        try again.keys("Enter")
        // The stale refusal again, and petrov's version left as it is.
        var stored = petrovs
        let settled = TwoDesksTests.eventually {
            stored = (try? TwoDesksTests.read(store, TwoDesksTests.first)) ?? stored
            return stored != petrovs || again.screen().contains("Дело изменено на другом рабочем месте")
        }
        #expect(settled)
        #expect(
            stored.seeker.municipality == "Углегорск",
            "petrov's newer version was overwritten: revision \(stored.revision), municipality \(stored.seeker.municipality ?? "nil"), last saved by \(stored.history.last?.by ?? "?")"
        )
    }
}
