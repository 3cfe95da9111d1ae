/// Texts of the case index and of its benchmark (`make bench`, docs/performance.md).
public enum IndexText {
    public static let benchGenerating = LocalizedText(
        ru: "Создаю {count} синтетических дел в {path}…", en: "Generating {count} synthetic cases in {path}…")
    public static let benchGenerated = LocalizedText(
        ru: "создано за {seconds} с, {megabytes} МБ", en: "generated in {seconds} s, {megabytes} MB")
    public static let benchMeasuring = LocalizedText(ru: "Измеряю: {what}…", en: "Measuring: {what}…")
    public static let benchHeader = LocalizedText(
        ru: "показатель|значение|цель|простой инструмент|во сколько раз",
        en: "metric|value|target|plain tool|ratio")
    public static let benchNotMeasured = LocalizedText(ru: "не измерено", en: "not measured")
    public static let benchMissed = LocalizedText(ru: "ЦЕЛЬ НЕ ДОСТИГНУТА", en: "TARGET MISSED")
    public static let benchMet = LocalizedText(ru: "в норме", en: "met")
    public static let benchBinaryMissing = LocalizedText(
        ru: "рядом с бенчмарком нет {path} — соберите его: swift build -c release --product careerdesk",
        en: "{path} is not beside the benchmark — build it: swift build -c release --product careerdesk")
    public static let benchCommandFailed = LocalizedText(
        ru: "{command} завершилась с кодом {status}", en: "{command} exited with status {status}")
    public static let benchDeskUnavailable = LocalizedText(
        ru: "показатели стола не измерены: {reason}", en: "desk figures not measured: {reason}")
    public static let benchKept = LocalizedText(
        ru: "Хранилище оставлено: {path}", en: "Store kept: {path}")
    public static let benchExtra = LocalizedText(ru: "Дополнительно:", en: "Also measured:")
    public static let benchCases = LocalizedText(ru: "Дел в хранилище: {count}", en: "Cases in the store: {count}")
}
