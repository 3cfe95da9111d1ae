import Foundation
import GRDB
import GRDBSQLite

/// The store's index of case summaries: one SQLite database beside the case files
/// (docs/store-index.md).
///
/// ```
/// <store>/index/cases.sqlite   WAL mode; tables caseFile, problemFile, indexState
/// ```
///
/// A cache: the case files stay the truth, deleting the index loses nothing (the next refresh
/// reads every file again), and a save never fails because the index could not be written: the
/// index is then only stale, and the next refresh repairs it. Every value read back is checked
/// (a row that does not hold a valid summary is damage: it is skipped, counted and rewritten
/// from its case file), and a database SQLite calls corrupt is deleted and rebuilt.
final class CaseIndex: @unchecked Sendable {
    let casesDirectory: URL
    let directory: URL
    let readOnly: Bool
    /// A file stamp recorded less than this after the file changed is "racy": a second change
    /// within the same tick of the file system's coarse clock would leave it equal, so it is
    /// recorded as unverified and the next refresh reads the file again (as git does).
    var racyWindowNs: Int64

    static let defaultRacyWindowNs: Int64 = 50_000_000
    static let fileName = "cases.sqlite"

    private let lock = NSLock()
    private var opened: (any DatabaseWriter)?
    /// Damage found and repaired since the index was opened (rows, or the whole file).
    private var repairedRows = 0
    private var rebuiltDamagedFile = false

    init(root: URL, readOnly: Bool, racyWindowNs: Int64 = CaseIndex.defaultRacyWindowNs) {
        casesDirectory = root.appendingPathComponent("cases")
        directory = root.appendingPathComponent("index")
        self.readOnly = readOnly
        self.racyWindowNs = racyWindowNs
    }

    var path: String { directory.appendingPathComponent(Self.fileName).path }

    // MARK: Opening

    /// The open database, opened (created, migrated, or rebuilt when damaged) on first use; nil
    /// when it cannot be had at all (then the store works from the case files alone).
    func database() -> (any DatabaseWriter)? {
        lock.lock()
        defer { lock.unlock() }
        if let opened { return opened }
        opened = readOnly ? openInMemoryCopy() : openOnDisk()
        return opened
    }

    private static func configuration(readonly: Bool = false) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.busyMode = .timeout(10)
        configuration.label = "careerdesk-index"
        configuration.prepareDatabase { db in
            // Rows rewritten or removed (an anonymised seeker) leave no old bytes behind in the file.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            if !db.configuration.readonly {
                // The index is a cache: a commit needs no fsync of its own (the case file had one).
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
        return configuration
    }

