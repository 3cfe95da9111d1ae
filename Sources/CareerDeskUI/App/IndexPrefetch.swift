import CareerDeskCore
import Foundation

/// The index snapshot read on a thread of its own from the moment the desk starts, so the
/// catalog loads meanwhile; the runner takes it for the first list, or has it handed over
/// when it is read while the first frame is drawn from the index's head.
public final class IndexPrefetch: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var snapshot: CaseIndexSnapshot?
    private var waiting: (@Sendable (CaseIndexSnapshot) -> Void)?

    public init(_ store: FileCaseStore) {
        Thread { [self] in
            let read = store.indexSnapshot()
            lock.lock()
            snapshot = read
            let handOver = waiting
            waiting = nil
            lock.unlock()
            done.signal()
            handOver?(read)
        }.start()
    }

    /// The snapshot, once read (waits for it); the semaphore orders the write before this read.
    func take() -> CaseIndexSnapshot {
        done.wait()
        done.signal()
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
