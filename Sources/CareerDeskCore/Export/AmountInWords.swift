import Foundation

/// An amount of money in words, as contracts write it beside the figures:
/// `сто двадцать тысяч рублей 00 копеек`, `one hundred twenty thousand roubles 00 kopecks`.
/// The word tables are grammar (Russian gender and plural forms), so they live with the algorithm.
public enum AmountInWords {
    public static func words(_ money: Money, _ language: Language) -> String {
        let magnitude = money.kopecks.magnitude
        let roubles = magnitude / 100
        let kopecks = Int(magnitude % 100)
        let kopeckDigits = (kopecks < 10 ? "0" : "") + String(kopecks)
        let minus = money.kopecks < 0 ? (language == .ru ? "минус " : "minus ") : ""
        switch language {
        case .ru:
            return minus + russian(roubles, feminine: false) + " " + russianPlural(roubles, rouble) + " "
                + kopeckDigits + " " + russianPlural(UInt64(kopecks), kopeck)
        case .en:
            return minus + english(roubles) + (roubles == 1 ? " rouble " : " roubles ") + kopeckDigits
                + (kopecks == 1 ? " kopeck" : " kopecks")
        }
    }

    // MARK: Russian

    private static let rouble = ("рубль", "рубля", "рублей")
    private static let kopeck = ("копейка", "копейки", "копеек")
    private static let scales: [(one: String, few: String, many: String, feminine: Bool)] = [
        ("тысяча", "тысячи", "тысяч", true), ("миллион", "миллиона", "миллионов", false),
        ("миллиард", "миллиарда", "миллиардов", false), ("триллион", "триллиона", "триллионов", false),
        ("квадриллион", "квадриллиона", "квадриллионов", false),
    ]
    private static let onesMasculine = [
        "", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
    ]
    private static let onesFeminine = [
        "", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
    ]
    private static let teens = [
        "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
        "шестнадцать",
        "семнадцать", "восемнадцать", "девятнадцать",
    ]
    private static let tens = [
        "", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
        "девяносто",
    ]
    private static let hundreds = [
        "", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот",
        "девятьсот",
    ]

    /// The form of a noun after the number `n`: 1 рубль, 2 рубля, 5 рублей, 11 рублей, 21 рубль.
    static func russianPlural(_ n: UInt64, _ forms: (String, String, String)) -> String {
        let lastTwo = n % 100
        if (11...14).contains(lastTwo) { return forms.2 }
        switch n % 10 {
        case 1: return forms.0
        case 2...4: return forms.1
        default: return forms.2
        }
    }

    private static func russianTriple(_ n: Int, feminine: Bool) -> [String] {
        var words: [String] = []
        if n / 100 > 0 { words.append(hundreds[n / 100]) }
        let rest = n % 100
        if (10...19).contains(rest) {
            words.append(teens[rest - 10])
        } else {
            if rest / 10 > 0 { words.append(tens[rest / 10]) }
            if rest % 10 > 0 { words.append((feminine ? onesFeminine : onesMasculine)[rest % 10]) }
        }
        return words
    }

    static func russian(_ number: UInt64, feminine: Bool) -> String {
        if number == 0 { return "ноль" }
        var groups: [Int] = []
        var n = number
        while n > 0 {
            groups.append(Int(n % 1000))
            n /= 1000
        }
        var words: [String] = []
        for index in stride(from: groups.count - 1, through: 0, by: -1) {
            let group = groups[index]
            guard group > 0 else { continue }
            if index == 0 {
                words += russianTriple(group, feminine: feminine)
            } else {
                let scale = scales[index - 1]
                words += russianTriple(group, feminine: scale.feminine)
                words.append(russianPlural(UInt64(group), (scale.one, scale.few, scale.many)))
            }
        }
        return words.joined(separator: " ")
    }

    // MARK: English

    private static let englishOnes = [
        "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    private static let englishTens = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ]
    private static let englishScales = ["thousand", "million", "billion", "trillion", "quadrillion"]

    static func english(_ number: UInt64) -> String {
        if number == 0 { return "zero" }
        func triple(_ n: Int) -> [String] {
            var words: [String] = []
            if n / 100 > 0 { words += [englishOnes[n / 100], "hundred"] }
            let rest = n % 100
            if rest >= 20 {
                words.append(englishTens[rest / 10] + (rest % 10 > 0 ? "-" + englishOnes[rest % 10] : ""))
            } else if rest > 0 {
                words.append(englishOnes[rest])
            }
            return words
        }
        var groups: [Int] = []
        var n = number
        while n > 0 {
            groups.append(Int(n % 1000))
            n /= 1000
        }
        var words: [String] = []
        for index in stride(from: groups.count - 1, through: 0, by: -1) where groups[index] > 0 {
            words += triple(groups[index])
            if index > 0 { words.append(englishScales[index - 1]) }
        }
        return words.joined(separator: " ")
    }
}
