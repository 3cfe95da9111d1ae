import Foundation
import GRDB
import GRDBSQLite

/// The index's rows read and written. Every value read back is checked as hostile: a row that
/// is not a valid summary (a type changed, a number out of range, an unknown status) is not
/// used and is counted, so the caller treats the index as stale and rewrites it from the case
/// file. Nothing read here can trap.
enum CaseIndexRows {
    static let columns =
        "id, inode, size, changeNs, fullName, snils, birthDate, region, stage, status, contractStatus, updatedAt, "
        + "createdAt, revision, track, targetOccupation, courseId, courseTitle, fundedAmount, nextFollowUp, caseworker"

    /// The summaries in id order. Rows are read in the table's own order (a scan; ordering by
    /// the id's index costs four times the read) and sorted here by a packed key.
    static func sortedByID(_ cases: [CaseSummary]) -> [CaseSummary] {
        var keys = [(UInt64, Int32)]()
        keys.reserveCapacity(cases.count)
        for (i, summary) in cases.enumerated() { keys.append((packedKey(summary.id), Int32(i))) }
        keys.sort { $0.0 < $1.0 }
        var sorted = [CaseSummary]()
        sorted.reserveCapacity(cases.count)
        for (_, i) in keys { sorted.append(cases[Int(i)]) }
        return sorted
    }

    /// An id as one integer that sorts as the id does: region letters (5 bits each), year, sequence.
    static func packedKey(_ id: CaseID) -> UInt64 {
        var region: UInt64 = 0
        for byte in id.region.utf8 { region = region << 5 | UInt64(byte &- UInt8(ascii: "A")) & 31 }
        return region << 34 | UInt64(id.year & 0x3FFF) << 20 | UInt64(id.sequence & 0xFFFFF)
    }

    /// Case times outside this range are damage (years 1970 to 9999).
    static let timeRange: ClosedRange<Double> = 0...253_402_300_799

    /// The summaries the query selects (`tail` follows `FROM caseFile`), and how many rows
    /// were skipped as damaged.
    static func summaries(_ db: Database, sql tail: String, expected: Int = 0) throws -> (
        cases: [CaseSummary], damaged: Int
    ) {
        var cases: [CaseSummary] = []
        cases.reserveCapacity(expected)
        var damaged = 0
        try rows(db, sql: tail) { row, _ in
            if let (summary, _) = row { cases.append(summary) } else { damaged += 1 }
        }
        return (cases, damaged)
    }

    /// Each row with its stamp, or nil for a damaged one (with the bytes of the row's id,
    /// whatever their type, for deleting it). One reader per call: it shares repeated texts
    /// (regions, courses) among rows.
    static func rows(
        _ db: Database, sql tail: String, _ visit: ((CaseSummary, FileStamp)?, _ rawID: Data?) -> Void
    ) throws {
        let statement = try db.makeStatement(sql: "SELECT \(columns) FROM caseFile \(tail)")
        // The raw handle is used below: the statement (which finalizes it) must outlive the loop.
        try withExtendedLifetime(statement) { try rows(statement.sqliteStatement, db, visit) }
    }

