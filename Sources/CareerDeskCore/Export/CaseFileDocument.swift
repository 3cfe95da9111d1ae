import Foundation

/// The whole case file for a person to read (Markdown, HTML, PDF): profile, guidance, course,
/// contract with its history, notes, feedback and the case's own log.
public enum CaseFileDocument {
    typealias T = DocumentText

    public static func make(_ item: Case, context c: DocumentContext) -> Document {
        var blocks: [DocumentBlock] = [
            .notice(c.text(T.personalDataNotice)),
            .heading(c.text(T.overviewHeading)),
            .fields([
                DocumentField(c.text(T.caseID), item.id.description),
                DocumentField(c.text(T.caseStatus), c.text(T.status(item.status))),
                DocumentField(c.text(T.caseStage), c.text(T.stage(item.stage))),
                DocumentField(c.text(T.caseworker), item.caseworker),
                DocumentField(c.text(T.createdAt), c.moment(item.createdAt)),
                DocumentField(c.text(T.updatedAt), c.moment(item.updatedAt)),
                DocumentField(c.text(T.revision), String(item.revision)),
                DocumentField(c.text(T.printedOn), c.day(c.date)),
            ]),
            .heading(c.text(T.profileHeading)),
            .fields(profile(item.seeker, c)),
            .heading(c.text(T.guidanceHeading)),
        ]
        blocks += guidance(item, c)
        blocks.append(.heading(c.text(T.chosenCourseHeading)))
        let course = ContractSections.course(item, item.contract, c)
        blocks.append(course.isEmpty ? .paragraph(c.text(T.noCourse)) : .fields(course))

        blocks.append(.heading(c.text(T.contractHeading)))
        if let contract = item.contract {
            blocks += self.contract(item, contract, c)
        } else {
            blocks.append(.paragraph(c.text(T.contractMissing.with(["id": item.id.description]))))
        }

        blocks.append(.heading(c.text(T.notesHeading)))
        blocks.append(
            item.notes.isEmpty
                ? .paragraph(c.text(T.nothingYet))
                : .table(
                    DocumentTable(
                        columns: [
                            DocumentColumn(c.text(T.whenColumn)), DocumentColumn(c.text(T.byColumn)),
                            DocumentColumn(c.text(T.caseStage)), DocumentColumn(c.text(T.noteColumn)),
                        ],
                        rows: item.notes.map {
                            [c.moment($0.at), $0.author, $0.stage.map { c.text(T.stage($0)) } ?? "", $0.text]
                        })))
        blocks.append(.heading(c.text(T.feedbackHeading)))
        blocks.append(
            item.feedback.isEmpty
                ? .paragraph(c.text(T.nothingYet))
                : .table(
                    DocumentTable(
                        columns: [
                            DocumentColumn(c.text(T.whenColumn)), DocumentColumn(c.text(T.caseStage)),
                            DocumentColumn(c.text(T.ratingColumn), alignment: .trailing),
                            DocumentColumn(c.text(T.commentColumn)),
                        ],
                        rows: item.feedback.map {
                            [c.day($0.at), c.text(T.stage($0.stage)), String($0.rating) + "/5", $0.comment ?? ""]
                        })))
        blocks.append(.heading(c.text(T.historyHeading)))
        blocks.append(
            .table(
                DocumentTable(
                    columns: [
                        DocumentColumn(c.text(T.whenColumn)), DocumentColumn(c.text(T.byColumn)),
                        DocumentColumn(c.text(T.actionColumn)), DocumentColumn(c.text(T.fieldsColumn)),
                    ],
                    rows: item.history.map {
                        [c.moment($0.at), $0.by, $0.action, ($0.fields ?? []).joined(separator: ", ")]
                    })))
        return Document(
            title: c.text(T.caseFileTitle.with(["id": item.id.description])), blocks: blocks)
    }

    /// What `export --format md|html|pdf` writes for one case: the case file, then (on a new
    /// page) the contract summary when the case has a contract.
    public static func export(_ item: Case, context c: DocumentContext) -> Document {
        let caseFile = make(item, context: c)
        guard let summary = try? ContractSummaryDocument.make(item, context: c) else { return caseFile }
        var blocks = caseFile.blocks
        blocks +=
            [.pageBreak, .title(summary.title)]
            + summary.blocks.filter { if case .notice = $0 { false } else { true } }
        return Document(title: caseFile.title, blocks: blocks)
    }

