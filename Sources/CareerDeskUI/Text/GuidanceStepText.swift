import CareerDeskCore

/// Texts of the guidance step: the questionnaire, the skills check, the ranked occupations and
/// the support measures. Reasons and measure explanations come from the engine (GuidanceText).
public enum GuidanceStepText {
    // Pane tabs
    public static let paneQuestionnaire = LocalizedText(
        ru: "Опросник {done}/{total}", en: "Questionnaire {done}/{total}")
    public static let paneSkills = LocalizedText(ru: "Навыки {count}", en: "Skills {count}")
    public static let paneOccupations = LocalizedText(ru: "Профессии", en: "Occupations")
    public static let paneMeasures = LocalizedText(ru: "Меры {count}", en: "Measures {count}")
    public static let targetLabel = LocalizedText(ru: "Цель: {name}", en: "Target: {name}")
    public static let noTarget = LocalizedText(ru: "Цель не выбрана", en: "No target yet")

    // Questionnaire
    public static let itemProgress = LocalizedText(ru: "Вопрос {n} из {total}", en: "Item {n} of {total}")
    public static let answeredCount = LocalizedText(ru: "отвечено {done}", en: "{done} answered")
    public static let profileWaiting = LocalizedText(
        ru: "Профиль интересов появится, когда будут даны все ответы (осталось {left}).",
        en: "The interest profile shows once every item is answered ({left} to go).")
    public static let hollandCode = LocalizedText(ru: "Код Холланда: {code}", en: "Holland code: {code}")
    public static let questionnaireDone = LocalizedText(
        ru: "Опросник заполнен: код Холланда {code}. Tab — навыки.",
        en: "Questionnaire complete: Holland code {code}. Tab for skills.")
    public static let questionnaireHint = LocalizedText(
        ru: "Цифра — ответ; ← или Backspace — назад; → — вперёд",
        en: "A digit answers; ← or Backspace goes back; → forward")

    // Skills
    public static let columnHas = LocalizedText(ru: "Есть", en: "Has")
    public static let columnSkill = LocalizedText(ru: "Навык", en: "Skill")
    public static let columnNeededFor = LocalizedText(ru: "Нужен для", en: "Needed for")
    public static let skillsHint = LocalizedText(
        ru: "Пробел — отметить · буквы — поиск навыка или профессии",
        en: "Space ticks · letters search a skill or occupation")
    public static let skillsFilter = LocalizedText(ru: "Поиск: {filter}", en: "Find: {filter}")
    public static let skillsCount = LocalizedText(ru: "отмечено {count} из {total}", en: "{count} of {total} ticked")
    public static let nothingFound = LocalizedText(
        ru: "Ничего не найдено. Esc — сбросить поиск.", en: "Nothing found. Esc clears the search.")

    // Occupations
    public static let columnRank = LocalizedText(ru: "№", en: "#")
    public static let columnOccupation = LocalizedText(ru: "Профессия", en: "Occupation")
    public static let columnScore = LocalizedText(ru: "Балл", en: "Score")
    public static let columnWage = LocalizedText(ru: "Зарплата", en: "Pay")
    public static let columnUplift = LocalizedText(ru: "Рост", en: "Uplift")
    public static let ownBusiness = LocalizedText(ru: "своё дело", en: "own business")
    public static let parts = LocalizedText(
        ru: "интересы {interest} · спрос {demand} · зарплата {wage} · навыки {skills} · обучение {training}{penalty}",
        en: "interests {interest} · demand {demand} · pay {wage} · skills {skills} · training {training}{penalty}")
    public static let partInterest = LocalizedText(ru: "Интересы", en: "Interests")
    public static let partDemand = LocalizedText(ru: "Спрос", en: "Demand")
    public static let partWage = LocalizedText(ru: "Зарплата", en: "Pay")
    public static let partSkills = LocalizedText(ru: "Навыки", en: "Skills")
    public static let partTraining = LocalizedText(ru: "Обучение", en: "Training")
    public static let partPenalty = LocalizedText(ru: "Образование", en: "Education")
    public static let scoreLine = LocalizedText(
        ru: "Балл {score} из 100 · место {rank}", en: "Score {score} of 100 · rank {rank}")
    public static let wageLine = LocalizedText(
        ru: "Зарплата {wage}: {uplift} в месяц ({percent} %) к {base}",
        en: "Pay {wage}: {uplift} a month ({percent}%) over {base}")
    public static let minimumWage = LocalizedText(ru: "МРОТ {base}", en: "the minimum wage, {base}")
    public static let demandLine = LocalizedText(
        ru: "Спрос: {demand} вакансии на соискателя{national}",
        en: "Demand: {demand} vacancies per job seeker{national}")
    public static let nationalFigures = LocalizedText(ru: " (данные по России)", en: " (national figures)")
    public static let skillsLine = LocalizedText(
        ru: "Навыки: есть {have} из {total}{missing}", en: "Skills: has {have} of {total}{missing}")
    public static let missingSkills = LocalizedText(ru: "; не хватает: {names}", en: "; lacks: {names}")
    public static let coursesLine = LocalizedText(
        ru: "Курсов доступно: {count}{best}", en: "Courses open to the seeker: {count}{best}")
    public static let bestCourse = LocalizedText(ru: "; лучший — {provider}", en: "; best: {provider}")
    public static let withoutInterests = LocalizedText(
        ru: "Опросник не заполнен: ранжирование только по спросу, зарплате и обучению.",
        en: "Questionnaire incomplete: ranked on demand, pay and training alone.")
    public static let occupationsHint = LocalizedText(
        ru: "Enter — выбрать целью; печатайте для поиска", en: "Enter makes it the target; type to search")
    public static let targetChosen = LocalizedText(
        ru: "Цель: {name}. Далее: F8 — выбор курса.", en: "Target: {name}. Next: F8 — the course.")
    public static let targetAlready = LocalizedText(ru: "Это уже цель: {name}", en: "Already the target: {name}")
    public static let targetMark = LocalizedText(ru: "✓", en: "✓")

