import CareerDeskCore
import Foundation

/// The store's index read on a thread of its own from the moment the desk starts, while the
/// catalog loads: the desk's first list is the index snapshot, and the two need not wait for
/// each other (docs/performance.md, start-up).
public final class IndexPrefetch: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var snapshot: CaseIndexSnapshot?

    public init(_ store: FileCaseStore) {
        Thread { [self] in
            snapshot = store.indexSnapshot()
            done.signal()
        }.start()
    }

    /// The snapshot, once read (waits for it); the semaphore orders the write before this read.
    func take() -> CaseIndexSnapshot {
        done.wait()
        done.signal()
        return snapshot!
    }
}
