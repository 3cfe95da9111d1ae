import Foundation

/// Texts of the catalog: loading, checking, CSV import and `careerdesk catalog list`.
public enum CatalogText {
    // MARK: Finding and loading

    public static let notFound = LocalizedText(
        ru: "Каталог не найден (нужен каталог с regions.json). Укажите --data КАТАЛОГ или CAREERDESK_DATA. Искали:",
        en: "No catalog found (a directory with regions.json). Give --data DIR or set CAREERDESK_DATA. Searched:")
    public static let notACatalog = LocalizedText(
        ru: "{path}: это не каталог CareerDesk (нет regions.json)",
        en: "{path}: not a CareerDesk catalog (no regions.json)")
    public static let missingFile = LocalizedText(ru: "{path}: файл не найден", en: "{path}: file not found")

    // MARK: Checking entries

    public static let duplicate = LocalizedText(ru: "повторяется", en: "appears twice")
    public static let required = LocalizedText(ru: "обязательно", en: "required")
    public static let positive = LocalizedText(ru: "должно быть больше нуля", en: "must be more than zero")
    public static let notNegative = LocalizedText(ru: "не может быть отрицательным", en: "cannot be negative")
    public static let percent = LocalizedText(ru: "процент от 0 до 100", en: "a percentage from 0 to 100")
    public static let badRegionCode = LocalizedText(
        ru: "код региона — три латинские заглавные буквы", en: "a region code is three capital Latin letters")
    public static let badOccupationCode = LocalizedText(
        ru: "код ОКЗ — четыре цифры", en: "an OKZ code is four digits")
    public static let badOccupationCodeValue = LocalizedText(
        ru: "код ОКЗ — четыре цифры, получено «{value}»", en: "an OKZ code is four digits, got \"{value}\"")
    public static let badHollandCode = LocalizedText(
        ru: "код Холланда — три разные буквы из RIASEC, получено «{value}»",
        en: "a Holland code is three different letters of RIASEC, got \"{value}\"")
    public static let ownBusinessCode = LocalizedText(
        ru: "код направления «своё дело» — own-business", en: "the own-business track's code is own-business")
    public static let unknownRegion = LocalizedText(
        ru: "неизвестный регион «{value}»", en: "unknown region \"{value}\"")
    public static let unknownSkill = LocalizedText(ru: "неизвестный навык «{value}»", en: "unknown skill \"{value}\"")
    public static let unknownOccupation = LocalizedText(
        ru: "неизвестный код профессии «{value}»", en: "unknown occupation code \"{value}\"")
    public static let courseFormatAny = LocalizedText(
        ru: "формат курса — inPerson, online или blended", en: "a course's format is inPerson, online or blended")
    public static let onlineFormat = LocalizedText(
        ru: "курс с регионом online должен иметь формат online",
        en: "a course whose region is online must have the format online")
    public static let typeWithoutItems = LocalizedText(
        ru: "нет вопросов для типа {type}", en: "no items for type {type}")

    // MARK: CSV import

    public static let notUTF8 = LocalizedText(
        ru: "файл не в кодировке UTF-8 (похоже, Windows-1251). Сохраните его как «CSV UTF-8» и повторите импорт",
        en: "the file is not UTF-8 text (Windows-1251, perhaps). Save it as \"CSV UTF-8\" and import again")
    public static let emptyFile = LocalizedText(ru: "в файле нет строк с данными", en: "the file has no data rows")
    public static let cannotRead = LocalizedText(ru: "не удаётся прочитать файл", en: "cannot read the file")
    public static let missingColumn = LocalizedText(
        ru: "нет обязательного столбца", en: "required column is missing")
    public static let emptyValue = LocalizedText(ru: "пустое значение", en: "value is empty")
    public static let notWholeNumber = LocalizedText(
        ru: "не целое число: «{value}»", en: "not a whole number: \"{value}\"")
    public static let notNumber = LocalizedText(ru: "не число: «{value}»", en: "not a number: \"{value}\"")
    public static let notMoney = LocalizedText(
        ru: "не сумма в рублях: «{value}»", en: "not an amount of roubles: \"{value}\"")
    public static let notDate = LocalizedText(
        ru: "не дата ГГГГ-ММ-ДД или ДД.ММ.ГГГГ: «{value}»", en: "not a date YYYY-MM-DD or DD.MM.YYYY: \"{value}\"")
    public static let outOfRange = LocalizedText(
        ru: "«{value}» вне диапазона {min}–{max}", en: "\"{value}\" is outside {min}–{max}")
    public static let notOneOf = LocalizedText(
        ru: "«{value}» — допустимо: {allowed}", en: "\"{value}\" is not one of: {allowed}")
    public static let duplicateRow = LocalizedText(
        ru: "курс {value} уже есть в строке {line}", en: "course {value} already appears on line {line}")
    public static let imported = LocalizedText(
        ru: "Импортировано строк: {rows}; добавлено: {added}, обновлено: {updated}; всего в {file}: {total}",
        en: "Imported {rows} rows: {added} added, {updated} updated; {total} in {file}")

    // MARK: catalog list

    public static let listRegions = LocalizedText(ru: "Регионы", en: "Regions")
    public static let listOccupations = LocalizedText(ru: "Профессии", en: "Occupations")
    public static let listCourses = LocalizedText(ru: "Курсы", en: "Courses")
    public static let listProgrammes = LocalizedText(ru: "Программы", en: "Programmes")
    public static let columnCode = LocalizedText(ru: "Код", en: "Code")
    public static let columnName = LocalizedText(ru: "Название", en: "Name")
    public static let columnHolland = LocalizedText(ru: "Холланд", en: "Holland")
    public static let columnWage = LocalizedText(ru: "Медиана з/п", en: "Median wage")
    public static let columnDemand = LocalizedText(ru: "Спрос", en: "Demand")
    public static let columnProvider = LocalizedText(ru: "Организация", en: "Provider")
    public static let columnRegion = LocalizedText(ru: "Регион", en: "Region")
    public static let columnCost = LocalizedText(ru: "Стоимость", en: "Cost")
    public static let columnStart = LocalizedText(ru: "Начало", en: "Starts")
    public static let columnHours = LocalizedText(ru: "Часы", en: "Hours")
    public static let columnMunicipalities = LocalizedText(ru: "Муниципалитеты", en: "Municipalities")
    public static let columnShare = LocalizedText(ru: "Доля", en: "Share")
    public static let online = LocalizedText(ru: "онлайн", en: "online")
    public static let nationalFigures = LocalizedText(
        ru: "(по стране: нет данных по региону)", en: "(national: no figure for the region)")
    public static let count = LocalizedText(ru: "Всего: {count}", en: "Total: {count}")
}
