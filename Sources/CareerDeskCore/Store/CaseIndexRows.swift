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
        + "createdAt, revision, track, targetOccupation, courseId, courseTitle, fundedAmount"

    /// Case times outside this range are damage (years 1970 to 9999).
    static let timeRange: ClosedRange<Double> = 0...253_402_300_799

    /// The summaries the query selects (`tail` follows `FROM caseFile`), and how many rows
    /// were skipped as damaged.
    static func summaries(_ db: Database, sql tail: String) throws -> (cases: [CaseSummary], damaged: Int) {
        var cases: [CaseSummary] = []
        var damaged = 0
        try rows(db, sql: tail) { row in
            if let (summary, _) = row { cases.append(summary) } else { damaged += 1 }
        }
        return (cases, damaged)
    }

    /// Each row with its stamp, or nil for a damaged one.
    static func rows(_ db: Database, sql tail: String, _ visit: ((CaseSummary, FileStamp)?) -> Void) throws {
        let statement = try db.makeStatement(sql: "SELECT \(columns) FROM caseFile \(tail)")
        let s = statement.sqliteStatement
        while true {
            let code = sqlite3_step(s)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage)
            }
            visit(row(s))
        }
    }

    private static func row(_ s: SQLiteStatement) -> (CaseSummary, FileStamp)? {
        guard let id = text(s, 0).flatMap(CaseID.init), let inode = integer(s, 1), let size = integer(s, 2),
            size >= 0, let change = integer(s, 3), let fullName = text(s, 4), let snils = text(s, 5),
            let region = text(s, 7), let stage = text(s, 8).flatMap(CaseStage.init(rawValue:)),
            let status = text(s, 9).flatMap(CaseStatus.init(rawValue:)), let updatedAt = time(s, 11),
            let createdAt = time(s, 12), let revision = integer(s, 13), CaseBounds.revision.contains(Int(revision))
        else { return nil }
        var birthDate: LocalDate?
        if !isNull(s, 6) {
            guard let text = text(s, 6), let date = LocalDate(parsing: text), date.iso == text else { return nil }
            birthDate = date
        }
        var contractStatus: ContractStatus?
        if !isNull(s, 10) {
            guard let value = text(s, 10).flatMap(ContractStatus.init(rawValue:)) else { return nil }
            contractStatus = value
        }
        var track: Guidance.Track?
        if !isNull(s, 14) {
            guard let value = text(s, 14).flatMap(Guidance.Track.init(rawValue:)) else { return nil }
            track = value
        }
        var optionals: [String?] = []
        for column in Int32(15)...17 {
            if isNull(s, column) {
                optionals.append(nil)
            } else {
                guard let value = text(s, column) else { return nil }
                optionals.append(value)
            }
        }
        var funded: Money?
        if !isNull(s, 18) {
            guard let kopecks = integer(s, 18), CaseBounds.moneyKopecks.contains(kopecks) else { return nil }
            funded = Money(kopecks: kopecks)
        }
        let summary = CaseSummary(
            id: id, fullName: fullName, snils: snils, birthDate: birthDate, region: region, stage: stage,
            status: status, contractStatus: contractStatus, updatedAt: updatedAt, createdAt: createdAt,
            revision: Int(revision), track: track, targetOccupation: optionals[0], courseId: optionals[1],
            courseTitle: optionals[2], fundedAmount: funded)
        return (summary, FileStamp(inode: UInt64(bitPattern: inode), size: size, changeNs: change))
    }

    private static func isNull(_ s: SQLiteStatement, _ column: Int32) -> Bool {
        sqlite3_column_type(s, column) == SQLITE_NULL
    }

    private static func text(_ s: SQLiteStatement, _ column: Int32) -> String? {
        guard sqlite3_column_type(s, column) == SQLITE_TEXT, let bytes = sqlite3_column_text(s, column) else {
            return nil
        }
        let count = Int(sqlite3_column_bytes(s, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: max(0, count)), as: UTF8.self)
    }

    private static func integer(_ s: SQLiteStatement, _ column: Int32) -> Int64? {
        sqlite3_column_type(s, column) == SQLITE_INTEGER ? sqlite3_column_int64(s, column) : nil
    }

    private static func time(_ s: SQLiteStatement, _ column: Int32) -> Date? {
        let type = sqlite3_column_type(s, column)
        guard type == SQLITE_FLOAT || type == SQLITE_INTEGER else { return nil }
        let seconds = sqlite3_column_double(s, column)
        guard seconds.isFinite, timeRange.contains(seconds) else { return nil }
        return Date(timeIntervalSince1970: seconds)
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
            sql: "INSERT OR REPLACE INTO caseFile (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: arguments(s, stamp: stamp))
    }

    static func arguments(_ s: CaseSummary, stamp: FileStamp) -> StatementArguments {
        let values: [(any DatabaseValueConvertible)?] = [
            s.id.description, Int64(bitPattern: stamp.inode), stamp.size, stamp.changeNs, s.fullName, s.snils,
            s.birthDate?.iso, s.region, s.stage.rawValue, s.status.rawValue, s.contractStatus?.rawValue,
            s.updatedAt.timeIntervalSince1970, s.createdAt.timeIntervalSince1970, Int64(s.revision),
            s.track?.rawValue, s.targetOccupation, s.courseId, s.courseTitle, s.fundedAmount?.kopecks,
        ]
        return StatementArguments(values)
    }
}
