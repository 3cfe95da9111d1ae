import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// Issue 17.8: a field's message is shown whole, wrapped at the bottom, not cut at a column.
@Suite struct FieldMessageTests {
    @Test func aLongMessageWrapsUnderTheFormInFull() {
        let message =
            "the check number does not match: 112-233-445 96 should end in 95 — check the card and type it again"
        var row = FieldRow(key: "snils", label: "SNILS", kind: .text(TextField(text: "112-233-445 96")))
        row.error = message
        let list = FieldList(rows: [FieldRow(key: "name", label: "Name", kind: .text(TextField())), row])
        var focused = list
        focused.setFocus(1)
        for width in [80, 120] {
            var buffer = Buffer(size: Size(width: width, height: 10))
            focused.render(into: &buffer, rect: Rect(x: 0, y: 0, width: width, height: 10))
            let lines = buffer.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let bottom = lines.suffix(3).joined(separator: " ").split(separator: " ").joined(separator: " ")
            #expect(bottom.contains("SNILS: " + message), "\(width): \(lines)")
            #expect(!bottom.contains("…"))
        }
    }
}
