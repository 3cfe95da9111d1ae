import Foundation

/// Russian phone numbers: `+7` and ten digits; `8…` (the domestic trunk prefix) is accepted and
/// normalised to `+7…`. Spaces, dashes and brackets are allowed as a person types them.
public enum PhoneNumber {
    public static func normalized(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var digits = ""
        for (index, ch) in trimmed.enumerated() {
            if ch.isASCII, ch.isWholeNumber {
                digits.append(ch)
            } else if ch == "+" && index == 0 {
                continue
            } else if !" -()\u{00A0}".contains(ch) {
                return nil
            }
        }
        guard digits.count == 11 else { return nil }
        if trimmed.hasPrefix("+") {
            guard digits.hasPrefix("7") else { return nil }
        } else {
            guard digits.hasPrefix("8") || digits.hasPrefix("7") else { return nil }
        }
        return "+7" + digits.dropFirst()
    }
}

/// The shape of an e-mail address (one `@`, a dotted domain, no spaces); delivery is not checked.
public enum EmailAddress {
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard text.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
        let domain = parts[1]
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") })
        else { return false }
        let forbidden: Set<Character> = [" ", "\t", "\n", "\r", ",", ";", "<", ">", "(", ")", "[", "]", "\\", "\""]
        return !text.contains(where: { forbidden.contains($0) || $0.asciiValue.map { $0 < 32 } == true })
            && labels.last!.count >= 2
    }
}
