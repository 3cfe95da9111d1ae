/// Messages of the case store and the case-file reader.
public enum StoreText {
    public static let unreadable = LocalizedText(ru: "не удаётся прочитать: {reason}", en: "cannot be read: {reason}")
    public static let tooLarge = LocalizedText(
        ru: "файл слишком большой ({size} МБ, предел {limit} МБ)", en: "file too large ({size} MB, limit {limit} MB)")
    public static let emptyFile = LocalizedText(
        ru: "файл пуст (оборван при записи?)", en: "the file is empty (cut off?)")
    public static let truncated = LocalizedText(
        ru: "файл обрывается на середине (запись была прервана?)", en: "the file stops midway (was a write cut off?)")
    public static let notUTF8 = LocalizedText(ru: "не текст UTF-8", en: "not UTF-8 text")
    public static let tooDeep = LocalizedText(
        ru: "вложенность глубже {limit} уровней — это не дело",
        en: "nested deeper than {limit} levels — not a case file")
    public static let notJSON = LocalizedText(ru: "не JSON", en: "not JSON")
    public static let notJSONAt = LocalizedText(
        ru: "не JSON (строка {line}, позиция {column})", en: "not JSON (line {line}, column {column})")
    public static let notAnObject = LocalizedText(
        ru: "ожидался объект JSON с делом", en: "expected a JSON object holding a case")
    public static let missingSchemaVersion = LocalizedText(
        ru: "нет schemaVersion — не файл дела CareerDesk", en: "no schemaVersion — not a CareerDesk case file")
    public static let unknownSchemaVersion = LocalizedText(
        ru: "версия формата {version} неизвестна (эта программа знает до {current}) — обновите CareerDesk",
        en: "schema version {version} is unknown (this program knows up to {current}) — update CareerDesk")
    public static let invalidField = LocalizedText(ru: "поле {path}: {reason}", en: "field {path}: {reason}")
    public static let idMismatch = LocalizedText(
        ru: "имя файла {file} не совпадает с номером дела {id}", en: "file name {file} does not match case id {id}")

    // Why one field is refused (`FieldFault`); `{kind}` is one of the kinds below.
    public static let expectedKind = LocalizedText(ru: "ожидается: {kind}", en: "expected {kind}")
    public static let nullInstead = LocalizedText(
        ru: "стоит null, а ожидается: {kind}", en: "expected {kind}, found null")
    public static let fieldMissing = LocalizedText(ru: "поле отсутствует", en: "missing")
    public static let duplicateKey = LocalizedText(
        ru: "ключ встречается дважды", en: "the key appears twice")
    public static let badCaseID = LocalizedText(
        ru: "номер дела должен иметь вид SAK-2026-000042", en: "case id must look like SAK-2026-000042")
    public static let badMoney = LocalizedText(
        ru: "сумма должна быть десятичной строкой вида \"120000.00\"",
        en: "money must be a decimal string like \"120000.00\"")
    public static let badDate = LocalizedText(
        ru: "дата должна иметь вид ГГГГ-ММ-ДД (2026-11-23)", en: "date must be YYYY-MM-DD")
    public static let badTime = LocalizedText(
        ru: "время должно быть в ISO 8601, например 2026-11-23T10:15:00Z",
        en: "time must be ISO 8601 like 2026-11-23T10:15:00Z")
    public static let unknownChoice = LocalizedText(
        ru: "значение не из списка допустимых", en: "not one of the allowed values")
    public static let outOfRange = LocalizedText(
        ru: "число вне допустимых пределов {min}…{max}", en: "number outside the bounds {min}…{max}")
    public static let amountOutOfRange = LocalizedText(
        ru: "сумма вне допустимых пределов {min}…{max}", en: "amount outside the bounds {min}…{max}")
    public static let invalidValue = LocalizedText(ru: "недопустимое значение", en: "invalid value")
    public static let kindString = LocalizedText(ru: "строка", en: "a string")
    public static let kindInteger = LocalizedText(ru: "целое число", en: "an integer")
    public static let kindNumber = LocalizedText(ru: "число", en: "a number")
    public static let kindBoolean = LocalizedText(ru: "логическое значение (true или false)", en: "true or false")
    public static let kindArray = LocalizedText(ru: "массив", en: "an array")
    public static let kindObject = LocalizedText(ru: "объект", en: "an object")
    public static let kindValue = LocalizedText(ru: "значение", en: "a value")

