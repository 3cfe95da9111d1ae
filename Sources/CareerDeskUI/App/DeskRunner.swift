import CareerDeskCore
import Foundation

/// Printing and exporting, which live with the command line (PDF, `lp`); the desk calls them
/// through this so CareerDeskUI stays free of those libraries.
public protocol DeskOutput: Sendable {
    /// Prints (or writes) one document of the case; returns where it went, for the status line.
    func print(_ kind: DocumentKind, _ item: Case, to destination: PrintDestination, language: Language) throws
        -> String
    /// Exports the case in `format` to `path`; returns the path written.
    func export(_ format: ExportFormat, _ item: Case, to path: String, language: Language) throws -> String
}

/// Performs effects against the store, the printer and the files, and turns each result into
/// an action. It owns the case locks (a resource, hence a class) and the background work,
/// whose results wait in a mailbox until the next tick.
public final class DeskRunner: @unchecked Sendable {
    public let store: FileCaseStore
    public let output: DeskOutput
    public let caseworker: String
    public let language: Language
    /// Where the demo cases ship (data/demo), if found.
    public let demoDirectory: URL?
    let journal: RecoveryJournal
    private var locks: [CaseID: CaseLock] = [:]
    private let mailboxLock = NSLock()
    private var mailbox: [(list: Int, action: Action)] = []
    /// Counts the lists handed out; a background result from before the latest is dropped, so
    /// an old refresh never replaces a newer list (mailbox and `refreshing` guard it).
    private var listGeneration = 0
    private let refreshing = NSLock()
    private var isRefreshing = false
    /// The list was asked for again while a refresh ran: that refresh may have read the cases
    /// directory before the change, so another one follows it.
    private var refreshAgain = false

    /// The first list's index snapshot, already being read (nil: read it when asked).
    private var prefetch: IndexPrefetch?
    /// A store with more cases than this shows its first frame from the index's head while
    /// the whole list is read (docs/performance.md); a shorter list reads in a few milliseconds.
    let headFrom: Int
    public static let defaultHeadFrom = 5_000
    /// Set while the whole list is being read after a head was shown; a key waits for it.
    private let listPending = NSCondition()
    private var awaitingList = false
    /// Rows of the head shown (every case when it held them all): a taller terminal waits for
    /// the whole list before it is drawn.
    private var headRowsShown = Int.max

    public init(
        store: FileCaseStore, output: DeskOutput, caseworker: String, language: Language, demoDirectory: URL?,
        prefetch: IndexPrefetch? = nil, headFrom: Int = DeskRunner.defaultHeadFrom
    ) {
        self.prefetch = prefetch
        self.headFrom = headFrom
        self.store = store
        self.output = output
        self.caseworker = caseworker
        self.language = language
        self.demoDirectory = demoDirectory
        self.journal = RecoveryJournal(store: store, caseworker: caseworker)
    }

    deinit {
        for lock in locks.values { lock.release() }
    }

    /// Whether a frame `height` rows tall can be drawn from the head shown (or there is none).
    public func headCovers(height: Int) -> Bool {
        listPending.lock()
        defer { listPending.unlock() }
        return !awaitingList || height <= headRowsShown
    }

    /// Results of background work finished since the last call; with `waitForList`, after the
    /// whole list has arrived when the first frame showed only its head.
    public func collect(waitForList: Bool = false) -> [Action] {
        if waitForList {
            listPending.lock()
            while awaitingList { listPending.wait() }
            listPending.unlock()
        }
        mailboxLock.lock()
        defer { mailboxLock.unlock() }
        refreshing.lock()
        let current = listGeneration
        refreshing.unlock()
        let actions = mailbox.filter { $0.list >= current }.map(\.action)
        mailbox.removeAll()
        return actions
    }

    /// A background result for the list handed out as `list`.
    func post(_ action: Action, list: Int) {
        mailboxLock.lock()
        mailbox.append((list, action))
        mailboxLock.unlock()
    }

