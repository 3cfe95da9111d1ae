/// Every text of the printed and exported documents (contract summary, consent, career plan,
/// case file, register), in Russian and English.
public enum DocumentText {
    // MARK: Common

    public static let personalDataNotice = LocalizedText(
        ru:
            "Документ содержит персональные данные (Федеральный закон № 152-ФЗ). Не оставляйте его без присмотра, "
            + "не передавайте посторонним и уничтожьте лишние копии.",
        en:
            "This document contains personal data (Russian Federal Law No. 152-FZ). Do not leave it unattended "
            + "or pass it on, and destroy copies you no longer need.")
    public static let caseID = LocalizedText(ru: "Номер дела", en: "Case")
    public static let printedOn = LocalizedText(ru: "Дата составления", en: "Date issued")
    public static let signature = LocalizedText(ru: "Подпись", en: "Signature")
    public static let date = LocalizedText(ru: "Дата", en: "Date")
    public static let notSpecified = LocalizedText(ru: "не указано", en: "not given")
    public static let yes = LocalizedText(ru: "да", en: "yes")
    public static let no = LocalizedText(ru: "нет", en: "no")
    public static let none = LocalizedText(ru: "нет", en: "none")
    public static let months = LocalizedText(ru: "{n} мес.", en: "{n} months")
    public static let hours = LocalizedText(ru: "{n} ч", en: "{n} hours")
    public static let percent = LocalizedText(ru: "{n} %", en: "{n}%")

    // MARK: Parties and roles

    public static let jobSeeker = LocalizedText(ru: "Соискатель", en: "Job seeker")
    public static let provider = LocalizedText(
        ru: "Образовательная организация", en: "Training provider")
    public static let employer = LocalizedText(ru: "Работодатель", en: "Employer")
    public static let investor = LocalizedText(ru: "Инвестор", en: "Investor")
    public static let officer = LocalizedText(
        ru: "Консультант центра занятости", en: "Employment officer")
    public static let inn = LocalizedText(ru: "ИНН", en: "INN (tax id)")
    public static let representative = LocalizedText(ru: "представитель", en: "represented by")
    public static let fullName = LocalizedText(ru: "ФИО", en: "Full name")
    public static let birthDate = LocalizedText(ru: "Дата рождения", en: "Date of birth")
    public static let snils = LocalizedText(ru: "СНИЛС", en: "SNILS")
    public static let phone = LocalizedText(ru: "Телефон", en: "Phone")
    public static let email = LocalizedText(ru: "Эл. почта", en: "E-mail")
    public static let region = LocalizedText(ru: "Регион", en: "Region")
    public static let municipality = LocalizedText(
        ru: "Муниципальное образование", en: "Municipality")

    // MARK: Contract summary

