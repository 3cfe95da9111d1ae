import Foundation
import Testing

@testable import CareerDeskCore

/// CSV catalog imports carrying spreadsheet formulas (`=HYPERLINK(…)`, `+`, `-`, `@`, tab- or
/// CR-prefixed), terminal escapes and bidi controls are refused row by row, naming the file,
/// line and column; broken encodings and shapes are refused with a message; none traps.
@Suite struct HostileCatalogCSVTests {
    /// File → the import it is for, and a piece of the English message (nil: it imports).
    static let expected: [String: (CatalogImportTarget, String?)] = [
        "formula-hyperlink-title.csv": (.courses, #"fuzz.csv:2: title_ru: the value starts with "=""#),
        "formula-plus.csv": (.courses, #"fuzz.csv:2: title_ru: the value starts with "+""#),
        "formula-minus.csv": (.courses, #"fuzz.csv:2: title_ru: the value starts with "-""#),
        "formula-at.csv": (.courses, #"fuzz.csv:2: title_ru: the value starts with "@""#),
        "formula-tab-prefixed.csv": (.courses, #"fuzz.csv:2: title_ru: the value starts with "=""#),
        "formula-cr-prefixed.csv": (.courses, #"fuzz.csv:2: title_ru: the value starts with "=""#),
        "formula-in-occupation-name.csv": (.occupations, #"fuzz.csv:2: name_ru: the value starts with "=""#),
        "escape-in-provider.csv": (.courses, "fuzz.csv:2: provider_ru: contains control characters"),
        "bidi-in-title.csv": (.courses, "fuzz.csv:2: title_ru: contains control characters"),
        "negative-number-is-not-a-formula.csv": (.occupations, #"fuzz.csv:2: demand_index: not a number: "-1""#),
        "clean-course.csv": (.courses, nil),
        "utf16.csv": (.courses, "fuzz.csv: the file is not UTF-8"),
        "invalid-utf8.csv": (.courses, "fuzz.csv: the file is not UTF-8"),
        "empty.csv": (.courses, "fuzz.csv: "),
        "header-only.csv": (.courses, "fuzz.csv: "),
        "unterminated-quote.csv": (.courses, "fuzz.csv"),
    ]

    static let corpus = HostileFixtures.files("catalog-csv").map(\.lastPathComponent)

    static func outcome(_ target: CatalogImportTarget, _ data: Data) -> String? {
        do {
            let table = try CSVTable.parse(data, file: "fuzz.csv")
            _ = try CatalogImporter.merge(target, table: table, into: CatalogFixtures.catalog, replace: false)
            return nil
        } catch {
            return error.message(.en)
        }
    }

    @Test func everyCorpusFileHasAnExpectation() {
        #expect(Set(Self.corpus) == Set(Self.expected.keys))
    }

    @Test(arguments: corpus) func refusedNamingTheCellOrImported(_ name: String) throws {
        let (target, fragment) = try #require(Self.expected[name])
        let message = Self.outcome(target, try HostileFixtures.data("catalog-csv", name))
        if let fragment {
            let text = try #require(message, "\(name) was imported")
            #expect(text.contains(fragment), "\(name): \(text)")
            #expect(!HostileFixtures.hasControls(text), "\(name): the message carries the escape")
        } else {
            #expect(message == nil, "\(name): \(message ?? "")")
        }
    }

    @Test func theFormulaCheckCoversEveryTextColumnNotOnlyTitles() {
        let header =
            "id,title_ru,title_en,provider_ru,provider_en,region,format,hours,practice_share,cost,duration_months,"
            + "start_dates,seats,occupations,qualification_ru,qualification_en,employment_rate,employer_partners\n"
        let row =
            "SAK-7212-99,Сварка,Welding,Колледж,College,SAK,inPerson,320,60,56000.00,3,2026-12-07,20,7212,Сварщик,"
            + "Welder,80,\"АО Завод|=HYPERLINK(\"\"x\"\")\"\n"
        let message = Self.outcome(.courses, Data((header + row).utf8))
        #expect(message?.contains("employer_partners") == true, "\(message ?? "imported")")
    }

    @Test(arguments: HostileFixtures.files("regressions", prefix: "csv-").map(\.lastPathComponent))
    func fuzzerRegressionsAreRefusedOrImported(_ name: String) throws {
        let data = try HostileFixtures.data("regressions", name)
        guard let first = data.first else { return }
        _ = Self.outcome(first & 1 == 0 ? .occupations : .courses, data.dropFirst())
    }
}
