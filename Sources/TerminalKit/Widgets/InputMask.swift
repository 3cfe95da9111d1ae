/// What a text field accepts and how it shows it. Pattern masks store only the entered
/// characters and show them through a pattern (`#` = one digit), with the caller's placeholder
/// (e.g. "ДД.ММ.ГГГГ") for the slots not yet filled.
public enum InputMask: Hashable, Sendable {
    /// Any text.
    case none
    /// Digits only.
    case digits
    /// A sum of money: digits, one decimal separator (shown as `separator`) and at most two
    /// fraction digits; the whole part is grouped in thousands with `group`.
    case money(separator: Character, group: Character)
    /// A fixed pattern where `#` is a digit and everything else is literal.
    case pattern(String, placeholder: String)

    /// A date as `ДД.ММ.ГГГГ` (the placeholder is the caller's, e.g. "ДД.ММ.ГГГГ" or "DD.MM.YYYY").
    public static func date(placeholder: String) -> InputMask { .pattern("##.##.####", placeholder: placeholder) }

    /// A Russian insurance number, SNILS: `XXX-XXX-XXX YY`.
    public static func snils(placeholder: String) -> InputMask { .pattern("###-###-### ##", placeholder: placeholder) }

    /// Money as Russian writes it: `48 000,50`.
    public static let money = InputMask.money(separator: ",", group: " ")
    /// Money as English writes it: `48,000.50`.
    public static let moneyEnglish = InputMask.money(separator: ".", group: ",")

    /// How many characters the raw value may hold (nil: unlimited).
    public var capacity: Int? {
        if case .pattern(let p, _) = self { return p.filter { $0 == "#" }.count }
        return nil
    }

    /// Whether `character` may be inserted into `raw` at grapheme offset `index`, and what to insert.
    public func accept(_ character: Character, into raw: String, at index: Int) -> Character? {
        switch self {
        case .none:
            return character
        case .digits, .pattern:
            guard character.isASCII, character.isNumber else { return nil }
            if let capacity, raw.count >= capacity { return nil }
            return character
        case .money(let separator, _):
            if character.isASCII && character.isNumber {
                if let sep = raw.firstIndex(where: { !$0.isNumber }) {
                    let fractionDigits = raw.distance(from: sep, to: raw.endIndex) - 1
                    let sepOffset = raw.distance(from: raw.startIndex, to: sep)
                    if index > sepOffset && fractionDigits >= 2 { return nil }
                }
                return character
            }
            if character == separator || (separator == "," && character == ".") {
                guard !raw.contains(where: { !$0.isNumber }), index > 0 else { return nil }
                // Refuse a separator that would leave more than two fraction digits.
                if raw.count - index > 2 { return nil }
                return separator
            }
            return nil
        }
    }

    /// The text shown for `raw` and the display column of each raw grapheme boundary
    /// (`columns[i]` = where the cursor sits when it is before raw character i).
    public func display(_ raw: String) -> (text: String, columns: [Int], filled: Int) {
        switch self {
        case .none, .digits:
            var cols: [Int] = [0]
            var c = 0
            for ch in raw {
                c += DisplayWidth.of(TextSanitizer.visible(ch))
                cols.append(c)
            }
            return (raw, cols, raw.displayWidth)
        case .money(let separator, let group):
            let parts = raw.split(separator: separator, maxSplits: 1, omittingEmptySubsequences: false)
            let whole = Array(parts.first.map(String.init) ?? "")
            var grouped = ""
            var cols: [Int] = []
            for (i, ch) in whole.enumerated() {
                if i > 0 && (whole.count - i) % 3 == 0 { grouped.append(group) }
                cols.append(grouped.count)
                grouped.append(ch)
            }
            var text = grouped
            if parts.count > 1 {
                cols.append(text.count)
                text.append(separator)
                for ch in parts[1] {
                    cols.append(text.count)
                    text.append(ch)
                }
            }
            cols.append(text.count)
            return (text, cols, text.count)
        case .pattern(let pattern, let placeholder):
            let rawChars = Array(raw)
            let placeholderChars = Array(placeholder)
            var text = ""
            var cols: [Int] = []
            var next = 0
            var filled = 0
            for (i, p) in pattern.enumerated() {
                if p == "#" {
                    if next < rawChars.count {
                        cols.append(i)
                        text.append(rawChars[next])
                        next += 1
                        filled = i + 1
                    } else {
                        if cols.count == rawChars.count { cols.append(i) }
                        text.append(i < placeholderChars.count ? placeholderChars[i] : "_")
                    }
                } else {
                    // Literals before the last typed digit are real; after it, the placeholder's.
                    text.append(next < rawChars.count || i >= placeholderChars.count ? p : placeholderChars[i])
                }
            }
            if cols.count == rawChars.count { cols.append(pattern.count) }
            return (text, cols, filled)
        }
    }

    /// The value as shown, for storing or validating (pattern masks filled, placeholder dropped).
    public func formatted(_ raw: String) -> String {
        let d = display(raw)
        if case .pattern = self { return String(d.text.prefix(d.filled)) }
        return d.text
    }
}
