import Foundation

/// An amount of roubles held as whole kopecks: money is never floating point.
///
/// In JSON it is a decimal string with two fraction digits (`"120000.00"`), because a JSON
/// number would pass through `Double` in most readers.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The amount in kopecks (1/100 of a rouble).
    public var kopecks: Int64

    public init(kopecks: Int64) { self.kopecks = kopecks }

    /// Whole roubles, e.g. `Money(roubles: 120_000)`.
    public init(roubles: Int64) { self.kopecks = roubles * 100 }

    public static let zero = Money(kopecks: 0)

    /// Parses what a person or a file writes: `120000`, `120000.5`, `120 000,50`, `-15.25`.
    /// Spaces (also no-break and thin spaces) group digits; `.` or `,` separates kopecks.
    /// Returns nil for anything else, including more than two fraction digits and amounts
    /// beyond `CaseBounds.moneyKopecks` (±10 000 000 000,00 ₽), so sums of them cannot overflow.
    public init?(parsing text: String) {
        var s = text.trimmingCharacters(in: .whitespaces)
        s.removeAll { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "_" }
        if s.hasSuffix("₽") { s.removeLast() }
        var negative = false
        if s.hasPrefix("-") {
            negative = true
            s.removeFirst()
        }
        let parts = s.split(separator: s.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !whole.isEmpty, whole.count <= 15, whole.allSatisfy(\.isASCIIDigit),
            fraction.count <= 2, fraction.allSatisfy(\.isASCIIDigit),
            parts.count == 1 || !fraction.isEmpty
        else { return nil }
        guard let roubles = Int64(whole) else { return nil }
        var kop = Int64(fraction) ?? 0
        if fraction.count == 1 { kop *= 10 }
        let value = roubles * 100 + kop
        guard CaseBounds.moneyKopecks.contains(value) else { return nil }
        self.kopecks = negative ? -value : value
    }

    /// The JSON form: `"120000.00"`, `"-0.50"`.
    public var decimalString: String {
        let sign = kopecks < 0 ? "-" : ""
        let magnitude = kopecks.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public var description: String { decimalString }

    /// For a person: `120 000,00 ₽` in Russian, `RUB 120,000.00` in English.
    public func formatted(_ language: Language, kopecks showKopecks: Bool = true) -> String {
        let magnitude = kopecks.magnitude
        let groupSeparator = language == .ru ? "\u{00A0}" : ","
        var digits = String(magnitude / 100)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        var number = groups.joined(separator: groupSeparator)
        if showKopecks {
            let fraction = magnitude % 100
            number += (language == .ru ? "," : ".") + (fraction < 10 ? "0" : "") + String(fraction)
        }
        let sign = kopecks < 0 ? "-" : ""
        switch language {
        case .ru: return "\(sign)\(number)\u{00A0}₽"
        case .en: return "\(sign)RUB\u{00A0}\(number)"
        }
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.kopecks < rhs.kopecks }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(kopecks: lhs.kopecks + rhs.kopecks) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(kopecks: lhs.kopecks - rhs.kopecks) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.kopecks += rhs.kopecks }
    public static func -= (lhs: inout Money, rhs: Money) { lhs.kopecks -= rhs.kopecks }

    /// Multiplies by a rate in basis points (1 % = 100 bp), rounding half up (away from zero) to kopecks.
    public func applying(basisPoints: Int64) -> Money {
        let product = kopecks * basisPoints
        let (quotient, remainder) = product.quotientAndRemainder(dividingBy: 10_000)
        if remainder.magnitude * 2 >= 10_000 { return Money(kopecks: quotient + (product < 0 ? -1 : 1)) }
        return Money(kopecks: quotient)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Money(strictDecimal: text) else {
            // The codes are `FieldFault`'s: the reader words them, and never quotes the amount.
            let bounds = CaseBounds.moneyKopecks
            let fault: FieldFault =
                Self.hasDecimalShape(text)
                ? .amountOutOfRange(min: bounds.lowerBound, max: bounds.upperBound) : .money
            throw DecodingError.dataCorruptedError(in: container, debugDescription: fault.code)
        }
        self = value
    }

    /// `-`, digits, `.`, two digits: the JSON form whatever the amount's size.
    static func hasDecimalShape(_ text: String) -> Bool {
        let b = Array(text.utf8.prefix(64))
        let digits = b.first == UInt8(ascii: "-") ? b.dropFirst() : b[...]
        guard digits.count >= 4, b.count < 64, digits[digits.endIndex - 3] == UInt8(ascii: ".") else { return false }
        return digits.enumerated().allSatisfy { i, c in
            i == digits.count - 3 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(decimalString)
    }

    /// The JSON form only: optional `-`, digits, `.`, exactly two digits.
    init?(strictDecimal text: String) {
        let scalars = Array(text.utf8)
        guard scalars.count >= 4, scalars.count <= 20, scalars[scalars.count - 3] == UInt8(ascii: ".") else {
            return nil
        }
        guard let value = Money(parsing: text), !text.contains(" ") else { return nil }
        self = value
    }
}

extension Character {
    public var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