    public static let contractSummaryTitle = LocalizedText(
        ru: "Договор о развитии карьеры: сводка условий",
        en: "Career development contract: summary of terms")
    public static let contractMissing = LocalizedText(
        ru: "В деле {id} ещё нет договора о развитии карьеры.",
        en: "Case {id} has no career development contract yet.")
    public static let contractVersion = LocalizedText(ru: "Версия договора", en: "Contract version")
    public static let contractStatus = LocalizedText(ru: "Статус договора", en: "Contract status")
    public static let programme = LocalizedText(ru: "Программа", en: "Programme")
    public static let parties = LocalizedText(ru: "Стороны", en: "Parties")
    public static let training = LocalizedText(ru: "Обучение", en: "Training")
    public static let course = LocalizedText(ru: "Курс", en: "Course")
    public static let courseCost = LocalizedText(ru: "Стоимость", en: "Cost")
    public static let courseHours = LocalizedText(ru: "Объём", en: "Length")
    public static let courseDuration = LocalizedText(ru: "Продолжительность", en: "Duration")
    public static let courseStart = LocalizedText(ru: "Начало обучения", en: "Course starts")
    public static let courseEnd = LocalizedText(ru: "Окончание обучения", en: "Course ends")
    public static let courseFormat = LocalizedText(ru: "Форма обучения", en: "Format")
    public static let terms = LocalizedText(ru: "Условия", en: "Terms")
    public static let fundedAmount = LocalizedText(
        ru: "Сумма финансирования (F)", en: "Funded amount (F)")
    public static let baselineIncome = LocalizedText(
        ru: "Базовый доход (B)", en: "Baseline income (B)")
    public static let targetIncome = LocalizedText(ru: "Целевой доход (T)", en: "Target income (T)")
    public static let minimumIncrease = LocalizedText(
        ru: "Минимальный прирост (M)", en: "Minimum increase (M)")
    public static let share = LocalizedText(ru: "Доля (s)", en: "Share (s)")
    public static let cap = LocalizedText(ru: "Предел выплат (C)", en: "Payment cap (C)")
    public static let termPayments = LocalizedText(ru: "Число платежей (N)", en: "Term (N)")
    public static let windowMonths = LocalizedText(ru: "Окно выплат (W)", en: "Payment window (W)")
    public static let graceMonths = LocalizedText(ru: "Льготный период (G)", en: "Grace period (G)")
    public static let courseMonths = LocalizedText(ru: "Срок обучения (D)", en: "Course months (D)")
    public static let earlyPayoff = LocalizedText(ru: "Досрочное погашение", en: "Early payoff")
    public static let perMonth = LocalizedText(ru: "{amount} в месяц", en: "{amount} a month")
    public static let thresholdWords = LocalizedText(
        ru: "{amount}; платёж начисляется только в месяц, когда доход не ниже B + M = {threshold}",
        en: "{amount}; a payment is due only in a month whose income is at least B + M = {threshold}")
    public static let shareOfIncrease = LocalizedText(
        ru: "{percent} прироста дохода (доход − B) в месяц",
        en: "{percent} of the income increase (income − B) a month")
    public static let shareOfTotal = LocalizedText(
        ru: "{percent} всего месячного дохода", en: "{percent} of the whole monthly income")
    public static let capWords = LocalizedText(
        ru: "{amount} = {multiple} × F; всего выплат никогда не больше этой суммы",
        en: "{amount} = {multiple} × F; total payments never exceed it")
    public static let termWords = LocalizedText(
        ru: "{n} ежемесячных платежей; месяцы без платежа не считаются",
        en: "{n} monthly payments; months without a payment do not count")
    public static let windowWords = LocalizedText(
        ru: "{n} мес. после льготного периода; затем обязательство прекращается",
        en: "{n} months after the grace period; then the obligation ends")
    public static let graceWords = LocalizedText(
        ru: "{n} мес. после окончания обучения до первого возможного платежа",
        en: "{n} months after the course before the first possible payment")
    public static let exampleHeading = LocalizedText(ru: "Пример платежа", en: "Example payment")
    public static let examplePayment = LocalizedText(
        ru: "При целевом доходе {target} ежемесячный платёж составит {payment} ({words}).",
        en: "At the target income of {target} the monthly payment is {payment} ({words}).")
    public static let exampleBelowThreshold = LocalizedText(
        ru: "Целевой доход {target} ниже порога {threshold}: при нём платежей нет.",
        en: "The target income of {target} is below the threshold of {threshold}: it pays nothing.")
    public static let scenariosHeading = LocalizedText(ru: "Сценарии выплат", en: "Payment scenarios")
    public static let scenariosNote = LocalizedText(
        ru: "Расчёт по месяцам от финансирования (месяц 0) до конца окна, платежи округлены до копеек. "
            + "Годовая ставка — внутренняя норма доходности выплат к сумме финансирования, 12 × месячная "
            + "ставка (как полная стоимость кредита по 353-ФЗ).",
        en:
            "Month by month from funding (month 0) to the end of the window, payments rounded to kopecks. "
            + "The annual rate is the internal rate of return of the payments on the funded amount, "
            + "12 × the monthly rate (the nominal form of Russia's full-cost-of-credit rule, 353-FZ).")
    public static let scenarioColumn = LocalizedText(ru: "Сценарий", en: "Scenario")
    public static let incomeColumn = LocalizedText(ru: "Доход в мес.", en: "Income/month")
    public static let paymentColumn = LocalizedText(ru: "Платёж в мес.", en: "Payment/month")
    public static let paymentsColumn = LocalizedText(ru: "Платежей", en: "Payments")
    public static let totalColumn = LocalizedText(ru: "Всего", en: "Total paid")
    public static let endColumn = LocalizedText(ru: "Окончание", en: "Ends on")
    public static let rateColumn = LocalizedText(ru: "Ставка, % год.", en: "Rate, %/yr")
    public static let scenarioNoGain = LocalizedText(ru: "Доход не вырос", en: "No gain")
    public static let scenarioTarget = LocalizedText(ru: "Целевой доход", en: "Target income")
    public static let scenarioHigh = LocalizedText(ru: "Высокий доход", en: "High income")
    public static let endCap = LocalizedText(ru: "предел", en: "cap")
    public static let endTerm = LocalizedText(ru: "срок", en: "term")
    public static let endWindow = LocalizedText(ru: "окно", en: "window")
    public static let endNone = LocalizedText(ru: "—", en: "—")
    /// How a scenario ends and in which contract month.
    public static let endInMonth = LocalizedText(ru: "{reason}, мес. {month}", en: "{reason}, month {month}")
    public static let noRate = LocalizedText(ru: "—", en: "—")
    public static let noIncreaseHeading = LocalizedText(
        ru: "Если доход не вырастет", en: "If income does not rise")
    public static let noIncreaseText = LocalizedText(
        ru:
            "В месяц, когда доход ниже {threshold} (базовый доход плюс минимальный прирост), платёж не начисляется "
            + "и месяц не засчитывается в число платежей. Если доход так и не достигнет этого порога, "
            + "обязательство прекращается по окончании окна выплат ({window} мес. после льготного периода) "
            + "без каких-либо выплат: этот риск несёт инвестор.",
        en:
            "In a month whose income is below {threshold} (the baseline income plus the minimum increase) nothing "
            + "is due and the month does not count towards the term. If income never reaches the threshold, the "
            + "obligation ends when the payment window closes ({window} months after the grace period) with "
            + "nothing paid: the investor carries that risk.")
    public static let earlyPayoffCapMinusPaid = LocalizedText(
        ru:
            "Соискатель может в любой момент досрочно исполнить обязательство, уплатив предел выплат за вычетом "
            + "уже уплаченного: {cap} минус выплаченное.",
        en:
            "The seeker may settle the obligation early at any time by paying the cap less what has been paid: "
            + "{cap} minus payments made.")
    public static let earlyPayoffFundedMinusPaid = LocalizedText(
        ru:
            "Соискатель может в любой момент досрочно исполнить обязательство, уплатив сумму финансирования за "
            + "вычетом уже уплаченного: {funded} минус выплаченное (не меньше нуля).",
        en:
            "The seeker may settle the obligation early at any time by paying the funded amount less what has "
            + "been paid: {funded} minus payments made (never below zero).")
    public static let earlyPayoffNotAllowed = LocalizedText(
        ru:
            "Досрочное погашение программой не предусмотрено: обязательство действует до предела, срока или "
            + "окончания окна.",
        en:
            "The programme does not allow early payoff: the obligation runs until the cap, the term or the end "
            + "of the window.")
    public static let signaturesHeading = LocalizedText(ru: "Подписи сторон", en: "Signatures")

