import Foundation
import Testing

@testable import CareerDeskCore

/// The staged file's path, worked out as a string, is the one URL's path arithmetic gives.
@Suite struct PrivateFilePathTests {
    @Test(arguments: [
        "/tmp/out/SAK-2026-000001.md", "/SAK-2026-000001.md", "/tmp//out/a.b.md", "/a/b/.hidden", "/x/y z/Ёлка.html",
    ])
    func stagedPathIsURLs(_ file: String) {
        let url = URL(fileURLWithPath: file)
        let expected = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).7.3.tmp").path
        #expect(PrivateFile.stagedPath(for: url.path, tag: "7.3") == expected)
    }

    @Test func aStagedFileIsCommittedOrDiscarded() throws {
        let directory = StoreFixtures.tempDirectory("private-file")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("a.md").path
        let staged = try PrivateFile.stage(Data("one".utf8), for: file, tag: "1", durable: false)
        #expect(staged == directory.appendingPathComponent(".a.md.1.tmp").path)
        try PrivateFile.commit(staged, to: file)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data("one".utf8))
        #expect(!FileManager.default.fileExists(atPath: staged))
        let second = try PrivateFile.stage(Data("two".utf8), for: file, tag: "2", durable: false)
        PrivateFile.discard(second)
        #expect(!FileManager.default.fileExists(atPath: second))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data("one".utf8))
    }
}
