import Foundation

/// Case files by name: `AAA-YYYY-SSSSSS.json`; names starting with a dot are temporary files.
enum CaseFileName {
    /// The id a file name stands for, when it is named like a case file.
    static func caseID(fileName: String) -> CaseID? {
        guard isCaseFile(fileName) else { return nil }
        return CaseID(String(fileName.dropLast(5)))
    }

    /// The packed key (`CaseIndexRows.packedKey`) of `AAA-YYYY-SSSSSS.json`, read byte by byte;
    /// nil for any other name or an id `CaseID` would refuse.
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

    /// Whether the directory entry is a case file the store reads (not a temp or other file).
    static func isCaseFile(_ name: String) -> Bool {
        name.hasSuffix(".json") && !name.hasPrefix(".")
    }
}

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
        self.changeNs = Int64(info.st_ctim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_ctim.tv_nsec)
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
        return Int64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_mtim.tv_nsec)
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
        var temporaries = false
        return files(in: path, temporaries: &temporaries)
    }

    /// The case files, and whether any temporary file (`.<name>.tmp`) was seen beside them.
    /// A link is stamped as itself (never followed); reading it is refused.
    static func files(in path: String, temporaries: inout Bool) -> [File] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        let fd = dirfd(directory)
        var files: [File] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard CaseFileName.isCaseFile(name) else {
                if name.hasPrefix("."), name.hasSuffix(".tmp") { temporaries = true }
                continue
            }
            var info = stat()
            if fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 {
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
            if CaseFileName.isCaseFile(name) { names.append(name) }
        }
        return names
    }
}
