import Foundation

/// A small JSON Schema (2020-12) validator for the keywords our schemas use, so tests can check
/// every case file they write against docs/case-file.schema.json without a third-party library.
///
/// Supported: type, properties, required, additionalProperties (boolean), items, enum, const,
/// pattern, minimum, maximum, minLength, maxLength, minItems, anyOf, $ref (local `#/$defs/…`),
/// format (date, date-time). Any other keyword in the schema is reported as an error, so the
/// schema cannot quietly rely on something this checker ignores.
public struct JSONSchemaValidator {
    public let root: [String: Any]
    private static let annotations: Set = ["$schema", "$id", "title", "description", "$defs", "$comment"]

    public init(schema: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: schema) as? [String: Any] else {
            throw NSError(domain: "schema", code: 1)
        }
        self.root = root
    }

    /// docs/case-file.schema.json, found from this source file's location.
    public static func caseFileSchema(file: String = #filePath) throws -> JSONSchemaValidator {
        var url = URL(fileURLWithPath: file)
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("docs/case-file.schema.json")
            if FileManager.default.fileExists(atPath: candidate.path) {
                return try JSONSchemaValidator(schema: Data(contentsOf: candidate))
            }
        }
        throw NSError(domain: "schema not found", code: 2)
    }

    /// Every violation, as `path: problem`; empty when the document conforms.
    public func errors(in document: Data) -> [String] {
        guard let value = try? JSONSerialization.jsonObject(with: document, options: [.fragmentsAllowed]) else {
            return ["$: not JSON"]
        }
        var errors: [String] = []
        check(value, against: root, path: "$", errors: &errors)
        return errors
    }

    private func resolve(_ ref: String) -> [String: Any]? {
        guard ref.hasPrefix("#/$defs/"), let defs = root["$defs"] as? [String: Any] else { return nil }
        return defs[String(ref.dropFirst("#/$defs/".count))] as? [String: Any]
    }

    private func typeName(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if let number = value as? NSNumber {
            if String(cString: number.objCType) == "c" { return "boolean" }
            return number.doubleValue == number.doubleValue.rounded() ? "integer" : "number"
        }
        if value is String { return "string" }
        if value is [Any] { return "array" }
        if value is [String: Any] { return "object" }
        return "unknown"
    }

    private func check(_ value: Any, against schema: [String: Any], path: String, errors: inout [String]) {
        for key in schema.keys where !Self.annotations.contains(key) {
            switch key {
            case "$ref":
                guard let target = resolve(schema[key] as? String ?? "") else {
                    errors.append("\(path): unresolvable $ref \(schema[key] ?? "")")
                    continue
                }
                check(value, against: target, path: path, errors: &errors)
            case "type":
                let allowed = (schema[key] as? [String]) ?? [(schema[key] as? String) ?? ""]
                let actual = typeName(value)
                if !allowed.contains(actual) && !(actual == "integer" && allowed.contains("number")) {
                    errors.append("\(path): expected \(allowed.joined(separator: "|")), found \(actual)")
                }
            case "properties":
                guard let object = value as? [String: Any], let properties = schema[key] as? [String: Any] else {
                    continue
                }
                for (name, sub) in properties {
                    if let v = object[name], let subSchema = sub as? [String: Any] {
                        check(v, against: subSchema, path: "\(path).\(name)", errors: &errors)
                    }
                }
            case "required":
                guard let object = value as? [String: Any] else { continue }
                for name in schema[key] as? [String] ?? [] where object[name] == nil {
                    errors.append("\(path): missing required \(name)")
                }
            case "additionalProperties":
                guard let object = value as? [String: Any], (schema[key] as? Bool) == false else { continue }
                let known = Set((schema["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
                for name in object.keys where !known.contains(name) {
                    errors.append("\(path): unexpected property \(name)")
                }
            case "items":
                guard let array = value as? [Any], let itemSchema = schema[key] as? [String: Any] else { continue }
                for (index, item) in array.enumerated() {
                    check(item, against: itemSchema, path: "\(path)[\(index)]", errors: &errors)
                }
            case "enum":
                let options = schema[key] as? [Any] ?? []
                if !options.contains(where: { same($0, value) }) {
                    errors.append("\(path): \(value) is not one of \(options)")
                }
            case "const":
                if !same(schema[key]!, value) { errors.append("\(path): expected \(schema[key]!)") }
            case "pattern":
                guard let text = value as? String, let pattern = schema[key] as? String else { continue }
                let regex = try? NSRegularExpression(pattern: pattern)
                let range = NSRange(text.startIndex..., in: text)
                if regex?.firstMatch(in: text, range: range) == nil {
                    errors.append("\(path): \"\(text.prefix(40))\" does not match \(pattern)")
                }
            case "minimum", "maximum":
                guard typeName(value) == "integer" || typeName(value) == "number",
                    let number = (value as? NSNumber)?.doubleValue, let bound = (schema[key] as? NSNumber)?.doubleValue
                else { continue }
                if key == "minimum" ? number < bound : number > bound {
                    errors.append("\(path): \(number) is outside \(key) \(bound)")
                }
            case "minLength", "maxLength":
                guard let text = value as? String, let bound = schema[key] as? Int else { continue }
                if key == "minLength" ? text.count < bound : text.count > bound {
                    errors.append("\(path): length \(text.count) breaks \(key) \(bound)")
                }
            case "minItems":
                guard let array = value as? [Any], let bound = schema[key] as? Int else { continue }
                if array.count < bound { errors.append("\(path): fewer than \(bound) items") }
            case "anyOf":
                let options = schema[key] as? [[String: Any]] ?? []
                let passes = options.contains { option in
                    var sub: [String] = []
                    check(value, against: option, path: path, errors: &sub)
                    return sub.isEmpty
                }
                if !passes { errors.append("\(path): matches none of anyOf") }
            case "format":
                guard let text = value as? String else { continue }
                switch schema[key] as? String {
                case "date":
                    let parts = text.split(separator: "-").compactMap { Int($0) }
                    if parts.count != 3 || !(1...12).contains(parts[1]) || !(1...31).contains(parts[2]) {
                        errors.append("\(path): \"\(text)\" is not a date")
                    }
                case "date-time":
                    let formatter = ISO8601DateFormatter()
                    if formatter.date(from: text) == nil { errors.append("\(path): \"\(text)\" is not a date-time") }
                default:
                    errors.append("\(path): unsupported format \(schema[key] ?? "")")
                }
            default:
                errors.append("\(path): unsupported schema keyword \(key)")
            }
        }
    }

    private func same(_ a: Any, _ b: Any) -> Bool {
        guard typeName(a) == typeName(b) || (typeName(a) == "integer" && typeName(b) == "integer") else { return false }
        let wrap = { (v: Any) in try? JSONSerialization.data(withJSONObject: [v], options: [.sortedKeys]) }
        return wrap(a) == wrap(b)
    }
}

/// Checks every `*.json` case file under `store/cases` against the case-file schema.
public func schemaErrors(inStore store: URL) throws -> [String] {
    let validator = try JSONSchemaValidator.caseFileSchema()
    let cases = store.appendingPathComponent("cases")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: cases.path)) ?? []
    return try names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().flatMap { name in
        try validator.errors(in: Data(contentsOf: cases.appendingPathComponent(name))).map { "\(name): \($0)" }
    }
}
