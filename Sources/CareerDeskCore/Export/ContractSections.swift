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

    /// The contracted result: the income increase T − B in figures and words, what it is not,
    /// and what happens when it is not reached.
    static func result(_ terms: ContractTerms, _ c: DocumentContext) -> String {
        let increase = terms.targetIncome - terms.baselineIncome
        return c.text(
            T.resultText.with([
                "increase": c.money(increase), "words": AmountInWords.words(increase, c.language),
                "baseline": c.money(terms.baselineIncome), "target": c.money(terms.targetIncome),
                "threshold": c.money(terms.paymentThreshold),
            ]))
    }

    /// The first month a payment can fall due and the window's last day, as calendar dates when
    /// the course's first month is known (month 1 = the course's first month, docs/contract.md).
    static func calendar(_ contract: Contract, _ c: DocumentContext) -> [DocumentField] {
        let terms = contract.terms
        let first = terms.firstPaymentMonth
        let last = terms.lastWindowMonth
        guard let one = contract.monthOne, let firstMonth = one.adding(months: first - 1),
            let lastMonth = one.adding(months: last - 1),
            let lastDay = LocalDate(
                year: lastMonth.year, month: lastMonth.month,
                day: LocalDate.daysIn(month: lastMonth.month, year: lastMonth.year))
        else {
            return [
                DocumentField(c.text(T.firstPaymentDue), c.text(T.firstPaymentMonthOnly.with(["n": String(first)]))),
                DocumentField(c.text(T.windowEnds), c.text(T.windowEndsMonthOnly.with(["n": String(last)]))),
            ]
        }
        return [
            DocumentField(
                c.text(T.firstPaymentDue),
                c.text(
                    T.firstPaymentValue.with([
                        "month": firstMonth.formatted(c.language), "n": String(first),
                        "date": c.day(firstMonth.firstDay),
                    ]))),
            DocumentField(c.text(T.windowEnds), c.day(lastDay)),
        ]
    }

    /// What each party undertakes: the provider the course (and its practice share), the employer a
    /// job or internship at the target wage, the investor the funding and the risk, the seeker
    /// reporting income and paying the share.
    static func obligations(_ item: Case, _ contract: Contract, _ c: DocumentContext) -> [String] {
        let terms = contract.terms
        var lines: [String] = []
        if contract.parties.provider != nil || item.course != nil {
            let title = c.references.courseTitle.map(c.text) ?? item.course?.title ?? "—"
            let practice = c.references.practiceShare.map {
                c.text(T.obligationPractice.with(["share": String($0)]))
            }
            lines.append(c.text(T.obligationProvider.with(["course": title, "practice": practice ?? ""])))
        }
        if contract.parties.employer != nil {
            let occupation =
                c.references.occupationName.map(c.text) ?? item.guidance?.targetOccupation ?? "—"
            lines.append(
                c.text(T.obligationEmployer.with(["occupation": occupation, "wage": c.money(terms.targetIncome)])))
        }
        lines.append(c.text(T.obligationInvestor.with(["funded": c.money(terms.fundedAmount)])))
        lines.append(
            c.text(
                T.obligationSeeker.with([
                    "share": ContractText.percent(terms.shareBasisPoints, c.language),
                    "threshold": c.money(terms.paymentThreshold),
                ])))
        return lines
    }

    /// The three standard scenarios from the contract simulator, a column each and a row per
    /// figure: at 80 columns the amounts, the scenario names, each scenario's end month and the
    /// headers all fit whole (seven columns side by side broke names and headers across lines).
    static func scenarios(_ terms: ContractTerms, _ c: DocumentContext) -> DocumentTable {
        let scenarios = ContractScenarios.standard(terms: terms)
        func name(_ scenario: ScenarioResult) -> String {
            switch scenario.name {
            case .noGain: c.text(T.scenarioNoGain)
            case .target: c.text(T.scenarioTarget)
            case .high, .custom: c.text(T.scenarioHigh)
            }
        }
        func end(_ result: SimulationResult) -> String {
            let reason: LocalizedText =
                switch result.endReason {
                case .cap: T.endCap
                case .term: T.endTerm
                case .window: T.endWindow
                case .none: T.endNone
                }
            if result.endReason == .none { return c.text(reason) }
            return c.text(T.endInMonth.with("reason", reason).with(["month": String(result.endMonth)]))
        }
        func row(_ label: LocalizedText, _ value: (ScenarioResult) -> String) -> [String] {
            [c.text(label)] + scenarios.map(value)
        }
        let rows = [
            row(T.incomeColumn) { c.money($0.income.income(atWindowIndex: 0)) },
            row(T.paymentColumn) { c.money($0.result.monthlyPayment) },
            row(T.paymentsColumn) { String($0.result.paymentsMade) },
            row(T.totalColumn) { c.money($0.result.totalPaid) },
            row(T.endColumn) { end($0.result) },
            row(T.rateColumn) { c.rate($0.result.impliedAnnualRate) },
        ]
        return DocumentTable(
            columns: [DocumentColumn(c.text(T.scenarioColumn))]
                + scenarios.map { DocumentColumn(name($0), alignment: .trailing) },
            rows: rows)
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
