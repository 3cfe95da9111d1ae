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
            let check = try? database.read { try String.fetchAll($0, sql: "PRAGMA quick_check") }
            if check != ["ok"] { reset() }
        }
        // Taken before anything is looked at, so a change during the scan leaves the index stale.
        let before = DirectoryStamp.of(path: casesDirectory.path)
        var known: [String: (CaseSummary, FileStamp)] = [:]
        var damagedIDs: [String] = []
        var knownProblems: Set<String> = []
        let database = database()
        if let database {
            do {
                try database.read { db in
                    try CaseIndexRows.rows(db, sql: "") { row in
                        if let (summary, stamp) = row { known[summary.id.description] = (summary, stamp) }
                    }
                    // Damaged rows are found by id alone, to be replaced from their files.
                    let ids = try String.fetchAll(db, sql: "SELECT CAST(id AS TEXT) FROM caseFile")
                    damagedIDs = ids.filter { known[$0] == nil }
                    knownProblems = Set(try CaseIndexRows.problemFiles(db).map(\.name))
                }
            } catch {
                if Self.isDamage(error) { reset() }
                known = [:]
            }
        }
        let reopened = self.database()
        var damagedRows = damagedIDs.count

        var cases: [CaseSummary] = []
        cases.reserveCapacity(known.count)
        var toRead: [CaseDirectoryListing.File] = []
        var seen = Set<String>()
        seen.reserveCapacity(known.count)
        for file in CaseDirectoryListing.files(in: casesDirectory.path) {
            let id = String(file.name.dropLast(5))
            seen.insert(id)
            if !verifying, let (summary, stamp) = known[id], stamp == file.stamp, stamp.changeNs >= 0 {
                cases.append(summary)
            } else {
                toRead.append(file)
            }
        }
        let results = Self.read(toRead.map(\.name), in: casesDirectory, progress: progress)

        var upserts: [(CaseSummary, FileStamp, old: FileStamp?)] = []
        var problems: [StoreProblem] = []
        var problemFiles: [(String, FileStamp)] = []
        for (file, result) in zip(toRead, results) {
            switch result {
            case .success(let summary):
                cases.append(summary)
                let old = known[summary.id.description]
                if let old, old.1 == file.stamp, old.1.changeNs >= 0 {
                    guard old.0 != summary else { continue }
                    damagedRows += 1
                }
                upserts.append((summary, recordable(file.stamp), old?.1))
            case .failure(let error):
                problems.append(StoreProblem(file: file.name, error: error))
                problemFiles.append((file.name, recordable(file.stamp)))
            }
        }
        noteDamagedRows(damagedRows)
        let gone = known.filter { !seen.contains($0.key) }.map { ($0.key, $0.value.1) }
        let problemNames = Set(problemFiles.map(\.0))
        let changed =
            !upserts.isEmpty || !gone.isEmpty || !damagedIDs.isEmpty || problemNames != knownProblems
        if let database = reopened {
            do {
                try database.write { db in
                    for id in damagedIDs { try db.execute(sql: "DELETE FROM caseFile WHERE CAST(id AS TEXT) = ?", arguments: [id]) }
                    for (id, stamp) in gone {
                        try db.execute(
                            sql: "DELETE FROM caseFile WHERE id = ? AND inode = ? AND size = ? AND changeNs = ?",
                            arguments: [id, Int64(bitPattern: stamp.inode), stamp.size, stamp.changeNs])
                    }
                    for (summary, stamp, old) in upserts {
                        if let old {
                            // Only where the row is still as read: a save since then wrote a newer one.
                            let args = CaseIndexRows.arguments(summary, stamp: stamp)
                            try db.execute(
                                sql: "DELETE FROM caseFile WHERE id = ? AND inode = ? AND size = ? AND changeNs = ?",
                                arguments: [summary.id.description, Int64(bitPattern: old.inode), old.size, old.changeNs])
                            if db.changesCount > 0 {
                                try db.execute(
                                    sql: "INSERT OR IGNORE INTO caseFile (\(CaseIndexRows.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    arguments: args)
                            }
                        } else {
                            try db.execute(
                                sql: "INSERT OR IGNORE INTO caseFile (\(CaseIndexRows.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                arguments: CaseIndexRows.arguments(summary, stamp: stamp))
                        }
                    }
                    try db.execute(sql: "DELETE FROM problemFile")
                    for (name, stamp) in problemFiles {
                        try db.execute(
                            sql: "INSERT OR REPLACE INTO problemFile (fileName, inode, size, changeNs) VALUES (?, ?, ?, ?)",
                            arguments: [name, Int64(bitPattern: stamp.inode), stamp.size, stamp.changeNs])
                    }
                    let state = try CaseIndexRows.state(db)
                    if changed || !state.complete || state.directoryStamp != before {
                        try CaseIndexRows.setState(db, complete: true, directoryStamp: before)
                    }
                }
            } catch {
                if Self.isDamage(error) { reset() }
            }
        }
        cases.sort { $0.id < $1.id }
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
