import Foundation

/// Monotonic time for measurements.
enum Stopwatch {
    static func nowNs() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// Seconds `body` took, and its result.
    static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
        let start = nowNs()
        let value = try body()
        return (Double(nowNs() - start) / 1e9, value)
    }
}

/// Percentiles of a sample, nearest-rank (p99 of 200 samples is the second largest).
struct Sample {
    private(set) var values: [Double] = []

    mutating func add(_ value: Double) { values.append(value) }

    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }

    var count: Int { values.count }
}

/// Runs another program and measures it: wall time, exit status, and its peak resident memory
/// (`wait4`'s rusage, which Foundation's Process does not give).
enum Spawn {
    struct Outcome {
        var status: Int32
        var seconds: Double
        var maxRSSKiB: Int
    }

    /// Runs `arguments[0]` (a path, or a name looked up in PATH) with stdout to `stdout`
    /// (default /dev/null) and stderr to /dev/null.
    static func run(_ arguments: [String], stdout: String = "/dev/null", environment: [String: String]? = nil)
        -> Outcome?
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var argv = arguments.map { strdup($0) }
        argv.append(nil)
        var envp = env.map { strdup($0) }
        envp.append(nil)
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let start = Stopwatch.nowNs()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            if errno != EINTR { return nil }
        }
        let seconds = Double(Stopwatch.nowNs() - start) / 1e9
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Outcome(status: exit, seconds: seconds, maxRSSKiB: Int(usage.ru_maxrss))
    }
}

/// This process's peak resident memory so far, in MiB (VmHWM).
enum PeakMemory {
    static func selfMiB() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kib = line.split(separator: " ").compactMap { Double($0) }.first
            return kib.map { $0 / 1024 }
        }
        return nil
    }
}
