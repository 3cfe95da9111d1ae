import Foundation

/// One file's identity on disk. A save (a new inode renamed into place), an edit in place and a
/// `touch` each change at least one of these, so the index re-reads a case file only when they
/// differ. The status-change time is used rather than the modification time because tools can
/// set the latter back (`cp -p`, `touch -d`) but not the former.
struct FileStamp: Hashable, Sendable {
    var inode: UInt64
    var size: Int64
    /// `st_ctim` in nanoseconds since 1970.
    var changeNs: Int64

    init(inode: UInt64, size: Int64, changeNs: Int64) {
        self.inode = inode
        self.size = size
        self.changeNs = changeNs
    }

    init(_ info: stat) {
        self.inode = UInt64(info.st_ino)
        self.size = Int64(info.st_size)
        self.changeNs = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }

    /// The same file marked for reading again: no real stamp has a negative change time.
    var unverified: FileStamp { FileStamp(inode: inode, size: size, changeNs: -1) }

    static func of(path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(info)
    }
}

/// The modification time of a directory in nanoseconds: every file created, renamed into or
/// removed from it moves it, so it tells at one `stat` whether the cases directory changed.
enum DirectoryStamp {
    static func of(path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }
}

/// One line of the index files (docs/store-index.md). The base file is a header and one entry
/// per case file; the journal holds what saves appended since.
enum CaseIndexRecord: Sendable {
    /// `H careerdesk-index 1 <directory stamp> <count>`: the cases directory's stamp when the
    /// base was built from it.
    case header(directoryStamp: Int64, count: Int)
    /// `C <id> <inode> <size> <ctime> <summary fields…>`: a readable case file.
    case entry(CaseSummary, FileStamp)
    /// `P <file> <inode> <size> <ctime> <reason> [<detail>…]`: a file that could not be read.
    case problem(file: String, FileStamp, CaseFileError)
    /// `W <token>`: a save is about to change the cases directory.
    case writeBegan(token: String)
    /// `S <token> <before> <after>`: that save is done; the directory stamps around it.
    case writeSettled(token: String, before: Int64, after: Int64)
    /// `V <stamp>`: a refresh found the index matching every case file at this directory stamp.
    case verified(directoryStamp: Int64)
}

/// Writes index records as tab-separated lines. Text fields escape `\`, tab, line feed and
/// carriage return; an optional text is empty when absent and starts with `=` when present, so
/// an empty string and a missing one stay apart.
struct CaseIndexWriter {
    static let magic = "careerdesk-index"
    static let version = 1

    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func append(_ record: CaseIndexRecord) {
        switch record {
        case .header(let stamp, let count):
            bytes.append(UInt8(ascii: "H"))
            field(Self.magic)
            tab()
            integer(Int64(Self.version))
            tab()
            integer(stamp)
            tab()
            integer(Int64(count))
        case .entry(let s, let stamp):
            bytes.append(UInt8(ascii: "C"))
            tab()
            caseID(s.id)
            fileStamp(stamp)
            field(s.fullName)
            field(s.snils)
            tab()
            if let date = s.birthDate {
                padded(date.year, width: 4)
                bytes.append(UInt8(ascii: "-"))
                padded(date.month, width: 2)
                bytes.append(UInt8(ascii: "-"))
                padded(date.day, width: 2)
            }
            field(s.region)
            field(s.stage.rawValue)
            field(s.status.rawValue)
            field(s.contractStatus?.rawValue ?? "")
            tab()
            time(s.updatedAt)
            tab()
            time(s.createdAt)
            tab()
            integer(Int64(s.revision))
            field(s.track?.rawValue ?? "")
            optional(s.targetOccupation)
            optional(s.courseId)
            optional(s.courseTitle)
            tab()
            if let money = s.fundedAmount { integer(money.kopecks) }
        case .problem(let file, let stamp, let error):
            bytes.append(UInt8(ascii: "P"))
            field(file)
            fileStamp(stamp)
            for part in Self.parts(of: error) { field(part) }
        case .writeBegan(let token):
            bytes.append(UInt8(ascii: "W"))
            field(token)
        case .writeSettled(let token, let before, let after):
            bytes.append(UInt8(ascii: "S"))
            field(token)
            tab()
            integer(before)
            tab()
            integer(after)
        case .verified(let stamp):
            bytes.append(UInt8(ascii: "V"))
            tab()
            integer(stamp)
        }
        bytes.append(0x0A)
    }

