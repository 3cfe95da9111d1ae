import Foundation

/// The store's index of case summaries, beside the case files (docs/store-index.md):
///
/// ```
/// <store>/index/cases.index   the base: a header and one line per case file, rewritten by refreshes
/// <store>/index/journal       lines appended by every save (O_APPEND, one write each)
/// <store>/index/index.lock    flock: shared to append or read, exclusive to swap in a new base
/// <store>/index/refresh.lock  flock: one refresh at a time, across threads and processes
/// ```
///
/// The index is a cache: the case files stay the truth, deleting the index loses nothing, and
/// any failure to write it only leaves it stale, which the next refresh repairs. A save never
/// fails because the index could not be written.
struct CaseIndex: Sendable {
    let casesDirectory: URL
    let directory: URL
    /// A file stamp recorded less than this after the file changed is "racy": a second change
    /// within the same tick of the file system's coarse clock would leave it equal, so it is
    /// recorded as unverified and the next refresh reads the file again (as git does).
    let racyWindowNs: Int64

    static let defaultRacyWindowNs: Int64 = 50_000_000

    init(root: URL, racyWindowNs: Int64 = CaseIndex.defaultRacyWindowNs) {
        casesDirectory = root.appendingPathComponent("cases")
        directory = root.appendingPathComponent("index")
        self.racyWindowNs = racyWindowNs
    }

    /// The stamp to write down now: as it is, or unverified when it is racy.
    func recordable(_ stamp: FileStamp) -> FileStamp {
        guard racyWindowNs > 0 else { return stamp }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nowNs = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        return nowNs - stamp.changeNs < racyWindowNs ? stamp.unverified : stamp
    }

    var basePath: String { directory.appendingPathComponent("cases.index").path }
    var journalPath: String { directory.appendingPathComponent("journal").path }
    var lockPath: String { directory.appendingPathComponent("index.lock").path }
    var refreshLockPath: String { directory.appendingPathComponent("refresh.lock").path }
    var tablePath: String { directory.appendingPathComponent("cases.table").path }

    /// Past this journal size a refresh folds the journal into a new base even when nothing
    /// else changed (about 4 000 saves; replaying it costs a few milliseconds at start).
    static let compactJournalBytes = 1 << 20

    // MARK: Reading

    /// The index as it is on disk, read under a shared lock so a base swap is never seen halfway.
    func read() -> CaseIndexContents {
        let lock = IndexFileLock(path: lockPath, exclusive: false, create: false)
        defer { lock?.release() }
        let base = Self.contents(of: basePath) ?? Data()
        let journal = Self.contents(of: journalPath) ?? Data()
        return CaseIndexContents.load(base: base, journal: journal)
    }

    func snapshot() -> CaseIndexSnapshot {
        snapshot(headRows: nil) { _ in }
    }

    /// The snapshot; with `headRows`, first the head of the same files (`head(rows:)`), handed
    /// to `head` as soon as it is read and before the base is parsed. Both come from one pass
    /// under the shared lock, over the same base file, journal bytes and directory stamp, so
    /// the head is exactly the snapshot's beginning.
    func snapshot(headRows: Int?, head: (CaseIndexHead?) -> Void) -> CaseIndexSnapshot {
        let lock = IndexFileLock(path: lockPath, exclusive: false, create: false)
        defer { lock?.release() }
        let current = DirectoryStamp.of(path: casesDirectory.path)
        let journal = Self.contents(of: journalPath) ?? Data()
        let fd = open(basePath, O_RDONLY | O_CLOEXEC)
        defer { if fd >= 0 { close(fd) } }
        if let headRows {
            head(fd >= 0 ? self.head(rows: headRows, baseFD: fd, journal: journal, currentStamp: current) : nil)
        }
        let base = fd >= 0 ? Self.contents(descriptor: fd) ?? Data() : Data()
        let contents = CaseIndexContents.load(base: base, journal: journal)
        return CaseIndexSnapshot(
            cases: contents.cases, problems: contents.storeProblems,
            needsRefresh: !contents.isFresh(currentDirectoryStamp: current)
                || contents.journalLength > Self.compactJournalBytes,
            indexFound: contents.directoryStamp != nil || !contents.cases.isEmpty)
    }

    // MARK: Saves

    /// A save in progress: its token and the cases directory's stamp before it.
    struct WriteTicket: Sendable {
        var token: String
        var before: Int64
    }

    /// Journals `W` before a save touches the cases directory, so a save that dies halfway
    /// leaves the index visibly stale.
    func beginWrite() -> WriteTicket {
        let ticket = WriteTicket(
            token: "\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 36))",
            before: DirectoryStamp.of(path: casesDirectory.path) ?? -1)
        var writer = CaseIndexWriter()
        writer.append(.writeBegan(token: ticket.token))
        append(writer.bytes)
        return ticket
    }

    /// Journals the written case (`C`, with its file's stamp) and `S` with the directory stamps
    /// around the save, in one write. `item` is nil when the save failed.
    func finishWrite(_ ticket: WriteTicket, item: Case?, file: URL) {
        var writer = CaseIndexWriter(capacity: 512)
        if let item, let stamp = FileStamp.of(path: file.path) {
            writer.append(.entry(CaseSummary(item), recordable(stamp)))
        }
        let after = DirectoryStamp.of(path: casesDirectory.path) ?? -1
        writer.append(.writeSettled(token: ticket.token, before: ticket.before, after: after))
        append(writer.bytes)
    }

    /// One write(2) on an O_APPEND descriptor under the shared lock: appends from several
    /// desks never interleave within a line, and a base swap (exclusive) never loses one.
    func append(_ bytes: [UInt8]) {
        guard let lock = IndexFileLock(path: lockPath, exclusive: false, create: true) else { return }
        defer { lock.release() }
        let fd = open(journalPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, FileIO.fileMode)
        guard fd >= 0 else { return }
        defer { close(fd) }
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    // MARK: Files

    /// The whole file, or nil when it does not exist or cannot be read.
    static func contents(of path: String) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return contents(descriptor: fd)
    }

    /// The whole of an open file from its start, or nil when it cannot be read.
    static func contents(descriptor fd: Int32) -> Data? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var data = Data(count: Int(info.st_size))
        var filled = 0
        let ok = data.withUnsafeMutableBytes { raw -> Bool in
            while filled < raw.count {
                let n = pread(fd, raw.baseAddress! + filled, raw.count - filled, off_t(filled))
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return n == 0 }
                filled += n
            }
            return true
        }
        guard ok else { return nil }
        // The file may have grown or shrunk since fstat; what was read is what counts.
        if filled < data.count { data.removeSubrange(filled...) }
        return data
    }

    /// Bytes of the journal from `offset` to its end (what other saves appended meanwhile).
    func journalTail(from offset: Int) -> Data {
        guard let data = Self.contents(of: journalPath), data.count > offset else { return Data() }
        return data.subdata(in: offset..<data.count)
    }
}

/// A flock on one of the index's lock files, released explicitly (or when the process dies).
final class IndexFileLock: Sendable {
    let fd: Int32

    /// Nil when the lock file cannot be opened (a read-only store): the caller goes on without.
    init?(path: String, exclusive: Bool, create: Bool) {
        var fd = open(path, O_RDWR | O_CLOEXEC)
        if fd < 0, create, errno == ENOENT {
            try? FileIO.ensureDirectory(URL(fileURLWithPath: path).deletingLastPathComponent())
            fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, FileIO.fileMode)
        }
        guard fd >= 0 else { return nil }
        while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            if errno != EINTR {
                close(fd)
                return nil
            }
        }
        self.fd = fd
    }

    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
