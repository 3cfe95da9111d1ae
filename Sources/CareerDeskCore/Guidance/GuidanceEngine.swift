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
        let scoring = self.scoring(for: seeker, guidance: guidance, today: today)
        var scored: [Recommendation] = []
        for position in 0..<catalog.outcomeCount {
            guard let r = recommendation(at: position, scoring) else { continue }
            scored.append(r)
        }
        scored.sort(by: Self.ranksBefore)
        for i in scored.indices { scored[i].rank = i + 1 }

        let measures = SupportMeasures.eligible(
            catalog.supportMeasures, for: seeker, track: guidance?.track, today: today)
        return GuidanceResult(
            questionnaireId: catalog.questionnaire.id, profile: scoring.profile, usesInterests: scoring.profile != nil,
            weights: scoring.weights, upliftBase: scoring.base,
            upliftBaseIsMinimumWage: scoring.base > seeker.baselineIncome,
            recommendations: scored, supportMeasures: measures)
    }

    /// The recommendation `recommend` ranks for one outcome (an OKZ code or `own-business`), with
    /// its rank and how many outcomes were ranked: the same figures and reason, without the
    /// reasons of every other outcome or the support measures. What a document explaining the
    /// seeker's target needs, at a fraction of the cost. Nil when the outcome is not ranked.
    public func ranking(of code: String, for seeker: JobSeeker, guidance: Guidance?, today: LocalDate)
        -> TargetRanking?
    {
        let scoring = self.scoring(for: seeker, guidance: guidance, today: today)
        // Every outcome's place needs only what `ranksBefore` compares: its score, interest fit,
        // demand and code. The whole recommendation is made for the target alone.
        var keys: [RankKey] = []
        keys.reserveCapacity(catalog.outcomeCount)
        var target: RankKey?
        for position in 0..<catalog.outcomeCount {
            guard let score = outcomeScore(at: position, scoring) else { continue }
            let key = RankKey(
                score: score.total, interest: score.parts.interest ?? 0, demandIndex: score.figures.demandIndex,
                position: position)
            keys.append(key)
            // Of two outcomes with the code, the sort puts first the better, else the earlier.
            if occupationCode(at: position) == code, target.map({ ranksBefore(key, $0) }) ?? true { target = key }
        }
        guard let target, var r = recommendation(at: target.position, scoring) else { return nil }
        // `recommend` sorts and counts places; the place is one after every outcome ranked before it.
        r.rank = 1 + keys.lazy.filter { ranksBefore($0, target) }.count
        return TargetRanking(recommendation: r, count: keys.count, usesInterests: scoring.profile != nil)
    }

    /// What `ranksBefore` compares of a recommendation, and where its outcome is.
    struct RankKey {
        var score: Int
        var interest: Int
        var demandIndex: DemandIndex
        var position: Int
    }

    /// `ranksBefore` for two outcomes' keys (the code read only when all else is equal).
    func ranksBefore(_ a: RankKey, _ b: RankKey) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.interest != b.interest { return a.interest > b.interest }
        if a.demandIndex != b.demandIndex { return a.demandIndex > b.demandIndex }
        return occupationCode(at: a.position) < occupationCode(at: b.position)
    }

    private func occupationCode(at position: Int) -> String {
        position < catalog.occupations.count ? catalog.occupations[position].code : catalog.ownBusiness.code
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

    /// One seeker's side of scoring, worked out once for all the outcomes.
    struct Scoring {
        var seeker: JobSeeker
        var profile: InterestProfile?
        var weights: ScoreWeights
        var base: Money
        var skills: Set<String>
        /// Whether the seeker has each skill of `Catalog.skillNumbers` (empty without a profile,
        /// when skills do not count).
        var hasSkill: [Bool]
        var today: LocalDate
    }

    func scoring(for seeker: JobSeeker, guidance: Guidance?, today: LocalDate) -> Scoring {
        let profile = guidance.flatMap { self.profile(answers: $0.answers) }
        let skills = Set(guidance?.skills ?? [])
        var hasSkill: [Bool] = []
        if profile != nil {
            hasSkill = Array(repeating: false, count: catalog.skillNumbers.count)
            for skill in skills { if let n = catalog.skillNumbers[skill] { hasSkill[n] = true } }
        }
        return Scoring(
            seeker: seeker, profile: profile,
            weights: profile == nil ? ScoreWeights.withoutInterests : ScoreWeights.withInterests,
            base: upliftBase(for: seeker), skills: skills, hasSkill: hasSkill, today: today)
    }

    /// An outcome's score parts and the figures behind them: all of a recommendation but its
    /// skill lists and reason, and all that ranks it.
    struct OutcomeScore {
        var parts: ScoreParts
        var total: Int
        var figures: Occupation.RegionalFigures
        var regional: Bool
        var uplift: Int
        /// The best course the seeker can take (its place in `Catalog.courses`), how, and its points.
        var best: (index: Int, reach: CourseReach, points: Int)?
        var available: Int
        var shortfall: Int
    }

    /// The outcome's score, or nil when it has no labour market in the seeker's region and the
    /// seeker will not move anywhere.
    func outcomeScore(at position: Int, _ s: Scoring) -> OutcomeScore? {
        if position < catalog.occupations.count {
            return outcomeScore(catalog.occupations[position], terms: catalog.outcomeTerms[position], s)
        }
        return outcomeScore(catalog.ownBusiness, terms: catalog.outcomeTerms[position], s)
    }

    private func outcomeScore(_ occupation: borrowing Occupation, terms: borrowing OutcomeTerms, _ s: Scoring)
        -> OutcomeScore?
    {
        let seeker = s.seeker
        let regional = occupation.figures(in: seeker.region)
        if regional == nil && seeker.constraints.relocation != .anywhere { return nil }
        let figures =
            regional
            ?? Occupation.RegionalFigures(medianWage: occupation.medianWage, demandIndex: occupation.demandIndex)

        let interest = s.profile.map { HollandCongruence.fit($0.hollandCode, occupation.hollandCode) }
        let demand = min(100, figures.demandIndex.hundredths / 3)
        let base = s.base
        let uplift = base.kopecks > 0 ? Int((figures.medianWage.kopecks - base.kopecks) * 100 / base.kopecks) : 100
        let wage = max(0, min(100, uplift))
        var skillsPart: Int?
        if s.profile != nil {
            var matched = 0
            for n in terms.skillNumbers where s.hasSkill[n] { matched += 1 }
            skillsPart = terms.skillNumbers.isEmpty ? 100 : matched * 100 / terms.skillNumbers.count
        }

        var best: (index: Int, reach: CourseReach, points: Int)?
        var available = 0
        for course in terms.courses {
            guard let reach = CourseAccess.reach(course, for: seeker, today: s.today) else { continue }
            available += 1
            let points = CourseAccess.points(employmentRate: course.employmentRate, reach: reach)
            if best == nil || points > best!.points { best = (course.index, reach, points) }
        }
        let shortfall = seeker.educationLevel.map { max(0, terms.educationRank - $0.rank) } ?? 0
        let parts = ScoreParts(
            interest: interest, demand: demand, wage: wage, skills: skillsPart, training: best?.points ?? 0,
            educationPenalty: 10 * shortfall)
        let total = max(0, min(100, s.weights.total(parts) - parts.educationPenalty))
        return OutcomeScore(
            parts: parts, total: total, figures: figures, regional: regional != nil, uplift: uplift, best: best,
            available: available, shortfall: shortfall)
    }

    /// The outcome's whole recommendation with its reason (rank 0), or nil when it is not ranked
    /// for the seeker.
    func recommendation(at position: Int, _ s: Scoring) -> Recommendation? {
        guard let score = outcomeScore(at: position, s) else { return nil }
        let occupation = catalog.outcome(at: position)
        var r = Recommendation(
            rank: 0, track: occupation.isOwnBusiness ? .ownBusiness : .employment, occupationCode: occupation.code,
            name: occupation.name, hollandCode: occupation.hollandCode, score: score.total, parts: score.parts,
            medianWage: score.figures.medianWage, demandIndex: score.figures.demandIndex,
            regionalFigures: score.regional, wageUpliftPercent: score.uplift,
            matchedSkills: occupation.skills.filter(s.skills.contains),
            missingSkills: occupation.skills.filter { !s.skills.contains($0) },
            bestCourseId: score.best.map { catalog.courses[$0.index].id }, bestCourseReach: score.best?.reach,
            courseCount: score.available, educationShortfall: score.shortfall, reason: LocalizedName(ru: "", en: ""))
        r.reason = LocalizedName(
            GuidanceReason.text(
                for: r, occupation: occupation, seekerCode: s.profile?.hollandCode, weights: s.weights,
                bestCourse: score.best.map { catalog.courses[$0.index] }, catalog: catalog))
        return r
    }
}