    static func profile(_ s: JobSeeker, _ c: DocumentContext) -> [DocumentField] {
        func optional(_ value: String?) -> String {
            value.flatMap { $0.isEmpty ? nil : $0 } ?? c.text(T.notSpecified)
        }
        var consent =
            s.consent.given
            ? c.text(T.consentGivenOn.with(["date": c.day(s.consent.date)])) : c.text(T.no)
        if let withdrawn = s.consent.withdrawnOn {
            consent += "; " + c.text(T.consentWithdrawnOn.with(["date": c.day(withdrawn)]))
        }
        var fields = [
            DocumentField(c.text(T.fullName), s.fullName),
            DocumentField(c.text(T.birthDate), c.day(s.birthDate)),
            DocumentField(c.text(T.snils), optional(s.snils)),
            DocumentField(c.text(T.phone), optional(s.phone)),
            DocumentField(c.text(T.email), optional(s.email)),
            DocumentField(c.text(T.region), c.regionName(s.region)),
            DocumentField(c.text(T.municipality), optional(s.municipality)),
            DocumentField(
                c.text(T.educationLevel), optional(s.educationLevel.map { c.text(T.education($0)) })),
            DocumentField(
                c.text(T.employmentStatus), optional(s.employmentStatus.map { c.text(T.employment($0)) })),
        ]
        if let since = s.unemployedSince {
            fields.append(DocumentField(c.text(T.unemployedSince), c.day(since)))
        }
        fields += [
            DocumentField(c.text(T.currentOccupation), optional(s.currentOccupation)),
            DocumentField(c.text(T.baselineIncome), c.money(s.baselineIncome)),
            DocumentField(c.text(T.experience), optional(s.yearsOfExperience.map(String.init))),
            DocumentField(
                c.text(T.priorityGroups),
                s.priorityGroups.isEmpty
                    ? c.text(T.none)
                    : s.priorityGroups.map { c.text(T.priorityGroup($0)) }.joined(separator: ", ")),
            DocumentField(c.text(T.relocation), c.text(T.relocation(s.constraints.relocation))),
            DocumentField(c.text(T.schedule), c.text(T.schedule(s.constraints.schedule))),
            DocumentField(c.text(T.learningFormat), c.text(T.format(s.constraints.format))),
            DocumentField(c.text(T.consent), consent),
        ]
        return fields
    }

    static func guidance(_ item: Case, _ c: DocumentContext) -> [DocumentBlock] {
        guard let g = item.guidance else { return [.paragraph(c.text(T.hollandPending))] }
        var fields = [DocumentField(c.text(T.hollandCode), g.hollandCode ?? c.text(T.hollandPending))]
        if let track = g.track { fields.append(DocumentField(c.text(T.track), c.text(T.track(track)))) }
        if let occupation = CareerPlanDocument.occupationName(item, c) {
            fields.append(DocumentField(c.text(T.targetOccupation), occupation))
        }
        if !c.references.occupationReasons.isEmpty {
            fields.append(
                DocumentField(
                    c.text(T.whyHeading), c.references.occupationReasons.map { c.text($0) }.joined(separator: " ")))
        }
        if !g.skills.isEmpty {
            fields.append(DocumentField(c.text(T.skills), g.skills.joined(separator: ", ")))
        }
        if !g.supportMeasures.isEmpty {
            fields.append(
                DocumentField(
                    c.text(T.supportHeading),
                    g.supportMeasures.map { c.references.supportMeasureNames[$0].map { c.text($0) } ?? $0 }
                        .joined(
                            separator: ", ")))
        }
        var blocks: [DocumentBlock] = [.fields(fields)]
        if let riasec = g.riasec { blocks.append(.table(CareerPlanDocument.riasecTable(riasec, c))) }
        return blocks
    }

    static func contract(_ item: Case, _ contract: Contract, _ c: DocumentContext) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = [
            .fields([
                DocumentField(
                    c.text(T.programme),
                    c.references.programme.map { c.text($0.name.localized) } ?? contract.programmeId),
                DocumentField(
                    c.text(T.contractVersion),
                    String(contract.version) + " (" + c.text(ContractText.status(contract.status)) + ")"),
            ]),
            .fields(ContractSections.parties(item, contract, c)),
            .fields(ContractSections.terms(contract.terms, c)),
        ]
        if !contract.statusHistory.isEmpty {
            blocks.append(.heading(c.text(T.statusHistoryHeading)))
            blocks.append(
                .table(
                    DocumentTable(
                        columns: [
                            DocumentColumn(c.text(T.fromColumn)), DocumentColumn(c.text(T.toColumn)),
                            DocumentColumn(c.text(T.byColumn)), DocumentColumn(c.text(T.whenColumn)),
                        ],
                        rows: contract.statusHistory.map {
                            [
                                c.text(ContractText.status($0.from)), c.text(ContractText.status($0.to)), $0.by,
                                c.moment($0.at),
                            ]
                        })))
        }
        if !contract.previousVersions.isEmpty {
            blocks.append(.heading(c.text(T.previousVersions)))
            for version in contract.previousVersions {
                blocks.append(
                    .paragraph(
                        c.text(
                            T.versionLine.with([
                                "n": String(version.version), "status": c.text(ContractText.status(version.status)),
                                "date": c.day(version.supersededAt),
                            ]))))
                blocks.append(.fields(ContractSections.terms(version.terms, c)))
            }
        }
        return blocks
    }
}
