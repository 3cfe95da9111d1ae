import Foundation

/// What the desk's first frame shows of the case list, read without parsing the whole index
/// (`FileCaseStore.indexHead(rows:)`): the newest cases, the counts and the problems, exactly
/// as the full snapshot would give them.
public struct CaseIndexHead: Sendable {
    /// The cases changed last, newest first (ties: the higher id first), at most as many as asked.
    public var rows: [CaseSummary]
    /// Every case the index lists.
    public var total: Int
    /// Cases of each status (statuses with none are left out).
    public var counts: [CaseStatus: Int]
    /// Files the index knows cannot be read, by file name.
    public var problems: [StoreProblem]
    /// As `CaseIndexSnapshot.needsRefresh`.
    public var needsRefresh: Bool

    public init(
        rows: [CaseSummary], total: Int, counts: [CaseStatus: Int], problems: [StoreProblem], needsRefresh: Bool
    ) {
        self.rows = rows
        self.total = total
        self.counts = counts
        self.problems = problems
        self.needsRefresh = needsRefresh
    }
}

extension CaseIndex {
    /// The head of the list by last change: the table (`CaseIndexTable`) gives the order and
    /// the counts, the journal is replayed over it, and only the `rows` lines shown are parsed
    /// from the base. Nil when there is no table matching the base, or anything in it or the
    /// journal is not as a refresh and saves write them: the caller then reads the snapshot.
    func head(rows wanted: Int) -> CaseIndexHead? {
        let lock = IndexFileLock(path: lockPath, exclusive: false, create: false)
        defer { lock?.release() }
        let current = DirectoryStamp.of(path: casesDirectory.path)
        let journal = Self.contents(of: journalPath) ?? Data()
        let baseFD = open(basePath, O_RDONLY | O_CLOEXEC)
        guard baseFD >= 0 else { return nil }
        defer { close(baseFD) }
        return head(rows: wanted, baseFD: baseFD, journal: journal, currentStamp: current)
    }

    /// The head from the base open as `baseFD`, the journal's bytes and the cases directory's
    /// stamp now (the caller holds the shared lock).
    func head(rows wanted: Int, baseFD: Int32, journal: Data, currentStamp: Int64?) -> CaseIndexHead? {
        guard wanted >= 0, let table = CaseIndexTable.Mapped(path: tablePath, baseDescriptor: baseFD) else {
            return nil
        }

        var contents = CaseIndexContents()
        contents.directoryStamp = table.identity.directoryStamp
        // The P lines, after the C lines.
        guard let problemLines = Self.read(baseFD, from: table.identity.entriesEnd, to: Int(table.identity.base.size))
        else { return nil }
        var foreign = false
        let outcome = CaseIndexParser.parse(problemLines) { record in
            guard case .problem(let file, let stamp, let error) = record else {
                foreign = true
                return
            }
            contents.problems[file] = IndexedProblem(file: file, stamp: stamp, error: error)
        }
        guard !foreign, outcome.unreadableLines == 0, outcome.tornBytes == 0 else { return nil }

        // Saves since the base: their entries replace or join the table's lines.
        let records = contents.readJournal(journal)
        for record in records {
            if case .problem = record { return nil }
        }
        contents.replay(records)
        let needsRefresh =
            !contents.isFresh(currentDirectoryStamp: currentStamp)
            || contents.journalLength > Self.compactJournalBytes
        let saved = contents.cases

        guard var tally = table.statusTally() else { return nil }
        var total = table.count
        let slot = Dictionary(uniqueKeysWithValues: CaseStatus.allCases.enumerated().map { ($1, $0) })
        var savedKeys = Set<UInt64>()
        for summary in saved {
            let key = CaseIndexName.key(summary.id)
            savedKeys.insert(key)
            if let at = table.position(of: key) { tally[table.statusSlot(at)] -= 1 } else { total += 1 }
            tally[slot[summary.status]!] += 1
        }

        // Newest first: the table's order read backwards, merged with the saved cases.
        func newer(_ a: (Double, UInt64), than b: (Double, UInt64)) -> Bool { a.0 == b.0 ? a.1 > b.1 : a.0 > b.0 }
        let savedNewest = saved.map { ($0, ($0.updatedAt.timeIntervalSinceReferenceDate, CaseIndexName.key($0.id))) }
            .sorted { newer($0.1, than: $1.1) }
        var rows: [CaseSummary] = []
        var previous: (Double, UInt64)?
        var nextSaved = 0
        var k = table.count - 1
        while rows.count < wanted {
            while k >= 0, let i = table.ordered(k), savedKeys.contains(table.key(i)) { k -= 1 }
            let line = k >= 0 ? table.ordered(k) : nil
            if k >= 0, line == nil { return nil }
            if nextSaved < savedNewest.count,
                line.map({ newer(savedNewest[nextSaved].1, than: (table.updated($0), table.key($0))) }) ?? true
            {
                rows.append(savedNewest[nextSaved].0)
                nextSaved += 1
            } else if let line {
                guard let range = table.line(line),
                    let bytes = Self.read(baseFD, from: range.lowerBound, to: range.upperBound)
                else { return nil }
                var entry: CaseSummary?
                _ = CaseIndexParser.parse(bytes) { record in
                    if case .entry(let summary, _) = record { entry = summary }
                }
                let place = (table.updated(line), table.key(line))
                guard let entry, CaseIndexName.key(entry.id) == place.1,
                    entry.updatedAt.timeIntervalSinceReferenceDate == place.0,
                    previous.map({ newer($0, than: place) }) ?? true
                else { return nil }
                previous = place
                rows.append(entry)
                k -= 1
            } else {
                break
            }
        }
        var counts: [CaseStatus: Int] = [:]
        for (status, index) in slot where tally[index] != 0 {
            guard tally[index] > 0 else { return nil }
            counts[status] = tally[index]
        }
        return CaseIndexHead(
            rows: rows, total: total, counts: counts, problems: contents.storeProblems, needsRefresh: needsRefresh)
    }

    /// Bytes `start..<end` of an open file, or nil when they cannot all be read.
    private static func read(_ fd: Int32, from start: Int, to end: Int) -> Data? {
        guard start <= end else { return nil }
        var data = Data(count: end - start)
        let complete = data.withUnsafeMutableBytes { raw -> Bool in
            var filled = 0
            while filled < raw.count {
                let n = pread(fd, raw.baseAddress! + filled, raw.count - filled, off_t(start + filled))
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return false }
                filled += n
            }
            return true
        }
        return complete ? data : nil
    }
}
