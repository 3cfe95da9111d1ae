import Foundation

/// The embedded case store: a directory holding one JSON file per case.
///
/// ```
/// <store>/cases/<id>.json      the case files, the source of truth (0600)
/// <store>/locks/<id>.lock      per-case flock files naming the holder
/// <store>/audit.log            append-only JSON lines: who, when, which case, which fields
/// <store>/store.lock           held while a new case id is allocated and its SNILS checked
/// <store>/index/cases.sqlite   the case index (SQLite, WAL): summaries for the list (CaseIndex)
/// ```
///
/// No part of the store may be a symbolic link (they could make it write outside the store),
/// and an existing directory's mode is never changed. A store that cannot be written (its
/// directory read-only by permissions, or on a read-only mount) opens read-only: reading,
/// listing, validating and exporting work; every write is refused with `.readOnlyStore`.
public struct FileCaseStore: CaseStore {
    public let root: URL
    public let clock: any Clock
    /// True when the store cannot be written: every write throws `.readOnlyStore`.
    public let isReadOnly: Bool
    let caseIndex: CaseIndex

    public var casesDirectory: URL { root.appendingPathComponent("cases") }
    public var locksDirectory: URL { root.appendingPathComponent("locks") }
    public var audit: AuditLog { AuditLog(url: root.appendingPathComponent("audit.log")) }

    /// The store's parts that must never be symbolic links.
    static let parts = [
        "cases", "locks", "index", "recovery", "audit.log", "store.lock", "index/cases.sqlite",
        "index/cases.sqlite-wal", "index/cases.sqlite-shm",
    ]

    /// Opens the store directory, creating it (0700) and its folders when it is new and writable.
    public init(root: URL, clock: any Clock = SystemClock()) throws(StoreError) {
        self.root = root
        self.clock = clock
        for part in Self.parts where FileIO.isLink(root.appendingPathComponent(part).path) {
            throw .linkInStore(path: root.appendingPathComponent(part).path)
        }
        if !FileManager.default.fileExists(atPath: root.path) {
            try FileIO.ensureDirectory(root)
        }
        isReadOnly = FileIO.isReadOnlyDirectory(root.path)
        if !isReadOnly {
            try FileIO.ensureDirectory(root.appendingPathComponent("cases"))
            try FileIO.ensureDirectory(root.appendingPathComponent("locks"))
        }
        caseIndex = CaseIndex(root: root, readOnly: isReadOnly)
        // Only the small recovery folder here: the cases folder's leftovers are swept by every
        // refresh that lists them (its listing sees them for free), the desk's start and validate.
        temporariesRemoved =
            isReadOnly ? 0 : AbandonedTemporaries.sweep(directory: root.appendingPathComponent("recovery"), now: Date())
    }

    /// Removes the temporary files killed writers left in `cases/` and `recovery/`
    /// (`AbandonedTemporaries`); how many went. Nothing in a read-only store.
    @discardableResult
    public func sweepAbandonedTemporaries() -> Int {
        isReadOnly ? 0 : AbandonedTemporaries.sweep(store: root)
    }

    /// How many temporary files of killed writers opening the store removed from `recovery/`.
    public private(set) var temporariesRemoved = 0

    public func url(for id: CaseID) -> URL { casesDirectory.appendingPathComponent("\(id).json") }

    /// The ids of every file named like a case, without reading them.
    public func caseFiles() -> [URL] {
        CaseDirectoryListing.names(in: casesDirectory.path).sorted().map { casesDirectory.appendingPathComponent($0) }
    }

    /// Every readable case's summary and every unreadable file, from the index after bringing it
    /// in line with the case files (`refreshIndex`): correct, and reads only changed files.
    public func list() -> (cases: [CaseSummary], problems: [StoreProblem]) {
        refreshIndex(progress: { _, _ in })
    }

    /// The case list as the index holds it, without reading any case file: what the desk shows
    /// at start. `needsRefresh` says whether to call `refreshIndex(progress:)` (in the background).
    public func indexSnapshot() -> CaseIndexSnapshot {
        caseIndex.snapshot()
    }

    /// `indexSnapshot()`, and before it the head (`indexHead(rows:)`) from the same read
    /// transaction, handed to `head` as soon as it is read: the desk's first frame and its whole
    /// list, which agree exactly. `head` gets nil when the index cannot be read.
    public func indexSnapshot(headRows: Int, head: (CaseIndexHead?) -> Void) -> CaseIndexSnapshot {
        caseIndex.snapshot(headRows: headRows, head: head)
    }

    /// The newest `rows` cases, the counts and the problems: the desk's first frame. Nil when
    /// the index cannot be read (then use `indexSnapshot`).
    public func indexHead(rows: Int) -> CaseIndexHead? {
        caseIndex.head(rows: rows)
    }

    /// Brings the index in line with the case files and returns every readable case's summary
    /// (sorted by id) and every file that cannot be read.
    ///
    /// Incremental: every case file is `stat`ed, and only those changed since the index last saw
    /// them are read, in parallel; `progress(done, total)` is called on the calling thread as
    /// they are (`total` counts files to read; no call when none need reading). Thread-safe:
    /// it may run on a background thread while this or another process saves cases. Deleting
    /// the index only makes the next refresh read every file.
    public func refreshIndex(progress: (_ done: Int, _ total: Int) -> Void) -> (
        cases: [CaseSummary], problems: [StoreProblem]
    ) {
        caseIndex.refresh(progress: progress)
    }