    // The contracted result, the calendar and the obligations (issue 17.11).
    public static let resultHeading = LocalizedText(
        ru: "Результат, который фиксирует договор", en: "The result the contract fixes")
    public static let resultText = LocalizedText(
        ru:
            "Договор фиксирует ожидаемый прирост дохода T − B = {increase} ({words}) в месяц: с {baseline} до {target}. "
            + "Это цель обучения, а не диплом и не гарантия трудоустройства. Если прирост не достигнут, платежи "
            + "следуют за фактическим доходом: в месяц с доходом ниже {threshold} ничего не начисляется "
            + "(см. «Если доход не вырастет»).",
        en:
            "The contract fixes the expected income increase T − B = {increase} ({words}) a month: from {baseline} "
            + "to {target}. It is the aim of the training, not a diploma and not a job guarantee. If the increase is "
            + "not reached, payments follow the income actually earned: nothing is due in a month whose income is "
            + "below {threshold} (see “If income does not rise”).")
    public static let firstPaymentDue = LocalizedText(ru: "Первый платёжный месяц", en: "First payment month")
    public static let firstPaymentValue = LocalizedText(
        ru: "{month} (месяц {n} договора), с {date}", en: "{month} (contract month {n}), from {date}")
    public static let firstPaymentMonthOnly = LocalizedText(
        ru: "месяц {n} договора (месяц 0 — финансирование)", en: "contract month {n} (month 0 is funding)")
    public static let windowEnds = LocalizedText(ru: "Последний день окна", en: "Window's last day")
    public static let windowEndsMonthOnly = LocalizedText(
        ru: "конец месяца {n} договора", en: "the end of contract month {n}")
    public static let signedOn = LocalizedText(ru: "Подписан", en: "Signed")
    public static let signedValue = LocalizedText(
        ru: "{date}, оформил(а) {officer}", en: "{date}, recorded by {officer}")
    public static let obligationsHeading = LocalizedText(ru: "Обязательства сторон", en: "Obligations of the parties")
    public static let obligationProvider = LocalizedText(
        ru: "Учебное заведение: провести курс «{course}»{practice}.",
        en: "Training provider: teach the course “{course}”{practice}.")
    public static let obligationPractice = LocalizedText(
        ru: ", практика — {share} % часов", en: ", {share}% of its hours in practice")
    public static let obligationEmployer = LocalizedText(
        ru:
            "Работодатель: предложить работу или стажировку по профессии «{occupation}» с зарплатой около {wage} в месяц.",
        en: "Employer: offer a job or an internship as {occupation} at a wage of about {wage} a month.")
    public static let obligationInvestor = LocalizedText(
        ru: "Инвестор: оплатить обучение ({funded}) и нести риск того, что доход не вырастет.",
        en: "Investor: fund the training ({funded}) and carry the risk that income does not rise.")
    public static let obligationSeeker = LocalizedText(
        ru:
            "Соискатель: пройти обучение и сообщать о доходе каждый месяц окна платежей; платить долю {share} в месяцы, когда доход не ниже {threshold}.",
        en:
            "Job seeker: complete the training and report income every month of the payment window; pay the share of {share} in months whose income is at least {threshold}."
    )

    // MARK: Consent

