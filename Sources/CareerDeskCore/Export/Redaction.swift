import Foundation

/// Masks a job seeker's identifiers in a document that leaves the desk (`export --redact`,
/// `print --redact`): SNILS, phone, e-mail and birth date. The name stays, so the document still
/// says whom it is about; it still holds personal data and says so.
///
/// Masks (docs/reliability.md):
/// - SNILS `112-233-445 95` → `***-***-*** 95` (the two check digits only, which follow from the rest);
/// - phone `+79161234567` → `+7 *** ***-**-67`;
/// - e-mail `ivan.petrov@example.ru` → `i***@***.ru`;
/// - birth date `12.03.1990` / `1990-03-12` → `1990` (the year only).
///
/// Two passes over every text of the document: first the seeker's own values in each spelling a
/// document or a note may use, then anything shaped like a SNILS, a `+7` phone or an e-mail address
/// (a note may name a relative's phone). Free text in other spellings (a SNILS with no
/// separators inside a sentence, a phone written in words) is not recognised.
public struct Redaction: Sendable {
    /// Each personal value as it may be written, longest first, and its mask.
    public let replacements: [(value: String, mask: String)]

    public init(seeker: JobSeeker) {
        var pairs: [(String, String)] = []
        let snils = seeker.snils.trimmingCharacters(in: .whitespaces)
        if !snils.isEmpty {
            let mask = Self.maskSNILS(snils)
            pairs.append((snils, mask))
            if let digits = SNILS.digits(of: snils) {
                let d = digits.map(String.init).joined()
                pairs.append((d, mask))
                pairs.append((SNILS.normalized(snils) ?? snils, mask))
                let dashed = "\(d.prefix(3))-\(d.dropFirst(3).prefix(3))-\(d.dropFirst(6).prefix(3))-\(d.suffix(2))"
                pairs.append((dashed, mask))
            }
        }
        if let phone = seeker.phone?.trimmingCharacters(in: .whitespaces), !phone.isEmpty {
            let mask = Self.maskPhone(phone)
            pairs.append((phone, mask))
            if let normal = PhoneNumber.normalized(phone) {
                pairs.append((normal, mask))
                pairs.append(("8" + normal.dropFirst(2), mask))
            }
        }
        if let email = seeker.email?.trimmingCharacters(in: .whitespaces), !email.isEmpty {
            pairs.append((email, Self.maskEmail(email)))
        }
        if let birth = seeker.birthDate {
            let year = String(format: "%04d", birth.year)
            pairs.append((birth.iso, year))
            pairs.append((birth.formatted(.ru), year))
        }
        replacements = pairs.filter { !$0.0.isEmpty }.sorted { $0.0.count > $1.0.count }
    }

    /// `***-***-*** 95`: only the check number, which the other nine digits determine anyway.
    public static func maskSNILS(_ snils: String) -> String {
        let digits = snils.filter(\.isASCIIDigit)
        return "***-***-*** " + (digits.count == 11 ? String(digits.suffix(2)) : "**")
    }

    /// `+7 *** ***-**-67`: the last two digits, enough to tell two numbers apart on the phone.
    public static func maskPhone(_ phone: String) -> String {
        let digits = phone.filter(\.isASCIIDigit)
        return "+7 *** ***-**-" + (digits.count >= 10 ? String(digits.suffix(2)) : "**")
    }

    /// `i***@***.ru`: the first letter and the top-level domain.
    public static func maskEmail(_ email: String) -> String {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let first = parts.first?.first.map(String.init) ?? ""
        let top = parts.count > 1 ? parts.last!.split(separator: ".").last.map { "." + $0 } ?? "" : ""
        return first + "***@***" + top
    }

    /// The text with every personal value masked.
    public func apply(to text: String) -> String {
        var out = text
        for (value, mask) in replacements where out.contains(value) {
            out = out.replacingOccurrences(of: value, with: mask)
        }
        for (pattern, mask) in Self.patterns {
            out = Self.replaceMatches(of: pattern, in: out, with: mask)
        }
        return out
    }

    /// The document with every text masked and a notice, after the personal-data notice, that it was.
    public func apply(to document: Document, language: Language) -> Document {
        var blocks: [DocumentBlock] = []
        var noted = false
        for block in document.blocks {
            blocks.append(apply(to: block))
            if case .notice = block, !noted {
                blocks.append(.notice(PrivacyText.redactedNotice(language)))
                noted = true
            }
        }
        if !noted { blocks.insert(.notice(PrivacyText.redactedNotice(language)), at: 0) }
        return Document(title: apply(to: document.title), blocks: blocks)
    }

    func apply(to block: DocumentBlock) -> DocumentBlock {
        switch block {
        case .title(let text): return .title(apply(to: text))
        case .heading(let text): return .heading(apply(to: text))
        case .paragraph(let text): return .paragraph(apply(to: text))
        case .notice(let text): return .notice(apply(to: text))
        case .fields(let fields): return .fields(fields.map { DocumentField($0.label, apply(to: $0.value)) })
        case .table(let table):
            return .table(DocumentTable(columns: table.columns, rows: table.rows.map { $0.map(apply(to:)) }))
        case .signatures(let lines):
            return .signatures(
                lines.map {
                    SignatureLine(
                        role: $0.role, name: $0.name.map(apply(to:)), signatureCaption: $0.signatureCaption,
                        dateCaption: $0.dateCaption)
                })
        case .pageBreak: return .pageBreak
        }
    }

    /// Shapes of identifiers that are masked wherever they appear: a SNILS with separators, a
    /// `+7` phone number, an e-mail address. Digits next to them (an INN, an amount) do not match.
    private static let patterns: [(NSRegularExpression, String)] = [
        (
            try! NSRegularExpression(pattern: #"(?<![0-9])[0-9]{3}[- ][0-9]{3}[- ][0-9]{3}[- ][0-9]{2}(?![0-9])"#),
            "***-***-*** **"
        ),
        (
            try! NSRegularExpression(
                pattern: #"\+7[ (\-]*[0-9]{3}[ )\-]*[0-9]{3}[ \-]*[0-9]{2}[ \-]*[0-9]{2}(?![0-9])"#), "+7 *** ***-**-**"
        ),
        (try! NSRegularExpression(pattern: #"[^\s@<>()\[\],;:"*]+@[^\s@<>()\[\],;:"*]+\.[A-Za-z]{2,}"#), "***@***"),
    ]

    private static func replaceMatches(of pattern: NSRegularExpression, in text: String, with mask: String) -> String {
        let range = NSRange(text.startIndex..., in: text)
        guard pattern.firstMatch(in: text, range: range) != nil else { return text }
        return pattern.stringByReplacingMatches(
            in: text, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: mask))
    }
}
