import Foundation

/// The consent to personal-data processing, a document of its own as 152-FZ requires since
/// 1 September 2025: the operator, the purpose, the data, the actions, the term, how to
/// withdraw, and the seeker's signature.
public enum ConsentDocument {
    typealias T = DocumentText

    public static func make(_ item: Case, context c: DocumentContext) -> Document {
        let seeker = item.seeker
        let region = c.regionName(seeker.region)
        let operatorName =
            c.references.operatorName.map { c.text($0) }
            ?? c.text(T.consentOperatorDefault.with(["region": region]))
        var data = c.text(T.consentData)
        if seeker.priorityGroups.contains(.disability) { data += "\n" + c.text(T.consentHealthData) }
        var actions = c.text(T.consentActions)
        let parties = [
            item.contract?.parties.provider, item.contract?.parties.employer,
            item.contract?.parties.investor,
        ]
        .compactMap { $0 }.map { $0.name + " (" + c.text(T.inn) + " " + $0.inn + ")" }
        if !parties.isEmpty {
            actions += "\n" + c.text(T.consentTransfer.with(["parties": parties.joined(separator: "; ")]))
        }

        var status = c.text(T.consentNotRecorded)
        if seeker.consent.given {
            status = c.text(T.consentGivenOn.with(["date": c.day(seeker.consent.date)]))
        }
        if let withdrawn = seeker.consent.withdrawnOn {
            status += "; " + c.text(T.consentWithdrawnOn.with(["date": c.day(withdrawn)]))
        }
        return Document(
            title: c.text(T.consentTitle),
            blocks: [
                .notice(c.text(T.personalDataNotice)),
                .fields([
                    DocumentField(c.text(T.caseID), item.id.description),
                    DocumentField(c.text(T.printedOn), c.day(c.date)),
                    DocumentField(c.text(T.consentRecorded), status),
                ]),
                .paragraph(c.text(T.consentSeparate)),
                .paragraph(
                    c.text(
                        T.consentIntro.with([
                            "name": seeker.fullName, "birth": c.day(seeker.birthDate),
                            "snils": seeker.snils.isEmpty ? c.text(T.notSpecified) : seeker.snils,
                        ]))),
                .heading(c.text(T.consentOperatorHeading)),
                .paragraph(operatorName),
                .heading(c.text(T.consentPurposeHeading)),
                .paragraph(c.text(T.consentPurpose)),
                .heading(c.text(T.consentDataHeading)),
                .paragraph(data),
                .heading(c.text(T.consentActionsHeading)),
                .paragraph(actions),
                .heading(c.text(T.consentTermHeading)),
                .paragraph(c.text(T.consentTerm)),
                .heading(c.text(T.consentWithdrawHeading)),
                .paragraph(c.text(T.consentWithdraw)),
                .heading(c.text(T.signature)),
                .signatures([
                    ContractSections.signature(T.jobSeeker, seeker.fullName, c),
                    ContractSections.signature(T.consentAccepted, item.caseworker, c),
                ]),
            ])
    }
}
