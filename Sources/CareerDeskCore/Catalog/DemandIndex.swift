import Foundation

/// Vacancies per registered job seeker, held in hundredths so scoring stays integer (`1.85` is
/// 185). In JSON a plain number with up to two decimals.
public struct DemandIndex: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }

    /// Parses `1.85`, `1,85` (a decimal comma, as Russian spreadsheets write it) or `2`.
    /// Nil for negatives, more than two decimals or anything else.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let whole = parts.first, !whole.isEmpty, whole.count <= 6,
            whole.allSatisfy(\.isASCIIDigit)
        else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= 2, fraction.allSatisfy(\.isASCIIDigit), parts.count == 1 || !fraction.isEmpty,
            let w = Int(whole)
        else { return nil }
        var f = Int(fraction) ?? 0
        if fraction.count == 1 { f *= 10 }
        self.hundredths = w * 100 + f
    }

    /// `1.85`
    public var description: String { written(separator: ".") }

    /// `1,85` in Russian, `1.85` in English.
    public func formatted(_ language: Language) -> String { written(separator: language == .ru ? "," : ".") }

    /// `%d<separator>%02d` of the whole and the hundredths, without `String(format:)` (a career
    /// plan prints one per case, and a bulk export thousands).
    private func written(separator: String) -> String {
        let fraction = hundredths % 100
        // `%02d` pads 0…9 to two digits; a negative remainder is already two characters or more.
        let two = fraction >= 0 && fraction < 10 ? "0" + String(fraction) : String(fraction)
        return String(hundredths / 100) + separator + two
    }

    public static func < (lhs: DemandIndex, rhs: DemandIndex) -> Bool { lhs.hundredths < rhs.hundredths }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let value = DemandIndex(parsing: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "demand index must be a number like 1.85, got \"\(text.prefix(20))\"")
            }
            self = value
            return
        }
        let number = try container.decode(Double.self)
        // Two decimals survive the round trip through Double exactly once rounded to hundredths.
        guard number >= 0, number < 1_000_000 else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "demand index must be 0 or more")
        }
        self.hundredths = Int((number * 100).rounded())
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Double(hundredths) / 100)
    }
}
