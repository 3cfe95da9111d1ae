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
    public init(roubles: Int64) {
        let (value, overflow) = roubles.multipliedReportingOverflow(by: 100)
        self.kopecks = overflow ? (roubles < 0 ? .min : .max) : value
    }

    public static let zero = Money(kopecks: 0)

    /// Parses what a person or a file writes: `120000`, `120000.5`, `120 000,50`, `-15.25`.
    /// Spaces (also no-break and thin spaces) group digits; `.` or `,` separates kopecks.
    /// Returns nil for anything else, including more than two fraction digits and amounts
    /// beyond `CaseBounds.moneyKopecks` (±10 000 000 000,00 ₽), so sums of them cannot overflow.
    public init?(parsing text: String) {
        guard let value = Self.parse(text), Self.ceiling.contains(value) else { return nil }
        self.kopecks = value
    }

    /// The largest amount a case, a command or the desk takes: `CaseBounds.moneyKopecks`.
    public static let ceiling = CaseBounds.moneyKopecks
    public static let maximum = Money(kopecks: CaseBounds.moneyKopecks.upperBound)

    /// Whether `text` is written as an amount but is beyond the ceiling, so a message can name
    /// the maximum rather than call it "not an amount".
    public static func isBeyondCeiling(_ text: String) -> Bool {
        guard let value = parse(text) else { return false }
        return !ceiling.contains(value)
    }

    /// The amount in kopecks as written (up to 15 digits of roubles, so it fits an Int64), or nil.
    private static func parse(_ text: String) -> Int64? {
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
        return negative ? -value : value
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
    // Every operation is checked: amounts within the ceiling never come near Int64's limits
    // (CaseBounds says why), and a result that would overflow saturates at Int64.min/max, far
    // past the ceiling, where validators and commands refuse it — it never traps (issue 17.13:
    // `simulate`, `print` and `export` used to die with exit 132).
    public static func + (lhs: Money, rhs: Money) -> Money {
        let (sum, overflow) = lhs.kopecks.addingReportingOverflow(rhs.kopecks)
        return Money(kopecks: overflow ? (rhs.kopecks < 0 ? .min : .max) : sum)
    }
    public static func - (lhs: Money, rhs: Money) -> Money {
        let (difference, overflow) = lhs.kopecks.subtractingReportingOverflow(rhs.kopecks)
        return Money(kopecks: overflow ? (rhs.kopecks > 0 ? .min : .max) : difference)
    }
    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
    public static func -= (lhs: inout Money, rhs: Money) { lhs = lhs - rhs }

    /// Whether the amount is within the ceiling (`Money.ceiling`).
    public var isWithinCeiling: Bool { Self.ceiling.contains(kopecks) }

    /// Multiplies by a rate in basis points (1 % = 100 bp), rounding half up (away from zero) to
    /// kopecks; saturates instead of overflowing, like `+`.
    public func applying(basisPoints: Int64) -> Money {
        let (product, overflow) = kopecks.multipliedReportingOverflow(by: basisPoints)
        if overflow { return Money(kopecks: (kopecks < 0) != (basisPoints < 0) ? .min : .max) }
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
