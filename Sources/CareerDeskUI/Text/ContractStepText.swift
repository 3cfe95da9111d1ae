import CareerDeskCore

/// Texts of the contract step: field labels, the status line, the status dialogs, the
/// scenario table and the help. Term and status names come from Core's `ContractText`.
public enum ContractStepText {
    // Field labels (short: the label column is 25 wide at 80 columns).
    public static let programme = LocalizedText(ru: "Программа", en: "Programme")
    public static let fundedAmount = LocalizedText(ru: "Финансирование F, ₽", en: "Funded amount F, RUB")
    public static let baselineIncome = LocalizedText(ru: "Базовый доход B, ₽", en: "Baseline income B, RUB")
    public static let targetIncome = LocalizedText(ru: "Целевой доход T, ₽", en: "Target income T, RUB")
    public static let minimumIncrease = LocalizedText(ru: "Мин. прирост M, ₽", en: "Minimum increase M, RUB")
    public static let share = LocalizedText(ru: "Доля s, %", en: "Share s, %")
    public static let shareBase = LocalizedText(ru: "База доли", en: "Share base")
    public static let capMultiple = LocalizedText(ru: "Потолок k (× F)", en: "Cap multiple k (× F)")
    public static let termPayments = LocalizedText(ru: "Платежей N", en: "Term N, payments")
    public static let windowMonths = LocalizedText(ru: "Окно W, мес.", en: "Window W, months")
    public static let graceMonths = LocalizedText(ru: "Льготный срок G, мес.", en: "Grace G, months")
    public static let courseMonths = LocalizedText(ru: "Обучение D, мес.", en: "Course D, months")
    public static let earlyPayoff = LocalizedText(ru: "Досрочное погашение", en: "Early payoff")
    public static let providerName = LocalizedText(ru: "Уч. заведение", en: "Provider")
    public static let providerINN = LocalizedText(ru: "Уч. заведение: ИНН", en: "Provider: INN")
    public static let providerRepresentative = LocalizedText(ru: "Уч. заведение: подписант", en: "Provider: signatory")
    public static let employerName = LocalizedText(ru: "Работодатель", en: "Employer")
    public static let employerINN = LocalizedText(ru: "Работодатель: ИНН", en: "Employer: INN")
    public static let employerRepresentative = LocalizedText(ru: "Работодатель: подписант", en: "Employer: signatory")
    public static let investorName = LocalizedText(ru: "Инвестор", en: "Investor")
    public static let investorINN = LocalizedText(ru: "Инвестор: ИНН", en: "Investor: INN")
    public static let investorRepresentative = LocalizedText(ru: "Инвестор: подписант", en: "Investor: signatory")
    public static let investorKind = LocalizedText(ru: "Инвестор: кто", en: "Investor: kind")
    public static let seekerINN = LocalizedText(ru: "Соискатель: ИНН", en: "Seeker: INN")
    public static let notChosen = LocalizedText(ru: "— не указан —", en: "— not given —")

    /// Early-payoff rules in a few words (the full wording is in `ContractText.earlyPayoff`).
    public static func earlyPayoffShort(_ rule: ContractTerms.EarlyPayoff) -> LocalizedText {
        switch rule {
        case .capMinusPaid: LocalizedText(ru: "потолок C − уплачено", en: "cap C − paid")
        case .fundedMinusPaid: LocalizedText(ru: "сумма F − уплачено", en: "funded F − paid")
        case .notAllowed: LocalizedText(ru: "не допускается", en: "not allowed")
        }
    }

    // Inline messages (the full message shows at the bottom for the field under the cursor).
    public static let atMost = LocalizedText(ru: "не больше {bound}", en: "at most {bound}")
    public static let atLeast = LocalizedText(ru: "не меньше {bound}", en: "at least {bound}")
    public static let badAmount = LocalizedText(
        ru: "нужна сумма в рублях, например 120 000,50", en: "an amount in roubles is needed, e.g. 120 000.50")
    public static let badPercent = LocalizedText(
        ru: "нужен процент, например 15 или 12,5", en: "a percentage is needed, e.g. 15 or 12.5")
    public static let badMultiple = LocalizedText(
        ru: "нужна кратность, например 1,5", en: "a multiple is needed, e.g. 1.5")
    public static let badCount = LocalizedText(ru: "нужно целое число", en: "a whole number is needed")
    public static let required = LocalizedText(ru: "обязательно", en: "required")

