import Foundation
import Testing

/// The repository's data/ folder, found from this file.
let repositoryData: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("data/regions.json").path) {
            return url.appendingPathComponent("data")
        }
    }
    fatalError("data/ not found")
}()

/// A copy of the catalog (JSON files and programmes, no demo cases) to import into.
func catalogCopy() throws -> URL {
    let dir = makeTempDirectory("careerdesk-catalog")
    for name in try FileManager.default.contentsOfDirectory(atPath: repositoryData.path)
    where name.hasSuffix(".json") || name == "programmes" {
        try FileManager.default.copyItem(
            at: repositoryData.appendingPathComponent(name), to: dir.appendingPathComponent(name))
    }
    return dir
}

@Suite struct CatalogCommandTests {
    @Test func listRegionsAsJSONAndText() throws {
        let json = try CLI.run(["catalog", "list", "regions", "--json", "--data", repositoryData.path])
        #expect(json.status == 0)
        let regions = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(regions?.contains { $0["code"] as? String == "SAK" } == true)
        let text = try CLI.run(["catalog", "list", "regions", "--lang", "en", "--data", repositoryData.path])
        #expect(text.stdout.contains("SAK   Sakhalin Oblast"))
    }

    @Test func listCoursesOfARegionKeepsItsOwnAndOnlineOnes() throws {
        let r = try CLI.run(["catalog", "list", "courses", "--region", "SAK", "--json", "--data", repositoryData.path])
        #expect(r.status == 0)
        let courses = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(!courses.isEmpty)
        #expect(courses.allSatisfy { $0["region"] as? String == "SAK" || $0["format"] as? String == "online" })
    }

    @Test func anUnknownRegionOrMissingCatalogIsAMessage() throws {
        let r = try CLI.run([
            "catalog", "list", "courses", "--region", "XXX", "--lang", "en", "--data", repositoryData.path,
        ])
        #expect(r.status != 0)
        #expect(r.stderr == "unknown region \"XXX\"\n")
        let missing = try CLI.run(["catalog", "list", "regions", "--lang", "en", "--data", "/nonexistent"])
        #expect(missing.status != 0)
        #expect(missing.stderr == "/nonexistent: not a CareerDesk catalog (no regions.json)\n")
    }

    @Test func aCSVImportRoundTripsAndABrokenFileChangesNothing() throws {
        let dir = try catalogCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.csv")
        try Data(
            ("\u{FEFF}code;name_ru;name_en;holland_code;education_level;skills;region;median_wage;demand_index\r\n"
                + "9005;Оператор БПЛА;Drone operator;RIC;secondaryGeneral;programming|electrical-safety;SAK;\"95 000,00\";1,75\r\n")
                .utf8
        ).write(to: good)
        let imported = try CLI.run(["catalog", "import", "occupations", good.path, "--data", dir.path, "--lang", "en"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("Imported 1 rows: 1 added, 0 updated"))
        let list = try CLI.run([
            "catalog", "list", "occupations", "--region", "SAK", "--lang", "en", "--data", dir.path,
        ])
        let line = list.stdout.split(separator: "\n").first { $0.hasPrefix("9005 ") }.map(String.init) ?? ""
        #expect(line.contains("Drone operator") && line.contains("RUB\u{00A0}95,000") && line.hasSuffix("1.75"))

        let before = try Data(contentsOf: dir.appendingPathComponent("occupations.json"))
        let bad = dir.appendingPathComponent("bad.csv")
        try Data(
            "code,name_ru,name_en,holland_code,education_level,skills,region,median_wage,demand_index\n9006,А,A,RIC,basicGeneral,metalwork,SAK,50000,x\n"
                .utf8
        ).write(to: bad)
        let refused = try CLI.run(["catalog", "import", "occupations", bad.path, "--data", dir.path, "--lang", "en"])
        #expect(refused.status != 0)
        #expect(refused.stderr == "\(bad.path):2: demand_index: not a number: \"x\"\n")
        #expect(try Data(contentsOf: dir.appendingPathComponent("occupations.json")) == before)
    }

    @Test func aCourseForAnUnknownOccupationIsRefused() throws {
        let dir = try catalogCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("courses.csv")
        try Data(
            ("id,title_ru,title_en,provider_ru,provider_en,region,format,hours,practice_share,cost,duration_months,start_dates,seats,occupations,qualification_ru,qualification_en,employment_rate\n"
                + "SAK-X-01,Курс,Course,Центр,Centre,SAK,inPerson,100,70,10000,1,2027-02-01,10,0000,Св,Cert,80\n").utf8
        ).write(to: csv)
        let r = try CLI.run(["catalog", "import", "courses", csv.path, "--data", dir.path, "--lang", "en"])
        #expect(r.status != 0)
        #expect(r.stderr == "\(csv.path):2: occupations: unknown occupation code \"0000\"\n")
    }
}
