import Foundation

extension CaseIndex {
    /// Brings the index in line with the case files and returns it.
    ///
    /// Every case file is `stat`ed; only those whose inode, size or change time differ from the
    /// index (or that it does not list) are read, in parallel, with `progress(done, total)`
    /// called on the calling thread as they are (`total` is the number to read; not called when
    /// nothing needs reading). Then the index is written only as far as needed: nothing when it
    /// was right; the re-read lines and a `V` line appended to the journal when only a few files
    /// changed in place; a new base swapped in when files came, went or turned unreadable, the
    /// index was damaged, or the journal has grown long.
    ///
    /// Safe to run on a background thread while this or another process saves cases: saves
    /// journal their lines meanwhile, and those are kept after the swap and applied on top.
    func refresh(progress: (_ done: Int, _ total: Int) -> Void) -> CaseIndexContents {
        let refreshLock = IndexFileLock(path: refreshLockPath, exclusive: true, create: true)
        defer { refreshLock?.release() }
        if refreshLock != nil { sweepTemporaries() }
        let contents = refreshHoldingLock(progress: progress)
        writeTableIfMissing()
        return contents
    }

    /// Writes the table (`CaseIndexTable`) for the base as it is when none matches it: a store
    /// indexed before tables existed, or a table write that failed. Takes the refresh lock.
    func ensureTable() {
        // A store whose index cannot be written (read-only) is not parsed for nothing.
        guard !CaseIndexTable.matches(tableAt: tablePath, baseAt: basePath), access(directory.path, W_OK) == 0
        else { return }
        let refreshLock = IndexFileLock(path: refreshLockPath, exclusive: true, create: true)
        defer { refreshLock?.release() }
        if refreshLock != nil { sweepTemporaries() }
        writeTableIfMissing()
    }

