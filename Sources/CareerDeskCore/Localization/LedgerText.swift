import Foundation

/// Texts of the contract's life after signing: follow-ups, payments, pauses and the ledger.
public enum LedgerText {
    public static let notSigned = LocalizedText(
        ru: "Сопровождение, платежи и паузы ведутся только по подписанному договору, а этот — «{status}».",
        en: "Follow-ups, payments and pauses are recorded only on a signed contract; this one is {status}.")
    public static let paymentNotPositive = LocalizedText(
        ru: "Сумма платежа должна быть больше нуля.", en: "A payment must be more than zero.")
    public static let earlyPayoffNotAllowed = LocalizedText(
        ru: "Программа не допускает досрочного погашения.", en: "The programme allows no early payoff.")
    public static let hardshipSelfApproval = LocalizedText(
        ru: "Паузу утверждает второй специалист, а не тот, кто её запросил.",
        en: "A hardship pause is approved by a second officer, not by the one who asked for it.")
    public static let hardshipAllowanceExceeded = LocalizedText(
        ru: "Пауза на {requested} мес. превышает остаток по договору: {allowed} мес.",
        en: "A pause of {requested} months exceeds what the contract still allows: {allowed} months.")
    public static let noSuchHardshipPause = LocalizedText(
        ru: "Нет неутверждённой паузы № {number}.", en: "There is no pending hardship pause number {number}.")

    /// A month's status, for a person.
    public static func status(_ status: LedgerStatus) -> LocalizedText {
        switch status {
        case .training: LocalizedText(ru: "обучение", en: "training")
        case .grace: LocalizedText(ru: "льготный период", en: "grace")
        case .active: LocalizedText(ru: "платёж", en: "active")
        case .belowThreshold: LocalizedText(ru: "ниже порога", en: "below threshold")
        case .notReported: LocalizedText(ru: "нет сведений", en: "not reported")
        case .hardshipPause: LocalizedText(ru: "пауза", en: "hardship pause")
        case .completed: LocalizedText(ru: "внесены все платежи", en: "term paid")
        case .capped: LocalizedText(ru: "достигнут потолок", en: "cap reached")
        case .windowExpired: LocalizedText(ru: "окно закрылось", en: "window closed")
        case .paidOffEarly: LocalizedText(ru: "погашен досрочно", en: "paid off early")
        case .terminated: LocalizedText(ru: "расторгнут", en: "terminated")
        }
    }

    /// What a month without an income report costs, as the contract summary states it.
    public static func unreportedIncome(_ rule: ContractTerms.UnreportedIncome) -> LocalizedText {
        switch rule {
        case .paused:
            LocalizedText(
                ru: "месяц без сведений о доходе: платёж не начисляется и не засчитывается в число платежей",
                en: "a month with no income report: nothing is due and it does not count towards the term")
        case .targetIncome:
            LocalizedText(
                ru: "месяц без сведений о доходе: платёж начисляется исходя из целевого дохода",
                en: "a month with no income report: the payment is due as if the target income was earned")
        }
    }

    public static func followUpState(_ state: FollowUpItem.State) -> LocalizedText {
        switch state {
        case .done: LocalizedText(ru: "проведён", en: "done")
        case .overdue: LocalizedText(ru: "просрочен", en: "overdue")
        case .due: LocalizedText(ru: "пора", en: "due")
        case .upcoming: LocalizedText(ru: "впереди", en: "upcoming")
        }
    }

    public static func evidence(_ evidence: Evidence) -> LocalizedText {
        switch evidence {
        case .gosuslugiEmploymentRecord:
            LocalizedText(
                ru: "сведения о трудовой деятельности (Госуслуги)", en: "employment-record extract (Gosuslugi)")
        case .incomeCertificate2NDFL: LocalizedText(ru: "справка 2-НДФЛ", en: "2-NDFL income certificate")
        case .taxReturn: LocalizedText(ru: "декларация / справка НПД", en: "tax return (self-employed)")
        case .employerLetter: LocalizedText(ru: "письмо работодателя", en: "employer letter")
        case .ownWord: LocalizedText(ru: "со слов соискателя", en: "the seeker's own word")
        }
    }
}

/// The command line's texts for follow-ups, payments, the ledger and the due list.
extension LedgerText {
    public static let noContract = LocalizedText(
        ru: "В деле {id} нет подписанного договора.", en: "Case {id} has no signed contract.")
    public static let badDate = LocalizedText(
        ru: "{option}: ожидается дата ГГГГ-ММ-ДД, получено «{value}».",
        en: "{option}: expected a date YYYY-MM-DD, got “{value}”.")
    public static let badAmount = LocalizedText(
        ru: "{option}: ожидается сумма больше нуля (120000 или 120000,50), получено «{value}».",
        en: "{option}: expected an amount above zero (120000 or 120000.50), got “{value}”.")
    public static let badIncome = LocalizedText(
        ru: "--income: ожидается МЕСЯЦ=СУММА, например 2027-06=62000, получено «{value}».",
        en: "--income: expected MONTH=AMOUNT, e.g. 2027-06=62000, got “{value}”.")
    public static let badINN = LocalizedText(
        ru: "--inn: ИНН «{value}» не прошёл проверку контрольных цифр.",
        en: "--inn: the INN “{value}” fails its check digits.")
    public static let recordedFollowUp = LocalizedText(
        ru: "{id}: контакт {date} записан.", en: "{id}: contact of {date} recorded.")
    public static let recordedPayment = LocalizedText(
        ru: "{id}: платёж {amount} от {date} записан. К оплате всего {due}, уплачено {paid}, остаток потолка {cap}.",
        en: "{id}: payment of {amount} on {date} recorded. Due in all {due}, paid {paid}, cap remaining {cap}.")
    public static let recordedPause = LocalizedText(
        ru: "{id}: пауза № {number} записана; она действует после утверждения вторым специалистом.",
        en: "{id}: pause number {number} recorded; it takes effect once a second officer approves it.")
    public static let approvedPause = LocalizedText(
        ru: "{id}: пауза № {number} утверждена.", en: "{id}: pause number {number} approved.")
    public static let ledgerHeader = LocalizedText(
        ru: "месяц     № статус                   доход        к оплате     уплачено  остаток потолка  плат.",
        en: "month     # status                  income             due         paid    cap remaining  count")
    public static let ledgerTotals = LocalizedText(
        ru:
            "Итого: к оплате {due}, уплачено {paid}, остаток потолка {cap}; задолженность {arrears}, переплата {overpaid}.",
        en: "Totals: due {due}, paid {paid}, cap remaining {cap}; underpaid {arrears}, overpaid {overpaid}.")
    public static let ledgerStatus = LocalizedText(
        ru: "Состояние: {status}; окно до {windowEnd}; досрочное погашение: {quote}.",
        en: "Status: {status}; window until {windowEnd}; early payoff: {quote}.")
    public static let pauseArguments = LocalizedText(
        ru: "Укажите --start ГГГГ-ММ, --months и --reason (или --approve N).",
        en: "Give --start YYYY-MM, --months and --reason (or --approve N).")
    public static let noDue = LocalizedText(ru: "Контактов к проведению нет.", en: "No follow-ups are due.")
    public static let dueLine = LocalizedText(
        ru: "{date}  {state}  {id}  {name}  ({months} мес. после обучения)",
        en: "{date}  {state}  {id}  {name}  ({months} months after training)")
}
