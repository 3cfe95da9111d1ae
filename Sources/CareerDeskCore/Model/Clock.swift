import Foundation

/// Where "now" comes from, so tests and the command line can freeze time.
public protocol Clock: Sendable {
    var now: Date { get }
}

/// The real time, truncated to whole seconds (case files store whole seconds).
public struct SystemClock: Clock {
    public init() {}
    public var now: Date { Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)) }
}

/// A clock that always says the same moment.
public struct FixedClock: Clock {
    public let now: Date
    public init(_ now: Date) { self.now = now }
}

extension Clock where Self == SystemClock {
    public static var system: SystemClock { SystemClock() }
}

/// The clock the command line uses: `CAREERDESK_NOW` (ISO 8601) when set, for reproducible
/// runs and tests; otherwise the system clock.
public func environmentClock(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> any Clock {
    if let text = environment["CAREERDESK_NOW"], let date = Timestamp.parse(text) { return FixedClock(date) }
    return SystemClock()
}
