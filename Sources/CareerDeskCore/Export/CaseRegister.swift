import Foundation

/// The register of cases as CSV, one row per case, for a supervisor's spreadsheet.
///
/// Written to open correctly in LibreOffice Calc and Excel by double-click: UTF-8 with a byte
/// order mark (so Cyrillic is not read as a legacy code page), comma separators, CRLF line ends
/// and RFC 4180 quoting. Money is written in the language's decimal form (`120000,00` in
/// Russian, `120000.00` in English), dates as ISO `YYYY-MM-DD`, which both read as numbers and
/// dates. A cell that a spreadsheet would run as a formula (starting with `=` `+` `-` `@`, tab
/// or carriage return) gets a leading apostrophe, which the spreadsheet shows as plain text.
public enum CaseRegister {
    public static let byteOrderMark = "\u{FEFF}"

    /// One register row's values, before CSV quoting.
    public static func row(
        _ item: Case, references: DocumentReferences, language: Language, timeZone: TimeZone
    )
        -> [String]
    {
        let occupation: String
        if let code = item.guidance?.targetOccupation {
            occupation = references.occupationName.map { $0(language) } ?? code
        } else if item.guidance?.track == .ownBusiness {
            occupation = DocumentText.trackOwnBusiness(language)
        } else {
            occupation = ""
        }
        // The catalog's translation of the stored title, only when it is the same course (see DocumentContext).
        let course = item.course.map { chosen in
            references.courseTitle.flatMap { $0.ru == chosen.title ? $0(language) : nil } ?? chosen.title
        }
        let funded = item.contract?.terms.fundedAmount.decimalString ?? ""
        return [
            item.id.description,
            item.seeker.fullName,
            item.seeker.region,
            DocumentText.stage(item.stage)(language),
            DocumentText.status(item.status)(language),
            occupation,
            course ?? "",
            language == .ru ? funded.replacingOccurrences(of: ".", with: ",") : funded,
            item.contract.map { ContractText.status($0.status)(language) } ?? "",
            LocalDate(item.createdAt, timeZone: timeZone).iso,
            LocalDate(item.updatedAt, timeZone: timeZone).iso,
        ]
    }

    /// The whole register: BOM, header, one line per case, CRLF line ends.
    public static func csv(
        _ cases: [Case], language: Language, timeZone: TimeZone = .current,
        references: (Case) -> DocumentReferences = { _ in DocumentReferences() }
    ) -> String {
        var lines = [DocumentText.registerColumns.map { field($0(language)) }.joined(separator: ",")]
        for item in cases {
            lines.append(
                row(item, references: references(item), language: language, timeZone: timeZone).map(field)
                    .joined(
                        separator: ","))
        }
        return byteOrderMark + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One CSV field: neutralised against formula injection, then quoted when RFC 4180 needs it.
    /// Escape sequences and bidi overrides become U+FFFD, so a register opened in a terminal or a
    /// spreadsheet shows them instead of obeying them (tabs and line breaks stay, quoted).
    public static func field(_ value: String) -> String {
        var text = ""
        for ch in value {
            if ch == "\t" || ch == "\r" || ch == "\n" || ch == "\r\n" {
                text.append(ch)
            } else {
                text += TextColumns.sanitized(String(ch))
            }
        }
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        let needsQuotes =
            text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
