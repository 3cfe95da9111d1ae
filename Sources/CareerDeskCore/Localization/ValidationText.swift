/// Messages of the intake validators, next to the field they concern.
public enum ValidationText {
    public static let required = LocalizedText(ru: "обязательное поле", en: "required")
    public static let snilsShape = LocalizedText(
        ru: "СНИЛС — 11 цифр в виде XXX-XXX-XXX YY", en: "SNILS must be 11 digits, XXX-XXX-XXX YY")
    public static let snilsChecksum = LocalizedText(
        ru: "контрольное число СНИЛС не сходится — проверьте цифры",
        en: "the SNILS check number does not match — check the digits")
    public static let phone = LocalizedText(
        ru: "телефон: +7 и 10 цифр (8… тоже подходит)", en: "phone: +7 and 10 digits (8… is accepted too)")
    public static let email = LocalizedText(ru: "адрес почты выглядит неверно", en: "the e-mail address looks wrong")
    public static let birthDateFuture = LocalizedText(
        ru: "дата рождения ещё не наступила", en: "the birth date is in the future")
    public static let birthDateAge = LocalizedText(
        ru: "возраст {age}: допустимо от 14 до 80 лет", en: "age {age}: must be 14 to 80 years")
    public static let dateShape = LocalizedText(
        ru: "дата в виде ДД.ММ.ГГГГ", en: "date as YYYY-MM-DD")
    public static let incomeNegative = LocalizedText(
        ru: "доход не может быть отрицательным", en: "income cannot be negative")
    public static let incomeCeiling = LocalizedText(
        ru: "доход больше {ceiling} в месяц — проверьте сумму",
        en: "income over {ceiling} a month — check the amount")
    public static let moneyShape = LocalizedText(
        ru: "сумма в рублях, например 35000 или 35 000,50", en: "an amount in roubles, e.g. 35000 or 35000.50")
    /// An amount past `Money.maximum`, with the maximum named.
    public static var moneyBeyondCeiling: LocalizedText {
        LocalizedText(
            ru: "сумма больше предельной — не более \(Money.maximum.formatted(.ru))",
            en: "the amount is beyond the ceiling; the most is \(Money.maximum.formatted(.en))")
    }
    public static let consent = LocalizedText(
        ru: "нет согласия на обработку персональных данных — данные не сохраняются",
        en: "no consent to personal-data processing — personal data cannot be saved")
    public static let region = LocalizedText(
        ru: "код региона — три латинские буквы, например SAK", en: "region code: three Latin letters, e.g. SAK")
    public static let experience = LocalizedText(
        ru: "стаж от 0 до 65 лет", en: "experience must be 0 to 65 years")
    public static let tooLong = LocalizedText(
        ru: "слишком длинно: не больше {max} символов", en: "too long: at most {max} characters")
    public static let controlCharacters = LocalizedText(
        ru: "недопустимые управляющие символы", en: "contains control characters")
}
