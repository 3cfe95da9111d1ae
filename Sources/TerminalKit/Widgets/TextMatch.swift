/// Text comparison for filtering the way a Russian-speaking caseworker expects: case-insensitive
/// and with ё treated as е (people type either).
public enum TextMatch {
    /// The form both sides are compared in: lowercased, ё → е.
    public static func normalized(_ text: String) -> String {
        String(text.lowercased().map { $0 == "ё" ? "е" : $0 })
    }

    /// True when `needle` occurs in `haystack` after normalising both.
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        needle.isEmpty || normalized(haystack).contains(normalized(needle))
    }
}
