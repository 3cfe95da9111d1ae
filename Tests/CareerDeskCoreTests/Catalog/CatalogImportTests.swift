import Foundation
import Testing

@testable import CareerDeskCore

@Suite struct CatalogImportTests {
    let catalog = CatalogFixtures.catalog

    func table(_ text: String, file: String = "import.csv") throws -> CSVTable {
        try CSVTable.parse(Data(text.utf8), file: file)
    }

    func problems(_ target: CatalogImportTarget, _ text: String, file: String = "import.csv") -> [String] {
        do {
            _ = try CatalogImporter.merge(target, table: try table(text, file: file), into: catalog, replace: false)
            return []
        } catch let error as CatalogImportError {
            if case .rows(let list) = error { return list.map { $0.text(.en) } }
            return [error.message(.en)]
        } catch {
            return ["\(error)"]
        }
    }

    static let occupationHeader =
        "code,name_ru,name_en,holland_code,education_level,skills,region,median_wage,demand_index"

    @Test func aCommaFileAddsAndUpdatesOccupations() throws {
        let csv = """
            \(Self.occupationHeader),industry
            7212,Сварщик,Welder,RIC,basicGeneral,"welding-mma, welding-mig",SAK,99000.00,4.10,manufacturing
            9001,Оператор дронов,Drone operator,RIC,secondaryGeneral,programming|electrical-safety,,70000,1.2,it
            9001,Оператор дронов,Drone operator,RIC,secondaryGeneral,programming|electrical-safety,PER,65000,0.9,it
            """
        let (merged, summary) = try CatalogImporter.merge(
            .occupations, table: try table(csv), into: catalog, replace: false)
        #expect(summary.added == 1 && summary.updated == 1)
        let welder = try #require(merged.occupation("7212"))
        #expect(welder.regions["SAK"] == .init(medianWage: Money(roubles: 99_000), demandIndex: .init(hundredths: 410)))
        #expect(welder.regions["PER"] == catalog.occupation("7212")?.regions["PER"], "other regions kept")
        #expect(welder.skills == ["welding-mma", "welding-mig"])
        let drone = try #require(merged.occupation("9001"))
        #expect(drone.medianWage == Money(roubles: 70_000))
        #expect(drone.regions.keys.sorted() == ["PER"])
        #expect(merged.validate().isEmpty)
    }

    @Test func aSemicolonFileFromRussianExcelWithBOMDecimalCommasAndANewlineInAField() throws {
        let csv =
            "\u{FEFF}Code;Name_RU;Name_EN;Holland_Code;Education_Level;Skills;Region;Median_Wage;Demand_Index\r\n"
            + "7212;\"Сварщик; «аргонщик»\";\"Welder,\nTIG\";RIC;basicGeneral;welding-mma,welding-mig;SAK;\"101 500,50\";3,75\r\n"
        let (merged, _) = try CatalogImporter.merge(.occupations, table: try table(csv), into: catalog, replace: false)
        let welder = try #require(merged.occupation("7212"))
        #expect(welder.name.ru == "Сварщик; «аргонщик»")
        // A line break typed in a cell (Alt+Enter) is layout in the sheet, not part of a one-line name.
        #expect(welder.name.en == "Welder, TIG")
        #expect(welder.regions["SAK"]?.medianWage == Money(kopecks: 10_150_050))
        #expect(welder.regions["SAK"]?.demandIndex == DemandIndex(hundredths: 375))
    }

    @Test func lineNumbersCountLinesInsideQuotedFields() {
        let csv = """
            \(Self.occupationHeader)
            7212,"Сварщик
            ручной сварки",Welder,RIC,basicGeneral,welding-mma,SAK,85000,3
            7233,Слесарь,Fitter,RIC,basicGeneral,metalwork,SAK,80000,много
            """
        #expect(problems(.occupations, csv) == [#"import.csv:4: demand_index: not a number: "много""#])
    }

    @Test func aMissingColumnIsNamed() {
        let csv =
            "code,name_ru,name_en,holland_code,education_level,skills,region,median_wage\n7212,a,b,RIC,basicGeneral,metalwork,SAK,1\n"
        #expect(problems(.occupations, csv) == ["import.csv:1: demand_index: required column is missing"])
    }

