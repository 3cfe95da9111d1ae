import Foundation

/// The few POSIX file operations the store needs, with the permissions and fsyncs it relies on.
enum FileIO {
    static let fileMode: mode_t = 0o600
    static let directoryMode: mode_t = 0o700

    /// Creates the directory (and missing parents) 0700 whatever the umask. An existing
    /// directory is left exactly as it is (its mode is the owner's choice: a store made
    /// read-only stays so); a symbolic link in its place is refused.
    static func ensureDirectory(_ url: URL) throws(StoreError) {
        var info = stat()
        if lstat(url.path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFLNK { throw .linkInStore(path: url.path) }
            if info.st_mode & S_IFMT == S_IFDIR { return }
            throw .writeFailed(file: url.path, errno: ENOTDIR)
        }
        let parent = url.deletingLastPathComponent()
        if parent.path != url.path, !FileManager.default.fileExists(atPath: parent.path) {
            try ensureDirectory(parent)
        }
        if mkdir(url.path, directoryMode) != 0 {
            if errno == EEXIST { return try ensureDirectory(url) }
            throw .writeFailed(file: url.path, errno: errno)
        }
        // Only the directory just made: the umask may have taken bits the store needs.
        if chmod(url.path, directoryMode) != 0 { throw .writeFailed(file: url.path, errno: errno) }
    }

    /// Whether the path is a symbolic link (lstat; false when it does not exist).
    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// Whether the store directory must be treated as read-only: on a read-only mount, not
    /// writable by this user, or with its owner's write bit cleared (`chmod 500`: the owner's
    /// word, honoured even by root, who could write anyway).
    static func isReadOnlyDirectory(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        if info.st_mode & S_IWUSR == 0 { return true }
        var fs = statvfs()
        if statvfs(path, &fs) == 0, fs.f_flag & UInt(ST_RDONLY) != 0 { return true }
        return access(path, W_OK) != 0
    }

    /// Writes `data` to `url` so that a crash at any instant leaves the old file or the new one:
    /// a temporary file in the same directory, fsync, rename over the target, fsync the directory.
    /// With `exclusive`, the target must not exist yet (link instead of rename).
    static func writeAtomically(_ data: Data, to url: URL, exclusive: Bool = false) throws(StoreError) {
        let directory = url.deletingLastPathComponent()
        let temp = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        if fd < 0 { throw .writeFailed(file: url.lastPathComponent, errno: errno) }
        var failure: Int32 = 0
        if fchmod(fd, fileMode) != 0 { failure = errno }
        if failure == 0 {
            failure = data.withUnsafeBytes { raw -> Int32 in
                var offset = 0
                while offset < raw.count {
                    let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    offset += n
                }
                return 0
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0 {
            if exclusive {
                if link(temp.path, url.path) != 0 { failure = errno }
                unlink(temp.path)
            } else if rename(temp.path, url.path) != 0 {
                failure = errno
            }
        }
        if failure != 0 {
            unlink(temp.path)
            throw .writeFailed(file: url.lastPathComponent, errno: failure)
        }
        syncDirectory(directory)
    }

    static func syncDirectory(_ url: URL) {
        let dfd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

    /// Appends one line to a JSON-lines log, so that the log holds only whole lines afterwards:
    /// under an exclusive flock on the log's own descriptor (every appender takes it, so writers
    /// in several processes queue), a torn last line left by a crash or a full disk is cut back to
    /// the last '\n' first (a line without its newline is never a valid record), then the line
    /// goes in with one write(2) on the O_APPEND descriptor and is fsynced. A write that fails
    /// midway is cut back too, and throws `.writeFailed` with the reason.
    static func appendLine(_ line: Data, to url: URL) throws(StoreError) {
        // O_NOFOLLOW: a symlink in place of the audit log must not make the store append to (and
        // chmod) a file outside it. O_RDWR: the repair reads the last bytes.
        let name = url.lastPathComponent
        let fd = open(url.path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, fileMode)
        if fd < 0 { throw .writeFailed(file: name, errno: errno) }
        defer { close(fd) }  // closing the descriptor releases the flock
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw .writeFailed(file: name, errno: errno) }
        }
        var info = stat()
        if fstat(fd, &info) != 0 { throw .writeFailed(file: name, errno: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .writeFailed(file: name, errno: EINVAL) }
        fchmod(fd, fileMode)
        let start = try wholeLinesEnd(fd, size: info.st_size, name: name)
        if start != info.st_size, ftruncate(fd, start) != 0 { throw .writeFailed(file: name, errno: errno) }
        // One write(2) puts the line in. A short one (the disk or the file-size limit reached
        // midway) sets no errno: writing the rest either finishes the line (the flock keeps it
        // whole) or fails with the reason.
        var failure: Int32 = 0
        line.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 {
                    failure = written < 0 ? errno : EIO
                    return
                }
                offset += written
            }
        }
        if failure != 0 {
            // Best effort: on a disk that refuses even this, the next append repairs the tail.
            _ = ftruncate(fd, start)
            throw .writeFailed(file: name, errno: failure)
        }
        fsync(fd)
    }

    /// The offset just after the last '\n' of the first `size` bytes of `fd` (0 when none): where
    /// the log's whole lines end. Reads the last byte, and backwards only when it is not '\n'.
    private static func wholeLinesEnd(_ fd: Int32, size: off_t, name: String) throws(StoreError) -> off_t {
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        var end = size
        while end > 0 {
            let count = end == size ? 1 : Int(min(off_t(chunk), end))
            let from = end - off_t(count)
            let read = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, from) }
            if read < 0 && errno == EINTR { continue }
            if read != count { throw .writeFailed(file: name, errno: read < 0 ? errno : EIO) }
            if let last = buffer[0..<count].lastIndex(of: 0x0A) { return from + off_t(last) + 1 }
            end = from
        }
        return 0
    }
}
