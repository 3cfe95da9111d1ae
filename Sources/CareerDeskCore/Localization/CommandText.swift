/// Texts of the command line's foundation commands (new, list, show, import, validate).
public enum CommandText {
    public static let interactiveNotYet = LocalizedText(
        ru: "Интерактивный стол ещё не собран в этой версии; команды: careerdesk --help",
        en: "The interactive desk is not built into this version yet; commands: careerdesk --help")
    public static let badCaseID = LocalizedText(
        ru: "«{id}» — не номер дела (вида SAK-2026-000042)", en: "\"{id}\" is not a case id (like SAK-2026-000042)")
    public static let consentRequired = LocalizedText(
        ru: "нужно --consent: без согласия на обработку персональных данных дело не заводится",
        en: "--consent is required: no case is opened without consent to personal-data processing")
    public static let duplicateSNILS = LocalizedText(
        ru: "СНИЛС уже есть в деле {id} — откройте его или добавьте --allow-duplicate",
        en: "this SNILS is already in case {id} — open it, or add --allow-duplicate")
    public static let invalidInput = LocalizedText(ru: "Данные не приняты:", en: "The data was not accepted:")
    public static let badDate = LocalizedText(
        ru: "--birth-date: нужна дата вида ДД.ММ.ГГГГ или ГГГГ-ММ-ДД",
        en: "--birth-date: expected a date like DD.MM.YYYY or YYYY-MM-DD")
    public static let badMoney = LocalizedText(
        ru: "--income: «{value}» — сумма в рублях, например 35000 или 35 000,50",
        en: "--income: \"{value}\" — an amount in roubles, e.g. 35000 or 35000.50")
    public static let unreadableStoreFile = LocalizedText(
        ru: "предупреждение: {problem}", en: "warning: {problem}")
    public static let noCases = LocalizedText(ru: "Дел нет.", en: "No cases.")
    public static let listHeader = LocalizedText(
        ru: "Номер|ФИО|Регион|Этап|Статус|Изменено", en: "Case|Name|Region|Stage|Status|Updated")
    public static let listTotal = LocalizedText(ru: "Всего: {count}", en: "Total: {count}")
    public static let imported = LocalizedText(ru: "{file}: принято как {id}", en: "{file}: imported as {id}")
    public static let importFailed = LocalizedText(
        ru: "{file}: не принято: {reason}", en: "{file}: not imported: {reason}")
    public static let importNothing = LocalizedText(
        ru: "ни один файл не принят", en: "no file was imported")
    /// Without a catalog, signed terms cannot be checked against their programmes.
    public static let termsUnchecked = LocalizedText(
        ru: "Подписанные условия не сверены с программами: {reason}",
        en: "Signed terms not checked against their programmes: {reason}")
    /// A case imported whose signed terms are outside its programme (`SignedTermsCheck`).
    public static let importedOutside = LocalizedText(ru: "{file}: {problem}", en: "{file}: {problem}")
    public static let validateClean = LocalizedText(
        ru: "Проверено дел: {count}, ошибок нет.", en: "{count} cases checked, no problems.")
    public static let validateProblems = LocalizedText(
        ru: "Проверено файлов: {count}, с ошибками: {bad}.", en: "{count} files checked, {bad} with problems.")
    public static let validateTemporariesRemoved = LocalizedText(
        ru: "Удалено временных файлов, брошенных прерванной записью: {count}.",
        en: "{count} temporary files left by an interrupted write removed.")
    public static let showLines = LocalizedText(
        ru:
            "Дело {id} · {status} · этап: {stage}\nФИО: {name}\nДата рождения: {birth}\nСНИЛС: {snils}\nРегион: {region}\nДоход: {income}\nСпециалист: {caseworker}\nИзменено: {updated}",
        en:
            "Case {id} · {status} · stage: {stage}\nName: {name}\nBirth date: {birth}\nSNILS: {snils}\nRegion: {region}\nIncome: {income}\nCaseworker: {caseworker}\nUpdated: {updated}"
    )
}
