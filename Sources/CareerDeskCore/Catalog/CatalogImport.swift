import Foundation

/// What `careerdesk catalog import` can import.
public enum CatalogImportTarget: String, CaseIterable, Sendable {
    case occupations, courses

    /// The columns a file must have (data/README.md documents each).
    public var requiredColumns: [String] {
        switch self {
        case .occupations:
            [
                "code", "name_ru", "name_en", "holland_code", "education_level", "skills", "region", "median_wage",
                "demand_index",
            ]
        case .courses:
            [
                "id", "title_ru", "title_en", "provider_ru", "provider_en", "region", "format", "hours",
                "practice_share",
                "cost", "duration_months", "start_dates", "seats", "occupations", "qualification_ru",
                "qualification_en", "employment_rate",
            ]
        }
    }

    /// Columns read when present.
    public var optionalColumns: [String] {
        switch self {
        case .occupations: ["isco", "industry"]
        case .courses: ["schedule", "provider_kind", "employer_partners"]
        }
    }

    public var file: String {
        switch self {
        case .occupations: Catalog.File.occupations
        case .courses: Catalog.File.courses
        }
    }
}

/// One problem in an imported file, `file:line: column: problem`.
public struct CatalogImportProblem: Hashable, Sendable {
    public var file: String
    public var line: Int
    public var column: String
    public var message: LocalizedText

    public init(file: String, line: Int, column: String, message: LocalizedText) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public func text(_ language: Language) -> String { "\(file):\(line): \(column): \(message(language))" }
}

/// Why an import was refused. Nothing is written when any of these is thrown.
public enum CatalogImportError: Error, Sendable {
    case unreadable(file: String, detail: String)
    /// The file does not exist or cannot be opened.
    case cannotRead(file: String)
    /// The catalog directory itself does not load.
    case catalogUnavailable(CatalogError)
    /// Not UTF-8 text (a Windows-1251 or UTF-16 export).
    case encoding(file: String)
    case empty(file: String)
    /// Rows that do not pass, every one of them.
    case rows([CatalogImportProblem])
    /// The rows are fine but the catalog they would make is not (e.g. a course left without its occupation).
    case catalog([CatalogProblem])
    case write(path: String, detail: String)

    public func message(_ language: Language) -> String {
        switch self {
        case .unreadable(let file, let detail): "\(file): \(detail)"
        case .catalogUnavailable(let error): error.message(language)
        case .cannotRead(let file): "\(file): " + CatalogText.cannotRead(language)
        case .encoding(let file): "\(file): " + CatalogText.notUTF8(language)
        case .empty(let file): "\(file): " + CatalogText.emptyFile(language)
        case .rows(let problems): problems.map { $0.text(language) }.joined(separator: "\n")
        case .catalog(let problems): problems.map { $0.text(language) }.joined(separator: "\n")
        case .write(let path, let detail): "\(path): \(detail)"
        }
    }
}

/// What an import did.
public struct CatalogImportSummary: Hashable, Sendable {
    public var target: CatalogImportTarget
    public var rows: Int
    /// Entries that were not in the catalog before.
    public var added: Int
    /// Entries that were replaced or had regional figures updated.
    public var updated: Int
    /// Entries in the file after the import.
    public var total: Int
    public var path: String
}

/// Imports occupations or courses from CSV into a catalog directory: every row is checked, the
/// merged catalog is checked as a whole, and only then is the one file rewritten atomically.
public struct CatalogImporter: Sendable {
    public var directory: URL

    public init(directory: URL) { self.directory = directory }

    /// Imports `csv` (read from disk; `file` is the name used in messages). With `replace` the
    /// file's entries become exactly the CSV's; otherwise they are merged by code or id.
    public func run(
        _ target: CatalogImportTarget, csv url: URL, file: String? = nil, replace: Bool
    ) throws(CatalogImportError) -> CatalogImportSummary {
        let name = file ?? url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .cannotRead(file: name)
        }
        let table = try CSVTable.parse(data, file: name)
        let catalog: Catalog
        do {
            catalog = try Catalog.load(from: directory)
        } catch {
            throw .catalogUnavailable(error)
        }
        let (merged, summary) = try Self.merge(target, table: table, into: catalog, replace: replace)
        let problems = merged.validate()
        if !problems.isEmpty { throw .catalog(problems) }
        let path = directory.appendingPathComponent(target.file)
        do {
            switch target {
            case .occupations: try Catalog.write(merged.occupations, to: path)
            case .courses: try Catalog.write(merged.courses, to: path)
            }
        } catch {
            throw .write(path: path.path, detail: error.localizedDescription)
        }
        var result = summary
        result.path = path.path
        return result
    }

    /// The catalog with the table merged in, without touching the disk.
    public static func merge(
        _ target: CatalogImportTarget, table: CSVTable, into catalog: Catalog, replace: Bool
    ) throws(CatalogImportError) -> (Catalog, CatalogImportSummary) {
        let missing = target.requiredColumns.filter { !table.columns.contains($0) }
        if !missing.isEmpty {
            throw .rows(
                missing.map {
                    CatalogImportProblem(file: table.file, line: 1, column: $0, message: CatalogText.missingColumn)
                })
        }
        switch target {
        case .occupations: return try OccupationImport.merge(table, into: catalog, replace: replace)
        case .courses: return try CourseImport.merge(table, into: catalog, replace: replace)
        }
    }
}

