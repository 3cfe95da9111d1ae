import Foundation

/// Every text about contracts a person reads: status names, refused changes, validation
/// problems, scenario and end-reason names, and the `simulate` command's table and errors.
public enum ContractText {
    /// Fills `{name}` placeholders with values formatted for each language (money, percentages
    /// and names differ between ru and en, so one set of values would not do).
    public static func filled(_ template: LocalizedText, _ values: (Language) -> [String: String]) -> LocalizedText {
        LocalizedText(ru: template.with(values(.ru)).ru, en: template.with(values(.en)).en)
    }

    // MARK: Formatting of rates

    /// A share in basis points as a percentage: `15 %` / `12,5 %` in Russian, `15%` / `12.5%` in English.
    public static func percent(_ basisPoints: Int, _ language: Language) -> String {
        let sign = basisPoints < 0 ? "-" : ""
        let magnitude = basisPoints.magnitude
        var number = String(magnitude / 100)
        var fraction = String(magnitude % 100)
        if fraction != "0" {
            if fraction.count == 1 { fraction = "0" + fraction }
            while fraction.hasSuffix("0") { fraction.removeLast() }
            number += (language == .ru ? "," : ".") + fraction
        }
        return language == .ru ? "\(sign)\(number)\u{00A0}%" : "\(sign)\(number)%"
    }

    /// A cap multiple in hundredths: `1,5×` / `1.5×`.
    public static func multiple(_ hundredths: Int, _ language: Language) -> String {
        let whole = hundredths / 100
        var fraction = String((hundredths % 100).magnitude)
        if fraction.count == 1 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let separator = language == .ru ? "," : "."
        return (fraction.isEmpty ? String(whole) : "\(whole)\(separator)\(fraction)") + "×"
    }

    /// An implied annual rate (already rounded to two decimals): `6,69 %` / `6.69%`; `—` for none.
    public static func rate(_ percentage: Double?, _ language: Language) -> String {
        guard let percentage else { return "—" }
        let hundredths = Int((percentage * 100).rounded(.toNearestOrAwayFromZero))
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let fraction = magnitude % 100
        let number = "\(magnitude / 100)\(language == .ru ? "," : ".")\(fraction < 10 ? "0" : "")\(fraction)"
        return language == .ru ? "\(sign)\(number)\u{00A0}%" : "\(sign)\(number)%"
    }

    // MARK: Names

    public static func status(_ status: ContractStatus) -> LocalizedText {
        switch status {
        case .draft: LocalizedText(ru: "черновик", en: "draft")
        case .ready: LocalizedText(ru: "готов к подписанию", en: "ready for signing")
        case .signed: LocalizedText(ru: "подписан", en: "signed")
        case .active: LocalizedText(ru: "действует", en: "active")
        case .completed: LocalizedText(ru: "исполнен", en: "completed")
        case .terminated: LocalizedText(ru: "расторгнут", en: "terminated")
        }
    }

    /// A term by its domain name (`shareBasisPoints`), as a person calls it.
    public static func term(_ field: String) -> LocalizedText {
        switch field {
        case "fundedAmount": LocalizedText(ru: "сумма финансирования (F)", en: "funded amount (F)")
        case "baselineIncome": LocalizedText(ru: "базовый доход (B)", en: "baseline income (B)")
        case "targetIncome": LocalizedText(ru: "целевой доход (T)", en: "target income (T)")
        case "minimumIncrease": LocalizedText(ru: "минимальный прирост дохода (M)", en: "minimum increase (M)")
        case "shareBasisPoints": LocalizedText(ru: "доля дохода (s)", en: "income share (s)")
        case "shareBase": LocalizedText(ru: "база доли", en: "share base")
        case "capMultipleHundredths": LocalizedText(ru: "кратность потолка (k)", en: "cap multiple (k)")
        case "termPayments": LocalizedText(ru: "число платежей (N)", en: "term in payments (N)")
        case "windowMonths": LocalizedText(ru: "окно выплат, месяцев (W)", en: "payment window, months (W)")
        case "graceMonths": LocalizedText(ru: "льготный период, месяцев (G)", en: "grace period, months (G)")
        case "courseMonths": LocalizedText(ru: "длительность обучения, месяцев (D)", en: "course length, months (D)")
        case "earlyPayoff": LocalizedText(ru: "досрочное погашение", en: "early payoff")
        default: LocalizedText(ru: field, en: field)
        }
    }

    public static func shareBase(_ base: ContractTerms.ShareBase) -> LocalizedText {
        switch base {
        case .increase: LocalizedText(ru: "доля прироста дохода", en: "a share of the income increase")
        case .total: LocalizedText(ru: "доля всего дохода", en: "a share of total income")
        }
    }

