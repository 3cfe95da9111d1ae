import CareerDeskCore

/// Texts of the course step: the filters, the course list, the details pane and its messages.
public enum CourseStepText {
    public static let target = LocalizedText(
        ru: "Цель: {name} · курсов {shown} из {reachable} доступных ({all} всего)",
        en: "Target: {name} · {shown} of {reachable} courses open ({all} in all)")
    public static let targetOnly = LocalizedText(ru: "Цель: {name}", en: "Target: {name}")
    public static let noTarget = LocalizedText(
        ru: "Цель ещё не выбрана. Выберите профессию на шаге «Профориентация» (Alt-2), затем вернитесь сюда.",
        en: "No target yet. Choose an occupation on the Guidance step (Alt-2), then come back here.")
    public static let unknownTarget = LocalizedText(
        ru: "Профессии {code} нет в каталоге. Выберите цель заново на шаге «Профориентация» (Alt-2).",
        en: "Occupation {code} is not in the catalog. Choose the target again on the Guidance step (Alt-2).")
    public static let noneReachable = LocalizedText(
        ru:
            "Ни один из {all} курсов по профессии не подходит: нет мест или ближайших дат, не тот регион, формат или график. Ограничения меняются в анкете (Alt-1), цель — на шаге «Профориентация» (Alt-2).",
        en:
            "None of the {all} courses for this occupation fits: no seats or coming dates, another region, format or schedule. Constraints are in the profile (Alt-1), the target on the Guidance step (Alt-2)."
    )
    public static let noneFiltered = LocalizedText(
        ru: "Под фильтры не подходит ни один курс. Tab и ←/→ — изменить фильтры.",
        en: "No course matches the filters. Tab and ←/→ change them.")
    public static let chosen = LocalizedText(
        ru: "Выбран: {title}, {provider}, старт {start}", en: "Chosen: {title}, {provider}, starts {start}")
    public static let chosenOtherTarget = LocalizedText(
        ru: "Выберите курс заново: «{title}» ведёт к другой цели",
        en: "Choose again: “{title}” leads to another target")
    public static let picked = LocalizedText(
        ru: "Курс выбран (старт {start}). Далее: F8 — договор.",
        en: "Course chosen (starts {start}). Next: F8 — the contract.")
    public static let pickedWithContract = LocalizedText(
        ru: "Курс выбран (старт {start}). Договор уже составлен — сверьте F и D на шаге «Договор» (Alt-4).",
        en: "Course chosen (starts {start}). A contract exists — check F and D on the Contract step (Alt-4).")
    public static let alreadyPicked = LocalizedText(ru: "Этот курс уже выбран", en: "This course is chosen already")

    // Filters
    public static let filterFormat = LocalizedText(ru: "Формат", en: "Format")
    public static let filterPlace = LocalizedText(ru: "Где", en: "Where")
    public static let filterSort = LocalizedText(ru: "Порядок", en: "Order")
    public static let anyFormat = LocalizedText(ru: "любой", en: "any")
    public static let placeAll = LocalizedText(ru: "везде", en: "anywhere")
    public static let placeRegion = LocalizedText(ru: "в регионе", en: "in the region")
    public static let placeOnline = LocalizedText(ru: "онлайн", en: "online")
    public static let placeElsewhere = LocalizedText(ru: "другой регион", en: "other region")
    public static let sortStart = LocalizedText(ru: "старт", en: "start")
    public static let sortCost = LocalizedText(ru: "цена", en: "cost")
    public static let sortHours = LocalizedText(ru: "часы", en: "hours")
    public static let sortPractice = LocalizedText(ru: "практика", en: "practice")
    public static let sortEmployment = LocalizedText(ru: "трудоустройство", en: "employment")

    // List columns
    public static let columnCourse = LocalizedText(ru: "Курс", en: "Course")
    public static let columnPlace = LocalizedText(ru: "Где", en: "Where")
    public static let columnStart = LocalizedText(ru: "Старт", en: "Start")
    public static let columnHours = LocalizedText(ru: "Часы", en: "Hours")
    public static let columnPractice = LocalizedText(ru: "Практ", en: "Pract")
    public static let columnCost = LocalizedText(ru: "Цена", en: "Cost")
    public static let columnEmployment = LocalizedText(ru: "Труд", en: "Empl")
    public static let online = LocalizedText(ru: "онлайн", en: "online")

