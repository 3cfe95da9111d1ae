import Foundation

/// Which support measures a seeker is entitled to: every measure whose rule holds, in catalog
/// order, with the conditions that matched, so the desk can offer them unasked.
public enum SupportMeasures {
    public static func eligible(
        _ measures: [SupportMeasure], for seeker: JobSeeker, track: Guidance.Track? = nil, today: LocalDate
    ) -> [EligibleMeasure] {
        let context = EligibilityContext(seeker: seeker, track: track, today: today)
        return measures.compactMap { measure in
            guard let matched = measure.rule.match(context) else { return nil }
            return EligibleMeasure(
                id: measure.id, name: measure.name, matched: matched,
                explanation: LocalizedName(explain(matched, context)))
        }
    }

    /// The matched conditions joined with "; ", each with the seeker's own value.
    public static func explain(_ conditions: [EligibilityRule], _ context: EligibilityContext) -> LocalizedText {
        let parts = conditions.map { describe($0, context) }
        return LocalizedText(
            ru: parts.map(\.ru).joined(separator: "; "), en: parts.map(\.en).joined(separator: "; "))
    }

    static func describe(_ rule: EligibilityRule, _ c: EligibilityContext) -> LocalizedText {
        func list<T>(_ values: [T], _ text: (T) -> LocalizedText) -> [String: String] {
            [
                "ru": values.map { text($0).ru }.joined(separator: ", "),
                "en": values.map { text($0).en }.joined(separator: ", "),
            ]
        }
        func fill(_ t: LocalizedText, _ ru: [String: String], _ en: [String: String]) -> LocalizedText {
            LocalizedText(ru: t.with(ru).ru, en: t.with(en).en)
        }
        let age = c.age.map(String.init) ?? "?"
        switch rule {
        case .ageAtLeast(let n): return GuidanceText.ruleAgeAtLeast.with(["age": age, "n": String(n)])
        case .ageAtMost(let n): return GuidanceText.ruleAgeAtMost.with(["age": age, "n": String(n)])
        case .employmentStatusIn:
            let status = c.seeker.employmentStatus.map(DocumentText.employment) ?? LocalizedText(ru: "?", en: "?")
            return fill(GuidanceText.ruleStatus, ["status": status.ru], ["status": status.en])
        case .priorityGroupsAny(let groups):
            let held = groups.filter(c.seeker.priorityGroups.contains)
            let names = list(held, DocumentText.priorityGroup)
            return fill(GuidanceText.ruleGroups, ["groups": names["ru"]!], ["groups": names["en"]!])
        case .unemployedMonthsAtLeast(let n):
            return GuidanceText.ruleUnemployedMonths.with([
                "months": c.unemployedMonths.map(String.init) ?? "?", "n": String(n),
            ])
        case .relocationIn:
            let r = DocumentText.relocation(c.seeker.constraints.relocation)
            return fill(GuidanceText.ruleRelocation, ["value": r.ru], ["value": r.en])
        case .regionIn: return GuidanceText.ruleRegion.with(["region": c.seeker.region])
        case .trackIs(let track):
            return track == .ownBusiness ? GuidanceText.ruleTrackOwnBusiness : GuidanceText.ruleTrackEmployment
        case .baselineIncomeAtMost(let limit):
            return LocalizedText(
                ru: GuidanceText.ruleIncomeAtMost.with([
                    "income": c.seeker.baselineIncome.formatted(.ru, kopecks: false),
                    "limit": limit.formatted(.ru, kopecks: false),
                ]).ru,
                en: GuidanceText.ruleIncomeAtMost.with([
                    "income": c.seeker.baselineIncome.formatted(.en, kopecks: false),
                    "limit": limit.formatted(.en, kopecks: false),
                ]).en)
        case .not(let inner):
            let text = describeCondition(inner)
            return fill(GuidanceText.ruleNot, ["rule": text.ru], ["rule": text.en])
        case .all(let rules), .any(let rules):
            let parts = rules.map { describe($0, c) }
            return LocalizedText(
                ru: parts.map(\.ru).joined(separator: "; "), en: parts.map(\.en).joined(separator: "; "))
        }
    }

    /// A condition in general terms (for `not`, where the seeker's value is what did not match).
    static func describeCondition(_ rule: EligibilityRule) -> LocalizedText {
        switch rule {
        case .regionIn(let codes): return GuidanceText.ruleRegion.with(["region": codes.joined(separator: ", ")])
        case .ageAtLeast(let n): return GuidanceText.conditionAgeAtLeast.with(["n": String(n)])
        case .ageAtMost(let n): return GuidanceText.conditionAgeAtMost.with(["n": String(n)])
        default: return LocalizedText(ru: rule.key, en: rule.key)
        }
    }
}
