import CareerDeskCore

/// Texts of the profile (intake) step.
public enum ProfileText {
    public static let stepName = LocalizedText(ru: "Анкета", en: "Profile")
    public static let keyNextMissing = LocalizedText(ru: "К пропуску", en: "Missing")
    public static let nothingMissing = LocalizedText(
        ru: "Все обязательные поля заполнены. Далее: F8 — профориентация.",
        en: "Every required field is filled. Next: F8 — guidance.")
    public static let notChosen = LocalizedText(ru: "— не выбрано —", en: "— not chosen —")
    public static let fullName = LocalizedText(ru: "ФИО", en: "Full name")
    public static let birthDate = LocalizedText(ru: "Дата рождения", en: "Birth date")
    public static let snils = LocalizedText(ru: "СНИЛС", en: "SNILS")
    public static let phone = LocalizedText(ru: "Телефон", en: "Phone")
    public static let email = LocalizedText(ru: "E-mail", en: "E-mail")
    public static let region = LocalizedText(ru: "Регион", en: "Region")
    public static let municipality = LocalizedText(ru: "Муниципалитет", en: "Municipality")
    public static let education = LocalizedText(ru: "Образование", en: "Education")
    public static let employment = LocalizedText(ru: "Занятость", en: "Employment")
    public static let unemployedSince = LocalizedText(ru: "Без работы с", en: "Unemployed since")
    public static let currentOccupation = LocalizedText(ru: "Профессия сейчас", en: "Current occupation")
    public static let baselineIncome = LocalizedText(ru: "Доход в месяц, ₽", en: "Monthly income, RUB")
    public static let experience = LocalizedText(ru: "Стаж, лет", en: "Experience, years")
    public static let relocation = LocalizedText(ru: "Готов к переезду", en: "Relocation")
    public static let schedule = LocalizedText(ru: "График обучения", en: "Study schedule")
    public static let format = LocalizedText(ru: "Формат обучения", en: "Study format")
    public static let consent = LocalizedText(ru: "Согласие на обработку ПДн", en: "Personal-data consent")
    public static let hint = LocalizedText(
        ru: "Правки сохраняются сами. * — обязательные поля.", en: "Edits save themselves. * marks required fields.")
    public static let newCaseHint = LocalizedText(
        ru: "Новое дело: заполните поля со * и отметьте согласие — дело заведётся само.",
        en: "New case: fill the * fields and tick consent — the case is created then.")
    public static let duplicatesTitle = LocalizedText(ru: "Возможно, дело уже есть", en: "This case may exist already")
    public static let duplicatesBody = LocalizedText(
        ru: "Похожие дела:\n{list}\n\nОткрыть найденное или завести новое?",
        en: "Similar cases:\n{list}\n\nOpen one of them, or create a new case?")
    public static let duplicateSameSNILS = LocalizedText(ru: "тот же СНИЛС", en: "same SNILS")
    public static let duplicateSimilarName = LocalizedText(
        ru: "похожее ФИО и та же дата рождения", en: "similar name and the same birth date")
    public static let openCase = LocalizedText(ru: "Открыть {case}", en: "Open {case}")
    public static let createAnyway = LocalizedText(ru: "Завести новое", en: "Create new")
    public static let back = LocalizedText(ru: "Назад", en: "Back")
    /// The step's help opens with this; its keys follow, from `ProfileStep.table`.
    public static let help = LocalizedText(
        ru: """
            Анкета соискателя.
            Текст: печатайте; ←→ Home End — по тексту; Backspace/Del — стереть; Ctrl-U — очистить до начала.
            Даты — ДД.ММ.ГГГГ, только цифры; СНИЛС — 11 цифр, дефисы ставятся сами; доход — рубли, запятая для копеек.
            Выбор ‹ … ›: ←/→ — другой вариант; буквы — переход к варианту, слово которого с них начинается.
            Ошибки видны справа от поля и полностью — внизу, для поля под курсором.
            Без согласия на обработку персональных данных дело не сохраняется.
            Новое дело заводится, когда заполнены поля со * и отмечено согласие; если похожее дело уже есть (тот же СНИЛС или похожее ФИО с той же датой рождения), CareerDesk предложит открыть его.
            """,
        en: """
            The seeker's profile.
            Text: type; ←→ Home End move in it; Backspace/Del erase; Ctrl-U clears to the start.
            Dates are YYYY-MM-DD, digits only; SNILS is 11 digits, the dashes come by themselves; income in roubles, a point before kopecks.
            Choices ‹ … ›: ←/→ pick another; letters jump to the option with a word starting with them.
            Problems show right of the field, and in full at the bottom for the field under the cursor.
            Without consent to personal-data processing a case is not saved.
            A new case is created once the * fields are filled and consent is ticked; if a similar case exists (same SNILS, or a similar name with the same birth date) CareerDesk offers to open it.
            """)
    public static let helpFields = LocalizedText(
        ru: "следующее / предыдущее поле; PgUp/PgDn — на 8 полей",
        en: "next / previous field; PgUp/PgDn 8 fields at a time")
    public static let helpNextMissing = LocalizedText(
        ru: "к следующему полю с замечанием или незаполненному обязательному (и к согласию)",
        en: "the next field with a problem or a required field still empty (consent too)")
    public static let helpChoose = LocalizedText(
        ru: "на выборе — следующий вариант, на отметке [ ] — поставить или снять",
        en: "on a choice the next option, on a tick box [ ] tick or clear")
}