    /// Removes the index's temporary files (`<file>.<pid>.<random>.tmp`) left by a process that
    /// died while writing one. Every one is written under the refresh lock, so while it is held
    /// any that exists is such a leftover.
    private func sweepTemporaries() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasSuffix(".tmp") {
            let parts = name.split(separator: ".")
            guard parts.count >= 4,
                ["cases.index", "cases.table", "journal"].contains(where: { name.hasPrefix($0 + ".") }),
                parts[parts.count - 2].allSatisfy(\.isNumber), parts[parts.count - 3].allSatisfy(\.isNumber)
            else { continue }
            unlink(directory.appendingPathComponent(name).path)
        }
    }

    /// `ensureTable` for a caller holding the refresh lock: the base's lines are read in order;
    /// a base that is damaged, out of order or holds foreign lines gets no table (the next
    /// refresh that rewrites it writes one).
    private func writeTableIfMissing() {
        guard !CaseIndexTable.matches(tableAt: tablePath, baseAt: basePath) else { return }
        let lock = IndexFileLock(path: lockPath, exclusive: false, create: false)
        let fd = open(basePath, O_RDONLY | O_CLOEXEC)
        var info = stat()
        guard fd >= 0, fstat(fd, &info) == 0, let data = Self.contents(descriptor: fd) else {
            if fd >= 0 { close(fd) }
            lock?.release()
            return
        }
        close(fd)
        lock?.release()
        guard data.count == Int(info.st_size) else { return }
        var starts = [0]
        data.withUnsafeBytes { raw in
            var at = 0
            while at < raw.count, let found = memchr(raw.baseAddress! + at, 0x0A, raw.count - at) {
                at = raw.baseAddress!.distance(to: UnsafeRawPointer(found)) + 1
                starts.append(at)
            }
        }
        var cases: [CaseSummary] = []
        var offsets: [Int] = []
        var directoryStamp: Int64?
        var expectedCount = -1
        var problems = 0
        var entriesEnd: Int?
        var well = true
        var line = 0
        let outcome = CaseIndexParser.parse(data) { record in
            defer { line += 1 }
            switch record {
            case .header(let stamp, let count) where line == 0:
                directoryStamp = stamp
                expectedCount = count
            case .entry(let summary, _) where entriesEnd == nil && line > 0:
                if let last = cases.last, !(last.id < summary.id) { well = false }
                cases.append(summary)
                offsets.append(starts[line])
            case .problem where line > 0:
                if entriesEnd == nil { entriesEnd = starts[line] }
                problems += 1
            default:
                well = false
            }
        }
        // A base the snapshot would call incomplete gets no table: its head would say fresh.
        guard well, outcome.unreadableLines == 0, outcome.tornBytes == 0, let directoryStamp,
            expectedCount == cases.count + problems
        else { return }
        writeTable(
            CaseIndexTable.bytes(
                cases: cases, offsets: offsets,
                identity: .init(
                    base: FileStamp(info), count: cases.count, entriesEnd: entriesEnd ?? data.count,
                    directoryStamp: directoryStamp)))
    }

    private func refreshHoldingLock(progress: (_ done: Int, _ total: Int) -> Void) -> CaseIndexContents {
        // Taken before anything is looked at, so a change during the scan leaves the result stale.
        let before = DirectoryStamp.of(path: casesDirectory.path)
        let old = read()
        let files = CaseDirectoryListing.files(in: casesDirectory.path)

        let keys = old.cases.map { CaseIndexName.key($0.id) }
        var keep = [Bool](repeating: false, count: old.cases.count)
        var problems: [String: IndexedProblem] = [:]
        var toRead: [CaseDirectoryListing.File] = []
        for file in files {
            if let key = CaseIndexName.key(fileName: file.name), let at = CaseIndexName.search(keys, key) {
                if old.stamps[at] == file.stamp {
                    keep[at] = true
                    continue
                }
            } else if let problem = old.problems[file.name], problem.stamp == file.stamp {
                // A read that failed for a passing reason (permissions, I/O) is tried again.
                if case .unreadable = problem.error {
                } else {
                    problems[file.name] = problem
                    continue
                }
            }
            toRead.append(file)
        }
        let results = Self.read(toRead.map(\.name), in: casesDirectory, progress: progress)

        var contents = CaseIndexContents()
        contents.cases.reserveCapacity(old.cases.count)
        contents.stamps.reserveCapacity(old.cases.count)
        for at in old.cases.indices where keep[at] {
            contents.cases.append(old.cases[at])
            contents.stamps.append(old.stamps[at])
        }
        var reread: [(CaseSummary, FileStamp)] = []
        var problemsChanged = problems.count != old.problems.count
        for (file, result) in zip(toRead, results) {
            switch result {
            case .success(let summary): reread.append((summary, recordable(file.stamp)))
            case .failure(let error):
                let problem = IndexedProblem(file: file.name, stamp: recordable(file.stamp), error: error)
                problems[file.name] = problem
                if old.problems[file.name] != problem { problemsChanged = true }
            }
        }
        contents.merge(reread)
        contents.problems = problems

        let damaged =
            old.unreadableLines > 0 || old.tornBytes > 0 || old.baseIncomplete || old.baseMisordered
            || old.directoryStamp == nil
        let sameFiles =
            contents.cases.count == old.cases.count
            && reread.allSatisfy { CaseIndexName.search(keys, CaseIndexName.key($0.0.id)) != nil }
        if let before {
            if damaged || problemsChanged || !sameFiles || old.journalLength > Self.compactJournalBytes
                || reread.count > Self.maxJournalledUpdates
            {
                if let tail = swapBase(contents, stamp: before, journalOffset: old.journalLength) {
                    contents.directoryStamp = before
                    contents.replay(tail)
                    return contents
                }
            } else if !reread.isEmpty || !old.isFresh(currentDirectoryStamp: before) {
                // The same files, some changed in place or saved: their lines and a `V` go to the journal.
                if let tail = appendVerified(reread, stamp: before, journalOffset: old.journalLength) {
                    contents.directoryStamp = old.directoryStamp
                    contents.chainIntact = old.chainIntact
                    contents.pending = old.pending
                    contents.replay(tail + [.verified(directoryStamp: before)])
                    return contents
                }
            }
        }
        // Nothing to write (or the index cannot be written): what saves journalled during the
        // scan still goes on top.
        contents.directoryStamp = old.directoryStamp
        contents.chainIntact = old.chainIntact
        contents.pending = old.pending
        contents.replay(Self.records(in: journalTail(from: old.journalLength)))
        return contents
    }

    /// Past this many changed files a refresh writes a new base instead of journal lines.
    static let maxJournalledUpdates = 2_000

    /// Appends the re-read entries and `V <stamp>` to the journal under the exclusive lock,
    /// leaving out cases a save journalled since `journalOffset` (those lines are newer).
    /// Returns the lines appended by others since the offset, or nil when it cannot write.
    private func appendVerified(_ entries: [(CaseSummary, FileStamp)], stamp: Int64, journalOffset: Int)
        -> [CaseIndexRecord]?
    {
        guard let lock = IndexFileLock(path: lockPath, exclusive: true, create: true) else { return nil }
        defer { lock.release() }
        let tail = Self.records(in: completeLines(journalTail(from: journalOffset)))
        var savedMeanwhile = Set<CaseID>()
        for case .entry(let summary, _) in tail { savedMeanwhile.insert(summary.id) }
        var writer = CaseIndexWriter(capacity: entries.count * 300 + 64)
        for (summary, fileStamp) in entries where !savedMeanwhile.contains(summary.id) {
            writer.append(.entry(summary, fileStamp))
        }
        writer.append(.verified(directoryStamp: stamp))
        let fd = open(journalPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, FileIO.fileMode)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let written = writer.bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        return written == writer.bytes.count ? tail : nil
    }

    /// The data up to its last line feed: a torn last line (a writer died mid-line) is dropped.
    private func completeLines(_ data: Data) -> Data {
        guard let lastFeed = data.lastIndex(of: 0x0A) else { return Data() }
        return data.subdata(in: data.startIndex..<(lastFeed + 1))
    }

    /// Writes `contents` as the new base (stamped `stamp`) and swaps it in under the exclusive
    /// lock, keeping the journal lines appended after `journalOffset`. Returns those lines, or
    /// nil when the index cannot be written.
    private func swapBase(_ contents: CaseIndexContents, stamp: Int64, journalOffset: Int) -> [CaseIndexRecord]? {
        var writer = CaseIndexWriter(capacity: contents.cases.count * 260 + 4096)
        writer.append(.header(directoryStamp: stamp, count: contents.cases.count + contents.problems.count))
        var offsets: [Int] = []
        offsets.reserveCapacity(contents.cases.count)
        for (summary, fileStamp) in zip(contents.cases, contents.stamps) {
            offsets.append(writer.bytes.count)
            writer.append(.entry(summary, fileStamp))
        }
        let entriesEnd = writer.bytes.count
        for problem in contents.problems.values.sorted(by: { $0.file < $1.file }) {
            writer.append(.problem(file: problem.file, problem.stamp, problem.error))
        }
        // Written and synced before the lock, so saves wait only for two renames.
        guard let baseTemp = Self.writeTemporary(writer.bytes, beside: basePath) else { return nil }
        guard let lock = IndexFileLock(path: lockPath, exclusive: true, create: true) else {
            unlink(baseTemp)
            return nil
        }
        // Only complete lines move on: a torn one (a writer died mid-line) would swallow the next append.
        let tail = completeLines(journalTail(from: journalOffset))
        guard let journalTemp = Self.writeTemporary([UInt8](tail), beside: journalPath) else {
            lock.release()
            unlink(baseTemp)
            return nil
        }
        guard rename(baseTemp, basePath) == 0 else {
            lock.release()
            unlink(baseTemp)
            unlink(journalTemp)
            return nil
        }
        if rename(journalTemp, journalPath) != 0 {
            // The old journal stays over the new base: its settled saves no longer chain from the
            // base's stamp, so the index reads as stale and the next refresh repairs it.
            unlink(journalTemp)
        }
        let written = FileStamp.of(path: basePath)
        lock.release()
        // The table names the base just renamed into place; written after the lock (saves need
        // not wait for it), it is only used once it matches (a reader before then reads the base).
        if let written {
            writeTable(
                CaseIndexTable.bytes(
                    cases: contents.cases, offsets: offsets,
                    identity: .init(base: written, count: offsets.count, entriesEnd: entriesEnd, directoryStamp: stamp))
            )
        }
        FileIO.syncDirectory(directory)
        return Self.records(in: tail)
    }

    /// Swaps in a new table file; on failure the old one stays, and no longer matches the base.
    private func writeTable(_ bytes: [UInt8]) {
        guard let temp = Self.writeTemporary(bytes, beside: tablePath) else { return }
        if rename(temp, tablePath) != 0 { unlink(temp) }
    }

    /// A synced temporary file next to `path` holding `bytes`; its path, or nil.
    private static func writeTemporary(_ bytes: [UInt8], beside path: String) -> String? {
        let temp = "\(path).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, FileIO.fileMode)
        guard fd >= 0 else { return nil }
        var ok = fchmod(fd, FileIO.fileMode) == 0
        ok =
            ok
            && bytes.withUnsafeBytes { raw -> Bool in
                var offset = 0
                while offset < raw.count {
                    let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0, errno == EINTR { continue }
                    if n <= 0 { return false }
                    offset += n
                }
                return true
            }
        ok = ok && fsync(fd) == 0
        close(fd)
        if !ok {
            unlink(temp)
            return nil
        }
        return temp
    }

    static func records(in data: Data) -> [CaseIndexRecord] {
        var records: [CaseIndexRecord] = []
        _ = CaseIndexParser.parse(data) { records.append($0) }
        return records
    }

    /// Reads and summarises the named case files on every core, `progress` on this thread
    /// after each batch.
    static func read(_ names: [String], in directory: URL, progress: (_ done: Int, _ total: Int) -> Void)
        -> [Result<CaseSummary, CaseFileError>]
    {
        let total = names.count
        guard total > 0 else { return [] }
        var results = [Result<CaseSummary, CaseFileError>](repeating: .failure(.empty), count: total)
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let batch = 128 * workers
        progress(0, total)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot, and the buffer outlives concurrentPerform.
            nonisolated(unsafe) let slots = buffer
            var start = 0
            while start < total {
                let first = start
                let count = min(batch, total - start)
                DispatchQueue.concurrentPerform(iterations: count) { i in
                    let url = directory.appendingPathComponent(names[first + i])
                    do throws(CaseFileError) {
                        slots[first + i] = .success(CaseSummary(try CaseFileReader.read(url)))
                    } catch {
                        slots[first + i] = .failure(error)
                    }
                }
                start += count
                progress(start, total)
            }
        }
        return results
    }
}

/// The case files in the cases directory with their stamps: `readdir` and `fstatat`, without
/// the per-entry objects FileManager makes (100 000 entries are listed in tens of milliseconds).
enum CaseDirectoryListing {
    struct File: Sendable {
        var name: String
        var stamp: FileStamp
    }

    static func files(in path: String) -> [File] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        let fd = dirfd(directory)
        var files: [File] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard CaseIndexName.isCaseFile(name) else { continue }
            var info = stat()
            if fstatat(fd, name, &info, 0) == 0 {
                files.append(File(name: name, stamp: FileStamp(info)))
            } else if errno != ENOENT {
                // Listed but not statable: kept with no stamp, so it is read and its error reported.
                files.append(File(name: name, stamp: FileStamp(inode: 0, size: -1, changeNs: 0)))
            }
        }
        return files
    }

    /// Just the names of the case files (for allocating the next id).
    static func names(in path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if CaseIndexName.isCaseFile(name) { names.append(name) }
        }
        return names
    }
}