    // Details
    public static let provider = LocalizedText(ru: "Организация: {provider}", en: "Provider: {provider}")
    public static let place = LocalizedText(ru: "Место: {place}", en: "Where: {place}")
    public static let reachInRegion = LocalizedText(ru: "в регионе соискателя", en: "in the seeker's region")
    public static let reachOnline = LocalizedText(ru: "онлайн, из любого региона", en: "online, from anywhere")
    public static let reachElsewhere = LocalizedText(
        ru: "в другом регионе ({region}) — нужен переезд", en: "in another region ({region}) — requires moving")
    public static let format = LocalizedText(
        ru: "Формат: {format}, {schedule}; {hours}, практика {practice}",
        en: "Format: {format}, {schedule}; {hours}, practice {practice}")
    public static let cost = LocalizedText(ru: "Стоимость: {cost} · {months}", en: "Cost: {cost} · {months}")
    public static let starts = LocalizedText(
        ru: "Ближайшие старты: {dates} · мест: {seats}", en: "Next starts: {dates} · seats: {seats}")
    public static let startsOnly = LocalizedText(ru: "Ближайшие старты: {dates}", en: "Next starts: {dates}")
    public static let seats = LocalizedText(ru: "Мест: {seats}", en: "Seats: {seats}")
    public static let qualification = LocalizedText(ru: "Итог: {qualification}", en: "Leads to: {qualification}")
    public static let partners = LocalizedText(ru: "Работодатели-партнёры: {names}", en: "Employer partners: {names}")
    public static let employment = LocalizedText(
        ru: "Трудоустроены через полгода: {rate} выпускников", en: "Employed within six months: {rate} of graduates")
    public static let scheduleDaytime = LocalizedText(ru: "днём", en: "daytime")
    public static let scheduleEvening = LocalizedText(ru: "вечером", en: "evenings")
    public static let scheduleWeekend = LocalizedText(ru: "по выходным", en: "weekends")
    public static let scheduleFlexible = LocalizedText(ru: "в своём темпе", en: "self-paced")

    // Key bar
    public static let keyFilter = LocalizedText(ru: "Фильтр", en: "Filter")
    public static let keyChange = LocalizedText(ru: "Изменить", en: "Change")
    public static let keyReverse = LocalizedText(ru: "Обратно", en: "Reverse")
    public static let keyPick = LocalizedText(ru: "Выбрать", en: "Choose")

    /// The step's help opens with this; its keys follow, from `CourseStep.table`.
    public static let help = LocalizedText(
        ru: """
            Обучение: курсы, ведущие к цели, выбранной на шаге «Профориентация» (Alt-2). В списке только курсы, доступные соискателю: есть места и ближайшая дата старта, подходят формат и график из анкеты, курс в его регионе, онлайн или — если он готов к переезду куда угодно — в другом регионе.
            Справа (на узком экране или при длинных названиях — внизу) подробности выбранного курса: организация, формат, график, часы, доля практики, стоимость, срок, даты стартов, места, работодатели-партнёры, квалификация и трудоустройство выпускников. ✓ — выбранный курс; в дело записываются название, организация, стоимость, часы, срок, ближайший старт и формат. Шаг завершён, когда курс выбран.
            Фильтры в строке над списком: Формат (любой, очная, дистанционная, смешанная), Где (везде, в регионе, онлайн, другой регион), Порядок (старт, цена, часы, практика, трудоустройство; ▲ по возрастанию, ▼ по убыванию). Если договор уже составлен, новый курс его не меняет: проверьте стоимость и срок обучения на шаге «Договор» (Alt-4).
            """,
        en: """
            Course: courses leading to the target chosen on the Guidance step (Alt-2). Only courses the seeker can take are listed: seats left and a coming start, the format and schedule of the profile, in the seeker's region, online, or — for a seeker ready to move anywhere — elsewhere.
            The selected course's details show on the right (below on a narrow screen or with long titles): provider, format, schedule, hours, practice share, cost, duration, start dates, seats, employer partners, qualification and graduates' employment. ✓ marks the chosen course; its title, provider, cost, hours, duration, next start and format go into the case. The step is done once a course is chosen.
            Filters in the row above the list: Format (any, in person, online, blended), Where (anywhere, in the region, online, other region), Order (start, cost, hours, practice, employment; ▲ ascending, ▼ descending). A contract drafted already is not changed by a new course: check its cost and course months on the Contract step (Alt-4).
            """)
    public static let helpNextFilter = LocalizedText(
        ru: "следующий фильтр (Формат → Где → Порядок → список)", en: "next filter (Format → Where → Order → list)")
    public static let helpPreviousFilter = LocalizedText(ru: "предыдущий фильтр", en: "previous filter")
    public static let helpChangeFilter = LocalizedText(
        ru: "другое значение выбранного фильтра", en: "another value of the focused filter")
    public static let helpReverse = LocalizedText(
        ru: "на «Порядке» — обратное направление", en: "on Order: reverse the direction")
    public static let helpPick = LocalizedText(ru: "выбрать курс", en: "choose the course")
    public static let helpSelect = LocalizedText(ru: "выбор курса", en: "select a course")
}
