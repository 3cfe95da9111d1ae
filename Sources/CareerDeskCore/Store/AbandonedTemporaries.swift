import Foundation

/// The temporary files `FileIO.writeAtomically` leaves behind when its process is killed between
/// creating one and renaming it: `.<name>.<pid>.<random>.tmp` in `cases/` or `recovery/`, each a
/// whole case (or a desk's unsaved work) with personal data. They are removed when the store is
/// opened for writing and by `careerdesk validate`.
///
/// A file is removed only when both hold:
/// - its mtime is more than `minimumAge` (10 minutes) old. A writer creates, fills, fsyncs and
///   renames its temporary file within a second or so; ten minutes is far beyond any real write,
///   even on a slow disk, and it also covers what the pid test cannot see: a writer on another
///   host or in another pid namespace sharing the store, whose pid means nothing here.
/// - its pid is not a live process here: `kill(pid, 0)` fails with ESRCH (this process counts as
///   live). A pid reused by another process only delays the removal.
///
/// Names are never followed: the entry is `lstat`ed (`fstatat` without following) and must be a
/// regular file, then the name itself is unlinked.
enum AbandonedTemporaries {
    static let minimumAge: TimeInterval = 600

    /// Sweeps the store's `cases/` and `recovery/` directories; returns how many files went.
    @discardableResult
    static func sweep(store root: URL, now: Date = Date()) -> Int {
        ["cases", "recovery"].reduce(0) { $0 + sweep(directory: root.appendingPathComponent($1), now: now) }
    }

    /// One readdir of `directory`, looking only at names that start with '.'.
    static func sweep(directory: URL, now: Date) -> Int {
        guard let listing = opendir(directory.path) else { return 0 }
        defer { closedir(listing) }
        let fd = dirfd(listing)
        var removed = 0
        while let entry = readdir(listing) {
            let name: String? = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) {
                    $0[0] == 0x2E ? String(cString: $0) : nil
                }
            }
            guard let name, let pid = writerPID(fileName: name) else { continue }
            var info = stat()
            guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFREG else {
                continue
            }
            let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            guard now.timeIntervalSince1970 - modified > minimumAge, !isLive(pid) else { continue }
            if unlinkat(fd, name, 0) == 0 { removed += 1 }
        }
        return removed
    }

    /// The writer's pid when `fileName` is shaped `.<name>.<pid>.<random>.tmp`, else nil.
    static func writerPID(fileName: String) -> pid_t? {
        guard fileName.hasPrefix("."), fileName.hasSuffix(".tmp") else { return nil }
        let parts = fileName.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, !parts[0].isEmpty,
            parts.suffix(2).allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 >= "0" && $0 <= "9" } }),
            let pid = pid_t(parts[parts.count - 2]), pid > 0,
            UInt32(parts[parts.count - 1]) != nil
        else { return nil }
        return pid
    }

    /// Whether `pid` names a process here: this one, or any `kill(pid, 0)` does not call gone
    /// (EPERM is another user's live process).
    static func isLive(_ pid: pid_t) -> Bool {
        pid == getpid() || kill(pid, 0) == 0 || errno != ESRCH
    }
}
