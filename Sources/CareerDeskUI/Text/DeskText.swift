import CareerDeskCore

/// Texts of the desk screen, the frame around every screen and the dialogs shared by all steps.
public enum DeskText {
    // Header and frame
    public static let appName = LocalizedText(ru: "CareerDesk", en: "CareerDesk")
    public static let header = LocalizedText(
        ru: "CareerDesk · {caseworker} · {store}", en: "CareerDesk · {caseworker} · {store}")
    public static let smallWindow = LocalizedText(
        ru: "Окно {width}×{height} слишком мало. Увеличьте его хотя бы до {minWidth}×{minHeight}.",
        en: "The window is {width}×{height}, too small. Enlarge it to at least {minWidth}×{minHeight}.")

    // Desk list
    public static let columnID = LocalizedText(ru: "Номер", en: "Case")
    public static let columnName = LocalizedText(ru: "ФИО", en: "Name")
    public static let columnRegion = LocalizedText(ru: "Рег.", en: "Reg.")
    public static let columnStage = LocalizedText(ru: "Этап", en: "Step")
    public static let columnStatus = LocalizedText(ru: "Статус", en: "Status")
    public static let columnChanged = LocalizedText(ru: "Изменено", en: "Changed")
    /// The next follow-up contact of a signed contract: its date on wide screens, a mark on narrow ones.
    public static let columnFollowUp = LocalizedText(ru: "Контакт", en: "Follow-up")
    public static let columnFollowUpShort = LocalizedText(ru: "К", en: "F")
    public static let filterPrompt = LocalizedText(ru: "Поиск: ", en: "Find: ")
    public static let filterHint = LocalizedText(
        ru: "печатайте ФИО, СНИЛС или номер дела", en: "type a name, SNILS or case number")
    public static let counts = LocalizedText(
        ru: "Дел: {total} · открыто {open} · отложено {onHold} · закрыто {closed}",
        en: "Cases: {total} · open {open} · on hold {onHold} · closed {closed}")
    public static let shown = LocalizedText(ru: "показано {shown}", en: "showing {shown}")
    public static let sortedBy = LocalizedText(ru: "порядок: {column}", en: "sorted by {column}")
    /// The follow-up queue (F9): the cases whose next contact is due within 14 days or overdue.
    public static let queueCounts = LocalizedText(
        ru: "Контакты к проведению ({whose}): {count} · просрочено {overdue} · давние сверху",
        en: "Follow-ups due ({whose}): {count} · {overdue} overdue · oldest first")
    public static let queueShown = LocalizedText(
        ru: "Очередь сопровождения ({whose}): {count}. Enter — открыть дело, F9 — все дела.",
        en: "Follow-up queue ({whose}): {count}. Enter opens the case, F9 shows all cases.")
    public static let queueLeft = LocalizedText(ru: "Показаны все дела.", en: "Showing all cases.")
    public static let queueMine = LocalizedText(ru: "мои дела", en: "my cases")
    public static let queueEveryone = LocalizedText(ru: "все сотрудники", en: "every officer")
    public static let queueEmpty = LocalizedText(
        ru: "Нет контактов, которые пора провести или которые просрочены.",
        en: "No follow-up contact is due or overdue.")
    public static let keyQueue = LocalizedText(ru: "Контакты", en: "Due")
    public static let keyAllCases = LocalizedText(ru: "Все дела", en: "All cases")
    public static let keyQueueAll = LocalizedText(ru: "Всех", en: "Everyone's")
    public static let keyQueueMine = LocalizedText(ru: "Мои", en: "Mine")
    public static let nothingFound = LocalizedText(
        ru: "Ничего не найдено. Esc — сбросить поиск.", en: "Nothing found. Esc clears the search.")
    public static let storeProblems = LocalizedText(
        ru: "{count} файл(ов) дел не читается — careerdesk validate покажет причины",
        en: "{count} case file(s) cannot be read — careerdesk validate shows why")
    public static let indexing = LocalizedText(
        ru: "Обновление списка дел: {done} из {total}", en: "Updating the case list: {done} of {total}")

