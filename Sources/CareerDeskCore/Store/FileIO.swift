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

    /// Appends one line with a single write(2) on an O_APPEND descriptor, so concurrent writers
    /// never interleave within a line, and fsyncs it.
    static func appendLine(_ line: Data, to url: URL) throws(StoreError) {
        // O_NOFOLLOW: a symlink in place of the audit log must not make the store append to (and
        // chmod) a file outside it.
        let fd = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, fileMode)
        if fd < 0 { throw .writeFailed(file: url.lastPathComponent, errno: errno) }
        defer { close(fd) }
        fchmod(fd, fileMode)
        let written = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if written != line.count { throw .writeFailed(file: url.lastPathComponent, errno: errno) }
        fsync(fd)
    }
}
