/// SNILS, the insurance number of an individual's personal account: 11 digits, `XXX-XXX-XXX YY`,
/// the last two a check number over the first nine (Pension Fund of Russia's published algorithm).
public enum SNILS {
    /// The digits of `text` when it is written as 11 digits with optional dashes and spaces.
    public static func digits(of text: String) -> [Int]? {
        var digits: [Int] = []
        for ch in text {
            if let d = ch.wholeNumberValue, ch.isASCII {
                digits.append(d)
            } else if ch != "-" && ch != " " && ch != "\u{00A0}" {
                return nil
            }
        }
        return digits.count == 11 ? digits : nil
    }

    /// The check number of the first nine digits: the sum of each digit times its position
    /// counted from the right (9…1); below 100 it is the sum, 100 and 101 give 00, above that
    /// the remainder of division by 101 (where 100 again gives 00).
    public static func checkNumber(_ nine: [Int]) -> Int {
        let sum = zip(nine, (1...9).reversed()).reduce(0) { $0 + $1.0 * $1.1 }
        if sum < 100 { return sum }
        if sum == 100 || sum == 101 { return 0 }
        let rest = sum % 101
        return rest == 100 ? 0 : rest
    }

    /// Numbers up to 001-001-998 were issued before the check number existed and are not checked.
    public static func isValid(_ text: String) -> Bool {
        guard let d = digits(of: text) else { return false }
        let nine = Array(d.prefix(9))
        let number = nine.reduce(0) { $0 * 10 + $1 }
        guard number > 1_001_998 else { return true }
        return checkNumber(nine) == d[9] * 10 + d[10]
    }

    /// `112-233-445 95`; nil when the text is not 11 digits.
    public static func normalized(_ text: String) -> String? {
        guard let d = digits(of: text) else { return nil }
        let s = d.map(String.init).joined()
        let c = Array(s)
        return "\(String(c[0..<3]))-\(String(c[3..<6]))-\(String(c[6..<9])) \(String(c[9..<11]))"
    }
}
