import Foundation

/// The bounds of the numbers a case may hold. Anything read from a file outside them is
/// refused, so no later arithmetic on it can overflow.
public enum CaseBounds {
    /// A case's revision: a billion saves is far beyond any case's life.
    public static let revision: ClosedRange<Int64> = 1...1_000_000_000
    /// Any money amount, in kopecks: ±10 billion roubles leaves room for sums and multiples.
    public static let money: ClosedRange<Int64> = -1_000_000_000_000...1_000_000_000_000
}