    public static let consentTitle = LocalizedText(
        ru: "Согласие на обработку персональных данных",
        en: "Consent to the processing of personal data")
    public static let consentSeparate = LocalizedText(
        ru: "Согласие оформлено отдельным документом, как требует часть 1 статьи 9 Федерального закона "
            + "от 27.07.2006 № 152-ФЗ «О персональных данных» с 1 сентября 2025 года.",
        en:
            "This consent is a separate document, as Article 9(1) of Russian Federal Law No. 152-FZ of 27 July "
            + "2006 \"On Personal Data\" requires since 1 September 2025.")
    public static let consentIntro = LocalizedText(
        ru:
            "Я, {name}, дата рождения {birth}, СНИЛС {snils}, свободно, своей волей и в своём интересе даю "
            + "согласие оператору, указанному ниже, на обработку моих персональных данных на следующих условиях.",
        en:
            "I, {name}, born {birth}, SNILS {snils}, freely, of my own will and in my own interest give my "
            + "consent to the operator named below to process my personal data on the following terms.")
    public static let consentOperatorHeading = LocalizedText(ru: "1. Оператор", en: "1. Operator")
    public static let consentOperatorDefault = LocalizedText(
        ru: "Государственное учреждение службы занятости населения: {region}",
        en: "The public employment service of the region: {region}")
    public static let consentPurposeHeading = LocalizedText(ru: "2. Цель обработки", en: "2. Purpose")
    public static let consentPurpose = LocalizedText(
        ru:
            "Оказание мне услуг в сфере занятости: профессиональная ориентация, подбор профессии и обучения, "
            + "предоставление мер поддержки, подготовка, заключение и исполнение договора о развитии карьеры, "
            + "учёт обратной связи о качестве услуг.",
        en:
            "Providing me with employment services: career guidance, the choice of an occupation and of "
            + "training, support measures, preparing, concluding and performing a career development contract, "
            + "and recording my feedback on the service.")
    public static let consentDataHeading = LocalizedText(
        ru: "3. Перечень персональных данных", en: "3. The personal data")
    public static let consentData = LocalizedText(
        ru: "фамилия, имя, отчество; дата рождения; СНИЛС; телефон и адрес электронной почты; регион и "
            + "муниципальное образование; образование; статус занятости, текущая профессия и стаж; размер "
            + "ежемесячного дохода; принадлежность к приоритетным группам; ограничения по переезду, графику и "
            + "форме обучения; результаты профориентации; выбранный курс; условия договора о развитии карьеры "
            + "и сведения о его исполнении.",
        en:
            "surname, first name and patronymic; date of birth; SNILS; phone number and e-mail address; region "
            + "and municipality; education; employment status, current occupation and experience; monthly "
            + "income; membership of priority groups; constraints on relocation, schedule and learning format; "
            + "career guidance results; the chosen course; the terms of the career development contract and "
            + "its performance.")
    public static let consentHealthData = LocalizedText(
        ru: "Сведения об инвалидности относятся к специальной категории персональных данных (статья 10 "
            + "152-ФЗ) и обрабатываются только для предоставления положенных мер поддержки.",
        en:
            "Information about disability is a special category of personal data (Article 10 of 152-FZ) and "
            + "is processed only to provide the support measures it entitles me to.")
    public static let consentActionsHeading = LocalizedText(
        ru: "4. Действия с данными", en: "4. What may be done with the data")
    public static let consentActions = LocalizedText(
        ru:
            "сбор, запись, систематизация, накопление, хранение, уточнение (обновление, изменение), извлечение, "
            + "использование, передача (предоставление, доступ), обезличивание, блокирование, удаление и "
            + "уничтожение, с использованием средств автоматизации и без них.",
        en:
            "collection, recording, organisation, accumulation, storage, correction (updating, alteration), "
            + "retrieval, use, transfer (provision, access), anonymisation, blocking, deletion and destruction, "
            + "by automated means and without them.")
    public static let consentTransfer = LocalizedText(
        ru:
            "Данные передаются только сторонам договора о развитии карьеры и только в объёме, нужном для его "
            + "исполнения: {parties}.",
        en:
            "The data are passed only to the parties of the career development contract, and only as far as "
            + "performing it requires: {parties}.")
    public static let consentTermHeading = LocalizedText(ru: "5. Срок действия", en: "5. Term")
    public static let consentTerm = LocalizedText(
        ru:
            "Согласие действует со дня подписания до достижения целей обработки (исполнения или прекращения "
            + "договора о развитии карьеры и истечения установленных законом сроков хранения документов) "
            + "либо до его отзыва.",
        en:
            "The consent is valid from the day it is signed until the purposes are achieved (the career "
            + "development contract is performed or ends and the statutory periods for keeping documents "
            + "expire) or until it is withdrawn.")
    public static let consentWithdrawHeading = LocalizedText(
        ru: "6. Порядок отзыва", en: "6. How to withdraw")
    public static let consentWithdraw = LocalizedText(
        ru:
            "Согласие может быть отозвано в любой момент письменным заявлением, поданным оператору лично или "
            + "направленным почтой (часть 2 статьи 9 152-ФЗ). Оператор прекращает обработку и уничтожает "
            + "данные в срок не более 30 дней с даты получения отзыва, если обработка не требуется по закону "
            + "(часть 5 статьи 21 152-ФЗ). Отзыв не влияет на уже совершённые законно действия.",
        en:
            "The consent may be withdrawn at any time by a written notice handed to the operator or sent by "
            + "post (Article 9(2) of 152-FZ). The operator stops processing and destroys the data within 30 "
            + "days of receiving it, unless the law requires the processing (Article 21(5) of 152-FZ). "
            + "Withdrawal does not affect what was lawfully done before it.")
    public static let consentRecorded = LocalizedText(
        ru: "Согласие отмечено в деле", en: "Consent recorded")
    public static let consentWithdrawn = LocalizedText(
        ru: "Согласие отозвано", en: "Consent withdrawn")
    public static let consentNotRecorded = LocalizedText(
        ru: "ещё не отмечено", en: "not yet recorded")
    public static let consentAccepted = LocalizedText(ru: "Согласие принял", en: "Received by")

    // MARK: Career plan

