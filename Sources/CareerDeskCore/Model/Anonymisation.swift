import Foundation

/// Anonymises a case whose seeker has withdrawn consent (152-FZ art. 9(2), 21(5)): the person's
/// data goes, the statistics stay.
///
/// Kept: the id, status, stage, dates of the case, the officers, region, education level,
/// employment status and since when, income at intake, years of experience, priority groups,
/// constraints, the consent dates, guidance, course, contract (terms, parties — organisations —
/// and payments), note and feedback dates and ratings, the case history.
/// Removed: full name (becomes `—`), SNILS (becomes `000-000-000 00`, a number that predates the
/// check digit and belongs to nobody), phone, e-mail, municipality, current occupation (free
/// text that can name a person), the text of every note and feedback comment. The birth date
/// keeps only its year, written as 1 January of that year (the case file has no year-only
/// field; the history line says the case was anonymised). The schema and the intake validator
/// accept the result, so an anonymised case is saved, listed and validated like any other.
///
/// Pure: the caller saves the result (`FileCaseStore.save`) and writes the audit line.
public enum Anonymisation {
    /// The history action (and audit action) of an anonymisation.
    public static let action = "anonymise"
    /// The history action of a recorded withdrawal of consent.
    public static let withdrawAction = "withdrawConsent"
    /// What stands in for the name and the SNILS.
    public static let anonymousName = "—"
    public static let anonymousSNILS = "000-000-000 00"

    /// The field paths an anonymisation clears, for the history and the audit log (names, never values).
    public static let clearedFields = [
        "seeker.fullName", "seeker.birthDate", "seeker.snils", "seeker.phone", "seeker.email", "seeker.municipality",
        "seeker.currentOccupation", "notes", "feedback",
    ]

    /// Whether the case has been anonymised (its history says so).
    public static func isAnonymised(_ item: Case) -> Bool {
        item.history.contains { $0.action == action }
    }

    /// The case with consent recorded as withdrawn on `date` (unchanged if it already was).
    public static func withdrawingConsent(_ item: Case, on date: LocalDate, by caseworker: String, at now: Date)
        -> Case
    {
        guard item.seeker.consent.withdrawnOn == nil else { return item }
        var next = item
        next.seeker.consent.withdrawnOn = date
        next.history.append(
            HistoryEntry(at: now, by: caseworker, action: withdrawAction, fields: ["seeker.consent.withdrawnOn"]))
        return next
    }

    /// The anonymised case. Refused unless consent is withdrawn, and for a case already anonymised.
    public static func anonymised(_ item: Case, by caseworker: String, at now: Date) throws(AnonymisationError)
        -> Case
    {
        guard item.seeker.consent.withdrawnOn != nil else { throw .consentNotWithdrawn(item.id) }
        guard !isAnonymised(item) else { throw .alreadyAnonymised(item.id) }
        var next = item
        var seeker = item.seeker
        seeker.fullName = anonymousName
        seeker.snils = anonymousSNILS
        seeker.birthDate = item.seeker.birthDate.flatMap { LocalDate(year: $0.year, month: 1, day: 1) }
        seeker.phone = nil
        seeker.email = nil
        seeker.municipality = nil
        seeker.currentOccupation = nil
        next.seeker = seeker
        next.notes = item.notes.map { CaseNote(at: $0.at, author: $0.author, stage: $0.stage, text: "") }
        next.feedback = item.feedback.map { StageFeedback(stage: $0.stage, rating: $0.rating, comment: nil, at: $0.at) }
        next.history.append(HistoryEntry(at: now, by: caseworker, action: action, fields: clearedFields))
        return next
    }
}

/// Why a case was not anonymised.
public enum AnonymisationError: Error, Hashable, Sendable {
    /// Anonymisation follows a withdrawal of consent; while consent stands the data is kept.
    case consentNotWithdrawn(CaseID)
    case alreadyAnonymised(CaseID)

    public func text(_ language: Language) -> String {
        switch self {
        case .consentNotWithdrawn(let id): return PrivacyText.consentNotWithdrawn.with(["id": id.description])(language)
        case .alreadyAnonymised(let id): return PrivacyText.alreadyAnonymised.with(["id": id.description])(language)
        }
    }
}
