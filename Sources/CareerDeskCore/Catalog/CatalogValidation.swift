import Foundation

extension Catalog {
    /// Every cross-reference and bound of the catalog: region codes, occupation codes and Holland
    /// codes are well formed and unique; skills, regions and occupations that entries refer to
    /// exist; percentages are percentages. Empty when the catalog is sound.
    public func validate() -> [CatalogProblem] {
        var problems: [CatalogProblem] = []
        func add(_ file: String, _ entry: String, _ field: String, _ message: LocalizedText) {
            problems.append(CatalogProblem(file: file, entry: entry, field: field, message: message))
        }

        var regionCodes = Set<String>()
        for region in regions {
            if !Self.isRegionCode(region.code) {
                add(File.regions, region.code, "code", CatalogText.badRegionCode)
            }
            if !regionCodes.insert(region.code).inserted {
                add(File.regions, region.code, "code", CatalogText.duplicate)
            }
        }
        var skillIDs = Set<String>()
        for skill in skills where !skillIDs.insert(skill.id).inserted {
            add(File.skills, skill.id, "id", CatalogText.duplicate)
        }

        var occupationCodes = Set<String>()
        for occupation in occupations {
            if !Self.isOccupationCode(occupation.code) {
                add(File.occupations, occupation.code, "code", CatalogText.badOccupationCode)
            }
            if !occupationCodes.insert(occupation.code).inserted {
                add(File.occupations, occupation.code, "code", CatalogText.duplicate)
            }
            problems += occupationProblems(
                occupation, file: File.occupations, regionCodes: regionCodes,
                skillIDs: skillIDs)
        }
        if ownBusiness.code != Occupation.ownBusinessCode {
            add(File.ownBusiness, ownBusiness.code, "code", CatalogText.ownBusinessCode)
        }
        problems += occupationProblems(
            ownBusiness, file: File.ownBusiness, regionCodes: regionCodes, skillIDs: skillIDs)
        occupationCodes.insert(ownBusiness.code)

        var courseIDs = Set<String>()
        for course in courses {
            let file = File.courses
            if course.id.isEmpty { add(file, course.id, "id", CatalogText.required) }
            if !courseIDs.insert(course.id).inserted { add(file, course.id, "id", CatalogText.duplicate) }
            if !course.isNationwideOnline && !regionCodes.contains(course.region) {
                add(file, course.id, "region", CatalogText.unknownRegion.with(["value": course.region]))
            }
            if course.format == .any { add(file, course.id, "format", CatalogText.courseFormatAny) }
            if course.isNationwideOnline && course.format != .online {
                add(file, course.id, "format", CatalogText.onlineFormat)
            }
            if course.occupations.isEmpty { add(file, course.id, "occupations", CatalogText.required) }
            for code in course.occupations where !occupationCodes.contains(code) {
                add(file, course.id, "occupations", CatalogText.unknownOccupation.with(["value": code]))
            }
            if course.hours <= 0 { add(file, course.id, "hours", CatalogText.positive) }
            if course.durationMonths <= 0 { add(file, course.id, "durationMonths", CatalogText.positive) }
            if course.seats < 0 { add(file, course.id, "seats", CatalogText.notNegative) }
            if !(0...100).contains(course.practiceShare) { add(file, course.id, "practiceShare", CatalogText.percent) }
            if !(0...100).contains(course.employmentRate) {
                add(file, course.id, "employmentRate", CatalogText.percent)
            }
            if course.cost < .zero { add(file, course.id, "cost", CatalogText.notNegative) }
            if course.startDates.isEmpty { add(file, course.id, "startDates", CatalogText.required) }
        }

        let q = questionnaire
        for type in HollandType.allCases where !q.items.contains(where: { $0.type == type }) {
            add(File.questionnaire, q.id, "items", CatalogText.typeWithoutItems.with(["type": type.rawValue]))
        }
        if q.scale.isEmpty { add(File.questionnaire, q.id, "scale", CatalogText.required) }
        var itemIDs = Set<String>()
        for item in q.items where !itemIDs.insert(item.id).inserted {
            add(File.questionnaire, item.id, "id", CatalogText.duplicate)
        }

        var measureIDs = Set<String>()
        for measure in supportMeasures {
            if !measureIDs.insert(measure.id).inserted {
                add(File.supportMeasures, measure.id, "id", CatalogText.duplicate)
            }
            for code in measure.rule.regionCodes where !regionCodes.contains(code) {
                add(File.supportMeasures, measure.id, "rule", CatalogText.unknownRegion.with(["value": code]))
            }
        }
        var programmeIDs = Set<String>()
        for programme in programmes where !programmeIDs.insert(programme.id).inserted {
            add(File.programmes, programme.id, "id", CatalogText.duplicate)
        }
        return problems
    }

    private func occupationProblems(
        _ occupation: Occupation, file: String, regionCodes: Set<String>, skillIDs: Set<String>
    ) -> [CatalogProblem] {
        var problems: [CatalogProblem] = []
        func add(_ field: String, _ message: LocalizedText) {
            problems.append(CatalogProblem(file: file, entry: occupation.code, field: field, message: message))
        }
        if !Self.isHollandCode(occupation.hollandCode) {
            add("hollandCode", CatalogText.badHollandCode.with(["value": occupation.hollandCode]))
        }
        if occupation.skills.isEmpty { add("skills", CatalogText.required) }
        for id in occupation.skills where !skillIDs.contains(id) {
            add("skills", CatalogText.unknownSkill.with(["value": id]))
        }
        if occupation.medianWage <= .zero { add("medianWage", CatalogText.positive) }
        for (code, figures) in occupation.regions.sorted(by: { $0.key < $1.key }) {
            if !regionCodes.contains(code) { add("regions", CatalogText.unknownRegion.with(["value": code])) }
            if figures.medianWage <= .zero { add("regions.\(code).medianWage", CatalogText.positive) }
        }
        return problems
    }

    /// Three Latin capitals: `SAK`.
    public static func isRegionCode(_ code: String) -> Bool {
        code.count == 3 && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    /// Four digits: `7212`.
    public static func isOccupationCode(_ code: String) -> Bool {
        code.count == 4 && code.allSatisfy(\.isASCIIDigit)
    }

    /// Three different letters of RIASEC: `RIC`.
    public static func isHollandCode(_ code: String) -> Bool {
        guard let types = HollandType.parse(code: code) else { return false }
        return types.count == 3 && Set(types).count == 3
    }
}