    public static let planTitle = LocalizedText(
        ru: "Индивидуальный план развития карьеры", en: "Individual career plan")
    public static let caseworker = LocalizedText(ru: "Консультант", en: "Officer")
    public static let guidanceHeading = LocalizedText(
        ru: "Результаты профориентации", en: "Career guidance")
    public static let hollandCode = LocalizedText(ru: "Код Холланда", en: "Holland code")
    public static let hollandPending = LocalizedText(
        ru: "опросник ещё не пройден", en: "questionnaire not completed yet")
    public static let riasecType = LocalizedText(ru: "Тип интересов", en: "Interest type")
    public static let riasecScore = LocalizedText(ru: "Баллы (0–100)", en: "Score (0–100)")
    public static let realistic = LocalizedText(ru: "R — реалистичный", en: "R — Realistic")
    public static let investigative = LocalizedText(
        ru: "I — исследовательский", en: "I — Investigative")
    public static let artistic = LocalizedText(ru: "A — артистический", en: "A — Artistic")
    public static let social = LocalizedText(ru: "S — социальный", en: "S — Social")
    public static let enterprising = LocalizedText(ru: "E — предприимчивый", en: "E — Enterprising")
    public static let conventional = LocalizedText(ru: "C — конвенциональный", en: "C — Conventional")
    public static let targetHeading = LocalizedText(ru: "Цель", en: "Goal")
    public static let track = LocalizedText(ru: "Направление", en: "Track")
    public static let trackEmployment = LocalizedText(
        ru: "трудоустройство по профессии", en: "employment")
    public static let trackOwnBusiness = LocalizedText(
        ru: "собственное дело / самозанятость", en: "own business / self-employment")
    public static let targetOccupation = LocalizedText(
        ru: "Целевая профессия", en: "Target occupation")
    public static let whyHeading = LocalizedText(
        ru: "Почему эта профессия", en: "Why this occupation")
    public static let reasonHolland = LocalizedText(
        ru: "Соответствует интересам соискателя (код Холланда {code}).",
        en: "It fits the seeker's interests (Holland code {code}).")
    public static let reasonUplift = LocalizedText(
        ru: "Ожидаемый доход {target} в месяц против базового {baseline}: прирост {increase}.",
        en:
            "Expected income of {target} a month against a baseline of {baseline}: an increase of {increase}."
    )
    public static let reasonCourse = LocalizedText(
        ru: "Есть подходящее обучение: {course}.", en: "Suitable training is available: {course}.")
    public static let whyOwnBusinessHeading = LocalizedText(
        ru: "Почему собственное дело", en: "Why an own business")
    public static let reasonRank = LocalizedText(
        ru: "Место {rank} из {count} в рейтинге профориентации, оценка {score} из 100 ({parts}).",
        en: "Ranked {rank} of {count} by career guidance, score {score} of 100 ({parts}).")
    public static let reasonRankWithoutInterests = LocalizedText(
        ru:
            "Место {rank} из {count} в рейтинге по спросу, зарплате и обучению (анкета не заполнена), оценка {score} из 100 ({parts}).",
        en:
            "Ranked {rank} of {count} on demand, pay and training (no questionnaire answers), score {score} of 100 ({parts})."
    )
    public static let noReasons = LocalizedText(
        ru: "Обоснование не записано.", en: "No reasons recorded.")
    public static let chosenCourseHeading = LocalizedText(ru: "Выбранный курс", en: "Chosen course")
    public static let noCourse = LocalizedText(ru: "Курс ещё не выбран.", en: "No course chosen yet.")
    public static let supportHeading = LocalizedText(ru: "Меры поддержки", en: "Support measures")
    public static let noSupport = LocalizedText(
        ru: "Меры поддержки не назначены.", en: "No support measures assigned.")
    public static let nextStepsHeading = LocalizedText(ru: "Следующие шаги", en: "Next steps")
    public static let stepColumn = LocalizedText(ru: "Шаг", en: "Step")
    public static let dueColumn = LocalizedText(ru: "Срок", en: "By")
    public static let stepConsent = LocalizedText(
        ru: "Подписать согласие на обработку персональных данных",
        en: "Sign the consent to personal-data processing")
    public static let stepQuestionnaire = LocalizedText(
        ru: "Пройти опросник интересов и проверку навыков",
        en: "Complete the interest questionnaire and skills check")
    public static let stepChooseCourse = LocalizedText(
        ru: "Выбрать курс обучения вместе с консультантом",
        en: "Choose a training course with the officer")
    public static let stepSignContract = LocalizedText(
        ru: "Подписать договор о развитии карьеры", en: "Sign the career development contract")
    public static let stepStartCourse = LocalizedText(
        ru: "Начать обучение: {course}", en: "Start the course: {course}")
    public static let stepFinishCourse = LocalizedText(
        ru: "Завершить обучение и получить документ об обучении",
        en: "Finish the course and get its certificate")
    public static let stepFindJob = LocalizedText(
        ru: "Трудоустроиться по профессии «{occupation}»", en: "Find work as {occupation}")
    public static let stepStartBusiness = LocalizedText(
        ru: "Зарегистрировать собственное дело или самозанятость",
        en: "Register an own business or self-employment")
    public static let stepFirstPayment = LocalizedText(
        ru: "Первый возможный платёж по договору (если доход не ниже {threshold})",
        en: "First possible contract payment (if income is at least {threshold})")
    public static let stepReview = LocalizedText(
        ru: "Встреча с консультантом: проверка плана", en: "Meeting with the officer to review the plan"
    )

    // MARK: Case file