    public static func earlyPayoff(_ rule: ContractTerms.EarlyPayoff) -> LocalizedText {
        switch rule {
        case .capMinusPaid:
            LocalizedText(ru: "потолок выплат за вычетом уплаченного", en: "the cap less what has been paid")
        case .fundedMinusPaid:
            LocalizedText(
                ru: "сумма финансирования за вычетом уплаченного", en: "the funded amount less what has been paid")
        case .notAllowed: LocalizedText(ru: "не предусмотрено", en: "not allowed")
        }
    }

    public static func party(_ role: ContractPartyRole) -> LocalizedText {
        switch role {
        case .jobSeeker: LocalizedText(ru: "соискатель", en: "job seeker")
        case .provider: LocalizedText(ru: "образовательная организация", en: "training provider")
        case .employer: LocalizedText(ru: "работодатель", en: "employer")
        case .investor: LocalizedText(ru: "инвестор", en: "investor")
        }
    }

    public static func funder(_ kind: FunderKind) -> LocalizedText {
        switch kind {
        case .regionalBudget: LocalizedText(ru: "региональный бюджет", en: "regional budget")
        case .federalBudget: LocalizedText(ru: "федеральный бюджет", en: "federal budget")
        case .employer: LocalizedText(ru: "работодатель", en: "employer")
        case .privateInvestor: LocalizedText(ru: "частный инвестор", en: "private investor")
        case .bank: LocalizedText(ru: "банк", en: "bank")
        case .fund: LocalizedText(ru: "фонд", en: "fund")
        }
    }

    public static func scenario(_ name: ScenarioName) -> LocalizedText {
        switch name {
        case .noGain: LocalizedText(ru: "без роста дохода", en: "no gain")
        case .target: LocalizedText(ru: "целевой доход", en: "target income")
        case .high: LocalizedText(ru: "высокий доход", en: "high income")
        case .custom: LocalizedText(ru: "заданный доход", en: "given income")
        }
    }

    public static func endReason(_ reason: EndReason) -> LocalizedText {
        switch reason {
        case .cap: LocalizedText(ru: "достигнут потолок", en: "cap reached")
        case .term: LocalizedText(ru: "внесены все платежи", en: "term paid")
        case .window: LocalizedText(ru: "окно закрылось", en: "window closed")
        case .none: LocalizedText(ru: "не возникло", en: "never ran")
        }
    }

    // MARK: Refused changes

    public static let moveNotAllowed = LocalizedText(
        ru: "Договор нельзя перевести из статуса «{from}» в статус «{to}».",
        en: "A contract cannot move from “{from}” to “{to}”.")
    public static let termsFrozen = LocalizedText(
        ru: "Версия {version} договора имеет статус «{status}»: её условия изменить нельзя, оформите новую версию.",
        en: "Version {version} of the contract is {status}: its terms are frozen; amend it to make a new version.")
    public static let cannotAmend = LocalizedText(
        ru: "Новую версию можно оформить только для подписанного или действующего договора, а этот — «{status}».",
        en: "Only a signed or active contract is amended; this one is {status}.")

    // MARK: Validation problems

