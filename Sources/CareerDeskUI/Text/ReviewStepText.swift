import CareerDeskCore

/// Texts of the review step: the action line, the status of the case, the checklist and the help.
public enum ReviewStepText {
    public static let actionContract = LocalizedText(ru: "Сводка договора", en: "Contract summary")
    public static let actionConsent = LocalizedText(ru: "Согласие", en: "Consent")
    public static let actionPlan = LocalizedText(ru: "План", en: "Plan")
    public static let actionExport = LocalizedText(ru: "Экспорт", en: "Export")
    public static let actionsPrompt = LocalizedText(ru: "Tab/Enter:", en: "Tab/Enter:")
    public static let outputKeys = LocalizedText(ru: "F5 печать · F6 экспорт", en: "F5 print · F6 export")
    public static let panelTitle = LocalizedText(ru: "Печать и экспорт", en: "Print and export")
    public static let panelPrint = LocalizedText(
        ru: "F5 — печать: сводка договора, согласие или план", en: "F5 print: contract summary, consent or plan")
    public static let panelExport = LocalizedText(
        ru: "F6 — экспорт: PDF, HTML, Markdown, JSON, CSV", en: "F6 export: PDF, HTML, Markdown, JSON, CSV")
    public static let panelKeys = LocalizedText(
        ru: "Tab — выбрать действие, Enter — выполнить;\n↑↓ PgUp PgDn Home End — листать дело.",
        en: "Tab picks an action, Enter runs it;\n↑↓ PgUp PgDn Home End scroll the case.")

    // Where the case stands (the line above the page, and the done rule).
    public static let noContract = LocalizedText(
        ru: "Договора нет — составьте его на шаге «Договор» (Alt-4).",
        en: "There is no contract — draft it on the Contract step (Alt-4).")
    public static let notSigned = LocalizedText(
        ru: "Договор: {status} — подпишите его на шаге «Договор» (Alt-4, F4).",
        en: "Contract: {status} — sign it on the Contract step (Alt-4, F4).")
    public static let signed = LocalizedText(
        ru: "Договор: {status} {when}, {who} · Enter или F5 — печать сводки.",
        en: "Contract {status} {when} by {who} · Enter/F5 prints the summary.")
    public static let noContractToPrint = LocalizedText(
        ru: "Сводку договора печатать не из чего: договора ещё нет (Alt-4).",
        en: "There is no contract to summarise yet (Alt-4).")

    // The checklist at the top of the page.
    public static let checklistHeading = LocalizedText(ru: "Готовность дела", en: "Where the case stands")
    public static let stepDone = LocalizedText(ru: "✓ готово", en: "✓ done")
    public static let stepOpen = LocalizedText(ru: "— не завершено", en: "— not done")

    public static let keyScroll = LocalizedText(ru: "Листать", en: "Scroll")
    public static let keyAction = LocalizedText(ru: "Действие", en: "Action")
    public static let keyRun = LocalizedText(ru: "Выполнить", en: "Run")

    /// The step's help opens with this; its keys follow, from `ReviewStep.table`.
    public static let help = LocalizedText(
        ru: """
            Итог: всё дело на одной странице — готовность шагов, анкета, профориентация (код Холланда,
            целевая профессия и почему), курс, договор (стороны, условия, статус, история, сценарии выплат),
            заметки и оценки соискателя. Действия в строке над делом: «Сводка договора», «Согласие», «План» —
            печать документа на принтер или в файл; «Экспорт» — файл дела; «Статус» — открыто, отложено, закрыто.
            Шаг «Итог» отмечен ✓, когда договор подписан (или дальше) и дело дошло до итога — тогда
            можно печатать сводку договора для подписи. Что ещё не готово, видно в начале страницы.
            """,
        en: """
            Review: the whole case on one page — which steps are done, the profile, guidance (Holland code,
            target occupation and why), the course, the contract (parties, terms, status, history, payment
            scenarios), notes and the seeker's ratings. Actions on the line above the case: "Contract summary",
            "Consent", "Plan" print that document to the printer or a file; "Export" writes the case file;
            "Status" sets open, on hold or closed.
            The Review step shows ✓ once the contract is signed (or further) and the case has reached the
            review — the contract summary can then be printed for signing. What is not done yet shows at the
            top of the page.
            """)
    public static let helpScroll = LocalizedText(
        ru: "листать: на строку, на страницу (и Пробел), в начало, в конец",
        en: "scroll: a line, a page (Space too), to the top, to the bottom")
    public static let helpNextAction = LocalizedText(ru: "следующее действие", en: "next action")
    public static let helpPreviousAction = LocalizedText(ru: "предыдущее действие", en: "previous action")
    public static let helpRun = LocalizedText(ru: "выполнить выбранное действие", en: "run the chosen action")
    public static let actionStatus = LocalizedText(ru: "Статус", en: "Status")
    public static let statusTitle = LocalizedText(ru: "Состояние дела", en: "Case status")
    public static let statusQuestion = LocalizedText(
        ru: "Сейчас дело: {status}. Новое состояние (список дел считает дела по состояниям):",
        en: "The case is now: {status}. New status (the case list counts cases by status):")
    public static let statusChanged = LocalizedText(ru: "Состояние дела: {status}", en: "Case status: {status}")
}
