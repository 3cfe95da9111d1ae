/// Texts of private-data handling: redacted documents and the anonymisation of a case.
public enum PrivacyText {
    public static let redactedNotice = LocalizedText(
        ru: "Идентификаторы скрыты: СНИЛС, телефон и e-mail замаскированы, от даты рождения оставлен только год.",
        en: "Identifiers masked: SNILS, phone and e-mail are masked, the birth date shows the year only.")
    public static let redactJSONRefused = LocalizedText(
        ru:
            "--redact не применяется к json: такой файл служит для переноса дела и должен загружаться обратно; "
            + "выберите md, html, pdf, txt или csv",
        en:
            "--redact does not apply to json: that file moves a case and must import back; "
            + "choose md, html, pdf, txt or csv")
    public static let redactedExport = LocalizedText(
        ru: "СНИЛС, телефон, e-mail и дата рождения замаскированы (--redact).",
        en: "SNILS, phone, e-mail and birth date are masked (--redact).")
    public static let consentNotWithdrawn = LocalizedText(
        ru:
            "дело {id}: согласие на обработку персональных данных не отозвано — обезличивать нельзя "
            + "(если человек отозвал согласие, добавьте --withdraw-consent)",
        en:
            "case {id}: consent to personal-data processing has not been withdrawn — it cannot be anonymised "
            + "(if the person withdrew consent, add --withdraw-consent)")
    public static let alreadyAnonymised = LocalizedText(
        ru: "дело {id} уже обезличено", en: "case {id} is already anonymised")
    public static let consentWithdrawn = LocalizedText(
        ru: "дело {id}: отзыв согласия записан ({date})", en: "case {id}: withdrawal of consent recorded ({date})")
    public static let anonymised = LocalizedText(
        ru:
            "дело {id} обезличено: ФИО, СНИЛС, контакты, муниципалитет, место работы, тексты заметок и отзывов "
            + "удалены, от даты рождения оставлен год; статистика дела сохранена",
        en:
            "case {id} anonymised: name, SNILS, contacts, municipality, occupation, note and feedback texts "
            + "removed, birth date reduced to the year; the case's statistics are kept")
    public static let badWithdrawalDate = LocalizedText(
        ru: "--withdrawn-on: дата вида ДД.ММ.ГГГГ или ГГГГ-ММ-ДД",
        en: "--withdrawn-on: a date like DD.MM.YYYY or YYYY-MM-DD")
    public static let indexNotScrubbed = LocalizedText(
        ru:
            "дело {id} обезличено, но индекс дел занят другой программой и старые данные могут оставаться в его журнале — закройте рабочие места и повторите «careerdesk validate»",
        en:
            "case {id} is anonymised, but the case index is held by another program and old values may remain in its log — close the desks and run “careerdesk validate”"
    )
}
