import Foundation

/// Texts of the guidance step: recommendation reasons, support-measure explanations and
/// `careerdesk guide`.
public enum GuidanceText {
    // MARK: Reasons (one line per recommendation)

    public static let reasonInterest = LocalizedText(
        ru: "интересы совпадают ({seeker} ↔ {occupation})", en: "interests match ({seeker} ↔ {occupation})")
    public static let reasonDemand = LocalizedText(
        ru: "спрос {demand} вакансии на соискателя", en: "demand {demand} vacancies per job seeker")
    public static let reasonWage = LocalizedText(
        ru: "зарплата {wage} (+{percent} % к доходу)", en: "pay {wage} (+{percent}% over income)")
    public static let reasonSkills = LocalizedText(
        ru: "есть {have} из {total} ключевых навыков", en: "has {have} of {total} key skills")
    public static let reasonCourseInRegion = LocalizedText(
        ru: "курс в регионе, трудоустройство выпускников {rate} %",
        en: "course in the region, {rate}% of graduates employed")
    public static let reasonCourseOnline = LocalizedText(
        ru: "онлайн-курс, трудоустройство выпускников {rate} %", en: "online course, {rate}% of graduates employed")
    public static let reasonCourseElsewhere = LocalizedText(
        ru: "курс в другом регионе (нужен переезд)", en: "course in another region (requires moving)")
    public static let caveatNoCourse = LocalizedText(
        ru: "нет доступного курса", en: "no course the seeker can take")
    public static let caveatEducation = LocalizedText(
        ru: "требуется образование: {value}", en: "requires {value} education")
    public static let caveatInterest = LocalizedText(
        ru: "интересы мало совпадают ({seeker} / {occupation})", en: "interests differ ({seeker} / {occupation})")
    public static let caveatSkills = LocalizedText(ru: "не хватает: {skills}", en: "lacks: {skills}")
    public static let caveatNoUplift = LocalizedText(
        ru: "зарплата не выше текущего дохода", en: "pay no higher than current income")
    public static let caveatLowDemand = LocalizedText(
        ru: "спрос меньше 1 вакансии на соискателя", en: "fewer than 1 vacancy per job seeker")
    public static let caveatNational = LocalizedText(
        ru: "нет данных по региону, взяты общероссийские", en: "no regional figures, national ones used")

    // MARK: Support measure conditions

    public static let ruleAgeAtLeast = LocalizedText(ru: "возраст {age} (от {n})", en: "age {age} (at least {n})")
    public static let ruleAgeAtMost = LocalizedText(ru: "возраст {age} (до {n})", en: "age {age} (at most {n})")
    public static let ruleStatus = LocalizedText(ru: "статус: {status}", en: "status: {status}")
    public static let ruleGroups = LocalizedText(ru: "приоритетная группа: {groups}", en: "priority group: {groups}")
    public static let ruleUnemployedMonths = LocalizedText(
        ru: "без работы {months} мес. (от {n})", en: "out of work {months} months (at least {n})")
    public static let ruleRelocation = LocalizedText(ru: "переезд: {value}", en: "relocation: {value}")
    public static let ruleRegion = LocalizedText(ru: "регион {region}", en: "region {region}")
    public static let ruleTrackOwnBusiness = LocalizedText(
        ru: "выбрано направление «своё дело»", en: "own-business track chosen")
    public static let ruleTrackEmployment = LocalizedText(
        ru: "выбрано трудоустройство", en: "employment track chosen")
    public static let ruleIncomeAtMost = LocalizedText(
        ru: "доход {income} (не больше {limit})", en: "income {income} (at most {limit})")
    public static let ruleNot = LocalizedText(ru: "не {rule}", en: "not {rule}")
    public static let conditionAgeAtLeast = LocalizedText(ru: "возраст от {n}", en: "age at least {n}")
    public static let conditionAgeAtMost = LocalizedText(ru: "возраст до {n}", en: "age at most {n}")

    // MARK: careerdesk guide

    public static let heading = LocalizedText(
        ru: "Профориентация: {name}, {id}", en: "Career guidance: {name}, {id}")
    public static let profileLine = LocalizedText(
        ru: "Код Холланда {code}: R {r} · I {i} · A {a} · S {s} · E {e} · C {c}",
        en: "Holland code {code}: R {r} · I {i} · A {a} · S {s} · E {e} · C {c}")
    public static let noAnswers = LocalizedText(
        ru: "Опросник не заполнен: ранжирование только по спросу, росту зарплаты и доступности обучения.",
        en: "No questionnaire answers: ranked on demand, wage uplift and training availability alone.")
    public static let upliftBase = LocalizedText(
        ru: "Рост зарплаты считается от {base}", en: "Wage uplift is measured from {base}")
    public static let upliftBaseMinimum = LocalizedText(
        ru: "Рост зарплаты считается от минимального размера оплаты труда в регионе, {base}",
        en: "Wage uplift is measured from the region's minimum wage, {base}")
    public static let weightsLine = LocalizedText(
        ru:
            "Веса: интересы {interest} %, спрос {demand} %, зарплата {wage} %, навыки {skills} %, обучение {training} %",
        en: "Weights: interests {interest}%, demand {demand}%, pay {wage}%, skills {skills}%, training {training}%"
    )
    public static let recommendationsHeading = LocalizedText(ru: "Рекомендации", en: "Recommendations")
    public static let partsLine = LocalizedText(
        ru: "интересы {interest} · спрос {demand} · зарплата {wage} · навыки {skills} · обучение {training}{penalty}",
        en: "interests {interest} · demand {demand} · pay {wage} · skills {skills} · training {training}{penalty}")
    public static let penalty = LocalizedText(ru: " · образование −{n}", en: " · education −{n}")
    public static let courseLine = LocalizedText(ru: "курс: {id}, {provider}", en: "course: {id}, {provider}")
    public static let ownBusinessMarker = LocalizedText(ru: "своё дело", en: "own business")
    public static let measuresHeading = LocalizedText(
        ru: "Меры поддержки, на которые есть право", en: "Support measures the seeker is entitled to")
    public static let noMeasures = LocalizedText(
        ru: "Нет мер поддержки по данным профиля.", en: "No support measures match the profile.")
    public static let alsoOwnBusiness = LocalizedText(
        ru: "Направление «своё дело» — место {rank}:", en: "The own-business track ranks {rank}:")
    public static let answersCount = LocalizedText(
        ru: "--answers: нужно {expected} ответов (цифры 1–5), получено {count}",
        en: "--answers: {expected} answers (digits 1–5) are needed, got {count}")
    public static let answersDigits = LocalizedText(
        ru: "--answers: только цифры от 1 до 5, по одной на вопрос",
        en: "--answers: only digits 1 to 5, one per item")
    public static let incompleteAnswers = LocalizedText(
        ru: "Ответы в деле неполные ({count} из {expected}): интересы не учтены.",
        en: "The case's answers are incomplete ({count} of {expected}): interests left out.")
    public static let notApplicable = LocalizedText(ru: "—", en: "—")
}