    // Welcome on an empty store
    public static let welcomeTitle = LocalizedText(ru: "Добро пожаловать в CareerDesk", en: "Welcome to CareerDesk")
    public static let welcomeBody = LocalizedText(
        ru:
            "В хранилище {store} пока нет дел.\n\nF7 — завести новое дело.\nF8 — загрузить {count} демонстрационных дел из поставки, чтобы осмотреться.\nF1 — справка по клавишам.",
        en:
            "The store {store} holds no cases yet.\n\nF7 — open a new case.\nF8 — load the {count} demo cases shipped with CareerDesk, to look around.\nF1 — help on the keys."
    )
    public static let welcomeNoDemo = LocalizedText(
        ru: "В хранилище {store} пока нет дел.\n\nF7 — завести новое дело.\nF1 — справка по клавишам.",
        en: "The store {store} holds no cases yet.\n\nF7 — open a new case.\nF1 — help on the keys.")
    public static let demoLoaded = LocalizedText(
        ru: "Загружено демонстрационных дел: {count}", en: "Demo cases loaded: {count}")

    // Key bar labels
    public static let keyHelp = LocalizedText(ru: "Справка", en: "Help")
    public static let keySave = LocalizedText(ru: "Сохр.", en: "Save")
    public static let keySort = LocalizedText(ru: "Порядок", en: "Sort")
    public static let keyNotes = LocalizedText(ru: "Заметки", en: "Notes")
    public static let keyPrint = LocalizedText(ru: "Печать", en: "Print")
    public static let keyExport = LocalizedText(ru: "Экспорт", en: "Export")
    public static let keyNew = LocalizedText(ru: "Новое", en: "New")
    public static let keyDemo = LocalizedText(ru: "Демо", en: "Demo")
    public static let keyOpen = LocalizedText(ru: "Открыть", en: "Open")
    public static let keyQuit = LocalizedText(ru: "Выход", en: "Quit")
    public static let keyBack = LocalizedText(ru: "К списку", en: "Cases")
    public static let keyPrevStep = LocalizedText(ru: "‹Шаг", en: "‹Step")
    public static let keyNextStep = LocalizedText(ru: "Шаг›", en: "Step›")
    public static let keyActions = LocalizedText(ru: "Действия", en: "Actions")
    public static let keyClear = LocalizedText(ru: "Сброс", en: "Clear")
    public static let keyMove = LocalizedText(ru: "Поле", en: "Field")
    public static let keyChoose = LocalizedText(ru: "Выбор", en: "Choose")
    public static let keyCancel = LocalizedText(ru: "Отмена", en: "Cancel")
    public static let keyClose = LocalizedText(ru: "Закрыть", en: "Close")
    public static let keyScroll = LocalizedText(ru: "Листать", en: "Scroll")
    public static let keyAdd = LocalizedText(ru: "Добавить", en: "Add")
    public static let keyStep = LocalizedText(ru: "Шаги", en: "Steps")

    // Buttons
    public static let yes = LocalizedText(ru: "Да", en: "Yes")
    public static let no = LocalizedText(ru: "Нет", en: "No")
    public static let ok = LocalizedText(ru: "OK", en: "OK")
    public static let cancel = LocalizedText(ru: "Отмена", en: "Cancel")

    // Quit, save, recovery
    public static let quitTitle = LocalizedText(ru: "Выход", en: "Quit")
    public static let quitUnsaved = LocalizedText(
        ru: "Есть несохранённые изменения в деле {case}. Сохранить перед выходом?",
        en: "Case {case} has unsaved changes. Save before quitting?")
    public static let quitUnsavedNew = LocalizedText(
        ru:
            "Новое дело ещё не заведено (нужны обязательные поля и согласие). Выйти и отложить введённое до следующего запуска?",
        en:
            "The new case is not created yet (required fields and consent are missing). Quit and keep what was typed for the next start?"
    )
    public static let saveAndQuit = LocalizedText(ru: "Сохранить и выйти", en: "Save and quit")
    public static let quitKeep = LocalizedText(ru: "Выйти", en: "Quit")
    public static let discardAndQuit = LocalizedText(ru: "Выйти без сохранения", en: "Quit without saving")
    public static let stay = LocalizedText(ru: "Остаться", en: "Stay")
    public static let saved = LocalizedText(ru: "Дело {case} сохранено", en: "Case {case} saved")
    public static let created = LocalizedText(
        ru: "Заведено дело {case}. Далее: F8 — профориентация.", en: "Case {case} created. Next: F8 — guidance.")
    public static let saveFailed = LocalizedText(
        ru: "Не сохранено: {reason}. Введённое не потеряно.", en: "Not saved: {reason}. Nothing typed is lost.")
    public static let notSavedYet = LocalizedText(
        ru: "Дело заведётся, когда заполнены обязательные поля и отмечено согласие",
        en: "The case is created once the required fields are filled and consent is ticked")
    public static let recoveryTitle = LocalizedText(ru: "Восстановление", en: "Recovery")
    public static let recoveryBody = LocalizedText(
        ru: "Прошлый сеанс завершился, не сохранив правки ({what}, {when}). Восстановить их?",
        en: "The last session ended with unsaved edits ({what}, {when}). Recover them?")
    public static let recoveryNewCase = LocalizedText(ru: "новое дело «{name}»", en: "new case “{name}”")
    public static let recoveryCase = LocalizedText(ru: "дело {case} «{name}»", en: "case {case} “{name}”")
    public static let recoverYes = LocalizedText(ru: "Восстановить", en: "Recover")
    public static let recoverNo = LocalizedText(ru: "Отбросить", en: "Discard")
    public static let recovered = LocalizedText(
        ru: "Правки восстановлены — проверьте и сохраните (F2)", en: "Edits recovered — check them and save (F2)")
    public static let readOnlyNotice = LocalizedText(
        ru: "Только просмотр: дело открыто на другом рабочем месте — {holder}",
        en: "Read-only: the case is open at another desk — {holder}")
    public static let readOnlyStoreNotice = LocalizedText(
        ru: "Только просмотр: хранилище открыто только для чтения — изменения не записываются",
        en: "Read-only: the store cannot be written — changes are not saved")
    public static let readOnlyStoreMark = LocalizedText(ru: "только чтение", en: "read-only")