    // Measures
    public static let measuresHeading = LocalizedText(
        ru: "Меры поддержки, на которые есть право (предлагаются без заявления)",
        en: "Support measures the seeker is entitled to (offered without an application)")
    public static let measuresNoTrack = LocalizedText(
        ru: "Меры для выбранного направления появятся, когда будет выбрана цель.",
        en: "Measures that depend on the track appear once a target is chosen.")
    public static let measureBecause = LocalizedText(ru: "Основание: {why}", en: "Because: {why}")
    public static let measureOffered = LocalizedText(ru: "✓ в деле", en: "✓ in the case")
    public static let noMeasures = LocalizedText(
        ru: "Нет мер поддержки по данным анкеты.", en: "No support measures match the profile.")

    // Key bar
    public static let keyPane = LocalizedText(ru: "Раздел", en: "Pane")
    public static let keyAnswer = LocalizedText(ru: "Ответ", en: "Answer")
    public static let keyBack = LocalizedText(ru: "Назад", en: "Back")
    public static let keyTick = LocalizedText(ru: "Отметить", en: "Tick")
    public static let keyTarget = LocalizedText(ru: "Цель", en: "Target")
    public static let keyScroll = LocalizedText(ru: "Листать", en: "Scroll")
    public static let keyClearSearch = LocalizedText(ru: "Сброс", en: "Clear")

    /// The step's help opens with this; its keys follow, from `GuidanceStep.table`.
    public static let help = LocalizedText(
        ru: """
            Профориентация: четыре раздела (Опросник → Навыки → Профессии → Меры).
            Опросник: вопросы по одному; ответ — цифра шкалы, сразу следующий вопрос; ответы сохраняются сразу. Когда отвечены все, видны столбики RIASEC и код Холланда.
            Навыки: отметьте, что соискатель умеет. Сначала идут навыки, нужные для профессий из верхней части рейтинга (колонка «Нужен для»). Печатайте, чтобы искать навык или профессию, для которой он нужен (пробел в поиск не попадает); Backspace — стереть букву; ↑↓ PgUp PgDn Home End — по списку.
            Профессии: рейтинг профессий и направления «своё дело» с баллом и его частями (интересы, спрос, зарплата, навыки, обучение), зарплатой, ростом к доходу и причиной; ↑↓ PgUp PgDn Home End — выбор строки, печатайте для поиска. Цель записывает в дело направление, код Холланда, меры поддержки и время. ✓ — текущая цель. Шаг завершён, когда цель выбрана.
            Меры: меры поддержки, на которые у соискателя есть право, с основаниями. Меры, зависящие от направления (например, для своего дела), появляются после выбора цели.
            """,
        en: """
            Guidance has four panes (Questionnaire → Skills → Occupations → Measures).
            Questionnaire: one item at a time; a digit of the scale answers and moves on; answers are kept at once. When all are answered the RIASEC bars and Holland code show.
            Skills: tick what the seeker can do. Skills needed by the occupations near the top of the ranking come first (the "Needed for" column). Type to search a skill or an occupation that needs it (a space does not go into the search); Backspace erases a letter; ↑↓ PgUp PgDn Home End move in the list.
            Occupations: the ranking of occupations and the own-business track with the score and its parts (interests, demand, pay, skills, training), the pay, the uplift over income and the reason; ↑↓ PgUp PgDn Home End select, type to search. The target puts the track, Holland code, support measures and time into the case. ✓ marks the current target. The step is done once a target is chosen.
            Measures: the support measures the seeker is entitled to, and why. Measures that depend on the track (e.g. for an own business) appear once a target is chosen.
            """)
    public static let helpNextPane = LocalizedText(ru: "следующий раздел", en: "next pane")
    public static let helpPreviousPane = LocalizedText(ru: "предыдущий раздел", en: "previous pane")
    public static let helpAnswer = LocalizedText(
        ru: "Опросник: ответ на вопрос, сразу следующий", en: "Questionnaire: answer the item and move on")
    public static let helpPreviousItem = LocalizedText(
        ru: "Опросник: к предыдущему вопросу (изменить ответ)",
        en: "Questionnaire: back to the previous item (to change it)")
    public static let helpNextItem = LocalizedText(
        ru: "Опросник: к следующему вопросу (если на текущий ответили), к первому, к первому без ответа",
        en: "Questionnaire: forward (once answered), to the first, to the first unanswered")
    public static let helpTick = LocalizedText(ru: "Навыки: отметить или снять", en: "Skills: tick or clear")
    public static let helpTarget = LocalizedText(
        ru: "Профессии: сделать выбранную строку целью", en: "Occupations: make the selected row the target")
    public static let helpClearSearch = LocalizedText(ru: "сбросить поиск", en: "clear the search")
    public static let helpScrollMeasures = LocalizedText(ru: "Меры: листать", en: "Measures: scroll")
}
