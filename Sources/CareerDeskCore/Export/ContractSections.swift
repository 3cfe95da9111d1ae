import Foundation

/// The blocks that describe a contract, shared by the contract summary and the case file.
enum ContractSections {
    typealias T = DocumentText

    static func parties(_ item: Case, _ contract: Contract, _ c: DocumentContext) -> [DocumentField] {
        let seeker = item.seeker
        var seekerText = seeker.fullName
        if let birth = seeker.birthDate {
            seekerText += ", " + c.text(T.birthDate).lowercased() + " " + c.day(birth)
        }
        if !seeker.snils.isEmpty { seekerText += ", " + c.text(T.snils) + " " + seeker.snils }
        var fields = [DocumentField(c.text(T.jobSeeker), seekerText)]
        let organisations: [(LocalizedText, Organisation?)] = [
            (T.provider, contract.parties.provider), (T.employer, contract.parties.employer),
            (T.investor, contract.parties.investor),
        ]
        for (role, organisation) in organisations {
            guard let organisation else { continue }
            var text = organisation.name + ", " + c.text(T.inn) + " " + organisation.inn
            if let representative = organisation.representative, !representative.isEmpty {
                text += ", " + c.text(T.representative) + " " + representative
            }
            fields.append(DocumentField(c.text(role), text))
        }
        return fields
    }

    static func course(_ item: Case, _ contract: Contract?, _ c: DocumentContext) -> [DocumentField] {
        guard let course = item.course else { return [] }
        var fields = [
            DocumentField(c.text(T.course), c.courseTitle(course) + " (" + course.courseId + ")"),
            DocumentField(c.text(T.provider), c.providerName(course)),
            DocumentField(c.text(T.courseCost), c.money(course.cost)),
        ]
        if let hours = course.hours {
            fields.append(
                DocumentField(c.text(T.courseHours), c.text(T.hours.with(["n": String(hours)]))))
        }
        if let months = course.durationMonths {
            fields.append(
                DocumentField(c.text(T.courseDuration), c.text(T.months.with(["n": String(months)]))))
        }
        if let format = course.format {
            fields.append(DocumentField(c.text(T.courseFormat), c.text(T.format(format))))
        }
        if let start = contract?.courseStart ?? course.startDate {
            fields.append(DocumentField(c.text(T.courseStart), c.day(start)))
        }
        if let end = contract?.courseEnd {
            fields.append(DocumentField(c.text(T.courseEnd), c.day(end)))
        }
        return fields
    }

    /// Each term in figures and words, as the contract states it.
    static func terms(_ terms: ContractTerms, _ c: DocumentContext) -> [DocumentField] {
        func amount(_ money: Money) -> String {
            c.money(money) + " (" + AmountInWords.words(money, c.language) + ")"
        }
        let share = c.percent(basisPoints: terms.shareBasisPoints)
        return [
            DocumentField(c.text(T.fundedAmount), amount(terms.fundedAmount)),
            DocumentField(
                c.text(T.baselineIncome), c.text(T.perMonth.with(["amount": amount(terms.baselineIncome)]))),
            DocumentField(
                c.text(T.targetIncome), c.text(T.perMonth.with(["amount": amount(terms.targetIncome)]))),
            DocumentField(
                c.text(T.minimumIncrease),
                c.text(
                    T.thresholdWords.with([
                        "amount": amount(terms.minimumIncrease), "threshold": c.money(terms.paymentThreshold),
                    ]))),
            DocumentField(
                c.text(T.share),
                c.text(
                    (terms.shareBase == .increase ? T.shareOfIncrease : T.shareOfTotal).with([
                        "percent": share
                    ]))),
            DocumentField(
                c.text(T.cap),
                c.text(
                    T.capWords.with([
                        "amount": amount(terms.cap),
                        "multiple": c.multiple(hundredths: terms.capMultipleHundredths),
                    ]))),
            DocumentField(
                c.text(T.termPayments), c.text(T.termWords.with(["n": String(terms.termPayments)]))),
            DocumentField(
                c.text(T.windowMonths), c.text(T.windowWords.with(["n": String(terms.windowMonths)]))),
            DocumentField(
                c.text(T.graceMonths), c.text(T.graceWords.with(["n": String(terms.graceMonths)]))),
            DocumentField(
                c.text(T.courseMonths), c.text(T.months.with(["n": String(terms.courseMonths)]))),
        ]
    }

    static func example(_ terms: ContractTerms, _ c: DocumentContext) -> String {
        if terms.targetIncome < terms.paymentThreshold {
            return c.text(
                T.exampleBelowThreshold.with([
                    "target": c.money(terms.targetIncome), "threshold": c.money(terms.paymentThreshold),
                ]))
        }
        let payment = min(terms.payment(forIncome: terms.targetIncome), terms.cap)
        return c.text(
            T.examplePayment.with([
                "target": c.money(terms.targetIncome), "payment": c.money(payment),
                "words": AmountInWords.words(payment, c.language),
            ]))
    }

    /// The three standard scenarios from the contract simulator, one row each.
    static func scenarios(_ terms: ContractTerms, _ c: DocumentContext) -> DocumentTable {
        let rows = ContractScenarios.standard(terms: terms).map { scenario -> [String] in
            let result = scenario.result
            let name: LocalizedText =
                switch scenario.name {
                case .noGain: T.scenarioNoGain
                case .target: T.scenarioTarget
                case .high, .custom: T.scenarioHigh
                }
            let end: LocalizedText =
                switch result.endReason {
                case .cap: T.endCap
                case .term: T.endTerm
                case .window: T.endWindow
                case .none: T.endNone
                }
            return [
                c.text(name), c.money(scenario.income.income(atWindowIndex: 0)),
                c.money(result.monthlyPayment),
                String(result.paymentsMade), c.money(result.totalPaid), c.text(end),
                c.rate(result.impliedAnnualRate),
            ]
        }
        return DocumentTable(
            columns: [
                DocumentColumn(c.text(T.scenarioColumn)),
                DocumentColumn(c.text(T.incomeColumn), alignment: .trailing),
                DocumentColumn(c.text(T.paymentColumn), alignment: .trailing),
                DocumentColumn(c.text(T.paymentsColumn), alignment: .trailing),
                DocumentColumn(c.text(T.totalColumn), alignment: .trailing),
                DocumentColumn(c.text(T.endColumn)),
                DocumentColumn(c.text(T.rateColumn), alignment: .trailing),
            ], rows: rows)
    }

    static func earlyPayoff(_ terms: ContractTerms, _ c: DocumentContext) -> String {
        switch terms.earlyPayoff {
        case .capMinusPaid: c.text(T.earlyPayoffCapMinusPaid.with(["cap": c.money(terms.cap)]))
        case .fundedMinusPaid:
            c.text(T.earlyPayoffFundedMinusPaid.with(["funded": c.money(terms.fundedAmount)]))
        case .notAllowed: c.text(T.earlyPayoffNotAllowed)
        }
    }

    static func signature(_ role: LocalizedText, _ name: String?, _ c: DocumentContext)
        -> SignatureLine
    {
        SignatureLine(
            role: c.text(role), name: name, signatureCaption: c.text(T.signature),
            dateCaption: c.text(T.date))
    }

    static func organisationSigner(_ organisation: Organisation) -> String {
        guard let representative = organisation.representative, !representative.isEmpty else {
            return organisation.name
        }
        return organisation.name + " (" + representative + ")"
    }
}
