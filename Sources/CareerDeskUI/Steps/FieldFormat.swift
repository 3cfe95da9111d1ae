import CareerDeskCore
import TerminalKit

/// How the desk's fields write dates, months and amounts: the same way as everything else on
/// the screen in that language (Russian `23.11.2026`, `11.2026`, `48 000,50`; English
/// `2026-11-23`, `2026-11`, `48,000.50`). Masked fields hold only what was typed (the digits,
/// and the decimal separator of an amount); the mask shows the rest.
enum FieldFormat {
    static func dateMask(_ l: Language) -> InputMask {
        l == .ru ? .pattern("##.##.####", placeholder: "ДД.ММ.ГГГГ") : .pattern("####-##-##", placeholder: "YYYY-MM-DD")
    }

    static func monthMask(_ l: Language) -> InputMask {
        l == .ru ? .pattern("##.####", placeholder: "ММ.ГГГГ") : .pattern("####-##", placeholder: "YYYY-MM")
    }

    static func moneyMask(_ l: Language) -> InputMask { l == .ru ? .money : .moneyEnglish }

    /// What a date field holds for `date`: its digits in the language's order.
    static func dateField(_ date: LocalDate?, _ l: Language) -> String {
        date.map { $0.formatted(l).filter(\.isASCIIDigit) } ?? ""
    }

    /// What a money field holds for `money` (empty for none): `48000`, `48000,5` / `48000.5`.
    static func moneyField(_ money: Money?, _ l: Language) -> String {
        guard let money else { return "" }
        let magnitude = money.kopecks.magnitude
        var text = (money.kopecks < 0 ? "-" : "") + String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction != 0 {
            text += (l == .ru ? "," : ".") + (fraction < 10 ? "0" : "") + String(fraction)
        }
        return text
    }

    /// The amount a money field shows (`48 000,50`, `48,000.50`), or nil when it is not one.
    static func money(_ shown: String, _ l: Language) -> Money? {
        Money(parsing: l == .ru ? shown : shown.replacingOccurrences(of: ",", with: ""))
    }

    /// Whether the field shows an amount past the ceiling (a message then names the maximum).
    static func isBeyondCeiling(_ shown: String, _ l: Language) -> Bool {
        Money.isBeyondCeiling(l == .ru ? shown : shown.replacingOccurrences(of: ",", with: ""))
    }
}
