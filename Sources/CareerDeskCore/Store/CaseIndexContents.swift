import Foundation

/// A file the index lists as unreadable, with the stamp it had when it was read.
struct IndexedProblem: Hashable, Sendable {
    var file: String
    var stamp: FileStamp
    var error: CaseFileError
}

/// The index as read from its two files: the cases and problems it lists, and whether it can
/// be trusted without looking at the case files.
///
/// The base file is replayed first, then the journal. Saves journal `W` before they touch the
/// cases directory and `C` + `S` after, with the directory stamps before and after; a chain of
/// settled saves from the base's stamp to the directory's current stamp, with none pending,
/// means nothing but journalled saves changed the directory (docs/store-index.md).
struct CaseIndexContents: Sendable {
    /// Sorted by id; `stamps` runs parallel.
    var cases: [CaseSummary] = []
    var stamps: [FileStamp] = []
    /// By file name.
    var problems: [String: IndexedProblem] = [:]
    /// The directory stamp the records vouch for; nil without a base file.
    var directoryStamp: Int64?
    /// False once a settled save did not start from the stamp before it (two saves overlapped,
    /// or a line is missing).
    var chainIntact = true
    /// Tokens of saves begun and not settled (in flight, or their process died).
    var pending: Set<String> = []
    var unreadableLines = 0
    var tornBytes = 0
    /// The base file listed a different number of entries than its header said.
    var baseIncomplete = false
    /// The base's entries were not as a refresh writes them (in id order, problems last): the
    /// list is right (they are sorted on reading) but the next refresh writes the base again.
    var baseMisordered = false
    /// Bytes of the journal that were read (up to its last line feed).
    var journalLength = 0

    /// Whether the index may be used as it is: complete, undamaged, and the cases directory
    /// unchanged since the last record (one `stat`, no case file read).
    func isFresh(currentDirectoryStamp: Int64?) -> Bool {
        guard let directoryStamp, let currentDirectoryStamp else { return false }
        return directoryStamp == currentDirectoryStamp && chainIntact && pending.isEmpty && unreadableLines == 0
            && tornBytes == 0 && !baseIncomplete
    }

    /// The problems as the store reports them, by file name.
    var storeProblems: [StoreProblem] {
        problems.values.sorted { $0.file < $1.file }.map { StoreProblem(file: $0.file, error: $0.error) }
    }

    /// Reads a base file and a journal (either may be empty).
    static func load(base: Data, journal: Data) -> CaseIndexContents {
        var contents = CaseIndexContents()
        contents.readBase(base)
        let records = contents.readJournal(journal)
        contents.replay(records)
        return contents
    }

    private mutating func readBase(_ data: Data) {
        guard !data.isEmpty else { return }
        var base = CaseIndexParser.parseBase(data)
        unreadableLines += base.outcome.unreadableLines + base.foreignLines
        tornBytes += base.outcome.tornBytes
        baseMisordered = base.outOfOrder
        if base.outOfOrder {
            let order = base.cases.indices.sorted { base.cases[$0].id < base.cases[$1].id }
            base.cases = order.map { base.cases[$0] }
            base.stamps = order.map { base.stamps[$0] }
        }
        cases = base.cases
        stamps = base.stamps
        for problem in base.problems { problems[problem.file] = problem }
        directoryStamp = base.directoryStamp
        baseIncomplete =
            base.directoryStamp == nil || base.cases.count + base.problems.count != base.expectedCount
    }

    mutating func readJournal(_ data: Data) -> [CaseIndexRecord] {
        var records: [CaseIndexRecord] = []
        let outcome = CaseIndexParser.parse(data) { records.append($0) }
        unreadableLines += outcome.unreadableLines
        tornBytes += outcome.tornBytes
        journalLength = outcome.completeLength
        return records
    }

    /// Applies journal records in order: entries override, the chain of saves advances the stamp.
    mutating func replay(_ records: [CaseIndexRecord]) {
        var changed: [CaseID: (CaseSummary, FileStamp)] = [:]
        for record in records {
            switch record {
            case .entry(let summary, let stamp):
                changed[summary.id] = (summary, stamp)
                problems["\(summary.id).json"] = nil
            case .problem(let file, let stamp, let error):
                problems[file] = IndexedProblem(file: file, stamp: stamp, error: error)
                if let id = CaseIndexName.caseID(fileName: file) {
                    changed[id] = nil
                    remove(id)
                }
            case .writeBegan(let token):
                pending.insert(token)
            case .writeSettled(let token, let before, let after):
                pending.remove(token)
                if directoryStamp != before { chainIntact = false }
                directoryStamp = after
            case .verified(let stamp):
                directoryStamp = stamp
                chainIntact = true
                pending.removeAll()
            case .header:
                unreadableLines += 1
            }
        }
        merge(changed.values.map { ($0.0, $0.1) })
    }