    // The status line above the form.
    public static let statusLine = LocalizedText(ru: "Версия {version} · {status}", en: "Version {version} · {status}")
    public static let lastMove = LocalizedText(ru: "{status} {when}, {who}", en: "{status} {when} by {who}")
    public static let problemsCount = LocalizedText(ru: "замечаний: {n}", en: "problems: {n}")
    public static let noProblems = LocalizedText(ru: "условия в рамках программы", en: "terms within the programme")
    public static let frozen = LocalizedText(
        ru: "заморожен: F9 — новая версия", en: "frozen: F9 makes a new version")
    public static let final = LocalizedText(ru: "условия окончательные", en: "terms are final")

    // Without a course or a contract.
    public static let noCourse = LocalizedText(
        ru:
            "Курс ещё не выбран. Договор составляется по стоимости и длительности курса:\nсначала выберите курс на шаге «Обучение» — Alt-3.",
        en:
            "No course has been chosen yet. The contract is drafted from the course's cost and length:\nchoose a course on the Course step first — Alt-3."
    )
    public static let noProgrammes = LocalizedText(
        ru: "В каталоге нет программ (data/programmes): договор составить не по чему.",
        en: "The catalog has no programmes (data/programmes): there is nothing to draft the contract on.")
    public static let unknownProgramme = LocalizedText(
        ru: "программа «{programme}» не найдена в каталоге: выберите другую.",
        en: "the programme “{programme}” is not in the catalog: choose another.")
    public static let noContractReadOnly = LocalizedText(
        ru: "Договора ещё нет, а дело открыто только для чтения.",
        en: "There is no contract yet, and the case is open read-only.")
    public static let drafted = LocalizedText(
        ru: "Черновик договора составлен по программе «{programme}», курсу и зарплате по профессии в регионе.",
        en: "A draft contract was made from the programme “{programme}”, the course and the occupation's regional wage."
    )
    public static let programmeChanged = LocalizedText(
        ru: "Программа «{programme}»: доля, потолок, сроки и порог взяты из её условий по умолчанию.",
        en: "Programme “{programme}”: share, cap, months and threshold set to its defaults.")
    public static let backToDraft = LocalizedText(
        ru: "Условия изменены — договор снова черновик.", en: "The terms changed — the contract is a draft again.")
    public static let lockedNotice = LocalizedText(
        ru: "Договор {status}: условия не меняются. F9 — новая версия.",
        en: "The contract is {status}: its terms cannot change. F9 makes a new version.")
    public static let finalNotice = LocalizedText(
        ru: "Договор {status}: условия окончательные.", en: "The contract is {status}: its terms are final.")

    // Scenarios and chart.
    public static let scenariosTitle = LocalizedText(
        ru: "Сценарии · потолок C = {cap} · платежи с {first}-го месяца",
        en: "Scenarios · cap C = {cap} · payments from month {first}")
    public static let scenariosImpossible = LocalizedText(
        ru: "Сценарии не считаются, пока условия невозможны (см. поля с «!»).",
        en: "No scenarios while the terms are impossible (see the fields marked “!”).")
    public static let columnScenario = LocalizedText(ru: "Сценарий", en: "Scenario")
    public static let columnIncome = LocalizedText(ru: "Доход/мес.", en: "Income/month")
    public static let columnPayment = LocalizedText(ru: "Платёж/мес.", en: "Payment/month")
    public static let columnPayments = LocalizedText(ru: "Платежей", en: "Payments")
    public static let columnTotal = LocalizedText(ru: "Всего", en: "Total paid")
    public static let columnEnd = LocalizedText(ru: "Окончание", en: "Ends")
    public static let columnRate = LocalizedText(ru: "Ставка", en: "Rate")
    public static let endInMonth = LocalizedText(ru: "{reason}, мес. {month}", en: "{reason}, month {month}")
    public static let chartTitle = LocalizedText(
        ru: "Всего выплат (полная полоса — потолок C)", en: "Total paid (a full bar is the cap C)")
    public static let cumulativeTitle = LocalizedText(
        ru: "Нарастающим итогом при целевом доходе, мес. 0–{last}",
        en: "Cumulative at the target income, months 0–{last}")

