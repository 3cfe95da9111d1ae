import Foundation

extension DocumentReferences {
    /// The names a case's ids stand for, looked up in the catalog. Ids the catalog does not
    /// know stay unnamed, and the documents print the id itself.
    public init(for item: Case, catalog: Catalog) {
        self.init()
        regionName = catalog.region(item.seeker.region)?.name.text
        if let code = item.guidance?.targetOccupation {
            occupationName = catalog.occupation(code)?.name.text
        }
        if let id = item.contract?.programmeId { programme = catalog.programme(id) }
        for id in item.guidance?.supportMeasures ?? [] {
            if let measure = catalog.supportMeasure(id) { supportMeasureNames[id] = measure.name.text }
        }
        if let id = item.course?.courseId, let course = catalog.course(id) {
            courseTitle = course.title.text
            providerName = course.provider.text
            practiceShare = course.practiceShare
        }
    }

    /// The names, and the guidance engine's reasons for the case's target (see
    /// `guidanceReasons`): what the career plan prints under "why this occupation".
    public init(
        for item: Case, catalog: Catalog, explainingGuidanceOn today: LocalDate, wording: GuidanceWording? = nil
    ) {
        self.init(for: item, catalog: catalog)
        occupationReasons = Self.guidanceReasons(for: item, catalog: catalog, today: today, wording: wording)
    }

    /// Why the case's target occupation (or the own-business track) was recommended: the guidance
    /// engine's one-line reason and its rank, score and score parts. The ranking is computed as of
    /// the day guidance was completed (else `today`), so a plan printed after the course has
    /// started still explains the choice as it was made. Empty when the case has no target or
    /// the catalog no longer ranks it (e.g. it was removed by an import).
    /// `wording` keeps the rank lines already worded, for a run that explains many cases.
    public static func guidanceReasons(
        for item: Case, catalog: Catalog, today: LocalDate, wording: GuidanceWording? = nil
    ) -> [LocalizedText] {
        guard let guidance = item.guidance else { return [] }
        let code: String
        if let target = guidance.targetOccupation {
            code = target
        } else if guidance.track == .ownBusiness {
            code = catalog.ownBusiness.code
        } else {
            return []
        }
        let day = guidance.completedAt.map { LocalDate($0, timeZone: TimeZone(identifier: "UTC")!) } ?? today
        // Only the target's place in the ranking is printed: the engine ranks every outcome but
        // words the reason of the target alone (the same figures `recommend` gives).
        guard
            let ranking = GuidanceEngine(catalog: catalog).ranking(
                of: code, for: item.seeker, guidance: guidance, today: day)
        else { return [] }
        let r = ranking.recommendation
        let total = String(ranking.count)
        func rankLine(_ language: Language) -> String {
            let dash = GuidanceText.notApplicable(language)
            let p = r.parts
            let parts = GuidanceText.partsLine.with([
                "interest": p.interest.map(String.init) ?? dash, "demand": String(p.demand),
                "wage": String(p.wage), "skills": p.skills.map(String.init) ?? dash,
                "training": String(p.training),
                "penalty": p.educationPenalty > 0
                    ? GuidanceText.penalty.with(["n": String(p.educationPenalty)])(language) : "",
            ])(language)
            let template = ranking.usesInterests ? DocumentText.reasonRank : DocumentText.reasonRankWithoutInterests
            return template.with([
                "rank": String(r.rank), "count": total, "score": String(r.score), "parts": parts,
            ])(language)
        }
        let key = GuidanceWording.RankKey(
            rank: r.rank, count: ranking.count, score: r.score, parts: r.parts, usesInterests: ranking.usesInterests)
        return [
            LocalizedText(ru: r.reason.ru + ".", en: r.reason.en + "."),
            wording?.rankLine(key) { LocalizedText(ru: rankLine(.ru), en: rankLine(.en)) }
                ?? LocalizedText(ru: rankLine(.ru), en: rankLine(.en)),
        ]
    }
}

/// The career plan's rank lines already worded, by everything they say: an export of thousands
/// of cases words each distinct line once, as filling the templates costs more than the ranking.
/// One per run (or per desk), shared by the threads of a parallel export.
public final class GuidanceWording: @unchecked Sendable {
    struct RankKey: Hashable {
        var rank: Int
        var count: Int
        var score: Int
        var parts: ScoreParts
        var usesInterests: Bool
    }

    // Guards `rankLines`, which every thread of an export reads and adds to.
    private let lock = NSLock()
    private var rankLines: [RankKey: LocalizedText] = [:]

    public init() {}

    func rankLine(_ key: RankKey, _ make: () -> LocalizedText) -> LocalizedText {
        if let line = lock.withLock({ rankLines[key] }) { return line }
        let line = make()
        lock.withLock { rankLines[key] = line }
        return line
    }
}

extension CaseExport.CatalogEntries {
    /// The catalog entries the case refers to, copied whole so the export stands on its own.
    public init(for item: Case, catalog: Catalog) throws {
        self.init()
        if let region = catalog.region(item.seeker.region) {
            self.region = try JSONValue(encoding: region)
        }
        if let code = item.guidance?.targetOccupation, let occupation = catalog.occupation(code) {
            self.occupation = try JSONValue(encoding: occupation)
        }
        if let id = item.course?.courseId, let course = catalog.course(id) {
            self.course = try JSONValue(encoding: course)
        }
        if let id = item.contract?.programmeId, let programme = catalog.programme(id) {
            self.programme = try JSONValue(encoding: programme)
        }
        supportMeasures = try (item.guidance?.supportMeasures ?? []).compactMap {
            catalog.supportMeasure($0)
        }.map {
            try JSONValue(encoding: $0)
        }
    }
}
