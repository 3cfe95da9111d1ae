import Foundation

/// The two UI languages. Russian is the default; English is chosen by the locale or `--lang`.
public enum Language: String, CaseIterable, Codable, Sendable {
    case ru
    case en

    /// The language named by the environment: `CAREERDESK_LANG`, then `LC_ALL`, `LC_MESSAGES`, `LANG`.
    /// Only the language part is read (`en_GB.UTF-8` → English), so a locale that is not installed
    /// on the machine still chooses the UI language. A locale of another language (`de_DE`) gets
    /// English, the more widely read of the two; `C`, `POSIX` or nothing at all name no language,
    /// so the product's default, Russian, applies.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Language
    {
        for key in ["CAREERDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            let lower = value.lowercased()
            if lower.hasPrefix("en") { return .en }
            if lower.hasPrefix("ru") { return .ru }
            if key == "CAREERDESK_LANG" { continue }
            // "C", "POSIX" and "C.UTF-8" say nothing about the language: keep looking.
            if lower == "c" || lower == "posix" || lower.hasPrefix("c.") || lower.hasPrefix("posix.") { continue }
            return .en
        }
        return .ru
    }

    /// The process's UI language.
    public static var current: Language { fromEnvironment() }
}

/// A piece of UI text in both languages. Every table of texts is built of these, so a
/// missing translation is a compile error, not a blank on the screen.
public struct LocalizedText: Hashable, Sendable {
    public let ru: String
    public let en: String

    public init(ru: String, en: String) {
        self.ru = ru
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String {
        language == .ru ? ru : en
    }

    /// Replaces `{name}` placeholders in both languages. The values are data (a name, a file name,
    /// a parser's complaint), so their control characters — escape sequences, bidi overrides — are
    /// made harmless first: a message built here can go to a terminal as it is.
    public func with(_ values: [String: String]) -> LocalizedText {
        let safe = values.mapValues { TextColumns.sanitized($0, keepNewlines: true) }
        return LocalizedText(ru: Self.fill(ru, safe), en: Self.fill(en, safe))
    }

    /// Replaces `{name}` with a value that differs by language (a figure written the Russian
    /// or the English way, another localised text).
    public func with(_ name: String, _ value: LocalizedText) -> LocalizedText {
        LocalizedText(
            ru: Self.fill(ru, [name: TextColumns.sanitized(value.ru, keepNewlines: true)]),
            en: Self.fill(en, [name: TextColumns.sanitized(value.en, keepNewlines: true)]))
    }

    /// Quotation marks a template puts around a placeholder: Russian «», English “”.
    private static let quotes: [(String, String)] = [("«", "»"), ("“", "”")]

    /// One pass over the template: a value is never searched for placeholders itself (a name
    /// holding "{count}" stays as typed), and unknown placeholders stay as written.
    private static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.utf8.firstIndex(of: 0x7B) {
            let afterOpen = rest.utf8.index(after: open)
            out += rest[..<open]
            // The name runs to the next `}` unless another `{` comes first: then this `{` is
            // text, and the search goes on from the next one.
            if let close = rest[afterOpen...].utf8.firstIndex(where: { $0 == 0x7D || $0 == 0x7B }),
                rest.utf8[close] == 0x7D, let value = values[String(rest[afterOpen..<close])]
            {
                var after = rest[rest.utf8.index(after: close)...]
                // A value with quotes of its own (a programme named «Зарабатываем вместе» …, АО «ТехноСвар»)
                // is not quoted again: «{x}» gives «Зарабатываем вместе» …, never ««…» …».
                if let quote = quotes.first(where: { out.hasSuffix($0.0) && after.hasPrefix($0.1) }),
                    value.contains(quote.0)
                {
                    out.removeLast()
                    after = after.dropFirst()
                }
                out += value
                rest = after
            } else {
                out += "{"
                rest = rest[afterOpen...]
            }
        }
        return out + rest
    }
}