    private static func rows(
        _ s: SQLiteStatement, _ db: Database, _ visit: ((CaseSummary, FileStamp)?, _ rawID: Data?) -> Void
    ) throws {
        var reader = RowReader()
        while true {
            let code = sqlite3_step(s)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage)
            }
            if let row = reader.row(s) {
                visit(row, nil)
            } else {
                // The blob first, then its size (SQLite's documented order).
                let blob = sqlite3_column_blob(s, 0)
                let count = Int(sqlite3_column_bytes(s, 0))
                visit(nil, blob.map { Data(bytes: $0, count: max(0, count)) } ?? Data())
            }
        }
    }

    /// Reads rows straight from the statement's columns, checking each value: no value read
    /// here can trap, and a row that is not a valid summary gives nil.
    struct RowReader {
        private var shared: [Int: [String]] = [:]
        private var regions: [UInt32: String] = [:]

        mutating func row(_ s: SQLiteStatement) -> (CaseSummary, FileStamp)? {
            guard let id = caseID(s, 0), let inode = integer(s, 1), let size = integer(s, 2), size >= 0,
                let change = integer(s, 3), let fullName = Self.text(s, 4), let snils = Self.text(s, 5),
                let region = sharedText(s, 7), let stage = value(s, 8, CaseStage.self),
                let status = value(s, 9, CaseStatus.self), let updatedAt = time(s, 11), let createdAt = time(s, 12),
                let revision = integer(s, 13), CaseBounds.revision.contains(Int(revision))
            else { return nil }
            var birthDate: LocalDate?
            if !isNull(s, 6) {
                guard let date = date(s, 6) else { return nil }
                birthDate = date
            }
            var contractStatus: ContractStatus?
            if !isNull(s, 10) {
                guard let value = value(s, 10, ContractStatus.self) else { return nil }
                contractStatus = value
            }
            var track: Guidance.Track?
            if !isNull(s, 14) {
                guard let value = value(s, 14, Guidance.Track.self) else { return nil }
                track = value
            }
            var occupation: String?
            var courseId: String?
            var courseTitle: String?
            if !isNull(s, 15) {
                guard let text = sharedText(s, 15) else { return nil }
                occupation = text
            }
            if !isNull(s, 16) {
                guard let text = sharedText(s, 16) else { return nil }
                courseId = text
            }
            if !isNull(s, 17) {
                guard let text = sharedText(s, 17) else { return nil }
                courseTitle = text
            }
            var funded: Money?
            if !isNull(s, 18) {
                guard let kopecks = integer(s, 18), CaseBounds.moneyKopecks.contains(kopecks) else { return nil }
                funded = Money(kopecks: kopecks)
            }
            var nextFollowUp: LocalDate?
            if !isNull(s, 19) {
                guard let day = date(s, 19) else { return nil }
                nextFollowUp = day
            }
            guard let caseworker = sharedText(s, 20) else { return nil }
            let summary = CaseSummary(
                id: id, fullName: fullName, snils: snils, birthDate: birthDate, region: region, stage: stage,
                status: status, contractStatus: contractStatus, updatedAt: updatedAt, createdAt: createdAt,
                revision: Int(revision), track: track, targetOccupation: occupation, courseId: courseId,
                courseTitle: courseTitle, fundedAmount: funded, nextFollowUp: nextFollowUp, caseworker: caseworker)
            return (summary, FileStamp(inode: UInt64(bitPattern: inode), size: size, changeNs: change))
        }

        private func isNull(_ s: SQLiteStatement, _ column: Int32) -> Bool {
            sqlite3_column_type(s, column) == SQLITE_NULL
        }

        private static func bytes(_ s: SQLiteStatement, _ column: Int32) -> UnsafeBufferPointer<UInt8>? {
            guard sqlite3_column_type(s, column) == SQLITE_TEXT, let bytes = sqlite3_column_text(s, column) else {
                return nil
            }
            return UnsafeBufferPointer(start: bytes, count: max(0, Int(sqlite3_column_bytes(s, column))))
        }

        static func text(_ s: SQLiteStatement, _ column: Int32) -> String? {
            bytes(s, column).map { String(decoding: $0, as: UTF8.self) }
        }

        /// A text many rows repeat (a region, a course): one copy shared by all of them.
        private mutating func sharedText(_ s: SQLiteStatement, _ column: Int32) -> String? {
            guard let bytes = Self.bytes(s, column) else { return nil }
            var hash = 14_695_981_039_346_656_037 as UInt64
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
            let key = Int(truncatingIfNeeded: hash)
            if let candidates = shared[key] {
                for var text in candidates where text.utf8.count == bytes.count {
                    let same = text.withUTF8 { stored in
                        bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
                    }
                    if same { return text }
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            shared[key, default: []].append(text)
            return text
        }

        private func integer(_ s: SQLiteStatement, _ column: Int32) -> Int64? {
            sqlite3_column_type(s, column) == SQLITE_INTEGER ? sqlite3_column_int64(s, column) : nil
        }

        private func time(_ s: SQLiteStatement, _ column: Int32) -> Date? {
            let type = sqlite3_column_type(s, column)
            guard type == SQLITE_FLOAT || type == SQLITE_INTEGER else { return nil }
            let seconds = sqlite3_column_double(s, column)
            guard seconds.isFinite, timeRange.contains(seconds) else { return nil }
            return Date(timeIntervalSince1970: seconds)
        }

        /// A raw value of one of the summary's enumerations, compared as bytes.
        private func value<E: RawRepresentable & CaseIterable>(_ s: SQLiteStatement, _ column: Int32, _: E.Type)
            -> E? where E.RawValue == String
        {
            guard let bytes = Self.bytes(s, column), !bytes.isEmpty else { return nil }
            for candidate in E.allCases {
                var raw = candidate.rawValue
                let same = raw.withUTF8 {
                    $0.count == bytes.count && memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0
                }
                if same { return candidate }
            }
            return nil
        }

        /// `AAA-YYYY-SSSSSS`, read from its bytes with the checks `CaseID` makes.
        private mutating func caseID(_ s: SQLiteStatement, _ column: Int32) -> CaseID? {
            guard let b = Self.bytes(s, column), b.count == 15, b[3] == 0x2D, b[8] == 0x2D else { return nil }
            var key: UInt32 = 0
            for i in 0..<3 {
                guard (0x41...0x5A).contains(b[i]) else { return nil }
                key = key << 8 | UInt32(b[i])
            }
            guard let year = Self.number(b, 4..<8), (2000...9999).contains(year), let sequence = Self.number(b, 9..<15),
                sequence >= 1
            else { return nil }
            let region: String
            if let known = regions[key] {
                region = known
            } else {
                region = String(decoding: UnsafeBufferPointer(rebasing: b[0..<3]), as: UTF8.self)
                regions[key] = region
            }
            return CaseID(checkedRegion: region, year: year, sequence: sequence)
        }

        /// `YYYY-MM-DD`, a day that exists.
        private func date(_ s: SQLiteStatement, _ column: Int32) -> LocalDate? {
            guard let b = Self.bytes(s, column), b.count == 10, b[4] == 0x2D, b[7] == 0x2D,
                let year = Self.number(b, 0..<4), let month = Self.number(b, 5..<7), let day = Self.number(b, 8..<10)
            else { return nil }
            return LocalDate(year: year, month: month, day: day)
        }

        private static func number(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = b[i] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
    }

    /// The damaged files the index lists, with their stamps (nil stamp: a damaged row).
    static func problemFiles(_ db: Database) throws -> [(name: String, stamp: FileStamp?)] {
        try Row.fetchAll(db, sql: "SELECT fileName, inode, size, changeNs FROM problemFile ORDER BY fileName")
            .compactMap { row in
                guard let name = String.fromDatabaseValue(row[0]), CaseFileName.isCaseFile(name),
                    !name.contains("/")
                else { return nil }
                guard let inode = Int64.fromDatabaseValue(row[1]), let size = Int64.fromDatabaseValue(row[2]),
                    let change = Int64.fromDatabaseValue(row[3])
                else { return (name, nil) }
                return (name, FileStamp(inode: UInt64(bitPattern: inode), size: size, changeNs: change))
            }
    }

    static func state(_ db: Database) throws -> CaseIndexState {
        var state = CaseIndexState()
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM indexState") {
            switch String.fromDatabaseValue(row[0]) {
            case "complete": state.complete = Int64.fromDatabaseValue(row[1]) == 1
            case "directoryStamp": state.directoryStamp = Int64.fromDatabaseValue(row[1])
            default: break
            }
        }
        return state
    }

    static func setState(_ db: Database, complete: Bool, directoryStamp: Int64?) throws {
        try db.execute(sql: "DELETE FROM indexState")
        try db.execute(sql: "INSERT INTO indexState (key, value) VALUES ('complete', ?)", arguments: [complete ? 1 : 0])
        if let directoryStamp {
            try db.execute(
                sql: "INSERT INTO indexState (key, value) VALUES ('directoryStamp', ?)", arguments: [directoryStamp])
        }
    }

    static func upsert(_ db: Database, _ s: CaseSummary, stamp: FileStamp) throws {
        try db.execute(
            sql:
                "INSERT INTO caseFile (\(columns)) VALUES \(placeholders) ON CONFLICT(id) DO UPDATE SET " + updates,
            arguments: arguments(s, stamp: stamp))
    }

    /// `(?, ?, …)`, one for each of `columns`.
    static let placeholders =
        "(" + Array(repeating: "?", count: columns.split(separator: ",").count).joined(separator: ", ") + ")"

    /// Every column but the id set from the row offered (an upsert fires the status trigger;
    /// `INSERT OR REPLACE` would delete without it).
    static let updates = columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { $0 != "id" }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")

    static func arguments(_ s: CaseSummary, stamp: FileStamp) -> StatementArguments {
        let values: [(any DatabaseValueConvertible)?] = [
            s.id.description, Int64(bitPattern: stamp.inode), stamp.size, stamp.changeNs, s.fullName, s.snils,
            s.birthDate?.iso, s.region, s.stage.rawValue, s.status.rawValue, s.contractStatus?.rawValue,
            s.updatedAt.timeIntervalSince1970, s.createdAt.timeIntervalSince1970, Int64(s.revision),
            s.track?.rawValue, s.targetOccupation, s.courseId, s.courseTitle, s.fundedAmount?.kopecks,
            s.nextFollowUp?.iso, s.caseworker,
        ]
        return StatementArguments(values)
    }
}
