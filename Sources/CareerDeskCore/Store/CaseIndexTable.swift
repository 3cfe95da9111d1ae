import Foundation

/// A fixed-width binary table beside the base file (`<store>/index/cases.table`), written with
/// each base: for every `C` line of the base, in the same (id) order, its packed id, where the
/// line starts, the case's last change and status, and the order of the lines by last change.
///
/// It lets the desk draw its first frame without parsing the whole base: the counts come from
/// one byte a case, and only the lines of the newest cases on the screen are parsed
/// (`CaseIndex.head`). It belongs to exactly one base file, named by that file's inode, size
/// and change time; a table that does not match the base, or that is short or damaged, is not
/// used (the desk then reads the whole base, as before) and the next refresh writes it again.
/// Like the rest of the index it is a cache: deleting it loses nothing.
///
/// Layout (native byte order, checked by a marker; docs/store-index.md):
///
/// ```
/// 0   "CDINDEXT"  magic
/// 8   u32 version (1), u32 0x01020304 byte-order marker
/// 16  i64 base inode, i64 base size, i64 base ctime (ns): the base this table describes
/// 40  i64 N, the number of C lines
/// 48  i64 offset in the base where the C lines end (the P lines start)
/// 56  i64 the base header's directory stamp
/// 64  u64 checksum of bytes 0..<64 and 72..<end (damage makes the table unused)
/// 72  N × u64      packed ids (`CaseIndexName.key`), ascending
///     N × u64      offset of each C line in the base
///     N × u64      updatedAt (the bits of `timeIntervalSinceReferenceDate`)
///     N × u32      line numbers sorted by (updatedAt, id), oldest first
///     N × u8       status (its position in `CaseStatus.allCases`)
/// ```
struct CaseIndexTable {
    static let magic = Array("CDINDEXT".utf8)
    static let version: UInt32 = 1
    static let byteOrder: UInt32 = 0x0102_0304
    static let headerSize = 72

    /// The base file the table describes.
    struct Identity: Equatable {
        var base: FileStamp
        var count: Int
        var entriesEnd: Int
        var directoryStamp: Int64
    }

    static func size(count: Int) -> Int { headerSize + count * 29 }

    /// The table's bytes for a base whose `C` lines hold `cases` (in id order) starting at
    /// `offsets`, ending at `entriesEnd`. The base's own stamp goes in at `identity.base`.
    static func bytes(cases: [CaseSummary], offsets: [Int], identity: Identity) -> [UInt8] {
        let n = cases.count
        precondition(offsets.count == n)
        var bytes = [UInt8](repeating: 0, count: size(count: n))
        let updated = cases.map { $0.updatedAt.timeIntervalSinceReferenceDate }
        // Oldest first, ties by id: the desk's newest-first order read backwards.
        let order = (0..<n).sorted { updated[$0] == updated[$1] ? $0 < $1 : updated[$0] < updated[$1] }
        let statusSlot = Dictionary(uniqueKeysWithValues: CaseStatus.allCases.enumerated().map { ($1, UInt8($0)) })
        bytes.withUnsafeMutableBytes { raw in
            for (i, byte) in magic.enumerated() { raw[i] = byte }
            raw.storeBytes(of: version, toByteOffset: 8, as: UInt32.self)
            raw.storeBytes(of: byteOrder, toByteOffset: 12, as: UInt32.self)
            raw.storeBytes(of: identity.base.inode, toByteOffset: 16, as: UInt64.self)
            raw.storeBytes(of: identity.base.size, toByteOffset: 24, as: Int64.self)
            raw.storeBytes(of: identity.base.changeNs, toByteOffset: 32, as: Int64.self)
            raw.storeBytes(of: Int64(n), toByteOffset: 40, as: Int64.self)
            raw.storeBytes(of: Int64(identity.entriesEnd), toByteOffset: 48, as: Int64.self)
            raw.storeBytes(of: identity.directoryStamp, toByteOffset: 56, as: Int64.self)
            defer { raw.storeBytes(of: checksum(UnsafeRawBufferPointer(raw)), toByteOffset: 64, as: UInt64.self) }
            let columns = Columns(count: n)
            for i in 0..<n {
                raw.storeBytes(of: CaseIndexName.key(cases[i].id), toByteOffset: columns.keys + 8 * i, as: UInt64.self)
                raw.storeBytes(of: UInt64(offsets[i]), toByteOffset: columns.offsets + 8 * i, as: UInt64.self)
                raw.storeBytes(of: updated[i].bitPattern, toByteOffset: columns.updated + 8 * i, as: UInt64.self)
                raw.storeBytes(of: UInt32(order[i]), toByteOffset: columns.order + 4 * i, as: UInt32.self)
                raw[columns.status + i] = statusSlot[cases[i].status]!
            }
        }
        return bytes
    }

