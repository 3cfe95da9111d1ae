import Foundation

/// The Russian taxpayer number (ИНН) and its check digits (Federal Tax Service order).
///
/// A legal entity's INN has 10 digits, the last a check digit; a person's (and a sole
/// trader's) has 12, the last two check digits. Each check digit is the weighted sum of the
/// digits before it, mod 11, mod 10.
public enum INN {
    private static let legalEntityWeights = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    private static let personWeights11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    private static let personWeights12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]

    /// What is wrong with an INN, for a message next to the field.
    public enum Problem: Error, Hashable, Sendable {
        /// Not 10 or 12 digits (after trimming spaces).
        case wrongLength
        /// A character other than an ASCII digit.
        case notDigits
        /// The digits are there but a check digit does not match.
        case checkDigit
    }

    /// Whether `text` (spaces around it ignored) is a 10- or 12-digit INN with correct check digits.
    public static func isValid(_ text: String) -> Bool { problem(text) == nil }

    /// The first thing wrong with `text`, or nil when it is a valid INN.
    public static func problem(_ text: String) -> Problem? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .notDigits }
        let digits = trimmed.compactMap { $0.wholeNumberValue }
        switch digits.count {
        case 10:
            return checkDigit(digits, legalEntityWeights) == digits[9] ? nil : .checkDigit
        case 12:
            let ok =
                checkDigit(digits, personWeights11) == digits[10] && checkDigit(digits, personWeights12) == digits[11]
            return ok ? nil : .checkDigit
        default:
            return .wrongLength
        }
    }

    private static func checkDigit(_ digits: [Int], _ weights: [Int]) -> Int {
        zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11 % 10
    }
}