    public static let negativeTerm = LocalizedText(
        ru: "{term}: значение не может быть отрицательным.", en: "{term}: the value cannot be negative.")
    public static let shareOutOfRange = LocalizedText(
        ru: "доля дохода (s): {value} — вне пределов от 0 до 100 %.",
        en: "income share (s): {value} is outside 0–100%.")
    public static let amountBeyondCeiling = LocalizedText(
        ru: "{term}: сумма больше предельной — не более {max}.",
        en: "{term}: the amount is beyond the ceiling; the most is {max}.")
    public static let countBeyondBounds = LocalizedText(
        ru: "{term}: значение больше предельного — не более {max}.",
        en: "{term}: the value is beyond its bound; the most is {max}.")
    public static let capBeyondCeiling = LocalizedText(
        ru: "кратность потолка (k): потолок k × F при k = {multiple} больше предельной суммы {max}.",
        en: "cap multiple (k): the cap k × F with k = {multiple} is beyond the ceiling of {max}.")
    public static let amountTooLarge = LocalizedText(
        ru: "{option}: сумма больше предельной — не более {max}.",
        en: "{option}: the amount is beyond the ceiling; the most is {max}.")
    public static let growthBelowMinus100 = LocalizedText(
        ru: "{option}: доход не может упасть больше чем на 100 % в год.",
        en: "{option}: income cannot fall by more than 100% a year.")
    public static let nothingIsPaid = LocalizedText(
        ru: "Доля дохода 0 %: по этим условиям ничего не выплачивается.",
        en: "An income share of 0%: nothing is paid on these terms.")
    public static let capBelowFunded = LocalizedText(
        ru: "кратность потолка (k): потолок {multiple} = {cap} меньше суммы финансирования {funded}.",
        en: "cap multiple (k): the cap {multiple} = {cap} is below the funded amount {funded}.")
    public static let windowShorterThanTerm = LocalizedText(
        ru: "окно выплат (W): {window} мес. меньше числа платежей (N) {term} — столько платежей не уместится.",
        en: "payment window (W): {window} months is shorter than the term (N) of {term} payments, which cannot fit.")
    public static let belowMinimum = LocalizedText(
        ru: "{term}: {value} меньше минимума {bound} по программе «{programme}».",
        en: "{term}: {value} is below the minimum {bound} of the programme “{programme}”.")
    public static let aboveMaximum = LocalizedText(
        ru: "{term}: {value} больше максимума {bound} по программе «{programme}».",
        en: "{term}: {value} is above the maximum {bound} of the programme “{programme}”.")
    public static let shareBaseMismatch = LocalizedText(
        ru: "база доли: программа «{programme}» предусматривает {base}.",
        en: "share base: the programme “{programme}” takes {base}.")
    public static let earlyPayoffMismatch = LocalizedText(
        ru: "досрочное погашение: по программе «{programme}» — {rule}.",
        en: "early payoff: the programme “{programme}” sets it at {rule}.")
    public static let targetTooLow = LocalizedText(
        ru:
            "целевой доход (T): {target} должен быть больше базового дохода с минимальным приростом (B + M = {threshold}).",
        en: "target income (T): {target} must be above the baseline plus the minimum increase (B + M = {threshold}).")
    public static let programmeMismatch = LocalizedText(
        ru: "программа: договор ссылается на «{contract}», а проверяется по «{policy}».",
        en: "programme: the contract names “{contract}” but is checked against “{policy}”.")
    public static let missingParty = LocalizedText(
        ru: "стороны: программа «{programme}» требует указать сторону «{party}».",
        en: "parties: the programme “{programme}” requires the {party} as a party.")
    public static let missingName = LocalizedText(
        ru: "{party}: не указано наименование.", en: "{party}: the name is missing.")
    public static let innMalformed = LocalizedText(
        ru: "{party}: ИНН «{inn}» должен состоять из 10 цифр (организация) или 12 цифр (физическое лицо).",
        en: "{party}: INN “{inn}” must be 10 digits (a company) or 12 digits (a person).")
    public static let innCheckDigit = LocalizedText(
        ru: "{party}: ИНН «{inn}» не проходит проверку контрольных цифр.",
        en: "{party}: INN “{inn}” fails its check digits.")
    public static let funderNotAllowed = LocalizedText(
        ru: "инвестор: по программе «{programme}» финансировать может {allowed}, но не {kind}.",
        en: "investor: on the programme “{programme}” the funder may be {allowed}, not {kind}.")

    // MARK: The simulate command

    /// A signed contract's term outside its programme (`SignedTermsCheck`).
    public static let signedOutsideProgramme = LocalizedText(
        ru: "подписанные условия вне рамок программы: {problem}",
        en: "signed terms outside the programme: {problem}")
    public static let signedOutsideHeading = LocalizedText(
        ru: "ВНИМАНИЕ: подписанные условия выходят за рамки программы.",
        en: "WARNING: the signed terms are outside the programme's bounds.")