    /// A 64-bit hash of the table but its checksum field, a word at a time (about 1 ms for
    /// 100 000 cases): a table changed by damage is not used.
    static func checksum(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
        }
        var at = 0
        while at + 8 <= raw.count {
            if at != 64 { mix(raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
            at += 8
        }
        var last: UInt64 = UInt64(raw.count)
        while at < raw.count {
            last = last << 8 | UInt64(raw[at])
            at += 1
        }
        mix(last)
        return hash
    }

    /// Where each column starts, for `count` lines.
    struct Columns {
        let keys: Int
        let offsets: Int
        let updated: Int
        let order: Int
        let status: Int

        init(count n: Int) {
            keys = CaseIndexTable.headerSize
            offsets = keys + 8 * n
            updated = offsets + 8 * n
            order = updated + 8 * n
            status = order + 4 * n
        }
    }

    /// The identity a table file names, when its header is whole and its size is right.
    static func identity(at path: String) -> Identity? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var header = [UInt8](repeating: 0, count: headerSize)
        let read = header.withUnsafeMutableBytes { pread(fd, $0.baseAddress, headerSize, 0) }
        guard read == headerSize else { return nil }
        return header.withUnsafeBytes { parseHeader($0, fileSize: Int(info.st_size)) }
    }

    private static func parseHeader(_ raw: UnsafeRawBufferPointer, fileSize: Int) -> Identity? {
        guard raw.count >= headerSize, Array(raw[0..<8]) == magic,
            raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self) == version,
            raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self) == byteOrder
        else { return nil }
        let count = raw.loadUnaligned(fromByteOffset: 40, as: Int64.self)
        guard count >= 0, count < Int64(UInt32.max), size(count: Int(count)) == fileSize else { return nil }
        return Identity(
            base: FileStamp(
                inode: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self),
                size: raw.loadUnaligned(fromByteOffset: 24, as: Int64.self),
                changeNs: raw.loadUnaligned(fromByteOffset: 32, as: Int64.self)),
            count: Int(count), entriesEnd: Int(raw.loadUnaligned(fromByteOffset: 48, as: Int64.self)),
            directoryStamp: raw.loadUnaligned(fromByteOffset: 56, as: Int64.self))
    }

    /// Whether the table at `path` describes the base file at `basePath` as it is now.
    static func matches(tableAt path: String, baseAt basePath: String) -> Bool {
        guard let identity = identity(at: path), let base = FileStamp.of(path: basePath) else { return false }
        return identity.base == base
    }

    /// A table mapped into memory, read in place.
    final class Mapped {
        let identity: Identity
        private let address: UnsafeMutableRawPointer
        private let length: Int
        private let columns: Columns

        /// Maps the table at `path` when it describes the base open as `baseDescriptor`.
        init?(path: String, baseDescriptor: Int32) {
            var baseInfo = stat()
            guard fstat(baseDescriptor, &baseInfo) == 0 else { return nil }
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0, info.st_size >= CaseIndexTable.headerSize else { return nil }
            let length = Int(info.st_size)
            guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else {
                return nil
            }
            let raw = UnsafeRawBufferPointer(start: address, count: length)
            guard let identity = CaseIndexTable.parseHeader(raw, fileSize: length),
                identity.base == FileStamp(baseInfo),
                (0...Int(baseInfo.st_size)).contains(identity.entriesEnd),
                CaseIndexTable.checksum(raw) == raw.loadUnaligned(fromByteOffset: 64, as: UInt64.self)
            else {
                munmap(address, length)
                return nil
            }
            self.identity = identity
            self.address = address
            self.length = length
            self.columns = Columns(count: identity.count)
        }

        deinit { munmap(address, length) }

        var count: Int { identity.count }

        func key(_ i: Int) -> UInt64 { address.loadUnaligned(fromByteOffset: columns.keys + 8 * i, as: UInt64.self) }

        /// Where line `i` starts in the base, and where it ends (the next line, or the P lines).
        func line(_ i: Int) -> Range<Int>? {
            let start = Int(clamping: address.loadUnaligned(fromByteOffset: columns.offsets + 8 * i, as: UInt64.self))
            let end =
                i + 1 < count
                ? Int(clamping: address.loadUnaligned(fromByteOffset: columns.offsets + 8 * (i + 1), as: UInt64.self))
                : identity.entriesEnd
            return start < end && end <= identity.entriesEnd ? start..<end : nil
        }

        func updated(_ i: Int) -> Double {
            Double(bitPattern: address.loadUnaligned(fromByteOffset: columns.updated + 8 * i, as: UInt64.self))
        }

        /// The `k`-th line from the oldest change.
        func ordered(_ k: Int) -> Int? {
            let i = Int(address.loadUnaligned(fromByteOffset: columns.order + 4 * k, as: UInt32.self))
            return i < count ? i : nil
        }

        func statusSlot(_ i: Int) -> Int { Int(address.load(fromByteOffset: columns.status + i, as: UInt8.self)) }

        /// Cases of each status (by position in `CaseStatus.allCases`); nil if a byte is not one.
        func statusTally() -> [Int]? {
            var tally = [Int](repeating: 0, count: CaseStatus.allCases.count)
            let bytes = UnsafeRawBufferPointer(start: address + columns.status, count: count)
            for byte in bytes {
                guard Int(byte) < tally.count else { return nil }
                tally[Int(byte)] += 1
            }
            return tally
        }

        /// The line holding packed id `key`, by binary search.
        func position(of key: UInt64) -> Int? {
            var low = 0
            var high = count
            while low < high {
                let middle = (low + high) / 2
                if self.key(middle) < key { low = middle + 1 } else { high = middle }
            }
            return low < count && self.key(low) == key ? low : nil
        }
    }
}
