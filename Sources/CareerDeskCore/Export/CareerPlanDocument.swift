import Foundation

/// The individual career plan the officer and the seeker sign: the guidance result (Holland
/// code), the target occupation and why, the chosen course, support measures, and dated next steps.
public enum CareerPlanDocument {
    typealias T = DocumentText

    public static func make(_ item: Case, context c: DocumentContext) -> Document {
        let guidance = item.guidance
        var blocks: [DocumentBlock] = [
            .notice(c.text(T.personalDataNotice)),
            .fields([
                DocumentField(c.text(T.caseID), item.id.description),
                DocumentField(c.text(T.jobSeeker), item.seeker.fullName),
                DocumentField(c.text(T.region), c.regionName(item.seeker.region)),
                DocumentField(c.text(T.caseworker), item.caseworker),
                DocumentField(c.text(T.printedOn), c.day(c.date)),
            ]),
            .heading(c.text(T.guidanceHeading)),
            .fields([
                DocumentField(c.text(T.hollandCode), guidance?.hollandCode ?? c.text(T.hollandPending))
            ]),
        ]
        if let riasec = guidance?.riasec { blocks.append(.table(riasecTable(riasec, c))) }

        blocks.append(.heading(c.text(T.targetHeading)))
        var target: [DocumentField] = []
        if let track = guidance?.track {
            target.append(DocumentField(c.text(T.track), c.text(T.track(track))))
        }
        let occupation = occupationName(item, c)
        if let occupation { target.append(DocumentField(c.text(T.targetOccupation), occupation)) }
        if !target.isEmpty { blocks.append(.fields(target)) }
        blocks += [
            .heading(
                c.text(guidance?.track == .ownBusiness && occupation == nil ? T.whyOwnBusinessHeading : T.whyHeading)),
            .paragraph(reasons(item, c).map { "• " + $0 }.joined(separator: "\n")),
        ]

        blocks.append(.heading(c.text(T.chosenCourseHeading)))
        let course = ContractSections.course(item, item.contract, c)
        blocks.append(course.isEmpty ? .paragraph(c.text(T.noCourse)) : .fields(course))

        blocks.append(.heading(c.text(T.supportHeading)))
        let measures = (guidance?.supportMeasures ?? []).map { id in
            c.references.supportMeasureNames[id].map { c.text($0) } ?? id
        }
        blocks.append(
            .paragraph(
                measures.isEmpty ? c.text(T.noSupport) : measures.map { "• " + $0 }.joined(separator: "\n"))
        )

        blocks.append(.heading(c.text(T.nextStepsHeading)))
        blocks.append(
            .table(
                DocumentTable(
                    columns: [DocumentColumn(c.text(T.stepColumn)), DocumentColumn(c.text(T.dueColumn))],
                    rows: nextSteps(item, occupation: occupation, c).map { [$0.0, c.day($0.1)] })))
        blocks.append(.heading(c.text(T.signaturesHeading)))
        blocks.append(
            .signatures([
                ContractSections.signature(T.officer, item.caseworker, c),
                ContractSections.signature(T.jobSeeker, item.seeker.fullName, c),
            ]))
        return Document(title: c.text(T.planTitle), blocks: blocks)
    }

    static func occupationName(_ item: Case, _ c: DocumentContext) -> String? {
        guard let code = item.guidance?.targetOccupation else { return nil }
        return c.references.occupationName.map { c.text($0) + " (" + code + ")" } ?? code
    }

    static func riasecTable(_ s: RIASECScores, _ c: DocumentContext) -> DocumentTable {
        let rows: [(LocalizedText, Int)] = [
            (T.realistic, s.realistic), (T.investigative, s.investigative), (T.artistic, s.artistic),
            (T.social, s.social), (T.enterprising, s.enterprising), (T.conventional, s.conventional),
        ]
        return DocumentTable(
            columns: [
                DocumentColumn(c.text(T.riasecType)),
                DocumentColumn(c.text(T.riasecScore), alignment: .trailing),
            ],
            rows: rows.map { [c.text($0.0), String($0.1)] })
    }

    /// The guidance engine's reasons when the caller has them; otherwise what the case itself shows.
    static func reasons(_ item: Case, _ c: DocumentContext) -> [String] {
        if !c.references.occupationReasons.isEmpty {
            return c.references.occupationReasons.map { c.text($0) }
        }
        var reasons: [String] = []
        if let code = item.guidance?.hollandCode {
            reasons.append(c.text(T.reasonHolland.with(["code": code])))
        }
        if let terms = item.contract?.terms, terms.targetIncome > terms.baselineIncome {
            reasons.append(
                c.text(
                    T.reasonUplift.with([
                        "target": c.money(terms.targetIncome), "baseline": c.money(terms.baselineIncome),
                        "increase": c.money(terms.targetIncome - terms.baselineIncome),
                    ])))
        }
        if let course = item.course {
            reasons.append(c.text(T.reasonCourse.with(["course": c.courseTitle(course)])))
        }
        return reasons.isEmpty ? [c.text(T.noReasons)] : reasons
    }

    /// Dated steps from where the case stands: what is missing first, then the course and the contract calendar.
    static func nextSteps(_ item: Case, occupation: String?, _ c: DocumentContext) -> [(
        String, LocalDate
    )] {
        var steps: [(String, LocalDate)] = []
        let soon = c.date.adding(months: 0)
        if !item.seeker.consent.given { steps.append((c.text(T.stepConsent), soon)) }
        if item.guidance?.hollandCode == nil { steps.append((c.text(T.stepQuestionnaire), soon)) }
        if item.course == nil { steps.append((c.text(T.stepChooseCourse), soon)) }
        if let contract = item.contract, [.draft, .ready].contains(contract.status) {
            steps.append((c.text(T.stepSignContract), oneWeekAfter(c.date)))
        }
        let start = item.contract?.courseStart ?? item.course?.startDate
        let months = item.contract?.terms.courseMonths ?? item.course?.durationMonths
        let end = item.contract?.courseEnd ?? start.flatMap { s in months.map { s.adding(months: $0) } }
        if let course = item.course, let start, start >= c.date {
            steps.append((c.text(T.stepStartCourse.with(["course": c.courseTitle(course)])), start))
        }
        if let end, end >= c.date {
            steps.append((c.text(T.stepFinishCourse), end))
            if item.guidance?.track == .ownBusiness {
                steps.append((c.text(T.stepStartBusiness), end.adding(months: 1)))
            } else if let occupation {
                steps.append(
                    (c.text(T.stepFindJob.with(["occupation": occupation])), end.adding(months: 1)))
            }
            if let terms = item.contract?.terms {
                steps.append(
                    (
                        c.text(T.stepFirstPayment.with(["threshold": c.money(terms.paymentThreshold)])),
                        end.adding(months: terms.graceMonths + 1)
                    ))
            }
        }
        steps.append((c.text(T.stepReview), c.date.adding(months: 1)))
        return steps.sorted { $0.1 < $1.1 }
    }

    private static func oneWeekAfter(_ date: LocalDate) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(
            from: DateComponents(year: date.year, month: date.month, day: date.day))!
        return LocalDate(
            calendar.date(byAdding: .day, value: 7, to: start)!, timeZone: calendar.timeZone)
    }
}
