import CareerDeskCore
import CareerDeskTestSupport
import Foundation
import Testing

/// Two desks on one store (issue 8, part 4), with the real binary in tmux: officers "ivanova"
/// and "petrov" (USER) at two desks on one store. Different cases: both keep their work. The
/// same case: the second desk is read-only, names the holder, and writes nothing. A desk killed
/// with SIGKILL: its lock is free at once and the next desk takes the case over. A newer
/// version written by another process is never overwritten: the desk says so and keeps the
/// officer's copy in `recovery/`.
///
/// Every wait polls the screen or the store with a deadline; nothing sleeps for a fixed time.
@Suite(.serialized) struct TwoDesksTests {
    static let first = "SAK-2026-000101"
    static let second = "SAK-2026-000102"
    static let host = ProcessInfo.processInfo.hostName

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static func demo(_ id: String) -> URL { repositoryRoot.appendingPathComponent("data/demo/\(id).json") }

    /// A temp store holding the given demo cases, imported by the command line.
    static func store(with ids: [String]) throws -> URL {
        let store = makeTempDirectory("twodesks")
        let imported = try CLI.run(["import"] + ids.map { demo($0).path }, store: store)
        try #require(imported.status == 0, "import failed: \(imported.stderr)")
        return store
    }

    static func caseFile(_ store: URL, _ id: String) -> URL { store.appendingPathComponent("cases/\(id).json") }

    static func read(_ store: URL, _ id: String) throws -> Case { try CaseFileReader.read(caseFile(store, id)) }

    /// A desk of `officer` (wide enough for the longest message with a temp path in it).
    static func desk(_ officer: String, _ store: URL, environment: [String: String] = [:]) throws -> DeskPane {
        var env = environment
        env["USER"] = officer
        return try DeskPane.start([], store: store, width: 240, height: 30, environment: env)
    }