    public static let caseFileTitle = LocalizedText(ru: "Дело {id}", en: "Case file {id}")
    public static let overviewHeading = LocalizedText(ru: "Дело", en: "Case")
    public static let caseStatus = LocalizedText(ru: "Состояние", en: "Status")
    public static let caseStage = LocalizedText(ru: "Этап", en: "Stage")
    public static let createdAt = LocalizedText(ru: "Открыто", en: "Opened")
    public static let updatedAt = LocalizedText(ru: "Изменено", en: "Updated")
    public static let revision = LocalizedText(ru: "Редакция", en: "Revision")
    public static let profileHeading = LocalizedText(
        ru: "Профиль соискателя", en: "Job seeker's profile")
    public static let educationLevel = LocalizedText(ru: "Образование", en: "Education")
    public static let employmentStatus = LocalizedText(ru: "Занятость", en: "Employment")
    public static let unemployedSince = LocalizedText(ru: "Без работы с", en: "Out of work since")
    public static let currentOccupation = LocalizedText(
        ru: "Текущая профессия", en: "Current occupation")
    public static let experience = LocalizedText(ru: "Стаж, лет", en: "Experience, years")
    public static let priorityGroups = LocalizedText(ru: "Приоритетные группы", en: "Priority groups")
    public static let relocation = LocalizedText(ru: "Переезд", en: "Relocation")
    public static let schedule = LocalizedText(ru: "График", en: "Schedule")
    public static let learningFormat = LocalizedText(ru: "Форма обучения", en: "Learning format")
    public static let consent = LocalizedText(
        ru: "Согласие на обработку ПДн", en: "Personal-data consent")
    public static let consentGivenOn = LocalizedText(ru: "дано {date}", en: "given on {date}")
    public static let consentWithdrawnOn = LocalizedText(
        ru: "отозвано {date}", en: "withdrawn on {date}")
    public static let skills = LocalizedText(ru: "Навыки", en: "Skills")
    public static let contractHeading = LocalizedText(
        ru: "Договор о развитии карьеры", en: "Career development contract")
    public static let statusHistoryHeading = LocalizedText(
        ru: "История статусов договора", en: "Contract status history")
    public static let previousVersions = LocalizedText(
        ru: "Прежние версии договора", en: "Earlier contract versions")
    public static let versionLine = LocalizedText(
        ru: "Версия {n} ({status}), заменена {date}", en: "Version {n} ({status}), superseded on {date}"
    )
    public static let fromColumn = LocalizedText(ru: "Было", en: "From")
    public static let toColumn = LocalizedText(ru: "Стало", en: "To")
    public static let byColumn = LocalizedText(ru: "Кто", en: "By")
    public static let whenColumn = LocalizedText(ru: "Когда", en: "When")
    public static let notesHeading = LocalizedText(ru: "Заметки", en: "Notes")
    public static let noteColumn = LocalizedText(ru: "Заметка", en: "Note")
    public static let feedbackHeading = LocalizedText(ru: "Оценки этапов", en: "Stage feedback")
    public static let ratingColumn = LocalizedText(ru: "Оценка", en: "Rating")
    public static let commentColumn = LocalizedText(ru: "Комментарий", en: "Comment")
    public static let historyHeading = LocalizedText(ru: "Журнал дела", en: "Case history")
    public static let actionColumn = LocalizedText(ru: "Действие", en: "Action")
    public static let fieldsColumn = LocalizedText(ru: "Поля", en: "Fields")
    public static let nothingYet = LocalizedText(ru: "Пока нет.", en: "None yet.")

    // MARK: Register (CSV) columns — headers a person reads in a spreadsheet

    public static let registerColumns: [LocalizedText] = [
        LocalizedText(ru: "Номер дела", en: "Case"),
        LocalizedText(ru: "ФИО", en: "Name"),
        LocalizedText(ru: "Регион", en: "Region"),
        LocalizedText(ru: "Этап", en: "Stage"),
        LocalizedText(ru: "Состояние", en: "Status"),
        LocalizedText(ru: "Целевая профессия", en: "Target occupation"),
        LocalizedText(ru: "Курс", en: "Course"),
        LocalizedText(ru: "Сумма финансирования", en: "Funded amount"),
        LocalizedText(ru: "Статус договора", en: "Contract status"),
        LocalizedText(ru: "Открыто", en: "Created"),
        LocalizedText(ru: "Изменено", en: "Updated"),
    ]

    // MARK: print and export commands

