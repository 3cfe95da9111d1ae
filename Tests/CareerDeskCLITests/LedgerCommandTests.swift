import CareerDeskCore
import Foundation
import Testing

/// `followup`, `payment`, `pause`, `ledger` and `due` on the signed demo contract SAK-2026-000101:
/// F 56 000, cap 1.5 × F = 84 000, B 35 000, M 10 000, s 15 % of the increase, course D 3 months
/// from 2026-12-07 (ending 2027-03-06), grace G 3: the window opens with contract month 7, 2027-06.
@Suite struct LedgerCommandTests {
    static func store() throws -> URL {
        let store = makeTempDirectory("careerdesk-ledger")
        let demo = repositoryData.appendingPathComponent("demo/SAK-2026-000101.json")
        #expect(try CLI.run(["import", demo.path], store: store).status == 0)
        return store
    }

    static func at(_ day: String) -> [String: String] { ["CAREERDESK_NOW": day + "T10:00:00Z", "LANG": "en_US.UTF-8"] }

    @Test func aYearOfFollowUpAndAPaymentMakeTheLedger() throws {
        let store = try Self.store()
        defer { try? FileManager.default.removeItem(at: store) }
        // 2027-03-01: the end-of-training contact (2027-03-06) is due within 14 days.
        let due = try CLI.run(["due", "--json"], store: store, environment: Self.at("2027-03-01"))
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(due.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries.first?["date"] as? String == "2027-03-06")
        #expect(entries.first?["state"] as? String == "due")
        let contact = try CLI.run(
            [
                "followup", "SAK-2026-000101", "--date", "2027-03-05", "--certificate", "ПО-2027-17", "--employer",
                "АО «ТехноСвар»", "--inn", "6502424413", "--occupation", "7212",
            ],
            store: store, environment: Self.at("2027-03-05"))
        #expect(contact.status == 0, "\(contact.stderr)")
        let none = try CLI.run(["due"], store: store, environment: Self.at("2027-03-05"))
        #expect(none.stdout.contains("No follow-ups are due."))
        // Three months on: income reported and verified, a payment made.
        let income = try CLI.run(
            [
                "followup", "SAK-2026-000101", "--income", "2027-06=72000", "--evidence", "incomeCertificate2NDFL",
                "--verified",
            ],
            store: store, environment: Self.at("2027-06-06"))
        #expect(income.status == 0, "\(income.stderr)")
        let payment = try CLI.run(
            ["payment", "SAK-2026-000101", "--date", "2027-06-20", "--amount", "5550", "--reference", "п/п 17"],
            store: store, environment: Self.at("2027-06-20"))
        #expect(payment.status == 0, "\(payment.stderr)")
        let ledger = try CLI.run(
            ["ledger", "SAK-2026-000101", "--json"], store: store, environment: Self.at("2027-06-30"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ledger.stdout.utf8)) as? [String: Any])
        let months = try #require(json["months"] as? [[String: Any]])
        #expect(months.count == 7)
        #expect(months[0]["status"] as? String == "training")
        #expect(months[3]["status"] as? String == "grace")
        // 15 % × (72 000 − 35 000) = 5 550, all paid; 84 000 − 5 550 remains under the cap.
        #expect(months[6]["date"] as? String == "2027-06")
        #expect(months[6]["status"] as? String == "active")
        #expect(months[6]["income"] as? String == "72000.00")
        #expect(months[6]["due"] as? String == "5550.00")
        #expect(months[6]["paid"] as? String == "5550.00")
        #expect(months[6]["capRemaining"] as? String == "78450.00")
        #expect(months[6]["paymentsCounted"] as? Int == 1)
        #expect(months[5]["income"] is NSNull)
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(totals["due"] as? String == "5550.00")
        #expect(totals["paid"] as? String == "5550.00")
        #expect(totals["capRemaining"] as? String == "78450.00")
        #expect(json["payoffQuote"] as? String == "78450.00")
        #expect(json["status"] as? String == "active")
        let text = try CLI.run(["ledger", "SAK-2026-000101"], store: store, environment: Self.at("2027-06-30"))
        #expect(
            text.stdout.replacingOccurrences(of: "\u{00A0}", with: " ").contains(
                "Totals: due RUB 5,550.00, paid RUB 5,550.00"))
    }

    @Test func aPauseIsApprovedOnlyByASecondOfficerAndBadInputIsRefused() throws {
        let store = try Self.store()
        defer { try? FileManager.default.removeItem(at: store) }
        let asked = try CLI.run(
            ["pause", "SAK-2026-000101", "--start", "2027-08", "--months", "3", "--reason", "illness"], store: store,
            environment: Self.at("2027-07-01"))
        #expect(asked.status == 0, "\(asked.stderr)")
        let own = try CLI.run(
            ["pause", "SAK-2026-000101", "--approve", "1"], store: store, environment: Self.at("2027-07-01"))
        #expect(own.status == 1)
        #expect(own.stderr.contains("second officer"))
        let second = try CLI.run(
            ["pause", "SAK-2026-000101", "--approve", "1", "--caseworker", "n.petrova"], store: store,
            environment: Self.at("2027-07-02"))
        #expect(second.status == 0, "\(second.stderr)")
        let ledger = try CLI.run(
            ["ledger", "SAK-2026-000101", "--json"], store: store, environment: Self.at("2027-12-01"))
        let months = try #require(
            (try JSONSerialization.jsonObject(with: Data(ledger.stdout.utf8)) as? [String: Any])?["months"]
                as? [[String: Any]])
        #expect(months.filter { $0["status"] as? String == "hardshipPause" }.count == 3)
        for bad in [["--amount", "0"], ["--amount", "1e3"]] {
            let refused = try CLI.run(
                ["payment", "SAK-2026-000101", "--date", "2027-06-20"] + bad, store: store,
                environment: Self.at("2027-07-01"))
            #expect(refused.status == 1)
        }
        let badDate = try CLI.run(
            ["payment", "SAK-2026-000101", "--date", "2027-02-30", "--amount", "1"], store: store,
            environment: Self.at("2027-07-01"))
        #expect(badDate.stderr.contains("--date"))
        let draft = try CLI.run(["ledger", "SAK-2026-000102"], store: store)
        #expect(draft.status == 1)
    }
}