    /// Polls `probe` until it holds or the deadline passes.
    static func eventually(timeout: TimeInterval = 6, _ probe: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if probe() { return true }
            usleep(20_000)
        } while Date() < deadline
        return false
    }

    /// Opens `id` from the list (type its number into the filter, Enter) and shows the profile
    /// with the cursor in the municipality field, emptied. Returns the screen then.
    @discardableResult
    static func openMunicipality(_ id: String, in pane: DeskPane) throws -> String {
        try #require(pane.wait(for: "Поиск") != nil, "the case list did not show")
        try pane.type(id)
        try #require(pane.wait(for: "показано 1") != nil, "the filter did not narrow to \(id)")
        try pane.keys("Enter")
        try #require(pane.wait(for: "Профориентация  ›") != nil, "\(id) did not open")
        try pane.keys("M-1")
        try #require(pane.wait(for: "Муниципалитет") != nil, "the profile did not show")
        for _ in 0..<6 { try pane.keys("Tab") }
        try pane.keys("C-e", "C-u")
        return pane.screen()
    }

    /// The municipality row as the screen shows it.
    static func municipalityRow(_ screen: String) -> String {
        screen.split(separator: "\n").first { $0.contains("Муниципалитет") }.map(String.init) ?? ""
    }

    /// Waits until the case file holds `municipality` (autosave done); the case then.
    static func waitSaved(_ store: URL, _ id: String, municipality: String) throws -> Case {
        var item: Case?
        let saved = eventually {
            item = try? read(store, id)
            return item?.seeker.municipality == municipality
        }
        try #require(
            saved, "\(id) was not autosaved with \(municipality); file has \(item?.seeker.municipality ?? "nil")")
        return item!
    }

    /// F10, and waits for the desk to end (it quits at once when everything is saved).
    static func quit(_ pane: DeskPane) throws {
        try pane.keys("F10")
        try #require(eventually { pane.pid() == nil }, "the desk did not quit on F10:\n\(pane.screen())")
    }

    /// Who the lock file names (nil when it is empty: released).
    static func lockHolder(_ store: URL, _ id: String) -> LockHolder? {
        guard let data = FileManager.default.contents(atPath: store.appendingPathComponent("locks/\(id).lock").path),
            !data.isEmpty
        else { return nil }
        return try? CaseCoding.decoder().decode(LockHolder.self, from: data)
    }

    /// The audit log's lines for `id` as (officer, action).
    static func audit(_ store: URL, _ id: String) -> [(officer: String, action: String)] {
        let text = (try? String(contentsOf: store.appendingPathComponent("audit.log"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                object["caseId"] as? String == id, let who = object["caseworker"] as? String,
                let action = object["action"] as? String
            else { return nil }
            return (who, action)
        }
    }

    /// Gone, or a zombie not yet reaped (its files, and so its flocks, are closed already).
    static func isDead(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return true }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }

    static func recoveryFiles(_ store: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent("recovery").path)) ?? [])
            .sorted()
    }

    // MARK: - Different cases

    @Test(.enabled(if: DeskPane.isAvailable, "tmux is not installed (make deps installs it)"))
    func twoDesksOnDifferentCasesBothKeepTheirWork() throws {
        let store = try Self.store(with: [Self.first, Self.second])
        defer { try? FileManager.default.removeItem(at: store) }
        let before1 = try Self.read(store, Self.first)
        let before2 = try Self.read(store, Self.second)
        let a = try Self.desk("ivanova", store)
        defer { a.close() }
        let b = try Self.desk("petrov", store)
        defer { b.close() }
        try Self.openMunicipality(Self.first, in: a)
        let bOpened = try Self.openMunicipality(Self.second, in: b)
        #expect(!bOpened.contains("Только просмотр"), "a different case must open read-write")

        // Both type, interleaved, and each waits for its own autosave while the other works.
        try a.type("Холмск")
        try b.type("Корсаков")
        _ = try Self.waitSaved(store, Self.first, municipality: "Холмск")
        try a.type(" ivanova")
        _ = try Self.waitSaved(store, Self.second, municipality: "Корсаков")
        try b.type(" petrov")
        _ = try Self.waitSaved(store, Self.first, municipality: "Холмск ivanova")
        _ = try Self.waitSaved(store, Self.second, municipality: "Корсаков petrov")
        try Self.quit(a)
        try Self.quit(b)

        let after1 = try Self.read(store, Self.first)
        let after2 = try Self.read(store, Self.second)
        #expect(after1.seeker.municipality == "Холмск ivanova")
        #expect(after2.seeker.municipality == "Корсаков petrov")
        #expect(after1.revision > before1.revision && after2.revision > before2.revision)
        // Each case was saved by its own officer only; nothing else in it changed.
        #expect(after1.history.last?.by == "ivanova" && after1.history.last?.fields == ["seeker.municipality"])
        #expect(after2.history.last?.by == "petrov" && after2.history.last?.fields == ["seeker.municipality"])
        #expect(Self.audit(store, Self.first).filter { $0.action == "update" }.allSatisfy { $0.officer == "ivanova" })
        #expect(Self.audit(store, Self.second).filter { $0.action == "update" }.allSatisfy { $0.officer == "petrov" })
        var expected1 = before1
        expected1.seeker.municipality = after1.seeker.municipality
        #expect(expected1.seeker == after1.seeker && expected1.notes == after1.notes)
        // Quitting gave the locks back and left no journal.
        #expect(Self.lockHolder(store, Self.first) == nil && Self.lockHolder(store, Self.second) == nil)
        #expect(Self.recoveryFiles(store).isEmpty, "journals left: \(Self.recoveryFiles(store))")
        #expect(try schemaErrors(inStore: store).isEmpty)
    }

    // MARK: - The same case

    @Test(.enabled(if: DeskPane.isAvailable, "tmux is not installed (make deps installs it)"))
    func theSecondDeskOnTheSameCaseIsReadOnlyNamesTheHolderAndWritesNothing() throws {
        let store = try Self.store(with: [Self.first])
        defer { try? FileManager.default.removeItem(at: store) }
        let a = try Self.desk("ivanova", store)
        defer { a.close() }
        try Self.openMunicipality(Self.first, in: a)
        try a.type("Холмск")
        let saved = try Self.waitSaved(store, Self.first, municipality: "Холмск")
        let holderPid = try #require(a.pid())
        let auditBefore = Self.audit(store, Self.first).count

        // The second desk opens the same case read-only, naming officer, host and pid.
        let b = try Self.desk("petrov", store)
        defer { b.close() }
        try #require(b.wait(for: "Поиск") != nil)
        try b.type(Self.first)
        try #require(b.wait(for: "показано 1") != nil)
        try b.keys("Enter")
        let holder = "ivanova@\(Self.host), pid \(holderPid)"
        let opened = b.wait(for: "Только просмотр")
        try #require(opened != nil, "no read-only notice:\n\(b.screen())")
        #expect(opened!.contains("дело открыто на другом рабочем месте — \(holder)"), "\(opened!)")
        #expect(!opened!.contains("F2Сохр."), "a read-only case offers no save key")

        // Typing is refused with a message, and the field keeps the holder's value.
        try b.keys("M-1")
        try #require(b.wait(for: "Муниципалитет") != nil)
        for _ in 0..<6 { try b.keys("Tab") }
        try b.keys("C-e", "C-u")
        try b.type("petrov")
        let refused = b.wait(for: "изменения не вносятся")
        try #require(refused != nil, "typing in a read-only case gave no message:\n\(b.screen())")
        #expect(Self.municipalityRow(refused!).contains("Холмск"))
        #expect(!Self.municipalityRow(b.screen()).contains("petrov"))
        try b.keys("F2")
        #expect(b.wait(for: "изменения не вносятся") != nil, "F2 on a read-only case must be refused")
        // Nothing unsaved: F10 quits at once, without asking.
        try Self.quit(b)

        // Nothing was written by the read-only desk: no save, no audit line, no journal.
        let after = try Self.read(store, Self.first)
        #expect(after == saved)
        #expect(Self.audit(store, Self.first).count == auditBefore)
        #expect(!Self.audit(store, Self.first).contains { $0.officer == "petrov" })
        #expect(!Self.recoveryFiles(store).contains("petrov.json"))
        // The read-only desk did not disturb the lock: the holder still has it and still saves.
        #expect(Self.lockHolder(store, Self.first)?.pid == holderPid)
        try a.type(" ivanova")
        _ = try Self.waitSaved(store, Self.first, municipality: "Холмск ivanova")
        try Self.quit(a)

        // Once the holder quits, the next desk opens the case read-write and its edits are kept.
        let c = try Self.desk("petrov", store)
        defer { c.close() }
        let reopened = try Self.openMunicipality(Self.first, in: c)
        #expect(!reopened.contains("Только просмотр"))
        #expect(Self.lockHolder(store, Self.first)?.caseworker == "petrov")
        try c.type("Корсаков")
        let taken = try Self.waitSaved(store, Self.first, municipality: "Корсаков")
        #expect(taken.history.last?.by == "petrov")
        try Self.quit(c)
    }

    // MARK: - A dead desk's lock

    @Test(.enabled(if: DeskPane.isAvailable, "tmux is not installed (make deps installs it)"))
    func aKilledDesksLockIsTakenOverByTheNextDesk() throws {
        let store = try Self.store(with: [Self.first])
        defer { try? FileManager.default.removeItem(at: store) }
        let a = try Self.desk("ivanova", store)
        defer { a.close() }
        try Self.openMunicipality(Self.first, in: a)
        try a.type("Поронайск")
        let saved = try Self.waitSaved(store, Self.first, municipality: "Поронайск")
        let deadPid = try #require(a.pid())
        #expect(Self.lockHolder(store, Self.first).map { ($0.caseworker, $0.pid) } ?? ("", 0) == ("ivanova", deadPid))

        // SIGKILL while holding the case: the lock file still names the dead desk…
        a.kill()
        try #require(Self.eventually(timeout: 10) { a.pid() == nil && Self.isDead(deadPid) }, "the desk did not die")
        #expect(Self.lockHolder(store, Self.first)?.pid == deadPid, "the dead desk's name stays in the lock file")

        // …but the kernel dropped its flock: the next desk opens the case read-write.
        let b = try Self.desk("petrov", store)
        defer { b.close() }
        let opened = try Self.openMunicipality(Self.first, in: b)
        #expect(!opened.contains("Только просмотр"), "a dead desk's lock must not make the case read-only")
        #expect(opened.contains("F2Сохр."))
        let takerPid = try #require(b.pid())
        let holder = Self.lockHolder(store, Self.first)
        #expect(holder?.caseworker == "petrov" && holder?.pid == takerPid && holder?.host == Self.host)
        // The taker really holds it: the store refuses a third party, naming petrov.
        do {
            let lock = try FileCaseStore(root: store).lock(CaseID(Self.first)!, caseworker: "sidorov")
            lock.release()
            Issue.record("the case lock was free while petrov's desk had the case open")
        } catch {
            #expect(error == .locked(CaseID(Self.first)!, by: holder!))
        }

        // The taker saves on top of the dead desk's last save; nothing of it is lost.
        try b.type("Углегорск")
        let taken = try Self.waitSaved(store, Self.first, municipality: "Углегорск")
        #expect(taken.revision == saved.revision + 1)
        #expect(taken.history.last?.by == "petrov")
        #expect(taken.history.contains { $0.by == "ivanova" && $0.fields == ["seeker.municipality"] })
        try Self.quit(b)
        #expect(Self.lockHolder(store, Self.first) == nil, "a clean quit empties the lock file")
        #expect(try schemaErrors(inStore: store).isEmpty)
    }

    /// Desk clocks for a story told over an hour, so the store's stamps and the journal's
    /// follow the order things happened in (one frozen instant would make them all equal).
    static func at(_ time: String) -> [String: String] { ["CAREERDESK_NOW": "2026-11-23T\(time):00Z"] }

    /// The story of a killed desk whose officer had work in the journal: ivanova saves
    /// "Поронайск", leaves a half-typed note in the journal and is killed; petrov takes the case
    /// over and saves "Углегорск"; ivanova comes back and recovers. Her recovered copy is one
    /// revision behind, so its save must be refused as stale, say so, keep her copy in
    /// `recovery/`, and leave petrov's version in the store. Returns her desk (still running),
    /// petrov's saved case and her revision.
    static func killedDeskRecoversAfterATakeover(_ store: URL) throws -> (
        desk: DeskPane, petrovs: Case, herRevision: Int
    ) {
        let a = try desk("ivanova", store, environment: at("10:00"))
        defer { a.close() }
        try openMunicipality(first, in: a)
        try a.type("Поронайск")
        let hers = try waitSaved(store, first, municipality: "Поронайск")
        try a.keys("F3")
        try #require(a.wait(for: "Заметки по делу") != nil, "no notes panel")
        try a.type("черновик заметки")
        let journal = store.appendingPathComponent("recovery/ivanova.json")
        try #require(
            eventually { (try? String(contentsOf: journal, encoding: .utf8))?.contains("черновик заметки") == true },
            "the half-typed note did not reach the journal")
        a.kill()
        try #require(eventually { a.pid() == nil }, "the desk did not die")

        let b = try desk("petrov", store, environment: at("10:30"))
        defer { b.close() }
        let opened = try openMunicipality(first, in: b)
        #expect(!opened.contains("Только просмотр"))
        #expect(b.wait(for: "Восстанов", timeout: 0.5) == nil, "ivanova's journal is hers, not petrov's")
        try b.type("Углегорск")
        let petrovs = try waitSaved(store, first, municipality: "Углегорск")
        #expect(petrovs.revision == hers.revision + 1)
        try quit(b)

        let back = try desk("ivanova", store, environment: at("11:00"))
        // The caller closes the desk; when a check here stops the test, this does.
        var handedOver = false
        defer { if !handedOver { back.close() } }
        let offered = back.wait(for: "Восстановить их?")
        try #require(offered?.contains(first) == true, "no recovery offered:\n\(back.screen())")
        try back.keys("Enter")
        let said = back.wait(for: "Дело изменено на другом рабочем месте")
        try #require(said != nil, "the recovered copy was not refused as stale:\n\(back.screen())")
        #expect(said!.contains("\(first)-r\(hers.revision)-ivanova.json"))
        #expect(try read(store, first) == petrovs, "petrov's newer version must stay")
        let copy = store.appendingPathComponent("recovery/\(first)-r\(hers.revision)-ivanova.json")
        let kept = try CaseCoding.decoder().decode(Case.self, from: Data(contentsOf: copy))
        #expect(kept.seeker.municipality == "Поронайск")
        handedOver = true
        return (back, petrovs, hers.revision)
    }

    @Test(.enabled(if: DeskPane.isAvailable, "tmux is not installed (make deps installs it)"))
    func aKilledDesksRecoveredWorkNeverOverwritesTheTakersSave() throws {
        let store = try Self.store(with: [Self.first])
        defer { try? FileManager.default.removeItem(at: store) }
        let (desk, petrovs, _) = try Self.killedDeskRecoversAfterATakeover(store)
        defer { desk.close() }
        // Typing on is refused the same way: the copy follows her typing, the store stays.
        try desk.keys("M-1")
        for _ in 0..<6 { try desk.keys("Tab") }
        try desk.keys("C-e")
        try desk.type(" ещё")
        let copy = store.appendingPathComponent("recovery/\(Self.first)-r\(petrovs.revision - 1)-ivanova.json")
        #expect(
            Self.eventually {
                (try? CaseCoding.decoder().decode(Case.self, from: Data(contentsOf: copy)))?.seeker.municipality
                    == "Поронайск ещё"
            }, "her copy did not follow her typing")
        #expect(try Self.read(store, Self.first) == petrovs)
        #expect(Self.audit(store, Self.first).last.map { ($0.officer, $0.action) } ?? ("", "") == ("petrov", "update"))
    }

    // MARK: - Never over a newer version

    /// Desk A holds the case. The command line cannot replace it (the lock names A). A desk that
    /// lost its lock (the lock file deleted under it) is then simulated: the replacement goes in,
    /// and A's next autosave must be refused as stale, say so, and keep A's copy in `recovery/`.
    @Test(.enabled(if: DeskPane.isAvailable, "tmux is not installed (make deps installs it)"))
    func aDeskNeverSavesOverANewerVersionAndKeepsTheOfficersCopy() throws {
        let store = try Self.store(with: [Self.first])
        defer { try? FileManager.default.removeItem(at: store) }
        let a = try Self.desk("ivanova", store)
        defer { a.close() }
        try Self.openMunicipality(Self.first, in: a)
        try a.type("Холмск")
        let mine = try Self.waitSaved(store, Self.first, municipality: "Холмск")
        let pid = try #require(a.pid())

        // While A holds the lock, `import --replace` is refused and names the holder.
        let refused = try CLI.run(
            ["import", "--replace", Self.demo(Self.first).path], store: store, environment: ["USER": "sidorov"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("ivanova@\(Self.host), pid \(pid)"), "\(refused.stderr)")
        #expect(try Self.read(store, Self.first) == mine)

        // A desk that lost its lock: the lock file goes, so the next writer gets a fresh one.
        try FileManager.default.removeItem(at: store.appendingPathComponent("locks/\(Self.first).lock"))
        let replaced = try CLI.run(
            ["import", "--replace", Self.demo(Self.first).path], store: store, environment: ["USER": "sidorov"])
        try #require(replaced.status == 0, "\(replaced.stderr)")
        let newer = try Self.read(store, Self.first)
        #expect(newer.revision == mine.revision + 1 && newer.seeker.municipality != "Холмск")

        // A types on: the save is refused as stale, the screen says so and names the copy.
        try a.type(" ivanova")
        let copyName = "\(Self.first)-r\(mine.revision)-ivanova.json"
        let said = a.wait(for: "Дело изменено на другом рабочем месте")
        try #require(said != nil, "no stale message:\n\(a.screen())")
        #expect(said!.contains("ваши правки не записаны поверх"))
        #expect(said!.contains("Ваша копия сохранена в"))
        #expect(said!.contains(copyName), "the message names the copy: \(said!)")
        // The newer version is untouched; the officer's version is kept beside it.
        #expect(try Self.read(store, Self.first) == newer)
        let copy = store.appendingPathComponent("recovery/\(copyName)")
        let kept = try CaseCoding.decoder().decode(Case.self, from: Data(contentsOf: copy))
        #expect(kept.seeker.municipality == "Холмск ivanova")
        #expect(kept.revision == mine.revision)
        let mode = try FileManager.default.attributesOfItem(atPath: copy.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let updates = Self.audit(store, Self.first).filter { $0.action == "update" }
        #expect(updates.count == 1, "only A's first save is in the audit log: \(updates)")
    }

    // MARK: - The store's version check

    /// The check every desk save relies on, at store level: two copies loaded at one revision;
    /// the first save wins, the second is refused as stale with both revisions named, and the
    /// file keeps the first. A save of a case another holder has locked is refused naming him.
    @Test func aSaveFromAnOlderRevisionIsRefusedAndWritesNothing() throws {
        let root = try Self.store(with: [Self.first])
        defer { try? FileManager.default.removeItem(at: root) }
        let id = CaseID(Self.first)!
        let store = try FileCaseStore(root: root, clock: FixedClock(Date(timeIntervalSince1970: 1_795_428_000)))
        var ivanovas = try store.load(id)
        var petrovs = try store.load(id)
        ivanovas.seeker.municipality = "Холмск"
        let saved = try store.save(ivanovas, by: "ivanova")
        #expect(saved.revision == petrovs.revision + 1)

        petrovs.seeker.municipality = "Корсаков"
        do {
            _ = try store.save(petrovs, by: "petrov")
            Issue.record("a save from revision \(petrovs.revision) went over revision \(saved.revision)")
        } catch {
            #expect(error == .staleRevision(id, onDisk: saved.revision, yours: petrovs.revision))
            let ru = error.text(.ru)
            #expect(ru.contains("версия \(saved.revision), у вас \(petrovs.revision)"), "\(ru)")
            #expect(ru.contains("не записаны поверх"))
        }
        #expect(try Self.read(root, Self.first) == saved)
        #expect(!Self.audit(root, Self.first).contains { $0.officer == "petrov" })

        // A held lock: another writer is refused before any version is compared.
        let held = try store.lock(id, caseworker: "ivanova")
        defer { held.release() }
        var current = saved
        current.seeker.municipality = "Невельск"
        do {
            _ = try store.save(current, by: "petrov")
            Issue.record("petrov saved a case ivanova holds")
        } catch {
            #expect(error == .locked(id, by: held.holder))
        }
        #expect(try Self.read(root, Self.first) == saved)
        // The holder saves through her lock.
        #expect(try store.save(current, by: "ivanova", lock: held).seeker.municipality == "Невельск")
    }
}