    public static let simulateTitle = LocalizedText(
        ru: "Расчёт платежей по договору о развитии карьеры", en: "Career development contract payments")
    public static let simulateAmountsLine = LocalizedText(
        ru: "F {funded}, B {baseline}, T {target}, M {minimum}",
        en: "F {funded}, B {baseline}, T {target}, M {minimum}")
    public static let simulateShareLine = LocalizedText(
        ru: "s {share} ({base}), потолок {multiple} = {cap}",
        en: "s {share} ({base}), cap {multiple} = {cap}")
    public static let simulateCalendarLine = LocalizedText(
        ru: "N {term} платежей, окно W {window} мес. (месяцы {first}–{last}), льготных G {grace}, обучение D {course}",
        en: "N {term} payments, window W {window} months ({first}–{last}), grace G {grace}, course D {course}")
    public static let columnScenario = LocalizedText(ru: "сценарий", en: "scenario")
    public static let columnIncome = LocalizedText(ru: "доход/мес.", en: "income/month")
    public static let columnPayment = LocalizedText(ru: "платёж/мес.", en: "payment/month")
    public static let columnPayments = LocalizedText(ru: "платежей", en: "payments")
    public static let columnTotal = LocalizedText(ru: "всего", en: "total paid")
    public static let columnCap = LocalizedText(ru: "потолок достигнут", en: "cap reached")
    public static let columnEnd = LocalizedText(ru: "окончание", en: "ends")
    public static let columnEndMonth = LocalizedText(ru: "месяц окончания", en: "ends in month")
    public static let columnRate = LocalizedText(ru: "ставка, год.", en: "annual rate")
    public static let columnMonth = LocalizedText(ru: "месяц", en: "month")
    public static let columnCumulative = LocalizedText(ru: "нарастающим итогом", en: "cumulative")
    public static let yes = LocalizedText(ru: "да", en: "yes")
    public static let no = LocalizedText(ru: "нет", en: "no")
    public static let growingIncome = LocalizedText(ru: "{start} +{growth}/год", en: "{start} +{growth}/yr")
    public static let listedIncome = LocalizedText(ru: "по месяцам", en: "month by month")
    public static let rateNote = LocalizedText(
        ru: "Ставка: внутренняя норма доходности за месяц × 12 × 100 % (как ПСК по 353-ФЗ);\n«—», если платежей нет.",
        en:
            "Rate: the monthly internal rate of return × 12 × 100% (as 353-FZ's full cost of\ncredit); “—” when nothing is paid."
    )

    public static let badAmount = LocalizedText(
        ru: "{option}: «{value}» — не сумма в рублях (пример: 120000 или 120 000,50).",
        en: "{option}: “{value}” is not an amount of roubles (for example 120000 or 120000.50).")
    public static let badPercent = LocalizedText(
        ru: "{option}: «{value}» — не процент (пример: 15 или 12,5; не больше двух знаков после запятой).",
        en: "{option}: “{value}” is not a percentage (for example 15 or 12.5; at most two decimals).")
    public static let badMultiple = LocalizedText(
        ru: "{option}: «{value}» — не кратность (пример: 1,5).",
        en: "{option}: “{value}” is not a multiple (for example 1.5).")
    public static let badCount = LocalizedText(
        ru: "{option}: «{value}» — не целое число не меньше нуля.",
        en: "{option}: “{value}” is not a whole number of zero or more.")
    public static let badShareBase = LocalizedText(
        ru: "--share-base: «{value}» — ожидается increase (доля прироста) или total (доля всего дохода).",
        en: "--share-base: “{value}”: expected increase or total.")
    public static let incomeOptionsConflict = LocalizedText(
        ru: "Укажите что-то одно: --income или --income-path.", en: "Give either --income or --income-path, not both.")
    public static let incomeFileUnreadable = LocalizedText(
        ru: "Не удалось прочитать файл доходов {file}.", en: "Cannot read the income file {file}.")
    public static let incomeFileBadLine = LocalizedText(
        ru: "{file}, строка {line}: «{value}» — не сумма в рублях.",
        en: "{file}, line {line}: “{value}” is not an amount of roubles.")
    public static let incomeFileNotAString = LocalizedText(
        ru:
            "{file}, элемент {item}: {value} — число JSON. Суммы пишутся строками, например \"60000.00\": число JSON проходит через плавающую точку.",
        en:
            "{file}, item {item}: {value} is a JSON number. Write amounts as strings, e.g. \"60000.00\": a JSON number passes through floating point."
    )
    public static let incomeFileEmpty = LocalizedText(
        ru: "В файле доходов {file} нет ни одной суммы.", en: "The income file {file} holds no amounts.")
    public static let incomeFileNegative = LocalizedText(
        ru: "{file}, строка {line}: доход не может быть отрицательным.",
        en: "{file}, line {line}: income cannot be negative.")
    public static let impossibleTerms = LocalizedText(
        ru: "Таких условий у договора быть не может:", en: "No contract could have these terms:")
    public static let growthWithIncomeList = LocalizedText(
        ru: "--growth применяется к постоянному доходу; для --income-path укажите доход каждого месяца в файле.",
        en: "--growth applies to a flat income; with --income-path give every month's income in the file.")
    public static let targetMissing = LocalizedText(
        ru: "Укажите --target (целевой доход): без --income расчёт идёт по трём сценариям, включая целевой.",
        en: "Give --target (the target income): without --income the three scenarios include the target.")
    public static let negativeIncome = LocalizedText(
        ru: "{option}: доход не может быть отрицательным.", en: "{option}: income cannot be negative.")
}
