import Foundation

/// The embedded case store: a directory holding one JSON file per case.
///
/// ```
/// <store>/cases/<id>.json   the case files, the source of truth (0600)
/// <store>/locks/<id>.lock   per-case flock files naming the holder
/// <store>/audit.log         append-only JSON lines: who, when, which case, which fields
/// <store>/store.lock        held briefly while a new case id is allocated
/// <store>/index/            the case index: summaries for the list, kept by every save (CaseIndex)
/// ```
public struct FileCaseStore: CaseStore {
    public let root: URL
    public let clock: any Clock

    public var casesDirectory: URL { root.appendingPathComponent("cases") }
    public var locksDirectory: URL { root.appendingPathComponent("locks") }
    public var audit: AuditLog { AuditLog(url: root.appendingPathComponent("audit.log")) }

    /// Opens (and creates, 0700) the store directory.
    public init(root: URL, clock: any Clock = SystemClock()) throws(StoreError) {
        self.root = root
        self.clock = clock
        try FileIO.ensureDirectory(root)
        try FileIO.ensureDirectory(casesDirectory)
        try FileIO.ensureDirectory(locksDirectory)
        temporariesRemoved = AbandonedTemporaries.sweep(store: root)
    }

    /// How many temporary files of killed writers opening the store removed (`AbandonedTemporaries`).
    public private(set) var temporariesRemoved = 0

    public func url(for id: CaseID) -> URL { casesDirectory.appendingPathComponent("\(id).json") }