    private func openOnDisk() -> (any DatabaseWriter)? {
        guard (try? FileIO.ensureDirectory(directory)) != nil else { return nil }
        // One process at a time opens, migrates or clears the index: two desks starting on a
        // missing index must not take each other's half-made tables for damage.
        let lockPath = directory.appendingPathComponent("open.lock").path
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, FileIO.fileMode)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 { if errno != EINTR { return nil } }
        defer { flock(fd, LOCK_UN) }
        for attempt in 0..<2 {
            // The database and its WAL files are created 0600 by us, never followed as links.
            for suffix in ["", "-wal", "-shm"] where FileIO.isLink(path + suffix) { return nil }
            let file = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, FileIO.fileMode)
            if file >= 0 { close(file) }
            do {
                let pool = try DatabasePool(path: path, configuration: Self.configuration())
                do {
                    try Self.migrator.migrate(pool)
                    try pool.read { _ = try Row.fetchAll($0, sql: "SELECT 1 FROM caseFile, statusCount LIMIT 1") }
                } catch {
                    // Tables missing or not ours (dropped by hand, or a schema this program does
                    // not know): the index is cleared in place and built anew.
                    guard !Self.isDamage(error) else { throw error }
                    try pool.erase()
                    try Self.migrator.migrate(pool)
                    rebuiltDamagedFile = true
                }
                return pool
            } catch {
                guard attempt == 0, Self.isDamage(error) else { return nil }
                // Not a database, or one SQLite finds corrupt: it is only a cache; start afresh.
                removeFiles()
                rebuiltDamagedFile = true
            }
        }
        return nil
    }

    /// A read-only store's index: the one on disk copied into memory (opened immutable, so
    /// nothing is written beside it), or an empty one; refreshes then update the copy only.
    private func openInMemoryCopy() -> (any DatabaseWriter)? {
        guard let memory = try? DatabaseQueue(configuration: Self.configuration()) else { return nil }
        if FileManager.default.fileExists(atPath: path), !FileIO.isLink(path) {
            let escaped =
                path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["?", "#", "%"])) ?? path
            if let source = try? DatabaseQueue(
                path: "file:\(escaped)?immutable=1", configuration: Self.configuration(readonly: true))
            {
                if (try? source.backup(to: memory)) == nil { try? memory.erase() }
                try? source.close()
            }
        }
        do {
            try Self.migrator.migrate(memory)
        } catch {
            try? memory.erase()
            guard (try? Self.migrator.migrate(memory)) != nil else { return nil }
        }
        return memory
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE caseFile (
                        id TEXT NOT NULL PRIMARY KEY,
                        inode INTEGER NOT NULL, size INTEGER NOT NULL, changeNs INTEGER NOT NULL,
                        fullName TEXT NOT NULL, snils TEXT NOT NULL, birthDate TEXT, region TEXT NOT NULL,
                        stage TEXT NOT NULL, status TEXT NOT NULL, contractStatus TEXT,
                        updatedAt REAL NOT NULL, createdAt REAL NOT NULL, revision INTEGER NOT NULL,
                        track TEXT, targetOccupation TEXT, courseId TEXT, courseTitle TEXT, fundedAmount INTEGER
                    ) WITHOUT ROWID;
                    CREATE INDEX caseByChange ON caseFile(updatedAt DESC, id DESC);
                    CREATE INDEX caseBySNILS ON caseFile(snils);
                    CREATE INDEX caseByStatus ON caseFile(status);
                    CREATE TABLE problemFile (
                        fileName TEXT NOT NULL PRIMARY KEY,
                        inode INTEGER NOT NULL, size INTEGER NOT NULL, changeNs INTEGER NOT NULL);
                    CREATE TABLE indexState (key TEXT NOT NULL PRIMARY KEY, value INTEGER NOT NULL);
                    -- The counts per status the desk's first frame shows, kept by triggers.
                    CREATE TABLE statusCount (status TEXT NOT NULL PRIMARY KEY, count INTEGER NOT NULL);
                    CREATE TRIGGER caseAdded AFTER INSERT ON caseFile BEGIN
                        INSERT INTO statusCount VALUES (new.status, 1)
                            ON CONFLICT(status) DO UPDATE SET count = count + 1;
                    END;
                    CREATE TRIGGER caseRemoved AFTER DELETE ON caseFile BEGIN
                        UPDATE statusCount SET count = count - 1 WHERE status = old.status;
                    END;
                    CREATE TRIGGER caseStatusChanged AFTER UPDATE OF status ON caseFile BEGIN
                        UPDATE statusCount SET count = count - 1 WHERE status = old.status;
                        INSERT INTO statusCount VALUES (new.status, 1)
                            ON CONFLICT(status) DO UPDATE SET count = count + 1;
                    END;
                    """)
        }
        // The next follow-up contact (schema version 2 of the case file): a new column, and every
        // row's stamp cleared so the next refresh reads each file again and fills it in.
        migrator.registerMigration("v2") { db in
            try db.execute(
                sql: """
                    ALTER TABLE caseFile ADD COLUMN nextFollowUp TEXT;
                    UPDATE caseFile SET changeNs = -1;
                    """)
        }
        // The officer who opened the case (the desk's follow-up queue of "my cases"): as v2.
        migrator.registerMigration("v3") { db in
            try db.execute(
                sql: """
                    ALTER TABLE caseFile ADD COLUMN caseworker TEXT NOT NULL DEFAULT '';
                    UPDATE caseFile SET changeNs = -1;
                    """)
        }
        return migrator
    }

    static func isDamage(_ error: Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        // Not SQLITE_ERROR: tables missing are found (and cleared in place) when the index is
        // opened, under its lock; a plain error is no proof of damage.
        return [.SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_FORMAT].contains(error.resultCode.primaryResultCode)
    }

    private func removeFiles() {
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    }

    /// Runs `body` on the database; a database found damaged on the way is deleted and reopened
    /// empty (a rebuild follows: `needsRefresh`), and the body is not retried.
    private func use<T>(_ body: (any DatabaseWriter) throws -> T) -> T? {
        guard let database = database() else { return nil }
        do {
            return try body(database)
        } catch {
            if Self.isDamage(error) { reset() }
            return nil
        }
    }

    /// Deletes the index and opens an empty one (a read-only store: an empty in-memory one).
    /// Done under the lock, so no other thread opens the files being removed.
    func reset() {
        lock.lock()
        defer { lock.unlock() }
        let old = opened
        opened = nil
        rebuiltDamagedFile = true
        try? old?.close()
        if readOnly {
            opened = try? DatabaseQueue(configuration: Self.configuration())
            if let opened { try? Self.migrator.migrate(opened) }
        } else {
            removeFiles()
        }
    }

    /// What the index found damaged and repaired since it was opened, and forgets it.
    func takeRepairs() -> IndexRepairs {
        lock.lock()
        defer { lock.unlock() }
        let repairs = IndexRepairs(rows: repairedRows, rebuiltFile: rebuiltDamagedFile)
        repairedRows = 0
        rebuiltDamagedFile = false
        return repairs
    }

    func noteDamagedRows(_ count: Int) {
        guard count > 0 else { return }
        lock.lock()
        repairedRows += count
        lock.unlock()
    }

    // MARK: Stamps

    /// The stamp to write down now: as it is, or unverified when it is racy.
    func recordable(_ stamp: FileStamp) -> FileStamp {
        guard racyWindowNs > 0 else { return stamp }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nowNs = Int64(now.tv_sec) &* 1_000_000_000 &+ Int64(now.tv_nsec)
        return nowNs &- stamp.changeNs < racyWindowNs ? stamp.unverified : stamp
    }

    // MARK: Reading

    /// Every case the index lists, sorted by id, and the files it knows are damaged.
    func snapshot() -> CaseIndexSnapshot {
        snapshot(headRows: nil) { _ in }
    }

    /// The snapshot; with `headRows`, first the head (`head(rows:)`), handed to `head` as soon
    /// as it is read. Both come from one read transaction, so the head is exactly the
    /// snapshot's newest rows.
    func snapshot(headRows: Int?, head publish: (CaseIndexHead?) -> Void) -> CaseIndexSnapshot {
        let current = DirectoryStamp.of(path: casesDirectory.path)
        var published = false
        let read = use { database in
            try database.read { db -> CaseIndexSnapshot in
                let state = try CaseIndexRows.state(db)
                let problems = try CaseIndexRows.problemFiles(db).map { problem(named: $0.name) }
                if let headRows {
                    published = true
                    publish(try head(db, rows: headRows, state: state, problems: problems, current: current))
                }
                // Damage is only noted by the refresh that repairs it.
                // In id order: the table is clustered on the id (WITHOUT ROWID).
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM caseFile") ?? 0
                let (cases, damaged) = try CaseIndexRows.summaries(db, sql: "", expected: count)
                return CaseIndexSnapshot(
                    cases: cases, problems: problems,
                    needsRefresh: damaged > 0 || !state.isFresh(directoryStamp: current), indexFound: state.complete)
            }
        }
        if !published, headRows != nil { publish(nil) }
        return read ?? CaseIndexSnapshot(cases: [], problems: [], needsRefresh: true, indexFound: false)
    }

    /// The newest `rows` cases, the counts and the problems: the desk's first frame.
    func head(rows wanted: Int) -> CaseIndexHead? {
        let current = DirectoryStamp.of(path: casesDirectory.path)
        return use { database in
            try database.read { db -> CaseIndexHead in
                let state = try CaseIndexRows.state(db)
                let problems = try CaseIndexRows.problemFiles(db).map { problem(named: $0.name) }
                return try head(db, rows: wanted, state: state, problems: problems, current: current)
            }
        }
    }

    private func head(
        _ db: Database, rows wanted: Int, state: CaseIndexState, problems: [StoreProblem], current: Int64?
    ) throws -> CaseIndexHead {
        let (rows, damaged) = try CaseIndexRows.summaries(
            db, sql: "ORDER BY updatedAt DESC, id DESC LIMIT \(max(0, wanted))")
        var counts: [CaseStatus: Int] = [:]
        var total = 0
        for row in try Row.fetchAll(db, sql: "SELECT status, count FROM statusCount") {
            // A count is damage-checked like any value: negative or absurd ones are not used.
            guard let count = Int.fromDatabaseValue(row[1]), (0...100_000_000).contains(count) else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "statusCount")
            }
            guard count > 0 else { continue }
            total += count
            if let status = String.fromDatabaseValue(row[0]).flatMap(CaseStatus.init(rawValue:)) {
                counts[status] = count
            }
        }
        return CaseIndexHead(
            rows: rows, total: total, counts: counts, problems: problems,
            needsRefresh: damaged > 0 || !state.isFresh(directoryStamp: current))
    }

    /// The id of a case whose seeker has this SNILS (as the store writes it), `.some(nil)` when
    /// the index has none, and nil when the index could not be asked.
    func caseWithSNILS(_ snils: String) -> CaseID?? {
        use { database in
            try database.read { db in
                try String.fetchOne(
                    db, sql: "SELECT id FROM caseFile WHERE snils = ? ORDER BY id LIMIT 1", arguments: [snils])
            }.flatMap(CaseID.init)
        }
    }

    /// Removes a case's row (its personal values go with it: secure delete), so nothing of an
    /// anonymised person stays even when the save could not update the row. False on failure.
    func removeRow(_ id: CaseID) -> Bool {
        let done: Bool? = use { database in
            try database.write { db in
                try db.execute(sql: "DELETE FROM caseFile WHERE id = ?", arguments: [id.description])
                // Until a refresh reads its file again, the list is known to miss it.
                try db.execute(sql: "UPDATE indexState SET value = 0 WHERE key = 'complete'")
            }
            return true
        }
        return done == true
    }

    /// Whether the index is complete and no file came, went or was renamed since it was last
    /// brought in line (one `stat`): when false, call `refresh`.
    func isFresh() -> Bool {
        let current = DirectoryStamp.of(path: casesDirectory.path)
        return use { database in try database.read { try CaseIndexRows.state($0).isFresh(directoryStamp: current) } }
            ?? false
    }

    /// A damaged file's reason, read again from the file (damaged files are few).
    private func problem(named name: String) -> StoreProblem {
        do throws(CaseFileError) {
            _ = try CaseFileReader.read(casesDirectory.appendingPathComponent(name))
            // Readable now (repaired by hand): the next refresh takes it in; until then it is listed.
            return StoreProblem(file: name, error: .unreadable(errno: EAGAIN))
        } catch {
            return StoreProblem(file: name, error: error)
        }
    }

    // MARK: Saves

    /// The cases directory's stamp before a save touches it.
    func beginWrite() -> Int64? { DirectoryStamp.of(path: casesDirectory.path) }

    /// Records a saved case (its summary and its file's stamp). The index stays fresh when the
    /// directory was as the index last knew it before the save; otherwise it is left stale.
    func finishWrite(before: Int64?, item: Case, file: URL) {
        guard let stamp = FileStamp.of(path: file.path) else { return }
        let after = DirectoryStamp.of(path: casesDirectory.path)
        let summary = CaseSummary(item)
        let recorded = recordable(stamp)
        _ = use { database in
            try database.write { db in
                try CaseIndexRows.upsert(db, summary, stamp: recorded)
                try db.execute(sql: "DELETE FROM problemFile WHERE fileName = ?", arguments: [file.lastPathComponent])
                if let before, let after {
                    try db.execute(
                        sql: "UPDATE indexState SET value = ? WHERE key = 'directoryStamp' AND value = ?",
                        arguments: [after, before])
                }
            }
        }
    }

    /// After personal data left the index (an anonymisation): the WAL is checkpointed into the
    /// database and truncated, so no copy of the old row is left in it (secure_delete zeroes
    /// the freed space in the database itself). False when it could not be done.
    @discardableResult
    func scrub() -> Bool {
        use { database in
            try database.writeWithoutTransaction { db in
                let result = try db.checkpoint(.truncate)
                return result.walFrameCount == 0 || result.walFrameCount == result.checkpointedFrameCount
            }
        } ?? readOnly
    }
}

/// Damage the index found in itself and repaired.
public struct IndexRepairs: Sendable, Equatable {
    /// Rows whose values were not a valid summary (rewritten from their case files).
    public var rows: Int
    /// The database file was not a database or was corrupt, and was rebuilt.
    public var rebuiltFile: Bool

    public var isEmpty: Bool { rows == 0 && !rebuiltFile }
}

/// The index's own bookkeeping: whether a full refresh has built it, and the cases directory's
/// modification time it vouches for.
struct CaseIndexState {
    var complete = false
    var directoryStamp: Int64?

    func isFresh(directoryStamp current: Int64?) -> Bool {
        complete && current != nil && directoryStamp == current
    }
}
