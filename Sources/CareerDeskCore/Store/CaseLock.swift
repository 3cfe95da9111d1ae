import Foundation

/// An exclusive hold on one case (flock on `locks/<id>.lock`), so a second desk opens it read-only.
///
/// The kernel drops a flock when its process dies, so a lock left by a crashed desk is free
/// again at once; the holder details in the file are only for the message.
public final class CaseLock: @unchecked Sendable {
    public let id: CaseID
    public let holder: LockHolder
    private var fd: Int32

    init(id: CaseID, holder: LockHolder, fd: Int32) {
        self.id = id
        self.holder = holder
        self.fd = fd
    }

    /// Takes the lock, or throws `.locked` naming who holds it.
    static func acquire(id: CaseID, at url: URL, holder: LockHolder) throws(StoreError) -> CaseLock {
        // O_NOFOLLOW: a symlink planted as a lock file would otherwise be followed, and the file it
        // points to (anywhere outside the store) truncated, rewritten and chmod-ed.
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, FileIO.fileMode)
        if fd < 0 { throw .writeFailed(file: url.lastPathComponent, errno: errno) }
        fchmod(fd, FileIO.fileMode)
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let other =
                readHolder(fd: fd)
                ?? LockHolder(caseworker: "?", host: "?", pid: 0, since: Date(timeIntervalSince1970: 0))
            close(fd)
            throw .locked(id, by: other)
        }
        if let data = try? CaseCoding.encoder().encode(holder) {
            ftruncate(fd, 0)
            _ = data.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        }
        return CaseLock(id: id, holder: holder, fd: fd)
    }

    private static func readHolder(fd: Int32) -> LockHolder? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        return try? CaseCoding.decoder().decode(LockHolder.self, from: Data(buffer[0..<n]))
    }

    public var isHeld: Bool { fd >= 0 }

    /// Gives the lock up; idempotent.
    public func release() {
        guard fd >= 0 else { return }
        ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
