import Foundation

/// The one-line reason of a recommendation: its two strongest parts (by weighted points), then
/// the most important caveat, e.g. "Interests match (RIE ↔ RIC); high demand: 3.95 vacancies per
/// job seeker — lacks: MIG/MAG welding".
enum GuidanceReason {
    static func text(
        for r: Recommendation, occupation: Occupation, seekerCode: String?, weights: ScoreWeights,
        bestCourse: Course?, catalog: Catalog
    ) -> LocalizedText {
        var strengths: [(points: Int, text: LocalizedText)] = []
        let p = r.parts
        if let interest = p.interest, let seekerCode, interest >= 60 {
            strengths.append(
                (
                    weights.interest * interest,
                    GuidanceText.reasonInterest.with(["seeker": seekerCode, "occupation": r.hollandCode])
                ))
        }
        if p.demand >= 50 {
            strengths.append(
                (
                    weights.demand * p.demand,
                    GuidanceText.reasonDemand.localizedDemand(r.demandIndex)
                ))
        }
        if p.wage >= 20 {
            strengths.append(
                (
                    weights.wage * p.wage,
                    LocalizedText(
                        ru: GuidanceText.reasonWage.with([
                            "wage": r.medianWage.formatted(.ru, kopecks: false), "percent": String(r.wageUpliftPercent),
                        ]).ru,
                        en: GuidanceText.reasonWage.with([
                            "wage": r.medianWage.formatted(.en, kopecks: false), "percent": String(r.wageUpliftPercent),
                        ]).en)
                ))
        }
        if let skills = p.skills, skills >= 50 {
            strengths.append(
                (
                    weights.skills * skills,
                    GuidanceText.reasonSkills.with([
                        "have": String(r.matchedSkills.count), "total": String(occupation.skills.count),
                    ])
                ))
        }
        if let course = bestCourse, let reach = r.bestCourseReach {
            let template: LocalizedText =
                switch reach {
                case .inRegion: GuidanceText.reasonCourseInRegion
                case .online: GuidanceText.reasonCourseOnline
                case .otherRegion: GuidanceText.reasonCourseElsewhere
                }
            strengths.append((weights.training * p.training, template.with(["rate": String(course.employmentRate)])))
        }
        // Stable order: by points, then by the order the parts were added.
        let top = strengths.enumerated().sorted { ($0.element.points, -$0.offset) > ($1.element.points, -$1.offset) }
            .prefix(2).map(\.element.text)

        var caveats: [LocalizedText] = []
        if bestCourse == nil { caveats.append(GuidanceText.caveatNoCourse) }
        if r.educationShortfall > 0 {
            caveats.append(
                GuidanceText.caveatEducation.filled(DocumentText.education(occupation.educationLevel)))
        }
        if let interest = p.interest, let seekerCode, interest < 30 {
            caveats.append(GuidanceText.caveatInterest.with(["seeker": seekerCode, "occupation": r.hollandCode]))
        }
        if let skills = p.skills, skills < 50, !r.missingSkills.isEmpty {
            let names = r.missingSkills.prefix(2).map { catalog.skill($0)?.name ?? LocalizedName(ru: $0, en: $0) }
            caveats.append(
                LocalizedText(
                    ru: GuidanceText.caveatSkills.with(["skills": names.map(\.ru).joined(separator: ", ")]).ru,
                    en: GuidanceText.caveatSkills.with(["skills": names.map(\.en).joined(separator: ", ")]).en))
        }
        if r.wageUpliftPercent <= 0 { caveats.append(GuidanceText.caveatNoUplift) }
        if r.demandIndex.hundredths < 100 { caveats.append(GuidanceText.caveatLowDemand) }
        if !r.regionalFigures { caveats.append(GuidanceText.caveatNational) }

        func line(_ language: Language) -> String {
            var text = top.map { $0(language) }.joined(separator: "; ")
            if let caveat = caveats.first {
                text += text.isEmpty ? caveat(language) : " — " + caveat(language)
            }
            return text.prefix(1).uppercased() + text.dropFirst()
        }
        return LocalizedText(ru: line(.ru), en: line(.en))
    }
}

extension LocalizedText {
    /// Fills `{demand}` with the index as each language writes it (`2,40` / `2.40`).
    fileprivate func localizedDemand(_ d: DemandIndex) -> LocalizedText {
        with("demand", LocalizedText(ru: d.formatted(.ru), en: d.formatted(.en)))
    }

    /// Fills `{value}` in each language with that language's text.
    fileprivate func filled(_ value: LocalizedText) -> LocalizedText { with("value", value) }
}
