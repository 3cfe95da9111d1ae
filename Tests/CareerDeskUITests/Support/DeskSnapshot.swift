import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// Golden screens of the desk, as plain text under Snapshots/<name>.screen: one quoted line per
/// row and the cursor (the format of `Buffer.snapshot()`, as in TerminalKitTests). Set
/// SNAPSHOT_UPDATE=1 (or UPDATE_SNAPSHOTS=1) to rewrite them, then read the diff.
enum DeskSnapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static var updating: Bool {
        let env = ProcessInfo.processInfo.environment
        return env["SNAPSHOT_UPDATE"] == "1" || env["UPDATE_SNAPSHOTS"] == "1"
    }

    /// Renders `state` at its size and compares the text with the golden `name`.
    static func assertMatches(_ state: AppState, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
    {
        // Times on screen are local: the goldens are in UTC (DeskFixtures sets TZ before any use).
        _ = DeskFixtures.catalog
        guard TimeZone.current.secondsFromGMT() == 0 else {
            Issue.record(
                "the desk shows local times and the goldens are UTC; run with TZ=UTC (now \(TimeZone.current))",
                sourceLocation: sourceLocation)
            return
        }
        let actual = DeskView.render(state, size: state.size).snapshot()
        let file = directory.appendingPathComponent(name + ".screen")
        if updating {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record(
                "missing snapshot \(file.path); run with SNAPSHOT_UPDATE=1 to create it\n\(actual)",
                sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record(
                "snapshot \(name) differs (SNAPSHOT_UPDATE=1 regenerates)\n--- expected\n\(expected)--- actual\n\(actual)",
                sourceLocation: sourceLocation)
        }
    }
}

/// The two window sizes every screen is checked at: the minimum and a roomy one.
enum ScreenSize: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case small = "80x24"
    case large = "120x40"

    var size: Size { self == .small ? Size(width: 80, height: 24) : Size(width: 120, height: 40) }
    var testDescription: String { rawValue }
}
