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
        let p = Array(seeker.prefix(3))
        let o = Array(occupation.prefix(3))
        var total = 0
        for (i, letter) in p.enumerated() {
            if let j = o.firstIndex(of: letter) { total += weights[i][j] }
        }
        return total
    }

    /// The fit as a score part, 0–100.
    public static func fit(_ seeker: String, _ occupation: String) -> Int {
        (2 * iachan(seeker, occupation) * 100 + maximum) / (2 * maximum)
    }
}
