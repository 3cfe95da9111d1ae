import CareerDeskCore

/// `careerdesk export` with thousands of case ids. swift-argument-parser copies its list of
/// collected values for every positional value it takes, so parsing grows with the square of
/// the ids: 10 000 ids cost it over 3 s, more than exporting them (docs/performance.md). When
/// every positional argument of `export` is a well-formed case id, all but the first are set
/// aside before parsing and appended to the parsed ids after, in the order given; anything
/// else (a malformed id, `--`, an option this does not know) is parsed as it is, so every
/// message stays the parser's own.
enum ManyIDs {
    /// Options of `export` that take a value (the next argument is that value, not an id).
    static let valueOptions: Set<String> = [
        "--format", "-o", "--output", "--data", "--store", "--caseworker", "--lang",
    ]
    static let flags: Set<String> = ["--all", "--redact", "-h", "--help"]

    /// The arguments to parse and the ids set aside, or nil to parse `arguments` as they are.
    static func split(_ arguments: [String]) -> (arguments: [String], setAside: [String])? {
        guard arguments.first == "export", arguments.count > 3 else { return nil }
        var kept = ["export"]
        var setAside: [String] = []
        var sawID = false
        var i = 1
        while i < arguments.count {
            let argument = arguments[i]
            if valueOptions.contains(argument) {
                guard i + 1 < arguments.count else { return nil }
                kept += [argument, arguments[i + 1]]
                i += 2
                continue
            }
            if argument.hasPrefix("-") {
                let name = String(argument.prefix { $0 != "=" })
                guard flags.contains(argument) || (argument.contains("=") && valueOptions.contains(name)) else {
                    return nil
                }
                kept.append(argument)
            } else {
                guard CaseID(argument) != nil else { return nil }
                if sawID { setAside.append(argument) } else { kept.append(argument) }
                sawID = true
            }
            i += 1
        }
        return setAside.isEmpty ? nil : (kept, setAside)
    }
}
