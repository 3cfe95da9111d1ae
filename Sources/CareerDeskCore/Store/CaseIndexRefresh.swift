import Foundation
import GRDB

extension CaseIndex {
    /// Brings the index in line with the case files and returns every readable case's summary
    /// (sorted by id) and every file that cannot be read (sorted by name).
    ///
    /// Every case file is `stat`ed; only those whose inode, size or change time differ from the
    /// index (or that it does not list, or whose row is damaged) are read, in parallel, with
    /// `progress(done, total)` on the calling thread (`total` is the number to read; no call
    /// when nothing needs reading). The changes go in one transaction, each only where the row
    /// is still as the refresh found it: a save made meanwhile by this or another process is
    /// newer and is kept. Damaged files are read again every time (they are few).
    ///
    /// With `verifying`, every file is read, and a row that differs from its file although its
    /// stamp matches (a value changed in the index itself) is counted as damage and rewritten;
    /// SQLite's own check of the database runs first (`validate`).
    func refresh(verifying: Bool = false, progress: (_ done: Int, _ total: Int) -> Void) -> (
        cases: [CaseSummary], problems: [StoreProblem]
    ) {
        if verifying, let database = database() {
            // Only an answer that names damage clears the index (a busy database is no answer).
            if let check = try? database.read({ try String.fetchAll($0, sql: "PRAGMA quick_check") }),
                check != ["ok"]
            {
                reset()
            }
            // The counts the triggers keep, against the rows themselves.
            let recounted = try? self.database()?.write { db -> Bool in
                let kept = try Row.fetchAll(
                    db, sql: "SELECT status, count FROM statusCount WHERE count != 0 ORDER BY status")
                let actual = try Row.fetchAll(
                    db, sql: "SELECT status, count(*) AS count FROM caseFile GROUP BY status ORDER BY status")
                guard kept != actual else { return false }
                try db.execute(sql: "DELETE FROM statusCount")
                try db.execute(sql: "INSERT INTO statusCount SELECT status, count(*) FROM caseFile GROUP BY status")
                return true
            }
            if recounted == true { noteDamagedRows(1) }
        }
        // Taken before anything is looked at, so a change during the scan leaves the index stale.
        let before = DirectoryStamp.of(path: casesDirectory.path)
        // The rows in id order (the table is clustered on the id), with their keys.
        var rows: [(key: UInt64, summary: CaseSummary, stamp: FileStamp)] = []
        var damagedIDs: [Data] = []
        var readFailed = false
        var knownProblems: Set<String> = []
        var state = CaseIndexState()
        if let database = database() {
            do {
                try database.read { db in
                    rows.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM caseFile") ?? 0)
                    try CaseIndexRows.rows(db, sql: "") { row, rawID in
                        if let (summary, stamp) = row {
                            rows.append((CaseIndexRows.packedKey(summary.id), summary, stamp))
                        } else {
                            // Found by its id alone, to be replaced from its file.
                            damagedIDs.append(rawID ?? Data())
                        }
                    }
                    knownProblems = Set(try CaseIndexRows.problemFiles(db).map(\.name))
                    state = try CaseIndexRows.state(db)
                }
            } catch {
                // Damage: the index is cleared and built anew below. Anything else (busy, I/O):
                // the list comes from the files, and the index is left as it was.
                if Self.isDamage(error) { reset() } else { readFailed = true }
                rows = []
            }
        }
        if !rows.indices.dropFirst().allSatisfy({ rows[$0 - 1].key < rows[$0].key }) {
            rows.sort { $0.key < $1.key }
        }
        let reopened = self.database()
        var damagedRows = damagedIDs.count

        // The files named like case ids, by key; any other name is read (and reported).
        var temporaries = false
        let files = CaseDirectoryListing.files(in: casesDirectory.path, temporaries: &temporaries)
        // Killed writers' temporary files (whole cases) go whenever a sweep passes them.
        if temporaries, !readOnly { AbandonedTemporaries.sweep(directory: casesDirectory, now: Date()) }
        var keyed: [(key: UInt64, file: Int32)] = []
        keyed.reserveCapacity(files.count)
        var toRead: [(file: CaseDirectoryListing.File, old: (summary: CaseSummary, stamp: FileStamp)?)] = []
        for (i, file) in files.enumerated() {
            if let key = CaseFileName.key(fileName: file.name) {
                keyed.append((key, Int32(i)))
            } else {
                toRead.append((file, nil))
            }
        }
        keyed.sort { $0.key < $1.key }

        // One pass over both, in key order: unchanged rows are kept, the rest read again.
        var cases: [CaseSummary] = []
        cases.reserveCapacity(rows.count)
        var gone: [(String, FileStamp)] = []
        var r = 0
        var f = 0
        while r < rows.count || f < keyed.count {
            if f == keyed.count || (r < rows.count && rows[r].key < keyed[f].key) {
                gone.append((rows[r].summary.id.description, rows[r].stamp))
                r += 1
            } else if r == rows.count || keyed[f].key < rows[r].key {
                toRead.append((files[Int(keyed[f].file)], nil))
                f += 1
            } else {
                let file = files[Int(keyed[f].file)]
                let row = rows[r]
                if !verifying, row.stamp == file.stamp, row.stamp.changeNs >= 0 {
                    cases.append(row.summary)
                } else {
                    toRead.append((file, (row.summary, row.stamp)))
                }
                r += 1
                f += 1
            }
        }
        rows = []  // what was kept is in `cases`; the changed rows' old values are in `toRead`
        let results = Self.read(toRead.map(\.file.name), in: casesDirectory, progress: progress)

        var upserts: [(CaseSummary, FileStamp, old: FileStamp?)] = []
        var problems: [StoreProblem] = []
        var problemFiles: [(String, FileStamp)] = []
        for (entry, result) in zip(toRead, results) {
            switch result {
            case .success(let summary):
                cases.append(summary)
                if let old = entry.old, old.stamp == entry.file.stamp, old.stamp.changeNs >= 0 {
                    guard old.summary != summary else { continue }
                    damagedRows += 1
                }
                upserts.append((summary, recordable(entry.file.stamp), entry.old?.stamp))
            case .failure(let error):
                problems.append(StoreProblem(file: entry.file.name, error: error))
                problemFiles.append((entry.file.name, recordable(entry.file.stamp)))
            }
        }
        noteDamagedRows(damagedRows)
        let problemNames = Set(problemFiles.map(\.0))
        let changed =
            !upserts.isEmpty || !gone.isEmpty || !damagedIDs.isEmpty || problemNames != knownProblems
        // Nothing to write when the index was right and vouches for the directory as it was.
        let upToDate = !changed && state.complete && state.directoryStamp == before
        if let database = reopened, !upToDate, !readFailed {
            do {
                try database.write { db in
                    let insert = try db.cachedStatement(
                        sql:
                            "INSERT OR IGNORE INTO caseFile (\(CaseIndexRows.columns)) VALUES \(CaseIndexRows.placeholders)"
                    )
                    // Only where the row is still as the sweep read it: a save since then wrote a newer one.
                    let deleteAsRead = try db.cachedStatement(
                        sql: "DELETE FROM caseFile WHERE id = ? AND inode = ? AND size = ? AND changeNs = ?")
                    for id in damagedIDs {
                        try db.execute(sql: "DELETE FROM caseFile WHERE CAST(id AS BLOB) = ?", arguments: [id])
                    }
                    for (id, stamp) in gone {
                        try deleteAsRead.execute(arguments: [
                            id, Int64(bitPattern: stamp.inode), stamp.size, stamp.changeNs,
                        ])
                    }
                    for (summary, stamp, old) in upserts {
                        if let old {
                            try deleteAsRead.execute(arguments: [
                                summary.id.description, Int64(bitPattern: old.inode), old.size, old.changeNs,
                            ])
                            if db.changesCount == 0 { continue }
                        }
                        try insert.execute(arguments: CaseIndexRows.arguments(summary, stamp: stamp))
                    }
                    try db.execute(sql: "DELETE FROM problemFile")
                    for (name, stamp) in problemFiles {
                        try db.execute(
                            sql:
                                "INSERT OR REPLACE INTO problemFile (fileName, inode, size, changeNs) VALUES (?, ?, ?, ?)",
                            arguments: [name, Int64(bitPattern: stamp.inode), stamp.size, stamp.changeNs])
                    }
                    try CaseIndexRows.setState(db, complete: true, directoryStamp: before)
                }
            } catch {
                if Self.isDamage(error) { reset() }
            }
        }
        if !toRead.isEmpty { cases = CaseIndexRows.sortedByID(cases) }
        problems.sort { $0.file < $1.file }
        return (cases, problems)
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
