import Foundation

/// The contract summary the parties sign: who, which course, the terms in figures and words,
/// the payment scenarios with their implied annual rate, what happens if income does not rise,
/// early payoff, and signature lines.
public enum ContractSummaryDocument {
    typealias T = DocumentText

    public static func make(_ item: Case, context c: DocumentContext) throws(DocumentError)
        -> Document
    {
        guard let contract = item.contract else { throw .noContract(item.id) }
        let terms = contract.terms
        var header = [
            DocumentField(c.text(T.caseID), item.id.description),
            DocumentField(
                c.text(T.contractVersion),
                String(contract.version) + " (" + c.text(ContractText.status(contract.status)) + ")"),
            DocumentField(
                c.text(T.programme),
                // The programme's name; its internal id only when the catalog does not know it.
                c.references.programme.map { c.text($0.name.localized) } ?? contract.programmeId),
            DocumentField(c.text(T.printedOn), c.day(c.date)),
        ]
        if let occupation = c.references.occupationName
            ?? item.guidance?.targetOccupation.map({ LocalizedText(ru: $0, en: $0) })
        {
            header.insert(DocumentField(c.text(T.targetOccupation), c.text(occupation)), at: 3)
        }
        if let signed = contract.statusHistory.last(where: { $0.to == .signed }) {
            header.insert(
                DocumentField(
                    c.text(T.signedOn), c.text(T.signedValue.with(["date": c.day(signed.at), "officer": signed.by]))),
                at: 2)
        }
        var blocks: [DocumentBlock] = [.notice(c.text(T.personalDataNotice))]
        // Signed terms outside the programme print with a warning saying which (issue 17.12).
        let outside = SignedTermsCheck.problems(contract, policy: c.references.programme)
        if !outside.isEmpty {
            let lines = [c.text(ContractText.signedOutsideHeading)] + outside.map { c.text($0.message) }
            blocks.append(.notice(lines.joined(separator: "\n")))
        }
        blocks += [
            .fields(header),
            .heading(c.text(T.parties)),
            .fields(ContractSections.parties(item, contract, c)),
        ]
        let course = ContractSections.course(item, contract, c)
        if !course.isEmpty { blocks += [.heading(c.text(T.training)), .fields(course)] }
        blocks += [
            .heading(c.text(T.resultHeading)),
            .paragraph(ContractSections.result(terms, c)),
            .heading(c.text(T.terms)),
            .fields(ContractSections.terms(terms, c) + ContractSections.calendar(contract, c)),
            .heading(c.text(T.obligationsHeading)),
        ]
        blocks += ContractSections.obligations(item, contract, c).map { .paragraph($0) }
        blocks += [
            .heading(c.text(T.exampleHeading)),
            .paragraph(ContractSections.example(terms, c)),
            .heading(c.text(T.scenariosHeading)),
            .table(ContractSections.scenarios(terms, c)),
            .paragraph(c.text(T.scenariosNote)),
            .heading(c.text(T.noIncreaseHeading)),
            .paragraph(
                c.text(
                    T.noIncreaseText.with([
                        "threshold": c.money(terms.paymentThreshold), "window": String(terms.windowMonths),
                    ]))),
            .heading(c.text(T.earlyPayoff)),
            .paragraph(ContractSections.earlyPayoff(terms, c)),
            .heading(c.text(T.signaturesHeading)),
            .signatures(signatures(item, contract, c)),
        ]
        return Document(title: c.text(T.contractSummaryTitle), blocks: blocks)
    }

    static func signatures(_ item: Case, _ contract: Contract, _ c: DocumentContext)
        -> [SignatureLine]
    {
        var lines = [ContractSections.signature(T.jobSeeker, item.seeker.fullName, c)]
        let organisations: [(LocalizedText, Organisation?)] = [
            (T.provider, contract.parties.provider), (T.employer, contract.parties.employer),
            (T.investor, contract.parties.investor),
        ]
        for (role, organisation) in organisations {
            guard let organisation else { continue }
            lines.append(
                ContractSections.signature(role, ContractSections.organisationSigner(organisation), c))
        }
        lines.append(ContractSections.signature(T.officer, item.caseworker, c))
        return lines
    }
}
