import Foundation

extension CaseRegister {
    /// One register row from a case's index summary: the same cells `row(_:references:…)` makes
    /// from the whole case (a test holds the two to each other), so `export --all --format csv`
    /// needs no case file read.
    public static func row(
        _ summary: CaseSummary, references: DocumentReferences, language: Language, timeZone: TimeZone
    ) -> [String] {
        let occupation: String
        if let code = summary.targetOccupation {
            occupation = references.occupationName.map { $0(language) } ?? code
        } else if summary.track == .ownBusiness {
            occupation = DocumentText.trackOwnBusiness(language)
        } else {
            occupation = ""
        }
        let course = summary.courseTitle.map { stored in
            references.courseTitle.flatMap { $0.ru == stored ? $0(language) : nil } ?? stored
        }
        let funded = summary.fundedAmount?.decimalString ?? ""
        return [
            summary.id.description,
            summary.fullName,
            summary.region,
            DocumentText.stage(summary.stage)(language),
            DocumentText.status(summary.status)(language),
            occupation,
            course ?? "",
            language == .ru ? funded.replacingOccurrences(of: ".", with: ",") : funded,
            summary.contractStatus.map { ContractText.status($0)(language) } ?? "",
            LocalDate(summary.createdAt, timeZone: timeZone).iso,
            LocalDate(summary.updatedAt, timeZone: timeZone).iso,
        ]
    }

    /// The whole register from index summaries: BOM, header, one line per case, CRLF line ends.
    public static func csv(
        summaries: [CaseSummary], language: Language, timeZone: TimeZone = .current,
        references: (CaseSummary) -> DocumentReferences = { _ in DocumentReferences() }
    ) -> String {
        var lines = [DocumentText.registerColumns.map { field($0(language)) }.joined(separator: ",")]
        lines.reserveCapacity(summaries.count + 1)
        for summary in summaries {
            lines.append(
                row(summary, references: references(summary), language: language, timeZone: timeZone).map(field)
                    .joined(separator: ","))
        }
        return byteOrderMark + lines.joined(separator: "\r\n") + "\r\n"
    }
}

extension DocumentReferences {
    /// The catalog names the register shows for a summary: the target occupation's name and
    /// the chosen course's title (what `init(for:catalog:)` finds for a whole case).
    public init(for summary: CaseSummary, catalog: Catalog) {
        self.init()
        if let code = summary.targetOccupation {
            occupationName = catalog.occupation(code)?.name.text
        }
        if let id = summary.courseId, let course = catalog.course(id) {
            courseTitle = course.title.text
            providerName = course.provider.text
        }
    }
}
