/// Messages for data refused because it could act on a terminal or a spreadsheet.
public enum InputSafetyText {
    public static let controlCharacters = LocalizedText(
        ru: "недопустимые управляющие символы (escape-последовательности, переопределение направления текста)",
        en: "contains control characters (escape sequences, bidirectional overrides)")
    public static let formulaLike = LocalizedText(
        ru: "значение начинается с «{first}» — так начинаются формулы электронных таблиц; уберите этот знак",
        en: "the value starts with \"{first}\", as spreadsheet formulas do; remove that character")
}
