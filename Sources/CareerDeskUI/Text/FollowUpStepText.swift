import CareerDeskCore

/// Texts of the follow-up step: the schedule, the contact and payment forms, the ledger and its chart.
public enum FollowUpStepText {
    public static let stepName = LocalizedText(ru: "Сопровождение", en: "Follow-up")
    public static let notSigned = LocalizedText(
        ru: "Сопровождение начинается после подписания договора (шаг «Договор», Alt-4).",
        en: "Follow-up starts once the contract is signed (the Contract step, Alt-4).")
    public static let actionContact = LocalizedText(ru: "Контакт", en: "Contact")
    public static let actionPayment = LocalizedText(ru: "Платёж", en: "Payment")
    public static let viewSchedule = LocalizedText(ru: "График", en: "Schedule")
    public static let viewLedger = LocalizedText(ru: "Расчёты", en: "Ledger")
    public static let viewChart = LocalizedText(ru: "Диаграмма", en: "Chart")
    public static let summary = LocalizedText(
        ru: "{status} · начислено {due} · оплачено {paid} · до предела {left}",
        en: "{status} · due {due} · paid {paid} · cap left {left}")
    public static let arrears = LocalizedText(ru: "Долг: {amount}", en: "Arrears: {amount}")
    public static let nextContact = LocalizedText(
        ru: "Следующий контакт: {date} ({state})", en: "Next contact: {date} ({state})")
    public static let noNextContact = LocalizedText(
        ru: "Контактов больше не запланировано.", en: "No contact is planned.")
    public static let scheduleHeader = LocalizedText(
        ru: "№  Дата        Через        Состояние   Проведён", en: "No Date        After        State       Held on")
    public static let monthsAfter = LocalizedText(ru: "{n} мес.", en: "{n} months")
    public static let endOfTraining = LocalizedText(ru: "конец обуч.", en: "training end")
    public static let ledgerHeader = LocalizedText(
        ru: "Месяц   Состояние                 Доход    Начислено     Оплачено      Остаток",
        en: "Month   Status                   Income          Due         Paid     Cap left")
    public static let chartTitle = LocalizedText(
        ru: "Оплачено нарастающим итогом и предел {cap}", en: "Paid so far against the cap of {cap}")
    public static let noMonths = LocalizedText(
        ru: "Месяцев договора ещё не было.", en: "The contract has no months yet.")

    // The contact form.
    public static let contactTitle = LocalizedText(
        ru: "Контакт с соискателем — F4 записать, Esc отмена", en: "Contact with the seeker — F4 records, Esc cancels")
    public static let reached = LocalizedText(ru: "Связались", en: "Reached")
    public static let employer = LocalizedText(ru: "Работодатель", en: "Employer")
    public static let inn = LocalizedText(ru: "ИНН работодателя", en: "Employer's INN")
    public static let occupation = LocalizedText(ru: "Код занятия (ОКЗ)", en: "Occupation code (OKZ)")
    public static let startDate = LocalizedText(ru: "Работает с", en: "Working since")
    public static let month = LocalizedText(ru: "Месяц дохода", en: "Income month")
    public static let income = LocalizedText(ru: "Доход за месяц, ₽", en: "Income for the month, RUB")
    public static let evidence = LocalizedText(ru: "Подтверждение", en: "Evidence")
    public static let noEvidence = LocalizedText(ru: "нет", en: "none")
    public static let verified = LocalizedText(ru: "Проверено", en: "Verified")

    // The payment form.
    public static let paymentTitle = LocalizedText(
        ru: "Поступивший платёж — F4 записать, Esc отмена", en: "A payment received — F4 records, Esc cancels")
    public static let paymentDate = LocalizedText(ru: "Дата платежа", en: "Payment date")
    public static let amount = LocalizedText(ru: "Сумма, ₽", en: "Amount, RUB")
    public static let reference = LocalizedText(ru: "Платёжный документ", en: "Reference")
    public static let earlyPayoff = LocalizedText(ru: "Досрочное погашение", en: "Early payoff")

    // Errors and notices.
    public static let badDate = LocalizedText(ru: "дата не распознана", en: "not a date")
    public static let badMonth = LocalizedText(ru: "ожидается ГГГГ-ММ", en: "expected YYYY-MM")
    public static let badMoney = LocalizedText(ru: "сумма не распознана", en: "not an amount")
    public static let badINN = LocalizedText(ru: "ИНН не проходит проверку", en: "the INN check digits fail")
    public static let monthWithoutIncome = LocalizedText(
        ru: "укажите и месяц, и доход", en: "give both the month and the income")
    public static let employerNeeded = LocalizedText(
        ru: "укажите работодателя", en: "name the employer")
    public static let fixFields = LocalizedText(
        ru: "Исправьте отмеченные поля.", en: "Correct the marked fields.")
    public static let contactRecorded = LocalizedText(ru: "Контакт записан.", en: "Contact recorded.")
    public static let paymentRecorded = LocalizedText(
        ru: "Платёж {amount} записан.", en: "Payment of {amount} recorded.")

    public static let keyRecord = LocalizedText(ru: "Записать", en: "Record")
    public static let keyCancel = LocalizedText(ru: "Отмена", en: "Cancel")
    public static let keyAction = LocalizedText(ru: "Действие", en: "Action")
    public static let keyRun = LocalizedText(ru: "Выполнить", en: "Run")
    public static let keyScroll = LocalizedText(ru: "Листать", en: "Scroll")

    /// The step's help opens with this; its keys follow, from `FollowUpStep.table`.
    public static let help = LocalizedText(
        ru: """
            Шаг «Сопровождение» — жизнь подписанного договора: график контактов (пора, просрочен, \
            проведён), расчёты по месяцам и диаграмма оплаченного против предела выплат. \
            «Контакт» открывает форму контакта (связались ли, работодатель, ИНН, код занятия, дата начала \
            работы, месяц и доход, подтверждение, проверено), «Платёж» — форму платежа; «График», \
            «Расчёты», «Диаграмма» — что показано ниже.
            """,
        en: """
            The Follow-up step is the life of a signed contract: the contact schedule (due, overdue, \
            done), the ledger month by month and a chart of what was paid against the cap. \
            Contact opens the contact form (reached, employer, INN, occupation code, start date, month \
            and income, evidence, verified), Payment the payment form; Schedule, Ledger and Chart choose \
            what is shown below.
            """)
    public static let helpRecord = LocalizedText(
        ru: "в форме: записать контакт или платёж", en: "in a form: record the contact or the payment")
    public static let helpCancel = LocalizedText(
        ru: "в форме: закрыть её, ничего не записав", en: "in a form: close it, recording nothing")
    public static let helpNextAction = LocalizedText(ru: "следующее действие", en: "next action")
    public static let helpPreviousAction = LocalizedText(ru: "предыдущее действие", en: "previous action")
    public static let helpRun = LocalizedText(ru: "выполнить выбранное действие", en: "run the chosen action")
    public static let helpScroll = LocalizedText(
        ru: "листать график, расчёты или диаграмму", en: "scroll the schedule, the ledger or the chart")
}