    /// A problem's reason as its tag and details; `CaseIndexParser.error(tag:details:)` reads it back.
    static func parts(of error: CaseFileError) -> [String] {
        switch error {
        case .unreadable(let code): return ["unreadable", String(code)]
        case .tooLarge(let bytes): return ["tooLarge", String(bytes)]
        case .empty: return ["empty"]
        case .truncated: return ["truncated"]
        case .notUTF8: return ["notUTF8"]
        case .tooDeeplyNested(let limit): return ["tooDeeplyNested", String(limit)]
        case .notJSON(let detail): return ["notJSON", detail]
        case .notAnObject: return ["notAnObject"]
        case .missingSchemaVersion: return ["missingSchemaVersion"]
        case .unknownSchemaVersion(let version): return ["unknownSchemaVersion", String(version)]
        case .invalidField(let path, let reason): return ["invalidField", path, reason]
        case .idMismatch(let fileName, let id): return ["idMismatch", fileName, id]
        }
    }

    private mutating func tab() { bytes.append(0x09) }

    private mutating func field(_ value: String) {
        tab()
        text(value)
    }

    private mutating func optional(_ value: String?) {
        tab()
        guard let value else { return }
        bytes.append(UInt8(ascii: "="))
        text(value)
    }

    private mutating func fileStamp(_ stamp: FileStamp) {
        tab()
        integer(Int64(bitPattern: stamp.inode))
        tab()
        integer(stamp.size)
        tab()
        integer(stamp.changeNs)
    }

