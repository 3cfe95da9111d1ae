/// One problem with one field, with a message for the person in both languages.
public struct ValidationProblem: Hashable, Sendable, CustomStringConvertible {
    /// The field's path in the case JSON, e.g. `seeker.snils`.
    public let field: String
    public let message: LocalizedText

    public init(field: String, message: LocalizedText) {
        self.field = field
        self.message = message
    }

    public func text(_ language: Language) -> String { "\(field): \(message(language))" }

    public var description: String { text(.en) }
}