    // Status moves.
    public static let movesTitle = LocalizedText(ru: "Статус договора", en: "Contract status")
    public static let movesMessage = LocalizedText(
        ru: "Сейчас: {status}. Что сделать?", en: "Now: {status}. What next?")
    public static func moveName(_ status: ContractStatus) -> LocalizedText {
        switch status {
        case .draft: LocalizedText(ru: "Вернуть в черновик", en: "Back to draft")
        case .ready: LocalizedText(ru: "Готов к подписанию", en: "Ready for signing")
        case .signed: LocalizedText(ru: "Подписан", en: "Signed")
        case .active: LocalizedText(ru: "Вступил в силу", en: "Active")
        case .completed: LocalizedText(ru: "Исполнен", en: "Completed")
        case .terminated: LocalizedText(ru: "Расторгнуть", en: "Terminate")
        }
    }
    public static let amend = LocalizedText(ru: "Новая версия", en: "New version")
    /// The draft's first option: ready and signed in one round.
    public static let signNow = LocalizedText(ru: "Подписать", en: "Sign")
    public static let signButton = LocalizedText(ru: "Да, подписан", en: "Yes, signed")
    public static let confirmSignTerms = LocalizedText(
        ru:
            "Договор (версия {version}) подписан сторонами на этих условиях?\nF {funded}, B {baseline}, T {target}, M {minimum};\ns {share}, потолок {cap}, N {term}, W {window} мес., G {grace} мес.\nУсловия будут заморожены. Будет записано: {who}, {when}.",
        en:
            "Has the contract (version {version}) been signed by the parties on these terms?\nF {funded}, B {baseline}, T {target}, M {minimum};\ns {share}, cap {cap}, N {term}, W {window} months, G {grace} months.\nIts terms will be frozen. Recorded as: {who}, {when}."
    )
    public static let noMoves = LocalizedText(
        ru: "Договор {status}: дальше статус не меняется.", en: "The contract is {status}: no further moves.")
    public static let confirmTitle = LocalizedText(ru: "Подтвердите", en: "Please confirm")
    public static let confirmMove = LocalizedText(
        ru: "Перевести договор (версия {version}) из статуса «{from}» в «{to}»?\nБудет записано: {who}, {when}.",
        en: "Move the contract (version {version}) from “{from}” to “{to}”?\nRecorded as: {who}, {when}.")
    public static let confirmAmend = LocalizedText(
        ru:
            "Оформить версию {next}? Версия {version} («{status}») сохранится как есть,\nновая начнётся черновиком с теми же условиями и её нужно будет подписать заново.",
        en:
            "Make version {next}? Version {version} ({status}) is kept as it is;\nthe new one starts as a draft with the same terms and must be signed again."
    )
    public static let refusedProblems = LocalizedText(
        ru: "«{to}» — нельзя, пока есть замечания ({n}): они у полей, курсор на первом.",
        en: "Not “{to}” while there are problems ({n}): the cursor is on the first.")
    public static let moved = LocalizedText(
        ru: "Договор: {status} ({who}, {when})", en: "Contract: {status} ({who}, {when})")
    /// After a move, what comes next: F4 to sign a ready contract, F5 to print a signed one.
    public static let movedNextSign = LocalizedText(
        ru: "Договор: {status} ({who}, {when}). Далее: F4 — подписать.",
        en: "Contract: {status} ({who}, {when}). Next: F4 — sign.")
    public static let movedNextPrint = LocalizedText(
        ru: "Договор: {status} ({who}, {when}). Далее: F5 — печать сводки.",
        en: "Contract: {status} ({who}, {when}). Next: F5 — print the summary.")
    public static let amended = LocalizedText(
        ru: "Оформлена версия {version} — черновик; версия {previous} сохранена.",
        en: "Version {version} made — a draft; version {previous} is kept.")