    /// Why a case is read-only: another desk holds it, or the whole store is read-only.
    public static func readOnly(holder: String, _ context: DeskContext) -> String {
        context.readOnlyStore ? context.text(readOnlyStoreNotice) : context.text(readOnlyNotice, ["holder": holder])
    }

    public static let readOnlyRefused = LocalizedText(
        ru: "Дело открыто только для просмотра — изменения не вносятся", en: "The case is read-only — no changes")
    public static let openFailed = LocalizedText(
        ru: "Дело не открыто: {reason}", en: "The case did not open: {reason}")
    public static let staleOnDisk = LocalizedText(
        ru:
            "Дело изменено на другом рабочем месте — ваши правки не записаны поверх. Ваша копия сохранена в {file}.",
        en: "The case was changed at another desk — your edits were not written over it. Your copy is in {file}.")

    // Help
    public static let helpTitle = LocalizedText(ru: "Справка — {screen}", en: "Help — {screen}")
    public static let helpFooter = LocalizedText(
        ru: "Esc или F1 — закрыть справку. ↑↓ PgUp PgDn — листать.",
        en: "Esc or F1 closes help. ↑↓ PgUp PgDn scroll.")
    public static let helpGlobal = LocalizedText(
        ru:
            "Везде: F1 справка · F2 сохранить сейчас · F10 выход · Esc назад/отмена · Tab/Shift-Tab по полям · Enter выбрать. Правки сохраняются сами через секунду.",
        en:
            "Everywhere: F1 help · F2 save now · F10 quit · Esc back/cancel · Tab/Shift-Tab between fields · Enter choose. Edits save themselves after a second."
    )
    public static let deskScreenName = LocalizedText(ru: "список дел", en: "case list")
    /// The list's help opens with how the search works; every key follows, from `DeskScreen.table`.
    public static let helpDeskIntro = LocalizedText(
        ru: "Печатайте, чтобы искать: ФИО, СНИЛС (с дефисами или без) или номер дела; ё = е, регистр не важен.",
        en: "Type to search: a name, a SNILS (with or without dashes) or a case number; any case.")
    public static let helpKeyHelp = LocalizedText(ru: "эта справка", en: "this help")
    public static let helpKeyOpen = LocalizedText(ru: "открыть выбранное дело", en: "open the selected case")
    public static let helpKeySort = LocalizedText(
        ru: "сменить порядок (изменено, ФИО, номер, этап, статус); ещё раз до конца — обратный",
        en: "change the order (changed, name, number, step, status); round again reverses it")
    public static let helpKeyPrint = LocalizedText(
        ru: "печать документа выбранного дела (сводка договора, согласие, план, выписка)",
        en: "print a document of the selected case (contract summary, consent, plan, statement)")
    public static let helpKeyExport = LocalizedText(ru: "экспорт выбранного дела", en: "export the selected case")
    public static let helpKeyNew = LocalizedText(ru: "новое дело", en: "a new case")
    public static let helpKeyDemo = LocalizedText(
        ru: "загрузить демонстрационные дела (когда список пуст)", en: "load the demo cases (when the list is empty)")
    public static let helpKeyQueue = LocalizedText(
        ru: "очередь сопровождения: дела, где контакт пора провести (за 14 дней) или он просрочен, самые давние сверху",
        en: "the follow-up queue: cases whose contact is due (within 14 days) or overdue, oldest first")
    public static let helpKeyAllCases = LocalizedText(
        ru: "выйти из очереди: снова все дела", en: "leave the queue: all cases")
    public static let helpKeyQueueAll = LocalizedText(
        ru: "в очереди: дела всех сотрудников", en: "in the queue: every officer's cases")
    public static let helpKeyQueueMine = LocalizedText(
        ru: "в очереди: только мои дела", en: "in the queue: my cases only")
    public static let helpKeyClear = LocalizedText(ru: "сбросить поиск", en: "clear the search")
    public static let helpKeyErase = LocalizedText(ru: "стереть букву поиска", en: "erase a search letter")
    public static let helpKeyMove = LocalizedText(ru: "выбор дела", en: "select a case")
    public static let helpKeyQuit = LocalizedText(ru: "выход", en: "quit")

