import Foundation

/// A catalog name or text in both UI languages; in JSON `{"ru": …, "en": …}`.
public struct LocalizedName: Codable, Hashable, Sendable {
    public var ru: String
    public var en: String

    public init(ru: String, en: String) {
        self.ru = ru
        self.en = en
    }

    public init(_ text: LocalizedText) {
        self.init(ru: text.ru, en: text.en)
    }

    public var text: LocalizedText { LocalizedText(ru: ru, en: en) }

    public func callAsFunction(_ language: Language) -> String { language == .ru ? ru : en }
}