    public static let notFound = LocalizedText(ru: "дело {id} не найдено", en: "case {id} not found")
    public static let alreadyExists = LocalizedText(
        ru: "дело {id} уже есть (--replace, чтобы заменить)", en: "case {id} already exists (--replace to replace it)")
    public static let locked = LocalizedText(
        ru: "дело {id} открыто на другом рабочем месте: {holder} (с {since}) — только просмотр",
        en: "case {id} is open at another desk: {holder} (since {since}) — read-only")
    public static let staleRevision = LocalizedText(
        ru:
            "дело {id} уже изменено на другом рабочем месте (версия {disk}, у вас {yours}) — ваши правки не записаны поверх; откройте дело заново",
        en:
            "case {id} was changed at another desk (revision {disk}, yours {yours}) — nothing was overwritten; reopen the case"
    )
    public static let damaged = LocalizedText(ru: "{file}: {reason}", en: "{file}: {reason}")
    public static let writeFailed = LocalizedText(
        ru: "не удалось записать {file}: {reason} — прежняя версия цела",
        en: "could not write {file}: {reason} — the previous version is intact")
    public static let consentMissing = LocalizedText(
        ru: "без согласия на обработку персональных данных дело не сохраняется",
        en: "a case is not saved without consent to personal-data processing")
    public static let sequenceExhausted = LocalizedText(
        ru: "номера дел региона {region} за {year} год исчерпаны", en: "case numbers for {region} in {year} are used up"
    )
    public static let linkInStore = LocalizedText(
        ru:
            "{path} — символическая ссылка; хранилище, части которого — ссылки, не открывается (запись ушла бы за его пределы)",
        en: "{path} is a symbolic link; a store whose parts are links is not opened (writes would go outside it)")
    public static let readOnlyStore = LocalizedText(
        ru: "хранилище {path} открыто только для чтения — изменения не записываются",
        en: "the store {path} is read-only — changes are not written")
    public static let readOnlyNotice = LocalizedText(
        ru: "хранилище только для чтения: просмотр, проверка и выгрузка работают, изменения не записываются",
        en: "read-only store: viewing, validation and export work; changes are not written")
    public static let duplicateSNILS = LocalizedText(
        ru: "СНИЛС уже есть в деле {id} (--allow-duplicate, чтобы всё же открыть новое дело)",
        en: "this SNILS is already in case {id} (--allow-duplicate to open a new case anyway)")
    public static let revisionExhausted = LocalizedText(
        ru: "дело {id}: номер версии достиг предела {limit} — сохранение невозможно",
        en: "case {id}: the revision number reached its limit {limit} — it cannot be saved")
    public static let indexRepairedRows = LocalizedText(
        ru: "индекс дел: {count} повреждённых записей найдено и восстановлено по файлам дел",
        en: "case index: {count} damaged entries found and rebuilt from the case files")
    public static let indexRebuilt = LocalizedText(
        ru: "индекс дел был повреждён (не база SQLite или её файл испорчен) — построен заново по файлам дел",
        en: "the case index was damaged (not an SQLite database, or its file corrupt) — rebuilt from the case files")
    public static let indexProgress = LocalizedText(
        ru: "построение индекса дел", en: "building the case index")
    public static let auditNotWritten = LocalizedText(
        ru: "дело {id} сохранено (версия {revision}), но запись в журнал аудита не сделана: {reason}",
        en: "case {id} was saved (revision {revision}) but the audit record could not be written: {reason}")
}

/// The notice lines for damage the index repaired in itself.
public enum IndexRepairsText {
    public static func lines(_ repairs: IndexRepairs, _ language: Language) -> [String] {
        var lines: [String] = []
        if repairs.rebuiltFile { lines.append(StoreText.indexRebuilt(language)) }
        if repairs.rows > 0 {
            lines.append(StoreText.indexRepairedRows.with(["count": String(repairs.rows)])(language))
        }
        return lines
    }
}