    /// How many demo case files ship in `demoDirectory`.
    public static func demoFiles(in directory: URL?) -> [URL] {
        guard let directory,
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".json") }.sorted().map { directory.appendingPathComponent($0) }
    }

    public func perform(_ effect: Effect) -> [Action] {
        switch effect {
        case .loadCases(let rows):
            return loadCases(rows: rows)
        case .buildSearch(let cases, let version):
            refreshing.lock()
            let list = listGeneration
            refreshing.unlock()
            // Dispatch, never a Foundation `Thread`: see `IndexPrefetch`.
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                post(.searchBuilt(DeskSearch(cases), version: version), list: list)
            }
            return []
        case .loadDemo:
            var count = 0
            var problems: [String] = []
            for file in Self.demoFiles(in: demoDirectory) {
                do {
                    let item = try CaseImport.read(file)
                    _ = try store.insert(item, by: caseworker, replace: false)
                    count += 1
                } catch let error as CaseFileError {
                    problems.append("\(file.lastPathComponent): \(error.text(language))")
                } catch let error as StoreError {
                    if case .alreadyExists = error { continue }
                    problems.append(error.text(language))
                } catch {
                    problems.append("\(file.lastPathComponent): \(error)")
                }
            }
            return [.demoLoaded(count: count, problems: problems)]
        case .open(let id):
            return open(id)
        case .lock(let id):
            do {
                locks[id] = try store.lock(id, caseworker: caseworker)
                return (try? store.load(id)).map { [.recoveryBase($0)] } ?? []
            } catch {
                if case .locked(_, let holder) = error { return [.lockRefused(holder: holder.describe())] }
                return [.saveFailed(error.text(language), staleCopy: nil)]
            }
        case .close(let id):
            locks.removeValue(forKey: id)?.release()
            return []
        case .create(let seeker, let draft):
            return create(seeker, draft: draft)
        case .save(let item, let explicit):
            return save(item, explicit: explicit)
        case .writeRecovery(let record):
            // A read-only store takes no writes at all (nothing can be edited there either).
            if store.isReadOnly { return [] }
            do {
                try journal.write(try CaseCoding.encoder().encode(record))
            } catch let error as StoreError {
                return [.saveFailed(error.text(language), staleCopy: nil)]
            } catch {
                return [.saveFailed(String(describing: error), staleCopy: nil)]
            }
            return []
        case .clearRecovery:
            if store.isReadOnly { return [] }
            journal.clear()
            return []
        case .checkRecovery:
            guard let data = journal.read() else { return [] }
            guard let record = try? CaseCoding.decoder().decode(RecoveryRecord.self, from: data),
                record.version == RecoveryRecord.currentVersion
            else {
                // A journal that does not read is kept aside, never silently deleted.
                let aside = journal.url.appendingPathExtension("damaged")
                rename(journal.url.path, aside.path)
                return []
            }
            return [.recoveryFound(record)]
        case .print(let kind, let ref, let destination):
            do {
                let item = try resolve(ref)
                return [.outputDone(try output.print(kind, item, to: destination, language: language))]
            } catch let error as StoreError {
                return [.outputFailed(error.text(language))]
            } catch {
                return [.outputFailed(Self.describe(error))]
            }
        case .export(let format, let ref, let path):
            do {
                let item = try resolve(ref)
                return [.outputDone(try output.export(format, item, to: path, language: language))]
            } catch let error as StoreError {
                return [.outputFailed(error.text(language))]
            } catch {
                return [.outputFailed(Self.describe(error))]
            }
        }
    }

    /// The list from the index as it is (fast); when the index is stale or missing, a rebuild
    /// runs in the background and its progress and result arrive through the mailbox.
    ///
    /// At start, when the index is fresh and the store long, the first frame needs only the
    /// head of the list (`rows` newest cases and the counts, from the index's table): that
    /// comes back at once, and the whole list, read meanwhile, through the mailbox.
    func loadCases(rows: Int) -> [Action] {
        refreshing.lock()
        listGeneration += 1
        let list = listGeneration
        refreshing.unlock()
        if let prefetch {
            self.prefetch = nil
            if let head = prefetch.takeHead(), !head.needsRefresh, head.total > headFrom,
                head.rows.count >= min(rows, head.total)
            {
                listPending.lock()
                awaitingList = true
                headRowsShown = head.rows.count == head.total ? Int.max : head.rows.count
                listPending.unlock()
                prefetch.whenRead { [self] snapshot in
                    for action in deliver(snapshot) { post(action, list: list) }
                    listPending.lock()
                    awaitingList = false
                    listPending.broadcast()
                    listPending.unlock()
                }
                return [.casesHead(head)]
            }
            return deliver(prefetch.take())
        }
        return deliver(store.indexSnapshot())
    }

    /// The actions a snapshot of the index means: the list, and when it is stale, a refresh
    /// started in the background with its progress.
    private func deliver(_ snapshot: CaseIndexSnapshot) -> [Action] {
        guard snapshot.needsRefresh else {
            return [.casesLoaded(snapshot.cases, problems: snapshot.problems, complete: true)]
        }
        refreshing.lock()
        let alreadyRunning = isRefreshing
        isRefreshing = true
        refreshAgain = alreadyRunning
        refreshing.unlock()
        if !alreadyRunning {
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                var reported = -1
                while true {
                    refreshing.lock()
                    let list = listGeneration
                    refreshing.unlock()
                    let result = store.refreshIndex { done, total in
                        // A few hundred progress steps at most, whatever the store's size.
                        let step = total == 0 ? 0 : done * 200 / total
                        if step != reported {
                            reported = step
                            post(.indexProgress(done: done, total: total), list: list)
                        }
                    }
                    refreshing.lock()
                    let again = refreshAgain
                    refreshAgain = false
                    if !again { isRefreshing = false }
                    refreshing.unlock()
                    if !again {
                        post(.casesLoaded(result.cases, problems: result.problems, complete: true), list: list)
                        return
                    }
                }
            }
        }
        return [
            .casesLoaded(snapshot.cases, problems: snapshot.problems, complete: false),
            .indexProgress(done: 0, total: max(snapshot.cases.count, 1)),
        ]
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? LocalizedError, let text = error.errorDescription { return text }
        return String(describing: error)
    }

    func resolve(_ ref: CaseRef) throws -> Case {
        switch ref {
        case .loaded(let item): return item
        case .stored(let id): return try store.load(id)
        }
    }

    func open(_ id: CaseID) -> [Action] {
        let item: Case
        do {
            item = try store.load(id)
        } catch {
            return [.caseOpenFailed(error.text(language))]
        }
        if locks[id] != nil { return [.caseOpened(item, holder: nil)] }
        if store.isReadOnly { return [.caseOpened(item, holder: "")] }
        do {
            locks[id] = try store.lock(id, caseworker: caseworker)
            return [.caseOpened(item, holder: nil)]
        } catch {
            if case .locked(_, let holder) = error { return [.caseOpened(item, holder: holder.describe())] }
            return [.caseOpenFailed(error.text(language))]
        }
    }

    func create(_ seeker: JobSeeker, draft: Case) -> [Action] {
        var warnings: [Action] = []
        do {
            var created: Case
            do throws(StoreError) {
                created = try store.create(seeker: seeker, caseworker: caseworker)
            } catch {
                created = try written(despite: error, warnings: &warnings)
            }
            locks[created.id] = try? store.lock(created.id, caseworker: caseworker)
            // Work done on the draft before it was created (notes, later steps) goes in too.
            var merged = draft
            merged.id = created.id
            merged.revision = created.revision
            merged.createdAt = created.createdAt
            merged.updatedAt = created.updatedAt
            merged.history = created.history
            merged.seeker = created.seeker
            if merged != created {
                do throws(StoreError) {
                    created = try store.save(merged, by: caseworker, lock: locks[created.id])
                } catch {
                    created = try written(despite: error, warnings: &warnings)
                }
            }
            return [.caseSaved(created, created: true, explicit: true)] + warnings
        } catch {
            return [.saveFailed(error.text(language), staleCopy: nil)]
        }
    }

    /// The case as written when `error` says it was written but not audited (the next save
    /// must carry its revision, or it would be refused as stale), with the message in
    /// `warnings`; any other error is thrown on.
    private func written(despite error: StoreError, warnings: inout [Action]) throws(StoreError) -> Case {
        guard case .auditNotWritten(let id, _, _) = error else { throw error }
        // The lock is held (or the case was just created): what is on disk is what was written.
        let item = try store.load(id)
        warnings.append(.storeWarning(error.text(language)))
        return item
    }

    func save(_ item: Case, explicit: Bool) -> [Action] {
        do {
            let saved = try store.save(item, by: caseworker, lock: locks[item.id])
            return [.caseSaved(saved, created: false, explicit: explicit)]
        } catch {
            var warnings: [Action] = []
            if let saved = try? written(despite: error, warnings: &warnings) {
                return [.caseSaved(saved, created: false, explicit: explicit)] + warnings
            }
            if case .staleRevision = error {
                // Keep the officer's version beside the store so nothing typed is lost.
                let copy = journal.url.deletingLastPathComponent().appendingPathComponent(
                    "\(item.id)-r\(item.revision)-\(caseworker).json")
                if let data = try? CaseCoding.encoder().encode(item) {
                    try? FileManager.default.createDirectory(
                        at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
                    _ = FileManager.default.createFile(
                        atPath: copy.path, contents: data, attributes: [.posixPermissions: 0o600])
                }
                return [.saveFailed(error.text(language), staleCopy: copy.path)]
            }
            return [.saveFailed(error.text(language), staleCopy: nil)]
        }
    }
}
