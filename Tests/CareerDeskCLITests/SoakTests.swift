import CareerDeskCore
import CareerDeskTestSupport
import Foundation
import Testing

/// Crash safety, measured: the real desk types into a case (autosaving as it goes) and is
/// killed with SIGKILL at random instants, again and again. After every kill the store must be
/// whole, and the next start must offer back what was typed and not yet saved.
///
/// `make test` runs 50 kills; `make soak` runs 500 (`SOAK_KILLS`). The figures are printed as
/// one `soak:` line, copied into docs/reliability.md.
@Suite(.serialized) struct SoakTests {
    static let caseID = "SAK-2026-000101"
    static var kills: Int { Int(ProcessInfo.processInfo.environment["SOAK_KILLS"] ?? "") ?? 50 }

    /// A small deterministic generator, so a failing run can be repeated (`SOAK_SEED`).
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    @Test(.enabled(if: DeskPane.isAvailable, "tmux is not installed (make deps installs it)"))
    func killedWhileTypingLosesAtMostTheLastSecond() throws {
        let store = makeTempDirectory("soak")
        defer { try? FileManager.default.removeItem(at: store) }
        let demo = Self.repositoryRoot.appendingPathComponent("data/demo/\(Self.caseID).json")
        let imported = try CLI.run(["import", demo.path], store: store)
        try #require(imported.status == 0, "import failed: \(imported.stderr)")
        let caseFile = store.appendingPathComponent("cases/\(Self.caseID).json")
        let journal = store.appendingPathComponent("recovery/test-officer.json")
        let seed = UInt64(ProcessInfo.processInfo.environment["SOAK_SEED"] ?? "") ?? 20_261_123
        var random = SplitMix(state: seed)
        let letters = Array("абвгдежзиклмнопрстуфхцчшэюя")

        var recovered = 0
        var killedWithUnsaved = 0
        var worstLostMilliseconds = 0
        var journalled = 0
        for round in 0..<Self.kills {
            // Even rounds edit a field of a stored case (autosave writes the store); odd rounds
            // type a new case that cannot be created yet (only the journal can keep it).
            let newCase = round % 2 == 1
            let left = Self.journal(journal)
            let pane = try DeskPane.start([], store: store)
            defer { pane.close() }
            try #require(pane.wait(for: "CareerDesk") != nil, "round \(round): the desk did not start")
            if let left {
                // The previous kill left work in the journal: it must be offered back, restored.
                journalled += 1
                let offered = pane.wait(for: "Восстанов", timeout: 5)
                try #require(offered != nil, "round \(round): no recovery offered")
                try pane.keys("Enter")
                let field = left.isNew ? left.fullName : left.municipality
                let shown = pane.wait(for: field.isEmpty ? "Муниципалитет" : String(field.suffix(20)), timeout: 5)
                #expect(shown != nil, "round \(round): recovered text '\(field)' not on screen")
                if left.isNew {
                    // Leave the new case and discard it (Esc, then the "Удалить" button by its letter).
                    try pane.keys("Escape")
                    try #require(pane.wait(for: "Удалить") != nil)
                    try pane.type("У")
                } else {
                    try pane.keys("F2")
                    let deadline = Date().addingTimeInterval(5)
                    var restored: String?
                    repeat {
                        restored = (try? CaseFileReader.read(caseFile))?.seeker.municipality
                        if restored == left.municipality { break }
                        usleep(20_000)
                    } while Date() < deadline
                    #expect(restored == left.municipality, "round \(round): store has \(restored ?? "nil")")
                    try pane.keys("Escape")
                }
                recovered += 1
            }
            try #require(pane.wait(for: "Поиск") != nil, "round \(round): no case list")
            let caseBefore = try CaseFileReader.read(caseFile)
            let auditBefore = Self.auditUpdates(store)
            if newCase {
                try pane.keys("F7")
                try #require(pane.wait(for: "ФИО") != nil, "round \(round): no new case form")
            } else {
                // Open the case by its number, go to the profile's municipality field, clear it.
                try pane.type(Self.caseID)
                try #require(pane.wait(for: "показано 1") != nil, "round \(round): filter did not narrow")
                try pane.keys("Enter")
                try #require(pane.wait(for: "\(Self.caseID) ·") != nil, "round \(round): case did not open")
                try pane.keys("M-1")
                try #require(pane.wait(for: "Муниципалитет") != nil, "round \(round): no profile step")
                for _ in 0..<6 { try pane.keys("Tab") }
                try pane.keys("C-e", "C-u")
            }

            // Type for a random time, as a fast typist would, then kill the desk wherever it is.
            var typed = newCase ? "Соак" : "r\(round) "
            try pane.type(typed)
            var typedAt: [(count: Int, at: Date)] = [(typed.count, Date())]
            let stop = Date().addingTimeInterval(Double(random.int(100...2_500)) / 1000)
            while Date() < stop && typed.count < 150 {
                let chunk = String((0..<random.int(1...3)).map { _ in letters[random.int(0...letters.count - 1)] })
                try pane.type(chunk)
                typed += chunk
                typedAt.append((typed.count, Date()))
                usleep(UInt32(random.int(80...200) * 1000))
            }
            let killedAt = Date()
            pane.kill()
            pane.close()

            // The case file is whole and at most one save ahead of the audit log; the rest parses.
            let item = try CaseFileReader.read(caseFile)
            let saves = Self.auditUpdates(store) - auditBefore
            let ahead = (item.revision - caseBefore.revision) - saves
            #expect(ahead == 0 || ahead == 1, "round \(round): revision \(item.revision) vs \(saves) audited saves")
            #expect(try schemaErrors(inStore: store).isEmpty)
            try Self.checkAuditLog(store, round: round)
            let index = try FileCaseStore(root: store).indexSnapshot()
            #expect(index.cases.contains { $0.id.description == Self.caseID }, "round \(round): index lost the case")
            #expect(index.problems.isEmpty, "round \(round): \(index.problems)")
            #expect(index.cases.count == 1, "round \(round): a case was created without consent")

            // What survived (journal, else store) is a prefix of what was typed; what was lost
            // had been typed in about the last second.
            let now = Self.journal(journal)
            let stored = item.seeker.municipality == caseBefore.seeker.municipality ? nil : item.seeker.municipality
            let kept = (newCase ? now?.fullName : now?.municipality ?? stored) ?? ""
            #expect(typed.hasPrefix(kept), "round \(round): kept '\(kept)' is not a start of '\(typed)'")
            if kept.count < typed.trimmingCharacters(in: .whitespaces).count {
                killedWithUnsaved += 1
                let firstLost = typedAt.first { $0.count > kept.count }?.at ?? killedAt
                worstLostMilliseconds = max(worstLostMilliseconds, Int(killedAt.timeIntervalSince(firstLost) * 1000))
            }
        }
        print(
            "soak: \(Self.kills) kills survived; \(killedWithUnsaved) left typing unsaved, longest \(worstLostMilliseconds) ms; "
                + "\(journalled) journals offered back, \(recovered) restored")
        // Autosave journals within a second of the first unsaved key; the rest is the tick
        // (0.2 s) and this machine's scheduling.
        #expect(worstLostMilliseconds <= 1_600, "lost \(worstLostMilliseconds) ms of typing")
        #expect(journalled > 0 || Self.kills < 4, "no kill ever left a journal to recover")
    }