    // Case screen
    public static let stepGuidance = LocalizedText(ru: "Профориентация", en: "Guidance")
    public static let stepCourse = LocalizedText(ru: "Обучение", en: "Course")
    public static let stepContract = LocalizedText(ru: "Договор", en: "Contract")
    public static let stepReview = LocalizedText(ru: "Итог", en: "Review")
    public static let newCase = LocalizedText(ru: "Новое дело", en: "New case")
    public static let unsavedMark = LocalizedText(ru: "не сохранено", en: "unsaved")
    public static let leaveNewCase = LocalizedText(
        ru: "Новое дело ещё не заведено: не хватает обязательных полей или согласия. Что сделать с введённым?",
        en: "The new case is not created yet: required fields or consent are missing. What about what was typed?")
    public static let leaveKeep = LocalizedText(ru: "Отложить", en: "Keep for later")
    public static let leaveDiscard = LocalizedText(ru: "Удалить", en: "Discard")
    /// The case screen's help: the frame's keys follow it, from `CaseFrame.lead` and `.tail`.
    public static let helpCase = LocalizedText(
        ru: "На любом шаге дела (✓ на панели шагов — шаг завершён; оценка соискателя — строка над шагом):",
        en:
            "On every step of a case (✓ on the step bar marks a finished step; the seeker's rating is the line above the step):"
    )
    public static let helpKeySave = LocalizedText(ru: "сохранить сейчас", en: "save now")
    public static let helpKeyNotes = LocalizedText(ru: "заметки по делу", en: "case notes")
    public static let helpKeyPrintCase = LocalizedText(
        ru: "печать: сводка договора, согласие, план, выписка", en: "print: contract summary, consent, plan, statement")
    public static let helpKeyExportCase = LocalizedText(
        ru: "экспорт: PDF, HTML, Markdown, JSON, CSV", en: "export: PDF, HTML, Markdown, JSON, CSV")
    public static let helpKeyPrevStep = LocalizedText(ru: "предыдущий шаг", en: "previous step")
    public static let helpKeyNextStep = LocalizedText(
        ru: "следующий шаг (никогда не спрашивает оценку)", en: "next step (never asks for a rating)")
    public static let helpKeyJump = LocalizedText(
        ru: "сразу на шаг с этим номером", en: "straight to the step with that number")
    public static let helpKeyRate = LocalizedText(
        ru: "оценить шаг: 1–5 и комментарий, Enter — сохранить, Esc — отмена; без оценки ничего нажимать не нужно",
        en: "rate the step: 1–5 and a comment, Enter saves, Esc cancels; nothing to press to skip it")
    public static let helpKeyBack = LocalizedText(
        ru: "к списку дел (с сохранением)", en: "back to the case list (saving)")
    public static let notATerminal = LocalizedText(
        ru:
            "Рабочее место открывается только в терминале. Для работы без экрана — careerdesk --help (list, show, export…).",
        en: "The desk opens in a terminal only. To work without a screen, see careerdesk --help (list, show, export…).")
    public static let dumbTerminal = LocalizedText(
        ru: "Терминал TERM={term} не умеет полноэкранный режим. Задайте, например, TERM=xterm-256color.",
        en: "TERM={term} cannot show a full-screen interface. Set, for example, TERM=xterm-256color.")
    public static let terminalFailed = LocalizedText(
        ru: "Не удалось подготовить терминал TERM={term}.", en: "Could not set up the terminal TERM={term}.")
    public static let inputClosed = LocalizedText(
        ru: "Терминал закрылся; несохранённое сохранено.", en: "The terminal went away; unsaved work was saved.")
}
