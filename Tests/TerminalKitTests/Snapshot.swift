import Foundation
import Testing

@testable import TerminalKit

/// Golden-file snapshots of buffers, as plain text under Snapshots/<name>.screen: one quoted
/// line per row (readable in a diff, wide glyphs shown once), optionally followed by a style
/// map (R reverse, B bold, U underline, D dim, . plain). Set SNAPSHOT_UPDATE=1 to rewrite them.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Snapshots")

    static func assertMatches(
        _ buffer: Buffer, named name: String, styles: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let actual = buffer.snapshot(styles: styles)
        let file = directory.appendingPathComponent(name + ".screen")
        if ProcessInfo.processInfo.environment["SNAPSHOT_UPDATE"] == "1" {
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

/// Renders a widget into a fresh buffer of `size`.
func rendered(_ size: Size, _ draw: (inout Buffer, Rect) -> Void) -> Buffer {
    var b = Buffer(size: size)
    draw(&b, b.area)
    return b
}
