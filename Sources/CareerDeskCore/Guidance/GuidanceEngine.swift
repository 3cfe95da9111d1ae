import Foundation

/// Career guidance: the interest profile from the questionnaire, a ranked and explained list of
/// occupations (and the own-business track), and the support measures the seeker is entitled
/// to. Deterministic and integer-only, so the same case always gives the same list; the scoring
/// is documented in docs/guidance.md.
public struct GuidanceEngine: Sendable {
    public let catalog: Catalog

    public init(catalog: Catalog) { self.catalog = catalog }

    /// The interest profile, or nil unless every questionnaire item is answered 1–5.
    public func profile(answers: [Int?]) -> InterestProfile? {
        InterestProfile.score(answers: answers, questionnaire: catalog.questionnaire)
    }

    /// Ranks every occupation and the own-business track for the seeker, best first, and lists
    /// the support measures. `guidance` gives the answers, the skills and the track considered
    /// (for measures that depend on it); `today` is the day ages and course starts count from.
    public func recommend(for seeker: JobSeeker, guidance: Guidance?, today: LocalDate) -> GuidanceResult {
        let profile = guidance.flatMap { self.profile(answers: $0.answers) }
        let weights = profile == nil ? ScoreWeights.withoutInterests : ScoreWeights.withInterests
        let base = upliftBase(for: seeker)
        let skills = Set(guidance?.skills ?? [])

        var scored: [Recommendation] = []
        for occupation in catalog.outcomes {
            guard
                let r = score(
                    occupation, seeker: seeker, profile: profile, skills: skills, base: base, weights: weights,
                    today: today)
            else { continue }
            scored.append(r)
        }
        scored.sort(by: Self.ranksBefore)
        for i in scored.indices { scored[i].rank = i + 1 }

        let measures = SupportMeasures.eligible(
            catalog.supportMeasures, for: seeker, track: guidance?.track, today: today)
        return GuidanceResult(
            questionnaireId: catalog.questionnaire.id, profile: profile, usesInterests: profile != nil,
            weights: weights, upliftBase: base, upliftBaseIsMinimumWage: base > seeker.baselineIncome,
            recommendations: scored, supportMeasures: measures)
    }

    /// The recommendation `recommend` ranks for one outcome (an OKZ code or `own-business`), with
    /// its rank and how many outcomes were ranked: the same figures and reason, without the
    /// reasons of every other outcome or the support measures. What a document explaining the
    /// seeker's target needs, at a fraction of the cost. Nil when the outcome is not ranked.
    public func ranking(of code: String, for seeker: JobSeeker, guidance: Guidance?, today: LocalDate)
        -> TargetRanking?
    {
        let profile = guidance.flatMap { self.profile(answers: $0.answers) }
        let weights = profile == nil ? ScoreWeights.withoutInterests : ScoreWeights.withInterests
        let base = upliftBase(for: seeker)
        let skills = Set(guidance?.skills ?? [])

        var scored: [(recommendation: Recommendation, occupation: Occupation, bestCourse: Course?)] = []
        for occupation in catalog.outcomes {
            guard
                let (r, best) = figures(
                    occupation, seeker: seeker, profile: profile, skills: skills, base: base, weights: weights,
                    today: today)
            else { continue }
            scored.append((r, occupation, best))
        }
        // The same order as `recommend`: the same comparison over the same outcomes in the same order.
        scored.sort { Self.ranksBefore($0.recommendation, $1.recommendation) }
        guard let index = scored.firstIndex(where: { $0.recommendation.occupationCode == code }) else { return nil }
        var (r, occupation, best) = scored[index]
        r.rank = index + 1
        r.reason = LocalizedName(
            GuidanceReason.text(
                for: r, occupation: occupation, seekerCode: profile?.hollandCode, weights: weights, bestCourse: best,
                catalog: catalog))
        return TargetRanking(recommendation: r, count: scored.count, usesInterests: profile != nil)
    }

