import Foundation

/// `catalog import courses`: one row per course, merged by `id`.
enum CourseImport {
    static func merge(_ table: CSVTable, into catalog: Catalog, replace: Bool) throws(CatalogImportError) -> (
        Catalog, CatalogImportSummary
    ) {
        var problems: [CatalogImportProblem] = []
        var imported: [Course] = []
        var lineOfID: [String: Int] = [:]

        for row in table.rows {
            var r = RowReader(table: table, row: row)
            let id = r.text("id")
            if let id, let first = lineOfID[id] {
                r.fail("id", CatalogText.duplicateRow.with(["value": id, "line": String(first)]))
            }
            let titleRU = r.text("title_ru")
            let titleEN = r.text("title_en")
            let providerRU = r.text("provider_ru")
            let providerEN = r.text("provider_en")
            var region = r.text("region")
            if let value = region {
                let code = value.lowercased() == Course.online ? Course.online : value.uppercased()
                if code != Course.online && catalog.region(code) == nil {
                    r.fail("region", CatalogText.unknownRegion.with(["value": value]))
                    region = nil
                } else {
                    region = code
                }
            }
            var format: LearningFormat?
            if let value = r.text("format") {
                format = LearningFormat(rawValue: value)
                if format == nil || format == .any {
                    r.fail(
                        "format", CatalogText.notOneOf.with(["value": value, "allowed": "inPerson, online, blended"]))
                    format = nil
                }
            }
            if let region, let format, region == Course.online, format != .online {
                r.fail("format", CatalogText.onlineFormat)
            }
            var schedule: CourseSchedule? = format == .online ? .flexible : .daytime
            if !row["schedule"].isEmpty {
                schedule = CourseSchedule(rawValue: row["schedule"])
                if schedule == nil {
                    r.fail(
                        "schedule",
                        CatalogText.notOneOf.with([
                            "value": row["schedule"],
                            "allowed": CourseSchedule.allCases.map(\.rawValue).joined(separator: ", "),
                        ]))
                }
            }
            let hours = r.whole("hours", range: 1...10_000)
            let practice = r.whole("practice_share", range: 0...100, percent: true)
            let cost = r.money("cost")
            let months = r.whole("duration_months", range: 1...120)
            let seats = r.whole("seats", range: 0...100_000)
            let rate = r.whole("employment_rate", range: 0...100, percent: true)
            var dates: [LocalDate] = []
            let dateTexts = r.list("start_dates", separators: "|,; \n\r")
            if dateTexts.isEmpty { r.fail("start_dates", CatalogText.emptyValue) }
            for text in dateTexts {
                if let d = LocalDate(parsing: text) {
                    dates.append(d)
                } else {
                    r.fail("start_dates", CatalogText.notDate.with(["value": text]))
                }
            }
            let codes = r.list("occupations", separators: "|,; \n\r")
            if codes.isEmpty { r.fail("occupations", CatalogText.emptyValue) }
            for code in codes where catalog.occupation(code) == nil {
                r.fail("occupations", CatalogText.unknownOccupation.with(["value": code]))
            }
            let qualificationRU = r.text("qualification_ru")
            let qualificationEN = r.text("qualification_en")
            let partners = r.list("employer_partners", separators: "|\n\r")
            problems += r.problems
            guard r.problems.isEmpty, let id, let titleRU, let titleEN, let providerRU, let providerEN, let region,
                let format, let schedule, let hours, let practice, let cost, let months, let seats, let rate,
                let qualificationRU, let qualificationEN
            else {
                if let id, lineOfID[id] == nil { lineOfID[id] = row.line }
                continue
            }
            lineOfID[id] = row.line
            let kind =
                row["provider_kind"].isEmpty ? (format == .online ? "online" : "trainingCentre") : row["provider_kind"]
            imported.append(
                Course(
                    id: id, title: LocalizedName(ru: titleRU, en: titleEN),
                    provider: LocalizedName(ru: providerRU, en: providerEN), providerKind: kind, region: region,
                    format: format, schedule: schedule, hours: hours, practiceShare: practice, cost: cost,
                    durationMonths: months, startDates: dates.sorted(), seats: seats, occupations: codes,
                    qualification: LocalizedName(ru: qualificationRU, en: qualificationEN),
                    employerPartners: partners, employmentRate: rate))
        }
        if !problems.isEmpty { throw .rows(problems) }
        if imported.isEmpty { throw .empty(file: table.file) }

        var added = 0
        var updated = 0
        var list = replace ? [] : catalog.courses
        for course in imported {
            if catalog.course(course.id) == nil { added += 1 } else { updated += 1 }
            if let i = list.firstIndex(where: { $0.id == course.id }) {
                list[i] = course
            } else {
                list.append(course)
            }
        }
        let result = Catalog(
            regions: catalog.regions, skills: catalog.skills, occupations: catalog.occupations,
            ownBusiness: catalog.ownBusiness, courses: list, questionnaire: catalog.questionnaire,
            supportMeasures: catalog.supportMeasures, programmes: catalog.programmes)
        let summary = CatalogImportSummary(
            target: .courses, rows: table.rows.count, added: added, updated: updated, total: list.count, path: "")
        return (result, summary)
    }
}