    @Test func everyBadValueIsReportedWithLineAndColumn() {
        let csv = """
            \(Self.occupationHeader)
            72X2,Сварщик,Welder,RIZ,college,welding-mma|flying,XXX,85 000 руб,-1
            """
        #expect(
            problems(.occupations, csv) == [
                #"import.csv:2: code: an OKZ code is four digits, got "72X2""#,
                #"import.csv:2: holland_code: a Holland code is three different letters of RIASEC, got "RIZ""#,
                #"import.csv:2: education_level: "college" is not one of: basicGeneral, secondaryGeneral, vocational, higher, postgraduate"#,
                #"import.csv:2: skills: unknown skill "flying""#,
                #"import.csv:2: region: unknown region "XXX""#,
                #"import.csv:2: median_wage: not an amount of roubles: "85 000 руб""#,
                #"import.csv:2: demand_index: not a number: "-1""#,
            ])
    }

    static let courseHeader =
        "id,title_ru,title_en,provider_ru,provider_en,region,format,hours,practice_share,cost,duration_months,start_dates,seats,occupations,qualification_ru,qualification_en,employment_rate,employer_partners"

    @Test func coursesImportWithListsAndRussianDates() throws {
        let csv = """
            \(Self.courseHeader)
            SAK-NEW-01,Сварка,Welding,Колледж,College,SAK,inPerson,320,70 %,"48 000,00",3,"15.01.2027, 2027-03-01",12,7212,Свидетельство,Certificate,81,ООО «Альфа»|АО «Бета»
            ONL-NEW-01,Python,Python,Школа,School,online,online,600,40,90000,6,2027-02-01,100,2512 2519,Диплом,Diploma,70,
            """
        let (merged, summary) = try CatalogImporter.merge(
            .courses, table: try table(csv), into: catalog, replace: false)
        #expect(summary.added == 2)
        let course = try #require(merged.course("SAK-NEW-01"))
        #expect(
            course.startDates == [LocalDate(year: 2027, month: 1, day: 15)!, LocalDate(year: 2027, month: 3, day: 1)!])
        #expect(course.practiceShare == 70 && course.cost == Money(roubles: 48_000))
        #expect(course.employerPartners == ["ООО «Альфа»", "АО «Бета»"])
        #expect(merged.course("ONL-NEW-01")?.occupations == ["2512", "2519"])
        #expect(merged.course("ONL-NEW-01")?.schedule == .flexible)
        #expect(merged.courses(for: "7212").contains { $0.id == "SAK-NEW-01" })
    }

    @Test func anUnknownOccupationCodeOrBadNumberInACourseIsRefused() {
        let csv = """
            \(Self.courseHeader)
            SAK-NEW-01,Сварка,Welding,Колледж,College,SAK,inPerson,три,70,48000,3,2027-01-15,12,9999,С,C,81,
            SAK-NEW-01,Сварка,Welding,Колледж,College,SAK,online,320,170,48000,3,2027-13-15,12,7212,С,C,81,
            """
        #expect(
            problems(.courses, csv) == [
                #"import.csv:2: hours: not a whole number: "три""#,
                #"import.csv:2: occupations: unknown occupation code "9999""#,
                "import.csv:3: id: course SAK-NEW-01 already appears on line 2",
                #"import.csv:3: practice_share: "170" is outside 0–100"#,
                #"import.csv:3: start_dates: not a date YYYY-MM-DD or DD.MM.YYYY: "2027-13-15""#,
            ])
    }

    @Test func aWindows1251FileIsRefusedWithAClearMessage() throws {
        // "код" in Windows-1251: 0xEA 0xEE 0xE4
        let data = Data([0xEA, 0xEE, 0xE4, 0x3B, 0x61, 0x0A, 0x31, 0x3B, 0x32, 0x0A])
        #expect {
            try CSVTable.parse(data, file: "cp1251.csv")
        } throws: { error in
            (error as? CatalogImportError)?.message(.en)
                == #"cp1251.csv: the file is not UTF-8 text (Windows-1251, perhaps). Save it as "CSV UTF-8" and import again"#
        }
    }

    @Test func importWritesTheFileAndAFailedImportLeavesItUntouched() throws {
        let dir = try CatalogFixtures.copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.csv")
        try Data(
            "\(Self.occupationHeader)\n9002,Пчеловод,Beekeeper,RIE,basicGeneral,livestock-care,PER,52000,1.1\n".utf8
        )
        .write(to: good)
        let summary = try CatalogImporter(directory: dir).run(.occupations, csv: good, file: "good.csv", replace: false)
        #expect(summary.added == 1 && summary.total == catalog.occupations.count + 1)
        let reloaded = try Catalog.load(from: dir)
        #expect(reloaded.occupation("9002")?.name.en == "Beekeeper")

        let before = try Data(contentsOf: dir.appendingPathComponent("occupations.json"))
        let bad = dir.appendingPathComponent("bad.csv")
        try Data(
            "\(Self.occupationHeader)\n9003,А,A,RIE,basicGeneral,livestock-care,PER,52000,1.1\n9004,Б,B,RIE,basicGeneral,livestock-care,PER,x,1\n"
                .utf8
        ).write(to: bad)
        #expect(throws: CatalogImportError.self) {
            try CatalogImporter(directory: dir).run(.occupations, csv: bad, file: "bad.csv", replace: false)
        }
        #expect(try Data(contentsOf: dir.appendingPathComponent("occupations.json")) == before)
    }

    @Test func replacingOccupationsThatCoursesNeedIsRefused() throws {
        let csv = "\(Self.occupationHeader)\n7212,Сварщик,Welder,RIC,basicGeneral,welding-mma,SAK,85000,3\n"
        let (merged, _) = try CatalogImporter.merge(.occupations, table: try table(csv), into: catalog, replace: true)
        #expect(merged.occupations.map(\.code) == ["7212"])
        let problems = merged.validate().map { $0.text(.en) }
        #expect(problems.contains(#"courses.json: SAK-7233-01: occupations: unknown occupation code "7233""#))
    }
}
