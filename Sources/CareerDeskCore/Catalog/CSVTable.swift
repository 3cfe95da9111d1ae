import CSV
import Foundation

/// A CSV file read for import: header and rows with the physical line each row starts on, so a
/// problem can be reported as `file:line: column: problem`. Handles what spreadsheets write: a
/// UTF-8 byte-order mark, `;` as the delimiter (Russian-locale Excel and LibreOffice), quoted
/// fields with embedded delimiters, quotes and newlines, CRLF line ends.
public struct CSVTable: Sendable {
    /// One data row: the line it starts on and its fields by (normalised) column name.
    public struct Row: Sendable {
        public var line: Int
        public var fields: [String: String]

        /// The trimmed value of a column, empty when the column or the value is missing.
        public subscript(column: String) -> String {
            (fields[column] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// The file's name as the user gave it, used in messages.
    public var file: String
    public var delimiter: Character
    /// Column names, normalised: lower case, trimmed, spaces and dashes as `_`.
    public var columns: [String]
    public var rows: [Row]

    /// Reads and parses `data`. Throws when it is not UTF-8 text or has no header line.
    public static func parse(_ data: Data, file: String) throws(CatalogImportError) -> CSVTable {
        var bytes = data
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw .encoding(file: file)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else { throw .encoding(file: file) }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .empty(file: file) }

        let delimiter = detectDelimiter(headerLine: firstLine(of: text))
        let reader: CSVReader
        do {
            reader = try CSVReader(
                string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter.unicodeScalars.first!)
        } catch {
            throw .unreadable(file: file, detail: String(describing: error))
        }
        guard let header = reader.next() else { throw .empty(file: file) }
        let columns = header.map(normalise)
        var line = 1 + header.reduce(0) { $0 + newlines(in: $1) } + 1
        var rows: [Row] = []
        while let fields = reader.next() {
            let start = line
            line += 1 + fields.reduce(0) { $0 + newlines(in: $1) }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var named: [String: String] = [:]
            for (i, value) in fields.enumerated() where i < columns.count && !columns[i].isEmpty {
                named[columns[i]] = value
            }
            rows.append(Row(line: start, fields: named))
        }
        return CSVTable(file: file, delimiter: delimiter, columns: columns, rows: rows)
    }

    /// The header's delimiter: whichever of `;`, `,` and tab occurs most outside quotes.
    static func detectDelimiter(headerLine: String) -> Character {
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for ch in headerLine {
            if ch == "\"" { quoted.toggle() } else if !quoted, counts[ch] != nil { counts[ch]! += 1 }
        }
        if counts[";"]! > counts[","]! && counts[";"]! >= counts["\t"]! { return ";" }
        if counts["\t"]! > counts[","]! { return "\t" }
        return ","
    }

    static func firstLine(of text: String) -> String {
        String(text.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" })
    }

    static func normalise(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    }

    /// Physical line breaks inside a quoted field: CRLF and LF count once, a lone CR once.
    static func newlines(in field: String) -> Int {
        var count = 0
        var previousCR = false
        for scalar in field.unicodeScalars {
            if scalar == "\n" {
                if !previousCR { count += 1 }
                previousCR = false
            } else if scalar == "\r" {
                count += 1
                previousCR = true
            } else {
                previousCR = false
            }
        }
        return count
    }
}
