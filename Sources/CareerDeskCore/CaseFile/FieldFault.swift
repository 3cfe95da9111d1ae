import Foundation

/// Why one field of a case file is refused, put into words only when shown (ru or en).
///
/// `CaseFileError.invalidField` carries it as its `code`, a short stable text, so the index can
/// keep a refusal as text and give it back; model decoders throw the code as their
/// `debugDescription`, so the reader knows their refusals without reading English. No fault
/// quotes the value it refused: a case file is personal data.
public enum FieldFault: Hashable, Sendable {
    /// A value of another JSON type than the field's.
    case wrongType(expected: ValueKind)
    /// `null` where a value is required.
    case null(expected: ValueKind)
    case missing
    /// The key appears twice in one object (JSON readers disagree on which one counts).
    case duplicateKey
    case caseID
    case money
    case date
    case time
    /// A text that is none of the field's allowed values (`status`, `stage`, …).
    case unknownChoice
    /// A number outside the bounds `CaseBounds` gives the field.
    case outOfRange(min: Int64, max: Int64)
    /// An amount outside `CaseBounds.moneyKopecks` (the bounds in kopecks).
    case amountOutOfRange(min: Int64, max: Int64)
    /// Any other refusal of a value.
    case invalid

    /// The JSON type a field expects.
    public enum ValueKind: String, Hashable, Sendable, CaseIterable {
        case string, integer, number, boolean, array, object, value
    }

    /// The stable text `CaseFileError.invalidField` carries: `wrongType:integer`, `outOfRange:1:1000000000`.
    public var code: String {
        switch self {
        case .wrongType(let kind): "wrongType:" + kind.rawValue
        case .null(let kind): "null:" + kind.rawValue
        case .missing: "missing"
        case .duplicateKey: "duplicateKey"
        case .caseID: "caseID"
        case .money: "money"
        case .date: "date"
        case .time: "time"
        case .unknownChoice: "unknownChoice"
        case .outOfRange(let min, let max): "outOfRange:\(min):\(max)"
        case .amountOutOfRange(let min, let max): "amountOutOfRange:\(min):\(max)"
        case .invalid: "invalid"
        }
    }

    /// The fault a code names; nil for any other text (a reason written by an older version).
    public init?(code: String) {
        let parts = code.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch (parts.first ?? "", parts.count) {
        case ("wrongType", 2):
            guard let kind = ValueKind(rawValue: parts[1]) else { return nil }
            self = .wrongType(expected: kind)
        case ("null", 2):
            guard let kind = ValueKind(rawValue: parts[1]) else { return nil }
            self = .null(expected: kind)
        case ("missing", 1): self = .missing
        case ("duplicateKey", 1): self = .duplicateKey
        case ("caseID", 1): self = .caseID
        case ("money", 1): self = .money
        case ("date", 1): self = .date
        case ("time", 1): self = .time
        case ("unknownChoice", 1): self = .unknownChoice
        case ("outOfRange", 3):
            guard let min = Int64(parts[1]), let max = Int64(parts[2]) else { return nil }
            self = .outOfRange(min: min, max: max)
        case ("amountOutOfRange", 3):
            guard let min = Int64(parts[1]), let max = Int64(parts[2]) else { return nil }
            self = .amountOutOfRange(min: min, max: max)
        case ("invalid", 1): self = .invalid
        default: return nil
        }
    }

    /// A model decoder's complaint (its `debugDescription`) as a fault: the code it threw, an
    /// unknown enum value, or else `invalid`. The description itself is never shown.
    static func decoding(_ description: String) -> FieldFault {
        if let fault = FieldFault(code: description) { return fault }
        if description.hasPrefix("Cannot initialize") { return .unknownChoice }
        return .invalid
    }

    public func text(_ language: Language) -> String {
        switch self {
        case .wrongType(let kind): StoreText.expectedKind.with("kind", kind.text)(language)
        case .null(let kind): StoreText.nullInstead.with("kind", kind.text)(language)
        case .missing: StoreText.fieldMissing(language)
        case .duplicateKey: StoreText.duplicateKey(language)
        case .caseID: StoreText.badCaseID(language)
        case .money: StoreText.badMoney(language)
        case .date: StoreText.badDate(language)
        case .time: StoreText.badTime(language)
        case .unknownChoice: StoreText.unknownChoice(language)
        case .outOfRange(let min, let max):
            StoreText.outOfRange.with("min", Self.grouped(min)).with("max", Self.grouped(max))(language)
        case .amountOutOfRange(let min, let max):
            StoreText.amountOutOfRange.with([
                "min": Money(kopecks: min).formatted(language), "max": Money(kopecks: max).formatted(language),
            ])(language)
        case .invalid: StoreText.invalidValue(language)
        }
    }

    /// `1 000 000 000` in Russian (no-break spaces), `1,000,000,000` in English.
    static func grouped(_ value: Int64) -> LocalizedText {
        var digits = String(value.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        let sign = value < 0 ? "-" : ""
        return LocalizedText(
            ru: sign + groups.joined(separator: "\u{00A0}"), en: sign + groups.joined(separator: ","))
    }
}

extension FieldFault.ValueKind {
    /// `целое число` / `an integer`.
    var text: LocalizedText {
        switch self {
        case .string: StoreText.kindString
        case .integer: StoreText.kindInteger
        case .number: StoreText.kindNumber
        case .boolean: StoreText.kindBoolean
        case .array: StoreText.kindArray
        case .object: StoreText.kindObject
        case .value: StoreText.kindValue
        }
    }
}