/// Field parsers shared by the two imports; each records a problem and returns nil on bad input.
struct RowReader {
    let table: CSVTable
    let row: CSVTable.Row
    var problems: [CatalogImportProblem] = []

    /// Every cell of the row is checked first for what could act on whoever reads the catalog
    /// later: control characters (terminal escape sequences, bidi overrides) and a leading `=`,
    /// `+`, `@` or `-` (not a negative number), which a spreadsheet would run as a formula when the
    /// names come back out in a register (OWASP's CSV injection list; a tab or CR before it is
    /// trimmed away first, so it is caught too).
    init(table: CSVTable, row: CSVTable.Row) {
        self.table = table
        self.row = row
        for column in table.columns where !column.isEmpty {
            let raw = row.fields[column] ?? ""
            if raw.unicodeScalars.contains(where: Self.isHarmful) {
                fail(column, InputSafetyText.controlCharacters)
                continue
            }
            if let first = Self.formulaStart(raw) {
                fail(column, InputSafetyText.formulaLike.with(["first": String(first)]))
            }
        }
    }

    /// The first character when the trimmed value starts like a spreadsheet formula, else nil.
    /// A negative number ("-1", "-1 500,50") is left to the number checks; "-2+3+cmd|…" is not one.
    static func formulaStart(_ raw: String) -> Character? {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = value.first else { return nil }
        let negativeNumber =
            first == "-" && value.count > 1
            && value.dropFirst().allSatisfy { $0.isASCIIDigit || " \u{00A0}.,%".contains($0) }
        return "=+@".contains(first) || (first == "-" && !negativeNumber) ? first : nil
    }

    /// C0 controls other than tab and line breaks, DEL, C1 controls, bidi embeddings, overrides and isolates.
    static func isHarmful(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x09 || v == 0x0A || v == 0x0D { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    mutating func fail(_ column: String, _ message: LocalizedText) {
        problems.append(CatalogImportProblem(file: table.file, line: row.line, column: column, message: message))
    }

    /// A one-line value: line breaks typed in a spreadsheet cell (Alt+Enter, kept in quoted CSV
    /// fields) become single spaces, so a name or a title never spans lines in a list or document.
    mutating func text(_ column: String) -> String? {
        let value = row[column].split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        if value.isEmpty {
            fail(column, CatalogText.emptyValue)
            return nil
        }
        return value
    }

    mutating func whole(_ column: String, range: ClosedRange<Int>, percent: Bool = false) -> Int? {
        guard var value = text(column) else { return nil }
        if percent { value = value.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces) }
        let digits = value.filter { $0 != " " && $0 != "\u{00A0}" }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let n = Int(digits) else {
            fail(column, CatalogText.notWholeNumber.with(["value": row[column]]))
            return nil
        }
        guard range.contains(n) else {
            fail(
                column,
                CatalogText.outOfRange.with([
                    "value": row[column], "min": String(range.lowerBound), "max": String(range.upperBound),
                ]))
            return nil
        }
        return n
    }

    mutating func money(_ column: String) -> Money? {
        guard let value = text(column) else { return nil }
        guard let m = Money(parsing: value), m >= .zero else {
            fail(column, CatalogText.notMoney.with(["value": value]))
            return nil
        }
        return m
    }

    mutating func demand(_ column: String) -> DemandIndex? {
        guard let value = text(column) else { return nil }
        guard let d = DemandIndex(parsing: value) else {
            fail(column, CatalogText.notNumber.with(["value": value]))
            return nil
        }
        return d
    }

    /// A list in one cell: items separated by `|`, `,`, `;` or line breaks, blanks dropped (a
    /// cell holding the file's delimiter is quoted, so any of them may be used).
    /// Each item is checked like a cell: `Завод|=HYPERLINK(…)` hides a formula behind the separator.
    mutating func list(_ column: String, separators: String = "|,;\n\r") -> [String] {
        let items = row[column].split(whereSeparator: { separators.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let first = items.compactMap({ Self.formulaStart($0) }).first,
            !problems.contains(where: { $0.column == column })
        {
            fail(column, InputSafetyText.formulaLike.with(["first": String(first)]))
        }
        return items
    }
}
