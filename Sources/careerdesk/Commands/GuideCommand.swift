import ArgumentParser
import CareerDeskCore
import Foundation

/// `careerdesk guide ID`: the ranked, explained recommendations and the support measures for a
/// stored case, from the case's questionnaire answers or from --answers.
struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract:
            "Rank occupations (and the own-business track) for a case, with score parts, reasons and support measures.",
        discussion: """
            Answers come from the case's guidance step or from --answers, one digit 1–5 per questionnaire item in \
            order. Without complete answers the ranking rests on demand, wage uplift and training availability alone.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @Argument(help: "The case id, e.g. SAK-2026-000042.") var id: String
    @Option(help: "Questionnaire answers, one digit 1–5 per item (commas and spaces allowed).") var answers: String?
    @Option(help: "How many recommendations to print (the JSON has all).") var limit = 10
    @Flag(help: "Print the result as JSON.") var json = false

    func run() throws {
        let language = store.language
        let caseID = try store.caseID(id)
        let catalog = try catalogOptions.load(language)
        let cases = try store.open()
        let item: Case
        do {
            item = try cases.load(caseID)
        } catch {
            throw CommandError(error.text(language))
        }
        let itemCount = catalog.questionnaire.items.count
        var guidance = item.guidance ?? Guidance()
        if let answers {
            guard let digits = InterestProfile.parseAnswers(answers) else {
                throw CommandError(GuidanceText.answersDigits(language))
            }
            guard digits.count == itemCount else {
                throw CommandError(
                    GuidanceText.answersCount.with(["expected": String(itemCount), "count": String(digits.count)])(
                        language))
            }
            guard digits.allSatisfy({ (1...5).contains($0) }) else {
                throw CommandError(GuidanceText.answersDigits(language))
            }
            guidance.answers = digits
        }
        let today = LocalDate(environmentClock().now)
        let result = GuidanceEngine(catalog: catalog).recommend(for: item.seeker, guidance: guidance, today: today)
        if json { return try printJSON(result) }

        out(GuidanceText.heading.with(["name": item.seeker.fullName, "id": item.id.description])(language))
        if let profile = result.profile {
            let s = profile.scores
            out(
                GuidanceText.profileLine.with([
                    "code": profile.hollandCode, "r": String(s.realistic), "i": String(s.investigative),
                    "a": String(s.artistic), "s": String(s.social), "e": String(s.enterprising),
                    "c": String(s.conventional),
                ])(language))
        } else {
            let answered = guidance.answers.compactMap { $0 }.count
            if answered > 0 {
                out(
                    GuidanceText.incompleteAnswers.with(["count": String(answered), "expected": String(itemCount)])(
                        language))
            }
            out(GuidanceText.noAnswers(language))
        }
        let w = result.weights
        out(
            GuidanceText.weightsLine.with([
                "interest": String(w.interest), "demand": String(w.demand), "wage": String(w.wage),
                "skills": String(w.skills), "training": String(w.training),
            ])(language))
        let base = result.upliftBase.formatted(language, kopecks: false)
        out(
            (result.upliftBaseIsMinimumWage ? GuidanceText.upliftBaseMinimum : GuidanceText.upliftBase)
                .with(["base": base])(language))
        out("")
        out(GuidanceText.recommendationsHeading(language))
        let shown = Array(result.recommendations.prefix(max(1, limit)))
        for r in shown { printRecommendation(r, catalog: catalog, language: language) }
        if let own = result.recommendations.first(where: { $0.track == .ownBusiness }), own.rank > shown.count {
            out(GuidanceText.alsoOwnBusiness.with(["rank": String(own.rank)])(language))
            printRecommendation(own, catalog: catalog, language: language)
        }
        out("")
        out(GuidanceText.measuresHeading(language))
        if result.supportMeasures.isEmpty { out("  " + GuidanceText.noMeasures(language)) }
        for m in result.supportMeasures {
            out("  • \(m.name(language)) — \(m.explanation(language))")
        }
    }

    func printRecommendation(_ r: Recommendation, catalog: Catalog, language: Language) {
        let dash = GuidanceText.notApplicable(language)
        let marker = r.track == .ownBusiness ? " [\(GuidanceText.ownBusinessMarker(language))]" : ""
        let code = r.track == .ownBusiness ? "" : r.occupationCode + " "
        out(String(format: "%3d. ", r.rank) + "\(code)\(r.name(language))\(marker) — \(r.score)")
        let p = r.parts
        out(
            "     "
                + GuidanceText.partsLine.with([
                    "interest": p.interest.map(String.init) ?? dash, "demand": String(p.demand),
                    "wage": String(p.wage), "skills": p.skills.map(String.init) ?? dash,
                    "training": String(p.training),
                    "penalty": p.educationPenalty > 0
                        ? GuidanceText.penalty.with(["n": String(p.educationPenalty)])(language) : "",
                ])(language))
        out("     " + r.reason(language))
        if let id = r.bestCourseId, let course = catalog.course(id) {
            out("     " + GuidanceText.courseLine.with(["id": id, "provider": course.provider(language)])(language))
        }
    }
}