    public static let printAbstract = LocalizedText(
        ru: "Печать сводки договора, согласия или плана карьеры.",
        en: "Print the contract summary, the consent or the career plan.")
    public static let exportAbstract = LocalizedText(
        ru: "Экспорт дел в JSON, Markdown, HTML, PDF или реестр CSV.",
        en: "Export cases as JSON, Markdown, HTML, PDF or a CSV register.")
    public static let noPrinter = LocalizedText(
        ru: "Принтер не настроен: нет принтера по умолчанию. Укажите --printer ИМЯ (список: lpstat -p) "
            + "или сохраните документ в файл: --to ФАЙЛ.pdf, --to ФАЙЛ.txt, либо --to - для вывода на экран.",
        en:
            "No printer is configured: there is no default destination. Name one with --printer NAME (list: "
            + "lpstat -p) or write the document to a file: --to FILE.pdf, --to FILE.txt, or --to - for the screen."
    )
    public static let printFailed = LocalizedText(
        ru:
            "Не удалось отправить на печать ({printer}): {reason}. Сохраните документ в файл: --to ФАЙЛ.pdf.",
        en:
            "Printing failed ({printer}): {reason}. Write the document to a file instead: --to FILE.pdf.")
    public static let lpMissing = LocalizedText(
        ru:
            "Команда lp (CUPS) не найдена: установите cups-client или сохраните документ в файл: --to ФАЙЛ.pdf.",
        en:
            "The lp command (CUPS) was not found: install cups-client or write the document to a file: --to FILE.pdf."
    )
    public static let sentToPrinter = LocalizedText(
        ru: "Отправлено на печать: {document} ({id}) → {printer}. {job}",
        en: "Sent to the printer: {document} ({id}) → {printer}. {job}")
    public static let defaultPrinter = LocalizedText(
        ru: "принтер по умолчанию", en: "default printer")
    public static let written = LocalizedText(ru: "Записано: {path}", en: "Written: {path}")
    public static let holdsPersonalData = LocalizedText(
        ru:
            "Внимание: файл содержит персональные данные (152-ФЗ) — храните его в защищённом месте и удалите, "
            + "когда он больше не нужен.",
        en:
            "Note: the output holds personal data (152-FZ) — keep it somewhere safe and delete it when it is no "
            + "longer needed.")
    public static let printedHoldsPersonalData = LocalizedText(
        ru:
            "Внимание: распечатка содержит персональные данные (152-ФЗ) — заберите её из принтера сразу.",
        en: "Note: the printout holds personal data (152-FZ) — collect it from the printer at once.")
    public static let noCasesGiven = LocalizedText(
        ru: "Укажите номера дел или --all.", en: "Give case ids or --all.")
    public static let idsAndAll = LocalizedText(
        ru: "Укажите либо номера дел, либо --all, но не то и другое.",
        en: "Give case ids or --all, not both.")
    public static let needsDirectory = LocalizedText(
        ru:
            "Несколько дел в формате {format} записываются по одному файлу в каталог: укажите -o КАТАЛОГ.",
        en:
            "Several cases in {format} are written one file per case into a directory: give -o DIRECTORY."
    )
    public static let notADirectory = LocalizedText(
        ru: "{path} существует и не является каталогом.", en: "{path} exists and is not a directory.")
    public static let binaryToTerminal = LocalizedText(
        ru: "PDF не выводится на терминал: укажите -o ФАЙЛ.pdf (или перенаправьте вывод).",
        en: "PDF is not written to a terminal: give -o FILE.pdf (or redirect the output).")
    public static let writeFailed = LocalizedText(
        ru: "Не удалось записать {path}: {reason}", en: "Could not write {path}: {reason}")
    public static let pdfFailed = LocalizedText(
        ru: "Не удалось построить PDF: {reason}", en: "Could not make the PDF: {reason}")
    public static let catalogUnavailable = LocalizedText(
        ru:
            "Справочники не найдены ({reason}): в документах будут коды вместо названий, JSON — без записей справочников.",
        en:
            "The catalog is not available ({reason}): documents show codes instead of names, JSON has no catalog entries."
    )
    public static let skippedCase = LocalizedText(
        ru: "Пропущено: {reason}", en: "Skipped: {reason}")
    public static let exportedCount = LocalizedText(
        ru: "Экспортировано дел: {n}", en: "Cases exported: {n}")

    // MARK: Yearly statement

    public static let statementTitle = LocalizedText(
        ru: "Выписка по договору о развитии карьеры за {year} год",
        en: "Career development contract: statement for {year}")
    public static let contractNotSigned = LocalizedText(
        ru: "В деле {id} нет подписанного договора: выписку делать не из чего.",
        en: "Case {id} has no signed contract, so there is no statement to make.")
    public static let badYear = LocalizedText(
        ru: "--year: ожидается год от 1 до 9999, получено «{value}».",
        en: "--year: expected a year from 1 to 9999, got “{value}”.")
    public static let statementPeriod = LocalizedText(ru: "Период", en: "Period")
    public static let statementTermsHeading = LocalizedText(ru: "Условия договора", en: "Contract terms")
    public static let statementCap = LocalizedText(ru: "Предел выплат", en: "Payment cap")
    public static let statementThreshold = LocalizedText(
        ru: "Платёж — при доходе от", en: "Payments due from an income of")
    public static let statementTerm = LocalizedText(ru: "Число платежей по договору", en: "Payments in the term")
    public static let statementWindowEnds = LocalizedText(ru: "Окно выплат до", en: "Payment window ends")
    public static let statementMonthsHeading = LocalizedText(ru: "Месяцы {year} года", en: "The months of {year}")
    public static let statementNoMonths = LocalizedText(
        ru: "В {year} году по договору не было ни одного месяца.",
        en: "The contract had no months in {year}.")
    public static let statementMonth = LocalizedText(ru: "Месяц", en: "Month")
    public static let statementStatus = LocalizedText(ru: "Состояние", en: "Status")
    public static let statementIncome = LocalizedText(ru: "Доход", en: "Income")
    public static let statementDue = LocalizedText(ru: "Начислено", en: "Due")
    public static let statementPaid = LocalizedText(ru: "Оплачено", en: "Paid")
    public static let statementDueInYear = LocalizedText(ru: "Начислено за {year} год", en: "Due in {year}")
    public static let statementPaidInYear = LocalizedText(ru: "Оплачено за {year} год", en: "Paid in {year}")
    public static let statementStandingHeading = LocalizedText(
        ru: "Итог на {date}", en: "Where the contract stands on {date}")
    public static let statementTotalDue = LocalizedText(ru: "Начислено всего", en: "Due in all")
    public static let statementTotalPaid = LocalizedText(ru: "Оплачено всего", en: "Paid in all")
    public static let statementArrears = LocalizedText(ru: "Задолженность", en: "Arrears")
    public static let statementOverpaid = LocalizedText(ru: "Переплата", en: "Overpaid")
    public static let statementCapRemaining = LocalizedText(
        ru: "Осталось до предела выплат", en: "Left under the cap")
    public static let statementCounted = LocalizedText(ru: "Засчитано платежей", en: "Payments counted")
    public static let statementPayoff = LocalizedText(
        ru: "Сумма досрочного погашения", en: "To pay off now")
    public static let statementNote = LocalizedText(
        ru:
            "Платёж начисляется только за месяцы, когда доход не ниже порога; месяцы ниже порога и паузы "
            + "ничего не стоят. Учтены платежи, поступившие по дату итога. Вопросы и возражения — консультанту "
            + "центра занятости.",
        en:
            "A payment falls due only in months whose income reaches the threshold; months below it and pauses "
            + "cost nothing. Payments received up to the date of the totals are counted. Questions and "
            + "objections go to the employment officer.")