    /// Puts entries in place: replaced where the id is listed, the rest merged in id order in
    /// one pass (inserting one by one would move the whole array for each new case).
    mutating func merge(_ entries: [(CaseSummary, FileStamp)]) {
        var added: [(CaseSummary, FileStamp)] = []
        for (summary, stamp) in entries {
            if let at = position(of: summary.id) {
                cases[at] = summary
                stamps[at] = stamp
            } else {
                added.append((summary, stamp))
            }
        }
        guard !added.isEmpty else { return }
        added.sort { $0.0.id < $1.0.id }
        var mergedCases: [CaseSummary] = []
        var mergedStamps: [FileStamp] = []
        mergedCases.reserveCapacity(cases.count + added.count)
        mergedStamps.reserveCapacity(cases.count + added.count)
        var i = 0
        for (summary, stamp) in added {
            while i < cases.count, cases[i].id < summary.id {
                mergedCases.append(cases[i])
                mergedStamps.append(stamps[i])
                i += 1
            }
            mergedCases.append(summary)
            mergedStamps.append(stamp)
        }
        mergedCases.append(contentsOf: cases[i...])
        mergedStamps.append(contentsOf: stamps[i...])
        cases = mergedCases
        stamps = mergedStamps
    }

    /// Binary search by id.
    func position(of id: CaseID) -> Int? {
        var low = 0
        var high = cases.count
        while low < high {
            let mid = (low + high) / 2
            if cases[mid].id < id {
                low = mid + 1
            } else {
                high = mid
            }
        }
        return low < cases.count && cases[low].id == id ? low : nil
    }

    private mutating func remove(_ id: CaseID) {
        guard let at = position(of: id) else { return }
        cases.remove(at: at)
        stamps.remove(at: at)
    }
}

/// Case file names: `<id>.json`, temporary files start with a dot.
enum CaseIndexName {
    /// The id a file name stands for, when it is named like a case file.
    static func caseID(fileName: String) -> CaseID? {
        guard let key = key(fileName: fileName) else { return nil }
        return id(key)
    }

    /// Whether the directory entry is a case file the store reads (not a temp or other file).
    static func isCaseFile(_ name: String) -> Bool {
        name.hasSuffix(".json") && !name.hasPrefix(".")
    }

    /// A case id packed into an integer that sorts as the id does: region letters (5 bits
    /// each), year, sequence. Comparing these is what makes a refresh's 100 000 look-ups cheap.
    static func key(_ id: CaseID) -> UInt64 {
        var region: UInt64 = 0
        for byte in id.region.utf8 { region = region << 5 | UInt64(byte &- UInt8(ascii: "A")) }
        return region << 34 | UInt64(id.year) << 20 | UInt64(id.sequence)
    }

    static func id(_ key: UInt64) -> CaseID? {
        let region = key >> 34
        let letters = [region >> 10, (region >> 5) & 31, region & 31].map { Character(UnicodeScalar(UInt8($0) + 65)) }
        return CaseID(region: String(letters), year: Int((key >> 20) & 0x3FFF), sequence: Int(key & 0xFFFFF))
    }

    /// The key of `AAA-YYYY-SSSSSS.json`, read byte by byte; nil for any other name or an id
    /// `CaseID` would refuse (year before 2000, sequence 0).
    static func key(fileName: String) -> UInt64? {
        var name = fileName
        return name.withUTF8 { b -> UInt64? in
            guard b.count == 20, b[3] == 0x2D, b[8] == 0x2D, b[15] == 0x2E, b[16] == 0x6A, b[17] == 0x73,
                b[18] == 0x6F, b[19] == 0x6E
            else { return nil }
            var region: UInt64 = 0
            for i in 0..<3 {
                guard (0x41...0x5A).contains(b[i]) else { return nil }
                region = region << 5 | UInt64(b[i] - 0x41)
            }
            func number(_ range: Range<Int>) -> UInt64? {
                var value: UInt64 = 0
                for i in range {
                    let digit = b[i] &- 0x30
                    guard digit < 10 else { return nil }
                    value = value * 10 + UInt64(digit)
                }
                return value
            }
            guard let year = number(4..<8), (2000...9999).contains(year), let sequence = number(9..<15),
                sequence >= 1
            else { return nil }
            return region << 34 | year << 20 | sequence
        }
    }

    /// The index of `key` in sorted `keys`, by binary search.
    static func search(_ keys: [UInt64], _ key: UInt64) -> Int? {
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == key ? low : nil
    }
}
