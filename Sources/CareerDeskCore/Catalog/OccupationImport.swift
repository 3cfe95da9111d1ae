import Foundation

/// `catalog import occupations`: one row per occupation and region (an empty region sets the
/// national figures). Rows of one code share its names, Holland code, education and skills.
enum OccupationImport {
    static func merge(_ table: CSVTable, into catalog: Catalog, replace: Bool) throws(CatalogImportError) -> (
        Catalog, CatalogImportSummary
    ) {
        var problems: [CatalogImportProblem] = []
        var imported: [String: Occupation] = [:]
        var order: [String] = []
        var nationalSet = Set<String>()

        for row in table.rows {
            var r = RowReader(table: table, row: row)
            let code = r.text("code")
            if let code, !Catalog.isOccupationCode(code) {
                r.fail("code", CatalogText.badOccupationCodeValue.with(["value": code]))
            }
            let nameRU = r.text("name_ru")
            let nameEN = r.text("name_en")
            var holland = r.text("holland_code")?.uppercased()
            if let h = holland, !Catalog.isHollandCode(h) {
                r.fail("holland_code", CatalogText.badHollandCode.with(["value": h]))
                holland = nil
            }
            var education: EducationLevel?
            if let e = r.text("education_level") {
                education = EducationLevel(rawValue: e)
                if education == nil {
                    r.fail(
                        "education_level",
                        CatalogText.notOneOf.with([
                            "value": e, "allowed": EducationLevel.allCases.map(\.rawValue).joined(separator: ", "),
                        ]))
                }
            }
            let skills = r.list("skills")
            if skills.isEmpty { r.fail("skills", CatalogText.emptyValue) }
            for id in skills where catalog.skill(id) == nil {
                r.fail("skills", CatalogText.unknownSkill.with(["value": id]))
            }
            let region = row["region"].uppercased()
            if !region.isEmpty && catalog.region(region) == nil {
                r.fail("region", CatalogText.unknownRegion.with(["value": row["region"]]))
            }
            let wage = r.money("median_wage")
            if let wage, wage == .zero { r.fail("median_wage", CatalogText.positive) }
            let demand = r.demand("demand_index")
            problems += r.problems
            guard r.problems.isEmpty, let code, let nameRU, let nameEN, let holland, let education, let wage,
                let demand
            else { continue }

            let figures = Occupation.RegionalFigures(medianWage: wage, demandIndex: demand)
            var occupation =
                imported[code]
                ?? (replace ? nil : catalog.occupation(code)).flatMap { $0.isOwnBusiness ? nil : $0 }
                ?? Occupation(
                    code: code, name: LocalizedName(ru: nameRU, en: nameEN), industry: "", hollandCode: holland,
                    skills: skills, educationLevel: education, medianWage: wage, demandIndex: demand)
            if imported[code] == nil {
                order.append(code)
                if replace { occupation.regions = [:] }
            }
            occupation.name = LocalizedName(ru: nameRU, en: nameEN)
            occupation.hollandCode = holland
            occupation.educationLevel = education
            occupation.skills = skills
            if !row["isco"].isEmpty { occupation.isco = row["isco"] }
            if !row["industry"].isEmpty { occupation.industry = row["industry"] }
            if region.isEmpty {
                occupation.medianWage = wage
                occupation.demandIndex = demand
                nationalSet.insert(code)
            } else {
                occupation.regions[region] = figures
                // A new occupation with no national row takes its first region's figures.
                if catalog.occupation(code) == nil && !nationalSet.contains(code) && occupation.regions.count == 1 {
                    occupation.medianWage = wage
                    occupation.demandIndex = demand
                }
            }
            imported[code] = occupation
        }
        if !problems.isEmpty { throw .rows(problems) }
        if imported.isEmpty { throw .empty(file: table.file) }

        var result = catalog
        var added = 0
        var updated = 0
        if replace {
            result.occupations = order.map { imported[$0]! }
            added = order.filter { catalog.occupation($0) == nil }.count
            updated = order.count - added
        } else {
            var list = catalog.occupations
            for code in order {
                if let i = list.firstIndex(where: { $0.code == code }) {
                    list[i] = imported[code]!
                    updated += 1
                } else {
                    list.append(imported[code]!)
                    added += 1
                }
            }
            result.occupations = list
        }
        result = Catalog(
            regions: result.regions, skills: result.skills, occupations: result.occupations,
            ownBusiness: result.ownBusiness, courses: result.courses, questionnaire: result.questionnaire,
            supportMeasures: result.supportMeasures, programmes: result.programmes)
        let summary = CatalogImportSummary(
            target: .occupations, rows: table.rows.count, added: added, updated: updated,
            total: result.occupations.count, path: "")
        return (result, summary)
    }
}