    /// What the recovery journal holds, if there is one.
    struct Left {
        var isNew: Bool
        var fullName: String
        var municipality: String
    }

    static func journal(_ url: URL) -> Left? {
        guard let data = FileManager.default.contents(atPath: url.path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let texts = object["profileTexts"] as? [String: String]
        else { return nil }
        return Left(
            isNew: object["isNew"] as? Bool ?? false,
            fullName: texts["fullName", default: ""].trimmingCharacters(in: .whitespaces),
            municipality: texts["municipality", default: ""].trimmingCharacters(in: .whitespaces))
    }

    /// Saves of the soak case recorded in the audit log (whole lines only).
    static func auditUpdates(_ store: URL) -> Int {
        let text = (try? String(contentsOf: store.appendingPathComponent("audit.log"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter {
            $0.contains("\"caseId\":\"\(caseID)\"") && $0.contains("\"update\"")
        }
        .count
    }

    /// Every line of the audit log is JSON, except at most a torn last line.
    static func checkAuditLog(_ store: URL, round: Int) throws {
        let data = FileManager.default.contents(atPath: store.appendingPathComponent("audit.log").path) ?? Data()
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        for (i, line) in lines.enumerated() {
            let parsed = (try? JSONSerialization.jsonObject(with: Data(line))) != nil
            let isLast = i == lines.count - 1 && data.last != UInt8(ascii: "\n")
            #expect(parsed || isLast, "round \(round): audit line \(i + 1) is not JSON")
        }
    }
}
