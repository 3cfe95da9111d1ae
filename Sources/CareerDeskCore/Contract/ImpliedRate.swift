import Foundation

/// The implied annual rate of a contract: the monthly internal rate of return r solving
/// F = Σ pₘ / (1 + r)^m over the payment months, stated as 12 × r × 100 % — the nominal form
/// of 353-FZ's full cost of credit (i × periods per year × 100).
///
/// The rate is not money, so it is solved in `Double` (bisection); every amount it reads is
/// exact kopecks.
public enum ImpliedRate {
    /// The monthly IRR of −`funded` at month 0 and `payments` at their months; nil when nothing
    /// was paid or nothing was funded (no rate describes those flows).
    public static func monthlyIRR(funded: Money, payments: [(month: Int, amount: Money)]) -> Double? {
        let flows = payments.filter { $0.amount > .zero }
        guard funded > .zero, !flows.isEmpty else { return nil }
        let f = Double(funded.kopecks)
        // NPV falls strictly as r rises (every payment is positive), from +∞ near r = −1 to −F
        // as r → ∞, so exactly one root lies between; bisection finds it without a starting guess.
        func npv(_ r: Double) -> Double {
            let logBase = log1p(r)
            return flows.reduce(-f) { sum, flow in
                sum + Double(flow.amount.kopecks) * exp(-Double(flow.month) * logBase)
            }
        }
        var low = -0.999_999
        var high = 1.0
        while npv(high) > 0 && high < 1e6 { high *= 2 }
        if npv(low) < 0 { return low }
        for _ in 0..<200 {
            let mid = (low + high) / 2
            if npv(mid) > 0 { low = mid } else { high = mid }
            if high - low < 1e-15 { break }
        }
        return (low + high) / 2
    }

    /// 12 × `monthly` × 100, rounded half away from zero to two decimals (a percentage).
    public static func annualPercentage(monthly: Double) -> Double {
        (monthly * 12 * 100 * 100).rounded(.toNearestOrAwayFromZero) / 100
    }

    /// The net present value at a monthly rate: what the tests use to check a found rate.
    public static func netPresentValue(
        funded: Money, payments: [(month: Int, amount: Money)], monthlyRate: Double
    ) -> Double {
        payments.reduce(-Double(funded.kopecks)) { sum, flow in
            sum + Double(flow.amount.kopecks) / pow(1 + monthlyRate, Double(flow.month))
        }
    }
}