    private mutating func text(_ value: String) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            default: bytes.append(byte)
            }
        }
    }

    private mutating func integer(_ value: Int64) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            // Int64.min has no positive counterpart; its magnitude is written from the UInt64.
            unsigned(value == .min ? UInt64(Int64.max) + 1 : UInt64(-value))
        } else {
            unsigned(UInt64(value))
        }
    }

    /// `SAK-2026-000042` without `String(format:)`, which costs microseconds a call on Linux.
    private mutating func caseID(_ id: CaseID) {
        text(id.region)
        bytes.append(UInt8(ascii: "-"))
        padded(id.year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        padded(id.sequence, width: 6)
    }

    private mutating func padded(_ value: Int, width: Int) {
        var digits = 1
        var limit = 10
        while value >= limit {
            digits += 1
            limit *= 10
        }
        for _ in digits..<max(digits, width) { bytes.append(UInt8(ascii: "0")) }
        unsigned(UInt64(max(0, value)))
    }

    private mutating func unsigned(_ value: UInt64) {
        var divisor: UInt64 = 1
        while value / divisor >= 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Whole seconds as an integer (what case files hold); anything finer in Swift's shortest
    /// round-trip decimal form, so the summary read back equals the one written.
    private mutating func time(_ date: Date) {
        let seconds = date.timeIntervalSince1970
        if seconds.rounded(.towardZero) == seconds, abs(seconds) < 9e15 {
            integer(Int64(seconds))
        } else {
            text("\(seconds)")
        }
    }
}

/// Reads index lines back with a hand-written byte scanner: JSON decoding would take seconds
/// for 100 000 cases, this takes tens of milliseconds (docs/performance.md).
enum CaseIndexParser {
    /// What a pass over a file found besides its records.
    struct Outcome: Equatable, Sendable {
        /// Complete lines that could not be read (damage; the index is then not trusted).
        var unreadableLines = 0
        /// Bytes after the last line feed: a line cut off by a crash mid-append, skipped.
        var tornBytes = 0
        /// Bytes up to and including the last line feed.
        var completeLength = 0
    }

    /// Calls `visit` for every readable line of `bytes`, in order.
    static func parse(_ bytes: UnsafeRawBufferPointer, _ visit: (CaseIndexRecord) -> Void) -> Outcome {
        var outcome = Outcome()
        guard let start = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else {
            return outcome
        }
        var lineStart = 0
        while lineStart < bytes.count {
            guard let found = memchr(start + lineStart, 0x0A, bytes.count - lineStart) else {
                outcome.tornBytes = bytes.count - lineStart
                break
            }
            let lineEnd = start.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var line = Line(base: start, position: lineStart, end: lineEnd)
            if let record = line.record() {
                visit(record)
            } else {
                outcome.unreadableLines += 1
            }
            lineStart = lineEnd + 1
            outcome.completeLength = lineStart
        }
        return outcome
    }

    static func parse(_ data: Data, _ visit: (CaseIndexRecord) -> Void) -> Outcome {
        data.withUnsafeBytes { parse($0, visit) }
    }

    /// The reason a problem line names, from `CaseIndexWriter.parts(of:)`.
    static func error(tag: String, details: [String]) -> CaseFileError? {
        func number(_ i: Int) -> Int? { i < details.count ? Int(details[i]) : nil }
        switch (tag, details.count) {
        case ("unreadable", 1): return number(0).map { .unreadable(errno: Int32(clamping: $0)) }
        case ("tooLarge", 1): return number(0).map { .tooLarge(bytes: $0) }
        case ("empty", 0): return .empty
        case ("truncated", 0): return .truncated
        case ("notUTF8", 0): return .notUTF8
        case ("tooDeeplyNested", 1): return number(0).map { .tooDeeplyNested(limit: $0) }
        case ("notJSON", 1): return .notJSON(details[0])
        case ("notAnObject", 0): return .notAnObject
        case ("missingSchemaVersion", 0): return .missingSchemaVersion
        case ("unknownSchemaVersion", 1): return number(0).map { .unknownSchemaVersion($0) }
        case ("invalidField", 2): return .invalidField(path: details[0], reason: details[1])
        case ("idMismatch", 2): return .idMismatch(fileName: details[0], id: details[1])
        default: return nil
        }
    }

    static let stages = CaseStage.allCases.map { (Array($0.rawValue.utf8), $0) }
    static let statuses = CaseStatus.allCases.map { (Array($0.rawValue.utf8), $0) }
    static let contractStatuses = ContractStatus.allCases.map { (Array($0.rawValue.utf8), $0) }
    static let tracks = Guidance.Track.allCases.map { (Array($0.rawValue.utf8), $0) }

    /// A base file read straight into arrays: the start-up path, so no record is made per line.
    struct Base {
        var directoryStamp: Int64?
        var expectedCount = -1
        var cases: [CaseSummary] = []
        var stamps: [FileStamp] = []
        var problems: [IndexedProblem] = []
        /// Entries not in id order, or after a problem line (the writer sorts them and puts the
        /// problems last; a hand-edited file may not).
        var outOfOrder = false
        /// Lines a base must not hold (journal records, a second header).
        var foreignLines = 0
        var outcome = Outcome()
    }

    /// Reads a base file, in as many parts as there are cores when it is large (each part
    /// starts after a line feed), and joins the parts in order.
    static func parseBase(_ data: Data) -> Base {
        data.withUnsafeBytes { raw in
            guard let start = raw.baseAddress?.assumingMemoryBound(to: UInt8.self), raw.count > 0 else {
                return Base()
            }
            let workers = raw.count < 1 << 20 ? 1 : max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
            var bounds = [0]
            for part in 1..<workers {
                let guess = max(bounds[part - 1], raw.count * part / workers)
                guard guess < raw.count, let feed = memchr(start + guess, 0x0A, raw.count - guess) else { break }
                bounds.append(start.distance(to: feed.assumingMemoryBound(to: UInt8.self)) + 1)
            }
            bounds.append(raw.count)
            let parts = bounds.count - 1
            if parts == 1 { return parseBase(start, 0..<raw.count, isFirst: true) }
            var results = [Base](repeating: Base(), count: parts)
            results.withUnsafeMutableBufferPointer { buffer in
                // Each part writes only its own slot; the bytes outlive concurrentPerform.
                nonisolated(unsafe) let slots = buffer
                nonisolated(unsafe) let bytes = start
                let ranges = (0..<parts).map { bounds[$0]..<bounds[$0 + 1] }
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    slots[part] = parseBase(bytes, ranges[part], isFirst: part == 0)
                }
            }
            var result = results[0]
            result.cases.reserveCapacity(results.reduce(0) { $0 + $1.cases.count })
            result.stamps.reserveCapacity(result.cases.capacity)
            for part in results.dropFirst() {
                if let last = result.cases.last, let next = part.cases.first, !(last.id < next.id) {
                    result.outOfOrder = true
                }
                if !result.problems.isEmpty, !part.cases.isEmpty { result.outOfOrder = true }
                result.cases.append(contentsOf: part.cases)
                result.stamps.append(contentsOf: part.stamps)
                result.problems.append(contentsOf: part.problems)
                result.outOfOrder = result.outOfOrder || part.outOfOrder
                result.foreignLines += part.foreignLines
                result.outcome.unreadableLines += part.outcome.unreadableLines
                result.outcome.tornBytes = part.outcome.tornBytes
            }
            result.outcome.completeLength = bounds[parts] - result.outcome.tornBytes
            return result
        }
    }

    /// One part of a base file: the lines in `range` (the first part holds the header).
    private static func parseBase(_ start: UnsafePointer<UInt8>, _ range: Range<Int>, isFirst: Bool) -> Base {
        var result = Base()
        var pool = StringPool()
        var lineStart = range.lowerBound
        var first = isFirst
        if !isFirst { result.cases.reserveCapacity((range.count / 200) + 16) }
        while lineStart < range.upperBound {
            guard let found = memchr(start + lineStart, 0x0A, range.upperBound - lineStart) else {
                result.outcome.tornBytes = range.upperBound - lineStart
                break
            }
            let lineEnd = start.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var line = Line(base: start, position: lineStart, end: lineEnd)
            lineStart = lineEnd + 1
            result.outcome.completeLength = lineStart
            defer { first = false }
            if start[line.position] == UInt8(ascii: "C"), line.position + 1 < lineEnd,
                start[line.position + 1] == 0x09
            {
                line.position += 2
                if let (summary, stamp) = line.entry(&pool) {
                    if let last = result.cases.last, !(last.id < summary.id) { result.outOfOrder = true }
                    if !result.problems.isEmpty { result.outOfOrder = true }
                    result.cases.append(summary)
                    result.stamps.append(stamp)
                } else {
                    result.outcome.unreadableLines += 1
                }
                continue
            }
            switch line.record() {
            case .header(let stamp, let count) where first:
                result.directoryStamp = stamp
                result.expectedCount = count
                result.cases.reserveCapacity(count)
                result.stamps.reserveCapacity(count)
            case .problem(let file, let stamp, let error):
                result.problems.append(IndexedProblem(file: file, stamp: stamp, error: error))
            case nil:
                result.outcome.unreadableLines += 1
            default:
                result.foreignLines += 1
            }
        }
        return result
    }

    /// The strings a file repeats (regions, course titles and ids, occupation codes), made once:
    /// a look-up among the last few distinct values costs less than building the string again.
    struct StringPool {
        private var entries: [(bytes: [UInt8], string: String)] = []
        private var next = 0
        static let capacity = 48

        mutating func string(
            _ base: UnsafePointer<UInt8>, _ range: Range<Int>, _ make: (Range<Int>) -> String
        ) -> String {
            let count = range.count
            guard count > 0, count <= 96 else { return make(range) }
            let first = base[range.lowerBound]
            for entry in entries where entry.bytes.count == count && entry.bytes[0] == first {
                if entry.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, base + range.lowerBound, count) })
                    == 0
                {
                    return entry.string
                }
            }
            let string = make(range)
            let entry = (Array(UnsafeBufferPointer(start: base + range.lowerBound, count: count)), string)
            if entries.count < Self.capacity {
                entries.append(entry)
            } else {
                entries[next] = entry
                next = (next + 1) % Self.capacity
            }
            return string
        }
    }

    /// One line, read field by field (fields are separated by tabs).
    struct Line {
        let base: UnsafePointer<UInt8>
        var position: Int
        let end: Int
        var exhausted = false

        init(base: UnsafePointer<UInt8>, position: Int, end: Int) {
            self.base = base
            self.position = position
            self.end = end
        }

        mutating func record() -> CaseIndexRecord? {
            guard let kind = next(), kind.count == 1 else { return nil }
            let record: CaseIndexRecord?
            switch base[kind.lowerBound] {
            case UInt8(ascii: "C"):
                var pool = StringPool()
                record = entry(&pool).map { .entry($0.0, $0.1) }
            case UInt8(ascii: "P"): record = problem()
            case UInt8(ascii: "W"):
                record = next().map { .writeBegan(token: text($0)) }
            case UInt8(ascii: "S"):
                guard let token = next(), let before = next().flatMap(integer), let after = next().flatMap(integer)
                else { return nil }
                record = .writeSettled(token: text(token), before: before, after: after)
            case UInt8(ascii: "V"):
                guard let stamp = next().flatMap(integer) else { return nil }
                record = .verified(directoryStamp: stamp)
            case UInt8(ascii: "H"):
                guard let magic = next(), text(magic) == CaseIndexWriter.magic,
                    next().flatMap(integer) == Int64(CaseIndexWriter.version),
                    let stamp = next().flatMap(integer), let count = next().flatMap(integer)
                else { return nil }
                record = .header(directoryStamp: stamp, count: Int(count))
            default: return nil
            }
            // A line with fields left over is two lines run together (a torn append): unreadable.
            return exhausted ? record : nil
        }

        /// A `C` line's fields after its kind. Repeated values (regions, course titles, codes)
        /// come from `pool`, and enums are matched on their bytes: no String is made for them.
        mutating func entry(_ pool: inout StringPool) -> (CaseSummary, FileStamp)? {
            guard let id = next().flatMap({ caseID($0, &pool) }), let stamp = fileStamp(),
                let fullName = next().map(text), let snils = next().map(text), let birth = next(),
                let region = next().map({ pool.string(base, $0, text) }),
                let stage = next().flatMap({ match($0, CaseIndexParser.stages) }),
                let status = next().flatMap({ match($0, CaseIndexParser.statuses) }), let contract = next(),
                let updatedAt = next().flatMap(time), let createdAt = next().flatMap(time),
                let revision = next().flatMap(integer), let track = next(),
                let occupation = next().flatMap({ optional($0, &pool) }),
                let courseId = next().flatMap({ optional($0, &pool) }),
                let courseTitle = next().flatMap({ optional($0, &pool) }), let funded = next()
            else { return nil }
            var birthDate: LocalDate?
            if !birth.isEmpty {
                guard let date = localDate(birth) else { return nil }
                birthDate = date
            }
            var contractStatus: ContractStatus?
            if !contract.isEmpty {
                guard let value = match(contract, CaseIndexParser.contractStatuses) else { return nil }
                contractStatus = value
            }
            var trackValue: Guidance.Track?
            if !track.isEmpty {
                guard let value = match(track, CaseIndexParser.tracks) else { return nil }
                trackValue = value
            }
            var fundedAmount: Money?
            if !funded.isEmpty {
                guard let kopecks = integer(funded) else { return nil }
                fundedAmount = Money(kopecks: kopecks)
            }
            guard exhausted else { return nil }
            let summary = CaseSummary(
                id: id, fullName: fullName, snils: snils, birthDate: birthDate, region: region, stage: stage,
                status: status, contractStatus: contractStatus, updatedAt: updatedAt, createdAt: createdAt,
                revision: Int(revision), track: trackValue, targetOccupation: occupation, courseId: courseId,
                courseTitle: courseTitle, fundedAmount: fundedAmount)
            return (summary, stamp)
        }

        /// The enum case whose raw value is the field's bytes.
        func match<E>(_ range: Range<Int>, _ table: [([UInt8], E)]) -> E? {
            for (bytes, value) in table where bytes.count == range.count {
                if bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, base + range.lowerBound, range.count) })
                    == 0
                {
                    return value
                }
            }
            return nil
        }

        private mutating func problem() -> CaseIndexRecord? {
            guard let file = next().map(text), let stamp = fileStamp(), let tag = next().map(text) else { return nil }
            var details: [String] = []
            while let field = next() { details.append(text(field)) }
            guard let error = CaseIndexParser.error(tag: tag, details: details) else { return nil }
            return .problem(file: file, stamp, error)
        }

        private mutating func fileStamp() -> FileStamp? {
            guard let inode = next().flatMap(integer), let size = next().flatMap(integer),
                let change = next().flatMap(integer)
            else { return nil }
            return FileStamp(inode: UInt64(bitPattern: inode), size: size, changeNs: change)
        }

        /// The next field's byte range, or nil past the last field.
        mutating func next() -> Range<Int>? {
            guard !exhausted else { return nil }
            var i = end
            if position < end, let tab = memchr(base + position, 0x09, end - position) {
                i = base.distance(to: tab.assumingMemoryBound(to: UInt8.self))
            }
            let range = position..<i
            if i >= end { exhausted = true } else { position = i + 1 }
            return range
        }

        func text(_ range: Range<Int>) -> String {
            let bytes = UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
            guard bytes.contains(UInt8(ascii: "\\")) else { return String(decoding: bytes, as: UTF8.self) }
            var plain: [UInt8] = []
            plain.reserveCapacity(bytes.count)
            var escaped = false
            for byte in bytes {
                if escaped {
                    switch byte {
                    case UInt8(ascii: "t"): plain.append(0x09)
                    case UInt8(ascii: "n"): plain.append(0x0A)
                    case UInt8(ascii: "r"): plain.append(0x0D)
                    default: plain.append(byte)
                    }
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else {
                    plain.append(byte)
                }
            }
            return String(decoding: plain, as: UTF8.self)
        }

        /// Empty is absent; `=` then the text is present (possibly empty).
        func optional(_ range: Range<Int>, _ pool: inout StringPool) -> String?? {
            if range.isEmpty { return .some(nil) }
            guard base[range.lowerBound] == UInt8(ascii: "=") else { return nil }
            return .some(pool.string(base, range.lowerBound + 1..<range.upperBound, text))
        }

        func integer(_ range: Range<Int>) -> Int64? {
            var i = range.lowerBound
            var negative = false
            if i < range.upperBound, base[i] == UInt8(ascii: "-") {
                negative = true
                i += 1
            }
            guard i < range.upperBound, range.upperBound - i <= 19 else { return nil }
            var value: Int64 = 0
            while i < range.upperBound {
                let digit = base[i] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int64(digit)
                i += 1
            }
            return negative ? -value : value
        }

        func time(_ range: Range<Int>) -> Date? {
            if let seconds = integer(range) { return Date(timeIntervalSince1970: TimeInterval(seconds)) }
            return Double(text(range)).map { Date(timeIntervalSince1970: $0) }
        }

        /// `SAK-2026-000042`, checked byte by byte (CaseID's own parser splits strings).
        func caseID(_ range: Range<Int>, _ pool: inout StringPool) -> CaseID? {
            guard range.count == 15 else { return nil }
            let p = base + range.lowerBound
            guard p[3] == UInt8(ascii: "-"), p[8] == UInt8(ascii: "-"),
                let year = integer(range.lowerBound + 4..<range.lowerBound + 8),
                let sequence = integer(range.lowerBound + 9..<range.lowerBound + 15)
            else { return nil }
            return CaseID(
                region: text(range.lowerBound..<range.lowerBound + 3), year: Int(year), sequence: Int(sequence))
        }

        /// `YYYY-MM-DD`.
        func localDate(_ range: Range<Int>) -> LocalDate? {
            guard range.count == 10 else { return nil }
            let p = base + range.lowerBound
            guard p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-"),
                let year = integer(range.lowerBound..<range.lowerBound + 4),
                let month = integer(range.lowerBound + 5..<range.lowerBound + 7),
                let day = integer(range.lowerBound + 8..<range.lowerBound + 10)
            else { return nil }
            return LocalDate(year: Int(year), month: Int(month), day: Int(day))
        }
    }
}
