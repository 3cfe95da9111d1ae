import Foundation

/// Everything a document needs besides the case: the language, the date it is issued, the zone
/// its times are shown in, and the catalog names the case refers to by id.
public struct DocumentContext: Sendable {
    public var language: Language
    /// The date printed on the document and the base of the career plan's dates.
    public var date: LocalDate
    public var timeZone: TimeZone
    public var references: DocumentReferences
    /// The year a yearly statement covers; nil for the year of `date`.
    public var statementYear: Int?

    public init(
        language: Language, date: LocalDate, timeZone: TimeZone = .current,
        references: DocumentReferences = DocumentReferences(), statementYear: Int? = nil
    ) {
        self.language = language
        self.date = date
        self.timeZone = timeZone
        self.references = references
        self.statementYear = statementYear
    }

    func text(_ localized: LocalizedText) -> String { localized(language) }
    func money(_ value: Money) -> String { value.formatted(language) }
    func day(_ value: LocalDate?) -> String {
        value.map { $0.formatted(language) } ?? text(DocumentText.notSpecified)
    }
    func day(_ value: Date) -> String { LocalDate(value, timeZone: timeZone).formatted(language) }

    /// `23.11.2026 10:15` / `2026-11-23 10:15` in the document's zone.
    func moment(_ value: Date) -> String { CivilCalendar.moment(value, in: timeZone, language) }

    /// A rate in basis points as a percentage: 1500 → `15 %`, 1250 → `12,5 %` (ru) / `12.5%` (en).
    func percent(basisPoints: Int) -> String {
        DocumentText.percent.with(["n": decimal(basisPoints, scale: 100)])(language)
    }

    /// A multiple in hundredths: 150 → `1,5` (ru) / `1.5` (en).
    func multiple(hundredths: Int) -> String { decimal(hundredths, scale: 100) }

    func decimal(_ value: Int, scale: Int) -> String {
        let whole = value / scale
        var fraction = String(abs(value % scale))
        if fraction == "0" { return String(whole) }
        while fraction.count < String(scale).count - 1 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return String(whole) + (language == .ru ? "," : ".") + fraction
    }

    /// An annual rate in percent with two decimals, or a dash when there is none.
    func rate(_ value: Double?) -> String {
        guard let value, value.isFinite else { return text(DocumentText.noRate) }
        let text = String(format: "%.2f", value)
        return language == .ru ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// The course title in the document's language. The case stores the title as chosen (in
    /// Russian); the catalog's translation is used only when its Russian title is that same
    /// text, so a document never names a different course than the one recorded.
    func courseTitle(_ course: CourseChoice) -> String { translated(course.title, references.courseTitle) }
    func providerName(_ course: CourseChoice) -> String { translated(course.provider, references.providerName) }

    private func translated(_ stored: String, _ names: LocalizedText?) -> String {
        guard let names, names.ru == stored else { return stored }
        return text(names)
    }

    func regionName(_ code: String) -> String {
        references.regionName.map { text($0) + " (" + code + ")" } ?? code
    }
}

/// Names from the catalog for the ids a case holds (region, occupation, programme, support
/// measures), already looked up, so the document builders stay pure and need no catalog type.
public struct DocumentReferences: Sendable {
    public var regionName: LocalizedText?
    public var occupationName: LocalizedText?
    /// Why the occupation was chosen, from the guidance ranking (interest fit, demand, wage uplift).
    public var occupationReasons: [LocalizedText]
    public var programme: ProgrammePolicy?
    public var supportMeasureNames: [String: LocalizedText]
    /// The personal-data operator: the region's employment service, when the catalog names it.
    public var operatorName: LocalizedText?
    /// The chosen course's title and provider in both languages, from the catalog entry of its id.
    public var courseTitle: LocalizedText?
    public var providerName: LocalizedText?
    /// The chosen course's practice share in percent, from the catalog (the provider's obligation).
    public var practiceShare: Int? = nil

    public init(
        regionName: LocalizedText? = nil, occupationName: LocalizedText? = nil,
        occupationReasons: [LocalizedText] = [], programme: ProgrammePolicy? = nil,
        supportMeasureNames: [String: LocalizedText] = [:], operatorName: LocalizedText? = nil,
        courseTitle: LocalizedText? = nil, providerName: LocalizedText? = nil
    ) {
        self.regionName = regionName
        self.occupationName = occupationName
        self.occupationReasons = occupationReasons
        self.programme = programme
        self.supportMeasureNames = supportMeasureNames
        self.operatorName = operatorName
        self.courseTitle = courseTitle
        self.providerName = providerName
    }
}

/// A document that cannot be made from the case as it stands.
public enum DocumentError: Error, Hashable, Sendable {
    case noContract(CaseID)
    case noSignedContract(CaseID)

    public func text(_ language: Language) -> String {
        switch self {
        case .noContract(let id): DocumentText.contractMissing.with(["id": id.description])(language)
        case .noSignedContract(let id): DocumentText.contractNotSigned.with(["id": id.description])(language)
        }
    }
}
