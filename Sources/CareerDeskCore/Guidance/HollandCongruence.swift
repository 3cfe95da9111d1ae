import Foundation

/// Interest fit between a seeker's and an occupation's Holland codes: Iachan's M index (1984).
///
/// Each letter of the seeker's code that appears in the occupation's code earns a weight by the
/// two positions: 22 for first-first, 10 for first-second, 4 for first-third, 5 for second-
/// second, 2 for second-third, 1 for third-third (symmetric). The sum runs from 0 to 28; the
/// fit is that sum scaled to 0–100 and rounded half up.
public enum HollandCongruence {
    static let weights = [[22, 10, 4], [10, 5, 2], [4, 2, 1]]
    public static let maximum = 28

    /// Iachan's M, 0–28.
    public static func iachan(_ seeker: String, _ occupation: String) -> Int {
        if let sum = asciiIachan(seeker, occupation) { return sum }
        let p = Array(seeker.prefix(3))
        let o = Array(occupation.prefix(3))
        var total = 0
        for (i, letter) in p.enumerated() {
            if let j = o.firstIndex(of: letter) { total += weights[i][j] }
        }
        return total
    }

    /// `iachan` over the bytes when both codes are ASCII without a carriage return (so each byte
    /// is one character), as Holland codes are: no arrays of characters per outcome ranked.
    static func asciiIachan(_ seeker: String, _ occupation: String) -> Int? {
        var p: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var o: (UInt8, UInt8, UInt8) = (0, 0, 0)
        guard let pCount = firstThree(seeker, into: &p), let oCount = firstThree(occupation, into: &o) else {
            return nil
        }
        var total = 0
        for i in 0..<pCount {
            let letter = i == 0 ? p.0 : i == 1 ? p.1 : p.2
            if oCount > 0, o.0 == letter {
                total += weights[i][0]
            } else if oCount > 1, o.1 == letter {
                total += weights[i][1]
            } else if oCount > 2, o.2 == letter {
                total += weights[i][2]
            }
        }
        return total
    }

    /// The first three bytes and how many there are, or nil unless the whole text is ASCII without "\r".
    private static func firstThree(_ text: String, into letters: inout (UInt8, UInt8, UInt8)) -> Int? {
        var count = 0
        for byte in text.utf8 {
            guard byte < 0x80, byte != UInt8(ascii: "\r") else { return nil }
            switch count {
            case 0: letters.0 = byte
            case 1: letters.1 = byte
            case 2: letters.2 = byte
            default: break
            }
            count += 1
        }
        return min(count, 3)
    }

    /// The fit as a score part, 0–100.
    public static func fit(_ seeker: String, _ occupation: String) -> Int {
        (2 * iachan(seeker, occupation) * 100 + maximum) / (2 * maximum)
    }
}
