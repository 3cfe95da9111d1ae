import CareerDeskCore
import Foundation

/// What one benchmark run measured, printed as a table or as one JSON object.
struct BenchFigures {
    var startupMs: Double?
    /// From the desk's start to the filter's search being ready for the first keystroke.
    var searchReadyMs: Double?
    var coldIndexSeconds: Double?
    var filterP50: Double?
    var filterP99: Double?
    var openP99: Double?
    var saveP50: Double?
    var saveP99: Double?
    var export10kSeconds: Double?
    var validateSeconds: Double?
    var rssMB: Double?
    /// Plain tools: `cat` of every case file; `grep -c` per query over the names.
    var catSeconds: Double?
    var grepMs: Double?
    /// Why the desk figures are missing, when they are.
    var deskUnavailable: String?
    /// Figures beyond the keys (table only).
    var extra: [String: Double] = [:]

    /// The keys, in its order, and nothing else (null where not measured).
    func json() -> String {
        let pairs: [(String, Double?)] = [
            ("startup_ms", startupMs), ("search_ready_ms", searchReadyMs), ("cold_index_s", coldIndexSeconds),
            ("filter_ms_p50", filterP50),
            ("filter_ms_p99", filterP99), ("open_ms_p99", openP99), ("save_ms_p50", saveP50),
            ("save_ms_p99", saveP99), ("export_10k_s", export10kSeconds), ("validate_s", validateSeconds),
            ("rss_mb", rssMB),
        ]
        let body = pairs.map { key, value in
            "\"\(key)\": " + (value.map { $0.isFinite ? String(format: "%.3f", $0) : "null" } ?? "null")
        }
        return "{" + body.joined(separator: ", ") + "}"
    }

    func table(language: Language, cases: Int) -> [String] {
        func number(_ value: Double?) -> String {
            guard let value, value.isFinite else { return IndexText.benchNotMeasured(language) }
            return value >= 100 ? String(format: "%.0f", value) : String(format: "%.2f", value)
        }
        func verdict(_ value: Double?, _ target: Double?) -> String {
            guard let value, let target else { return "" }
            return value <= target ? IndexText.benchMet(language) : IndexText.benchMissed(language)
        }
        let rows: [(String, Double?, Double?, String, Double?)] = [
            // The targets of issue 14 (every figure of the run before it holds or improves).
            ("startup_ms", startupMs, 60, "", nil),
            ("search_ready_ms", searchReadyMs, 150, "", nil),
            ("cold_index_s", coldIndexSeconds, 6, "cat " + number(catSeconds) + " s", catSeconds),
            ("filter_ms_p50", filterP50, nil, "grep -c " + number(grepMs) + " ms", grepMs),
            ("filter_ms_p99", filterP99, 3, "", nil),
            ("open_ms_p99", openP99, 12, "", nil),
            ("save_ms_p50", saveP50, nil, "", nil),
            ("save_ms_p99", saveP99, 8, "", nil),
            ("export_10k_s", export10kSeconds, 2.5, "", nil),
            ("validate_s", validateSeconds, nil, "cat " + number(catSeconds) + " s", catSeconds),
            ("rss_mb", rssMB, 140, "", nil),
        ]
        let header = IndexText.benchHeader(language).split(separator: "|").map(String.init)
        var lines: [[String]] = [header]
        for (key, value, target, tool, toolValue) in rows {
            let ratio: String
            if let value, let toolValue, toolValue > 0 {
                ratio = String(format: "%.1f×", value / toolValue)
            } else {
                ratio = ""
            }
            let targetText = target.map { "≤ " + number($0) + " " + verdict(value, $0) } ?? ""
            lines.append([key, number(value), targetText, tool, ratio])
        }
        let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        var output = [IndexText.benchCases.with(["count": String(cases)])(language)]
        output += lines.map { row in
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(
                separator: "  ")
        }
        if let deskUnavailable {
            output.append(IndexText.benchDeskUnavailable.with(["reason": deskUnavailable])(language))
        }
        output.append(IndexText.benchExtra(language))
        for key in extra.keys.sorted() { output.append("  \(key) = \(number(extra[key]))") }
        return output
    }
}