    /// The ids of every file named like a case, without reading them.
    public func caseFiles() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: casesDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
            .map { casesDirectory.appendingPathComponent($0) }
    }

    /// Every readable case's summary and every unreadable file, from the index after bringing it
    /// in line with the case files (`refreshIndex`): correct, and reads only changed files.
    public func list() -> (cases: [CaseSummary], problems: [StoreProblem]) {
        refreshIndex(progress: { _, _ in })
    }

    /// The case list as the index holds it, without reading any case file: what the desk shows
    /// at start. One `stat` of the cases directory tells whether it may be stale
    /// (`needsRefresh`); then call `refreshIndex(progress:)` on a background thread.
    public func indexSnapshot() -> CaseIndexSnapshot {
        caseIndex.snapshot()
    }

    /// The newest `rows` cases, the counts and the problems, as the snapshot would give them,
    /// read from the index's table without parsing the whole index: the desk's first frame.
    /// Nil when the table is missing or does not match (then use `indexSnapshot`).
    public func indexHead(rows: Int) -> CaseIndexHead? {
        caseIndex.head(rows: rows)
    }

    /// `indexSnapshot()`, and before it the head of the same index files (`indexHead(rows:)`),
    /// handed to `head` as soon as it is read: the desk's first frame and its whole list, which
    /// agree exactly. `head` gets nil when the index has no table matching its base.
    public func indexSnapshot(headRows: Int, head: (CaseIndexHead?) -> Void) -> CaseIndexSnapshot {
        caseIndex.snapshot(headRows: headRows, head: head)
    }

    /// Writes the index's table when none matches the base (an index from before tables, or a
    /// failed write), so the next start can use the head; a refresh does this too.
    public func ensureIndexTable() {
        caseIndex.ensureTable()
    }

    /// Brings the index in line with the case files and returns every readable case's summary
    /// (sorted by id) and every file that cannot be read.
    ///
    /// Incremental: every case file is `stat`ed, and only those changed since the index last saw
    /// them are read, in parallel; `progress(done, total)` is called on the calling thread as
    /// they are (`total` counts files to read; no call when none need reading). Thread-safe:
    /// it may run on a background thread while this or another process saves cases, and a
    /// concurrent refresh waits for this one. Deleting the index only makes the next refresh
    /// read every file.
    public func refreshIndex(progress: (_ done: Int, _ total: Int) -> Void) -> (
        cases: [CaseSummary], problems: [StoreProblem]
    ) {
        let contents = caseIndex.refresh(progress: progress)
        return (contents.cases, contents.storeProblems)
    }

    /// The index beside the case files (docs/store-index.md).
    var caseIndex: CaseIndex { CaseIndex(root: root, racyWindowNs: indexRacyWindowNs) }

    /// See `CaseIndex.racyWindowNs`; tests set 0 to count exactly which files a refresh reads.
    var indexRacyWindowNs = CaseIndex.defaultRacyWindowNs

    public func load(_ id: CaseID) throws(StoreError) -> Case {
        let file = url(for: id)
        guard FileManager.default.fileExists(atPath: file.path) else { throw .notFound(id) }
        do throws(CaseFileError) {
            return try CaseFileReader.read(file)
        } catch {
            throw .damaged(StoreProblem(file: file.lastPathComponent, error: error))
        }
    }

    public func lock(_ id: CaseID, caseworker: String) throws(StoreError) -> CaseLock {
        try CaseLock.acquire(
            id: id, at: locksDirectory.appendingPathComponent("\(id).lock"),
            holder: LockHolder(caseworker: caseworker, since: clock.now))
    }

    public func create(seeker: JobSeeker, caseworker: String) throws(StoreError) -> Case {
        guard seeker.consent.given else { throw .consentMissing }
        let now = clock.now
        let year = LocalDate(now).year
        let storeLock = try CaseLock.acquireBlocking(at: root.appendingPathComponent("store.lock"))
        defer { storeLock.release() }
        let prefix = "\(seeker.region)-\(String(format: "%04d", year))-"
        // Names only, unsorted: the directory is the truth for ids, and 100 000 entries list fast.
        let highest =
            CaseDirectoryListing.names(in: casesDirectory.path).lazy.filter { $0.hasPrefix(prefix) }
            .compactMap { CaseIndexName.caseID(fileName: $0)?.sequence }.max() ?? 0
        guard let id = CaseID(region: seeker.region, year: year, sequence: highest + 1) else {
            throw .sequenceExhausted(region: seeker.region, year: year)
        }
        var item = Case(id: id, seeker: seeker, caseworker: caseworker, createdAt: now)
        item.revision = 1
        try write(item, exclusive: true)
        try audit.append(
            AuditEntry(at: now, caseworker: caseworker, caseId: id.description, action: "create"), savedAs: item)
        return item
    }

    public func save(_ item: Case, by caseworker: String, lock: CaseLock? = nil) throws(StoreError) -> Case {
        guard item.seeker.consent.given else { throw .consentMissing }
        let held: CaseLock
        if let lock, lock.isHeld, lock.id == item.id {
            held = lock
        } else {
            held = try self.lock(item.id, caseworker: caseworker)
        }
        defer { if held !== lock { held.release() } }

        let onDisk: Case?
        do {
            onDisk = try load(item.id)
        } catch .notFound {
            onDisk = nil
        }
        if let onDisk, onDisk.revision != item.revision {
            throw .staleRevision(item.id, onDisk: onDisk.revision, yours: item.revision)
        }
        let now = clock.now
        var next = item
        let fields = CaseDiff.changedFields(from: onDisk, to: item)
        next.revision = item.revision + 1
        next.updatedAt = now
        next.recordHistory(action: "update", fields: fields, by: caseworker, at: now)
        try write(next, exclusive: false)
        try audit.append(
            AuditEntry(at: now, caseworker: caseworker, caseId: item.id.description, action: "update", fields: fields),
            savedAs: next)
        return next
    }

    public func insert(_ item: Case, by caseworker: String, replace: Bool) throws(StoreError) -> Case {
        guard item.seeker.consent.given else { throw .consentMissing }
        let held = try lock(item.id, caseworker: caseworker)
        defer { held.release() }
        let exists = FileManager.default.fileExists(atPath: url(for: item.id).path)
        if exists && !replace { throw .alreadyExists(item.id) }
        var next = item
        if exists {
            // A damaged file is evidence, never overwritten: load() throws `.damaged` for it.
            let old = try load(item.id)
            next.revision = max(item.revision, old.revision) + 1
        }
        next.schemaVersion = Case.currentSchemaVersion
        next.history.append(HistoryEntry(at: clock.now, by: caseworker, action: exists ? "replace" : "import"))
        try write(next, exclusive: false)
        try audit.append(
            AuditEntry(
                at: clock.now, caseworker: caseworker, caseId: item.id.description,
                action: exists ? "replace" : "import"), savedAs: next)
        return next
    }

    private func write(_ item: Case, exclusive: Bool) throws(StoreError) {
        let data: Data
        do {
            data = try CaseCoding.encoder().encode(item)
        } catch {
            throw .writeFailed(file: "\(item.id).json", errno: EINVAL)
        }
        // The index journals the save around the write (CaseIndex.beginWrite/finishWrite).
        let file = url(for: item.id)
        let ticket = caseIndex.beginWrite()
        do throws(StoreError) {
            try FileIO.writeAtomically(data, to: file, exclusive: exclusive)
        } catch {
            caseIndex.finishWrite(ticket, item: nil, file: file)
            throw error
        }
        caseIndex.finishWrite(ticket, item: item, file: file)
    }
}

extension Case {
    /// Adds a history line for a save, folding repeated saves by the same officer within ten
    /// minutes into one line, so autosave does not bloat the case.
    mutating func recordHistory(action: String, fields: [String], by caseworker: String, at now: Date) {
        guard !fields.isEmpty else { return }
        if var last = history.last, last.action == action, last.by == caseworker,
            now.timeIntervalSince(last.at) < 600
        {
            last.fields = Array(Set(last.fields ?? []).union(fields)).sorted()
            last.at = now
            history[history.count - 1] = last
        } else {
            history.append(HistoryEntry(at: now, by: caseworker, action: action, fields: fields))
        }
    }
}

extension CaseLock {
    /// A short store-wide lock (waits for the other desk rather than failing).
    static func acquireBlocking(at url: URL) throws(StoreError) -> CaseLock {
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, FileIO.fileMode)
        if fd < 0 { throw .writeFailed(file: url.lastPathComponent, errno: errno) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR {
                close(fd)
                throw .writeFailed(file: url.lastPathComponent, errno: errno)
            }
        }
        let id = CaseID(region: "AAA", year: 2000, sequence: 1)!
        return CaseLock(id: id, holder: LockHolder(caseworker: "", host: "", pid: getpid(), since: Date()), fd: fd)
    }
}
