import Foundation

/// Independent work on many items spread over every core, a batch at a time, with each batch's
/// results handed back on the calling thread in the items' order: a command that prints or
/// counts as it goes says the same things in the same order as if it had done the items one
/// after the other, and only one batch of results is held at once.
public enum OrderedBatches {
    /// Calls `work(i)` for every `i` in `0..<count` on every core (or on `workers` threads), then
    /// `deliver(i, result)` on this thread in order of `i`, one batch after the other. Every
    /// result of a batch is delivered; once `deliver` has returned false, no further batch is
    /// worked on.
    public static func run<Result: Sendable>(
        count: Int, batchSize: Int? = nil, workers: Int? = nil, work: @Sendable (Int) -> Result,
        deliver: (Int, Result) -> Bool
    ) {
        guard count > 0 else { return }
        let threads = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
        // Big enough that the cores rarely wait for the slowest item of a batch, small enough
        // that a batch of decoded cases or rendered documents stays a few megabytes.
        let size = max(1, batchSize ?? 64 * threads)
        var start = 0
        var going = true
        while going, start < count {
            let first = start
            let length = min(size, count - start)
            var slots = [Result?](repeating: nil, count: length)
            if threads == 1 || length == 1 {
                for i in 0..<length { slots[i] = work(first + i) }
            } else {
                slots.withUnsafeMutableBufferPointer { buffer in
                    // Each iteration writes only its own slot, and the buffer outlives concurrentPerform.
                    nonisolated(unsafe) let results = buffer
                    DispatchQueue.concurrentPerform(iterations: length) { i in
                        results[i] = work(first + i)
                    }
                }
            }
            for i in 0..<length {
                // Every slot was filled above: concurrentPerform returns after all iterations.
                if !deliver(first + i, slots[i]!) { going = false }
            }
            start += length
        }
    }

    /// `work` applied to every index on every core, the results in index order.
    public static func map<Result: Sendable>(count: Int, work: @Sendable (Int) -> Result) -> [Result] {
        var results: [Result] = []
        results.reserveCapacity(count)
        run(count: count, work: work) { _, result in
            results.append(result)
            return true
        }
        return results
    }
}