    /// Best first: by score, then interest fit, then demand, then code (a total order, so the
    /// ranking never depends on the catalog's order).
    static func ranksBefore(_ a: Recommendation, _ b: Recommendation) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if (a.parts.interest ?? 0) != (b.parts.interest ?? 0) {
            return (a.parts.interest ?? 0) > (b.parts.interest ?? 0)
        }
        if a.demandIndex != b.demandIndex { return a.demandIndex > b.demandIndex }
        return a.occupationCode < b.occupationCode
    }

    /// The income the wage uplift is measured from: the baseline, or the region's minimum wage
    /// when that is higher (the lowest minimum wage for a region the catalog does not know).
    func upliftBase(for seeker: JobSeeker) -> Money {
        let region = catalog.region(seeker.region)
        let floor = region?.minimumWage ?? catalog.regions.map(\.minimumWage).min() ?? .zero
        return max(seeker.baselineIncome, floor)
    }

    /// One occupation's score, or nil when it has no labour market in the seeker's region and
    /// the seeker will not move anywhere.
    func score(
        _ occupation: Occupation, seeker: JobSeeker, profile: InterestProfile?, skills: Set<String>, base: Money,
        weights: ScoreWeights, today: LocalDate
    ) -> Recommendation? {
        guard
            let (unexplained, best) = figures(
                occupation, seeker: seeker, profile: profile, skills: skills, base: base, weights: weights,
                today: today)
        else { return nil }
        var r = unexplained
        r.reason = LocalizedName(
            GuidanceReason.text(
                for: r, occupation: occupation, seekerCode: profile?.hollandCode, weights: weights,
                bestCourse: best, catalog: catalog))
        return r
    }

    /// One occupation's score and figures without its reason (which does not depend on the rank),
    /// and the best course the reason names.
    func figures(
        _ occupation: Occupation, seeker: JobSeeker, profile: InterestProfile?, skills: Set<String>, base: Money,
        weights: ScoreWeights, today: LocalDate
    ) -> (Recommendation, bestCourse: Course?)? {
        let regional = occupation.figures(in: seeker.region)
        if regional == nil && seeker.constraints.relocation != .anywhere { return nil }
        let figures = regional ?? occupation.figuresOrNational(in: seeker.region)

        let interest = profile.map { HollandCongruence.fit($0.hollandCode, occupation.hollandCode) }
        let demand = min(100, figures.demandIndex.hundredths / 3)
        let uplift = base.kopecks > 0 ? Int((figures.medianWage.kopecks - base.kopecks) * 100 / base.kopecks) : 100
        let wage = max(0, min(100, uplift))
        let matched = occupation.skills.filter(skills.contains)
        let missing = occupation.skills.filter { !skills.contains($0) }
        let skillsPart =
            profile == nil ? nil : (occupation.skills.isEmpty ? 100 : matched.count * 100 / occupation.skills.count)

        var best: (course: Course, reach: CourseReach, points: Int)?
        var available = 0
        for course in catalog.courses(for: occupation.code) {
            guard let reach = CourseAccess.reach(course, for: seeker, today: today) else { continue }
            available += 1
            let points = CourseAccess.points(course, reach: reach)
            if best == nil || points > best!.points { best = (course, reach, points) }
        }
        let shortfall = seeker.educationLevel.map { max(0, occupation.educationLevel.rank - $0.rank) } ?? 0
        let parts = ScoreParts(
            interest: interest, demand: demand, wage: wage, skills: skillsPart, training: best?.points ?? 0,
            educationPenalty: 10 * shortfall)
        let total = max(0, min(100, weights.total(parts) - parts.educationPenalty))

        let r = Recommendation(
            rank: 0, track: occupation.isOwnBusiness ? .ownBusiness : .employment, occupationCode: occupation.code,
            name: occupation.name, hollandCode: occupation.hollandCode, score: total, parts: parts,
            medianWage: figures.medianWage, demandIndex: figures.demandIndex, regionalFigures: regional != nil,
            wageUpliftPercent: uplift, matchedSkills: matched, missingSkills: missing, bestCourseId: best?.course.id,
            bestCourseReach: best?.reach, courseCount: available, educationShortfall: shortfall,
            reason: LocalizedName(ru: "", en: ""))
        return (r, best?.course)
    }
}
