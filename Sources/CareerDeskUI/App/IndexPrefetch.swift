import CareerDeskCore
import Foundation

/// The index read on a thread of its own from the moment the desk starts, so the catalog loads
/// meanwhile: first its head (the newest rows and the counts), then the
/// whole snapshot of the same files. The runner shows the head in the first frame and has the
/// snapshot handed over when it is read.
public final class IndexPrefetch: @unchecked Sendable {
    /// Rows of the head: more than any terminal shows.
    public static let headRows = 256

    private let headRead = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var head: CaseIndexHead?
    private var snapshot: CaseIndexSnapshot?
    private var waiting: (@Sendable (CaseIndexSnapshot) -> Void)?

    public convenience init(_ store: FileCaseStore, headRows: Int = IndexPrefetch.headRows) {
        self.init(
            read: { publish in store.indexSnapshot(headRows: headRows, head: publish) },
            // After the list is handed over: killed writers' temporary files, on this thread.
            then: { store.sweepAbandonedTemporaries() })
    }

    /// `read` returns the snapshot and calls its argument with the head on the way.
    init(
        read: @escaping @Sendable (_ publishHead: (CaseIndexHead?) -> Void) -> CaseIndexSnapshot,
        then: @escaping @Sendable () -> Void = {}
    ) {
        // A dispatch worker, not a Foundation `Thread`: a `Thread`'s closure is released in the
        // thread's exit destructors, and a store released there (its SQLite pool closing through
        // dispatch) corrupted the heap (docs/reliability.md).
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            var published = false
            let read = read { head in
                guard !published else { return }
                published = true
                lock.lock()
                self.head = head
                lock.unlock()
                headRead.signal()
            }
            if !published { headRead.signal() }
            lock.lock()
            snapshot = read
            let handOver = waiting
            waiting = nil
            lock.unlock()
            done.signal()
            handOver?(read)
            then()
        }
    }

    /// The head, once read (waits for it; nil when the index has none).
    func takeHead() -> CaseIndexHead? {
        headRead.wait()
        headRead.signal()
        lock.lock()
        defer { lock.unlock() }
        return head
    }

    /// The snapshot, once read (waits for it); the semaphore orders the write before this read.
    func take() -> CaseIndexSnapshot {
        done.wait()
        done.signal()
        lock.lock()
        defer { lock.unlock() }
        return snapshot!
    }

    /// Calls `deliver` with the snapshot once it is read: on the reading thread, or here and
    /// now if it already is.
    func whenRead(_ deliver: @escaping @Sendable (CaseIndexSnapshot) -> Void) {
        lock.lock()
        if let snapshot {
            lock.unlock()
            deliver(snapshot)
        } else {
            waiting = deliver
            lock.unlock()
        }
    }
}