    /// `validate`'s check of the index: SQLite's own check of the file, then every case file
    /// read and compared with its row; damage is repaired, and returned (with any found before).
    public func verifyIndex() -> IndexRepairs {
        _ = caseIndex.refresh(verifying: true, progress: { _, _ in })
        caseIndex.scrub()
        return caseIndex.takeRepairs()
    }

    /// Damage the index found in itself and repaired since the last call (for a notice).
    public func takeIndexRepairs() -> IndexRepairs { caseIndex.takeRepairs() }

    /// See `CaseIndex.racyWindowNs`; tests set 0 to count exactly which files a refresh reads.
    var indexRacyWindowNs: Int64 {
        get { caseIndex.racyWindowNs }
        nonmutating set { caseIndex.racyWindowNs = newValue }
    }

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
        try refuseIfReadOnly()
        return try CaseLock.acquire(
            id: id, at: locksDirectory.appendingPathComponent("\(id).lock"),
            holder: LockHolder(caseworker: caseworker, since: clock.now))
    }

    public func create(seeker: JobSeeker, caseworker: String) throws(StoreError) -> Case {
        try create(seeker: seeker, caseworker: caseworker, allowDuplicateSNILS: true)
    }

    /// `create`, refusing (`.duplicateSNILS`) a seeker whose SNILS a case already has unless
    /// `allowDuplicateSNILS`: the check and the write happen under the store lock, so two
    /// desks creating the same seeker at once cannot both succeed.
    public func create(seeker: JobSeeker, caseworker: String, allowDuplicateSNILS: Bool) throws(StoreError) -> Case {
        guard seeker.consent.given else { throw .consentMissing }
        try refuseIfReadOnly()
        let now = clock.now
        let year = LocalDate(now).year
        let storeLock = try CaseLock.acquireBlocking(at: root.appendingPathComponent("store.lock"))
        defer { storeLock.release() }
        if !allowDuplicateSNILS {
            // Files another program put in the store since the index last looked are counted too.
            var listed: [CaseSummary]?
            if !caseIndex.isFresh() { listed = caseIndex.refresh(progress: { _, _ in }).cases }
            // The list a refresh just made, else the index; when the index cannot be asked,
            // the case files themselves.
            let existing: CaseID?
            if let listed {
                existing = listed.first { $0.snils == seeker.snils }?.id
            } else if let answer = caseIndex.caseWithSNILS(seeker.snils) {
                existing = answer
            } else {
                existing = caseIndex.refresh(progress: { _, _ in }).cases.first { $0.snils == seeker.snils }?.id
            }
            if let existing { throw .duplicateSNILS(existing) }
        }
        let prefix = "\(seeker.region)-\(String(format: "%04d", year))-"
        // Names only, unsorted: the directory is the truth for ids, and 100 000 entries list fast.
        let highest =
            CaseDirectoryListing.names(in: casesDirectory.path).lazy.filter { $0.hasPrefix(prefix) }
            .compactMap { CaseFileName.caseID(fileName: $0)?.sequence }.max() ?? 0
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
        try refuseIfReadOnly()
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
        guard item.revision < CaseBounds.revision.upperBound else { throw .revisionExhausted(item.id) }
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
        try refuseIfReadOnly()
        let held = try lock(item.id, caseworker: caseworker)
        defer { held.release() }
        let exists = FileManager.default.fileExists(atPath: url(for: item.id).path)
        if exists && !replace { throw .alreadyExists(item.id) }
        var next = item
        if exists {
            // A damaged file is evidence, never overwritten: load() throws `.damaged` for it.
            let old = try load(item.id)
            let highest = max(item.revision, old.revision)
            guard highest < CaseBounds.revision.upperBound else { throw .revisionExhausted(item.id) }
            next.revision = highest + 1
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
        // The index records the written case and its file's stamp (a save never fails for it).
        let file = url(for: item.id)
        let before = caseIndex.beginWrite()
        try FileIO.writeAtomically(data, to: file, exclusive: exclusive)
        caseIndex.finishWrite(before: before, item: item, file: file)
    }

    private func refuseIfReadOnly() throws(StoreError) {
        if isReadOnly { throw .readOnlyStore(root.path) }
    }

    /// After a case was anonymised (and saved): no copy of the person's old values is left in
    /// the store. The index's WAL is checkpointed and truncated (SQLite's secure delete already
    /// zeroed the old row in the database); the case's temporary files and every file in
    /// `recovery/` that names the case (a desk's unsaved edits, a copy kept aside) are removed.
    /// False when the index could not be scrubbed (another process holds it open): say so.
    public func forgetPersonalData(of id: CaseID) -> Bool {
        let name = id.description
        for file in (try? FileManager.default.contentsOfDirectory(atPath: casesDirectory.path)) ?? []
        where file.hasPrefix(".\(name).json.") && file.hasSuffix(".tmp") {
            unlink(casesDirectory.appendingPathComponent(file).path)
        }
        let recovery = root.appendingPathComponent("recovery")
        let needle = Data(name.utf8)
        for file in (try? FileManager.default.contentsOfDirectory(atPath: recovery.path)) ?? [] {
            let path = recovery.appendingPathComponent(file).path
            guard !FileIO.isLink(path), let data = FileManager.default.contents(atPath: path) else { continue }
            if file.hasPrefix(name) || data.range(of: needle) != nil { unlink(path) }
        }
        // The row goes (the next refresh writes the anonymised one back from the file), then
        // the WAL that held its old pages.
        return caseIndex.removeRow(id) && caseIndex.scrub()
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
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, FileIO.fileMode)
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