    public static func documentName(_ kind: DocumentKind) -> LocalizedText {
        switch kind {
        case .contract: contractSummaryTitle
        case .consent: consentTitle
        case .plan: planTitle
        case .statement: LocalizedText(ru: "Годовая выписка по договору", en: "Yearly contract statement")
        }
    }

    // MARK: Names of model values

    public static func stage(_ value: CaseStage) -> LocalizedText {
        switch value {
        case .profile: LocalizedText(ru: "анкета", en: "profile")
        case .guidance: LocalizedText(ru: "профориентация", en: "guidance")
        case .course: LocalizedText(ru: "курс", en: "course")
        case .contract: LocalizedText(ru: "договор", en: "contract")
        case .review: LocalizedText(ru: "итог", en: "review")
        case .followUp: LocalizedText(ru: "сопровождение", en: "follow-up")
        }
    }

    public static func status(_ value: CaseStatus) -> LocalizedText {
        switch value {
        case .open: LocalizedText(ru: "в работе", en: "open")
        case .onHold: LocalizedText(ru: "приостановлено", en: "on hold")
        case .closed: LocalizedText(ru: "закрыто", en: "closed")
        }
    }

    public static func education(_ value: EducationLevel) -> LocalizedText {
        switch value {
        case .basicGeneral:
            LocalizedText(ru: "основное общее (9 классов)", en: "basic general (9 years)")
        case .secondaryGeneral:
            LocalizedText(ru: "среднее общее (11 классов)", en: "secondary general (11 years)")
        case .vocational: LocalizedText(ru: "среднее профессиональное", en: "secondary vocational")
        case .higher: LocalizedText(ru: "высшее", en: "higher")
        case .postgraduate: LocalizedText(ru: "магистратура и выше", en: "master's or above")
        }
    }

    public static func employment(_ value: EmploymentStatus) -> LocalizedText {
        switch value {
        case .unemployed: LocalizedText(ru: "безработный", en: "unemployed")
        case .employed: LocalizedText(ru: "работает", en: "employed")
        case .partTime: LocalizedText(ru: "неполная занятость", en: "part-time")
        case .selfEmployed: LocalizedText(ru: "самозанятый", en: "self-employed")
        case .student: LocalizedText(ru: "учится", en: "student")
        case .onParentalLeave:
            LocalizedText(ru: "в отпуске по уходу за ребёнком", en: "on parental leave")
        case .retired: LocalizedText(ru: "пенсионер", en: "retired")
        }
    }

    public static func priorityGroup(_ value: PriorityGroup) -> LocalizedText {
        switch value {
        case .longTermUnemployed: LocalizedText(ru: "длительно безработный", en: "long-term unemployed")
        case .disability: LocalizedText(ru: "инвалидность", en: "disability")
        case .parentOfYoungChild:
            LocalizedText(ru: "родитель малолетнего ребёнка", en: "parent of a young child")
        case .under25: LocalizedText(ru: "моложе 25 лет", en: "under 25")
        case .preRetirement: LocalizedText(ru: "предпенсионный возраст", en: "pre-retirement age")
        case .foreignCitizenOrStudent:
            LocalizedText(ru: "иностранный гражданин или студент", en: "foreign citizen or student")
        }
    }

    public static func relocation(_ value: Constraints.Relocation) -> LocalizedText {
        switch value {
        case .no: LocalizedText(ru: "не готов", en: "no")
        case .withinRegion: LocalizedText(ru: "в пределах региона", en: "within the region")
        case .anywhere: LocalizedText(ru: "куда угодно", en: "anywhere")
        }
    }

    public static func schedule(_ value: Constraints.Schedule) -> LocalizedText {
        switch value {
        case .any: LocalizedText(ru: "любой", en: "any")
        case .daytime: LocalizedText(ru: "дневной", en: "daytime")
        case .evening: LocalizedText(ru: "вечерний", en: "evening")
        case .weekend: LocalizedText(ru: "выходные", en: "weekends")
        case .partTime: LocalizedText(ru: "неполный день", en: "part-time")
        }
    }

    public static func format(_ value: LearningFormat) -> LocalizedText {
        switch value {
        case .any: LocalizedText(ru: "любая", en: "any")
        case .inPerson: LocalizedText(ru: "очная", en: "in person")
        case .online: LocalizedText(ru: "дистанционная", en: "online")
        case .blended: LocalizedText(ru: "смешанная", en: "blended")
        }
    }

    public static func track(_ value: Guidance.Track) -> LocalizedText {
        switch value {
        case .employment: trackEmployment
        case .ownBusiness: trackOwnBusiness
        }
    }
}