    // Keys.
    public static let keyStatus = LocalizedText(ru: "Статус", en: "Status")
    public static let keyAmend = LocalizedText(ru: "Нов.версия", en: "Amend")
    public static let keyField = LocalizedText(ru: "Поле", en: "Field")
    public static let keyNextProblem = LocalizedText(ru: "К замечанию", en: "Next problem")
    public static let nextReady = LocalizedText(
        ru: "Замечаний нет. Далее: F4 — готов к подписанию.", en: "No problems left. Next: F4 — ready for signing.")
    public static let nextSign = LocalizedText(
        ru: "Замечаний нет. Далее: F4 — подписать.", en: "No problems left. Next: F4 — sign.")
    public static let nextPrint = LocalizedText(
        ru: "Договор подписан. Далее: F5 — печать сводки.", en: "The contract is signed. Next: F5 — print the summary.")
    public static let keyChoice = LocalizedText(ru: "Вариант", en: "Option")

    /// The step's help opens with this; its keys follow, from `ContractStep.table`.
    public static let help = LocalizedText(
        ru: """
            Договор о развитии карьеры: стороны и условия, проверка по программе, сценарии выплат.
            Черновик составляется сам, когда выбран курс: F — стоимость курса, T — медианная зарплата
            по целевой профессии в регионе соискателя, B — доход из анкеты, D — длительность курса,
            остальное — условия программы по умолчанию. Без курса договора нет: Alt-3 — шаг «Обучение».
            Программа по умолчанию — «Зарабатываем вместе» (если есть в каталоге); другая программа
            приносит свои долю, потолок, сроки и порог.
            Суммы — в рублях, запятая для копеек; доля — процент (15 или 12,5); потолок — кратность F (1,5);
            сроки — целые месяцы или число платежей.
            Каждое изменение сразу проверяется по программе: замечание видно справа от поля («не больше 20 %»),
            а полностью — внизу, для поля под курсором. Таблица сценариев и диаграмма пересчитываются сразу:
            платёж в месяц, число платежей, всего выплат, чем и в каком месяце закончится, годовая ставка
            (внутренняя норма доходности × 12, как ПСК). Полная полоса диаграммы — потолок C.
            Статусы: черновик → готов к подписанию → подписан → вступил в силу → исполнен (или расторгнут);
            каждый переход подтверждается и записывается: кто и когда. «Готов к подписанию» и «Подписан» —
            только без замечаний. Подписанный договор не редактируется. Шаг отмечен ✓, когда договор подписан.
            """,
        en: """
            The career development contract: parties and terms, checked against the programme, with payment scenarios.
            The draft makes itself once a course is chosen: F is the course cost, T the median wage of the
            target occupation in the seeker's region, B the income from the profile, D the course length,
            the rest the programme's defaults. Without a course there is no contract: Alt-3 is the Course step.
            The default programme is Earning Money Together (when the catalog has it); another programme
            brings its own share, cap, months and threshold.
            Amounts in roubles, a point before kopecks; the share a percentage (15 or 12.5); the cap
            a multiple of F (1.5); months and payments whole numbers.
            Every change is checked against the programme at once: a problem shows right of the field
            ("at most 20%"), in full at the bottom for the field under the cursor. The scenario table and
            the chart follow at once: monthly payment, payments, total paid, how and in which month it ends,
            the annual rate (internal rate of return × 12, as 353-FZ's full cost of credit). A full bar is the cap C.
            Statuses: draft → ready for signing → signed → active → completed (or terminated); every move is
            confirmed and recorded with who and when. "Ready for signing" and "Signed" need a contract without
            problems. A signed contract cannot be edited. The step shows ✓ once the contract is signed.
            """)
    public static let helpFields = LocalizedText(
        ru: "следующее / предыдущее поле; PgUp/PgDn — на 8 полей",
        en: "next / previous field; PgUp/PgDn 8 fields at a time")
    public static let helpNextProblem = LocalizedText(
        ru: "к следующему полю с замечанием или незаполненному обязательному; без них — что дальше",
        en: "the next field with a problem or a required field still empty; with none, what comes next")
    public static let helpChoice = LocalizedText(
        ru: "на выборе ‹ … ›: другой вариант (на «Программе» — другая программа и её условия)",
        en: "on a choice ‹ … ›: another option (on Programme: another programme and its terms)")
    public static let helpStatus = LocalizedText(
        ru: "статус договора: следующий шаг, подтверждается и записывается",
        en: "the contract's status: the next move, confirmed and recorded")
    public static let helpAmend = LocalizedText(
        ru: "новая версия подписанного договора: прежняя сохраняется, новая — черновик",
        en: "a new version of a signed contract: the old one is kept, the new one starts as a draft")
}
