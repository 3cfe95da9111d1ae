import Foundation

/// Turns the bytes of a case file into a `Case`, or into a `CaseFileError` that says what is wrong.
///
/// Hostile files are stopped before the JSON parser sees them: a size limit (a case file is a
/// few kilobytes; 50 MB strings are refused unread) and a nesting limit checked by a byte scan,
/// because a recursive parser given 100 000 nested arrays runs out of stack.
public enum CaseFileReader {
    public static let maxBytes = 8 * 1_048_576
    public static let maxDepth = 64

    public static func decode(_ data: Data) throws(CaseFileError) -> Case {
        var bytes = data
        if bytes.count > maxBytes { throw .tooLarge(bytes: bytes.count) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            // Cut off in the middle of a Cyrillic letter is a cut-off file, not a foreign encoding.
            if endsInsideCharacter(bytes) { throw .truncated }
            throw .notUTF8
        }
        if nestingDepth(bytes) > maxDepth { throw .tooDeeplyNested(limit: maxDepth) }

        let version: Int
        do {
            guard let found = try JSONDecoder().decode(Header.self, from: bytes).schemaVersion else {
                throw CaseFileError.missingSchemaVersion
            }
            version = found
        } catch let error as CaseFileError {
            throw error
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
            if isCutOff(bytes) { throw .truncated }
            throw .notJSON(describe(context.underlyingError ?? DecodingError.dataCorrupted(context)))
        } catch let DecodingError.typeMismatch(_, context) where context.codingPath.isEmpty {
            throw .notAnObject
        } catch let DecodingError.valueNotFound(_, context) where context.codingPath.isEmpty {
            throw .notAnObject
        } catch let error as DecodingError {
            throw fieldError(error)
        } catch {
            throw .notJSON(describe(error))
        }
        guard version >= 1, version <= Case.currentSchemaVersion else { throw .unknownSchemaVersion(version) }
        // Which of two equal keys counts differs between JSON readers (ours takes the first, jq
        // the last), so a file could show one name here and another elsewhere: refused.
        if let path = duplicateKey(in: bytes) { throw .invalidField(path: path, reason: "the key appears twice") }

        var json = Data(bytes)
        if version < Case.currentSchemaVersion {
            guard let dictionary = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any],
                let migrated = try? JSONSerialization.data(
                    withJSONObject: CaseMigration.migrate(dictionary, from: version))
            else { throw .notAnObject }
            json = migrated
        }
        do {
            return try CaseCoding.decoder().decode(Case.self, from: json)
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
            // The header parsed, but the whole does not (a raw control byte in a string, a number
            // out of range): the same refusal as above, not a "field" with no name.
            if isCutOff(bytes) { throw .truncated }
            throw .notJSON(describe(context.underlyingError ?? DecodingError.dataCorrupted(context)))
        } catch let error as DecodingError {
            throw fieldError(error)
        } catch {
            throw .notJSON(describe(error))
        }
    }

    /// The one field read before the rest, to know which format the file is in.
    private struct Header: Decodable {
        let schemaVersion: Int?
    }

    /// Reads the file at `url` and checks that the id inside matches the file name.
    public static func read(_ url: URL) throws(CaseFileError) -> Case {
        let data: Data
        do {
            data = try readBounded(url)
        } catch let error as CaseFileError {
            throw error
        } catch {
            throw .unreadable(errno: (error as NSError).code == 0 ? EIO : Int32((error as NSError).code))
        }
        let item = try decode(data)
        let stem = url.deletingPathExtension().lastPathComponent
        if stem != item.id.description { throw .idMismatch(fileName: url.lastPathComponent, id: item.id.description) }
        return item
    }

    /// Reads at most `maxBytes + 1` bytes so a huge file is refused without loading it whole.
    static func readBounded(_ url: URL) throws -> Data {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw CaseFileError.unreadable(errno: errno) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, Int(info.st_size) > maxBytes {
            throw CaseFileError.tooLarge(bytes: Int(info.st_size))
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CaseFileError.unreadable(errno: errno)
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
            if data.count > maxBytes { throw CaseFileError.tooLarge(bytes: data.count) }
        }
        return data
    }

    /// Whether the bytes are valid UTF-8 up to an unfinished multi-byte character at the very end.
    static func endsInsideCharacter(_ bytes: Data) -> Bool {
        for cut in 1...3 where bytes.count > cut {
            let tail = bytes.suffix(cut)
            guard let lead = tail.first, lead >= 0xC0,
                tail.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }),
                cut < (lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2)
            else { continue }
            return String(validating: bytes.dropLast(cut), as: UTF8.self) != nil
        }
        return false
    }

    /// The path (`seeker.fullName`) of the first key that appears twice in one object, or nil.
    /// One pass over the bytes, like `structure(of:)`; keys with escapes are compared unescaped.
    static func duplicateKey(in bytes: Data) -> String? {
        enum Container {
            case object(keys: Set<String>, current: String)
            case array(index: Int)
        }
        var stack: [Container] = []
        var expectKey = false
        func path(_ last: String) -> String {
            var text = ""
            for container in stack.dropLast() {
                switch container {
                case .object(_, let current): text += (text.isEmpty ? "" : ".") + current
                case .array(let index): text += "[\(index)]"
                }
            }
            return text.isEmpty ? last : text + "." + last
        }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            switch bytes[i] {
            case UInt8(ascii: "{"):
                stack.append(.object(keys: [], current: ""))
                expectKey = true
            case UInt8(ascii: "["):
                stack.append(.array(index: 0))
                expectKey = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
                expectKey = false
            case UInt8(ascii: ","):
                switch stack.last {
                case .object: expectKey = true
                case .array(let index): stack[stack.count - 1] = .array(index: index + 1)
                case nil: break
                }
            case UInt8(ascii: "\""):
                var j = i + 1
                var escaped = false
                var hasEscape = false
                while j < bytes.endIndex {
                    let b = bytes[j]
                    if escaped {
                        escaped = false
                    } else if b == UInt8(ascii: "\\") {
                        escaped = true
                        hasEscape = true
                    } else if b == UInt8(ascii: "\"") {
                        break
                    }
                    j += 1
                }
                if expectKey, case .object(var keys, _) = stack.last {
                    let raw = bytes[i..<min(j + 1, bytes.endIndex)]
                    let key =
                        hasEscape
                        ? (try? JSONDecoder().decode(String.self, from: Data(raw)))
                            ?? String(decoding: raw, as: UTF8.self)
                        : String(decoding: raw.dropFirst().dropLast(), as: UTF8.self)
                    if !keys.insert(key).inserted { return path(key) }
                    stack[stack.count - 1] = .object(keys: keys, current: key)
                    expectKey = false
                }
                i = j
            default: break
            }
            i += 1
        }
        return nil
    }

    /// Whether the text stops inside a string or with brackets left open: a file cut off mid-write.
    static func isCutOff(_ bytes: Data) -> Bool { structure(of: bytes).cutOff }

    /// The deepest nesting of arrays and objects, ignoring brackets inside strings.
    static func nestingDepth(_ bytes: Data) -> Int { structure(of: bytes, stopAbove: maxDepth).deepest }

    /// One pass over the bytes, tracking strings and brackets; stops early once `stopAbove` is passed.
    private static func structure(of bytes: Data, stopAbove limit: Int = .max) -> (deepest: Int, cutOff: Bool) {
        var depth = 0
        var deepest = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > deepest {
                    deepest = depth
                    if deepest > limit { return (deepest, true) }
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return (deepest, inString || depth > 0)
    }

    static func fieldError(_ error: DecodingError) -> CaseFileError {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop(while: { $0 == "." })
                .description
        }
        switch error {
        case .typeMismatch(let type, let context):
            return .invalidField(path: path(context.codingPath), reason: "expected \(simpleName(type))")
        case .valueNotFound(let type, let context):
            return .invalidField(path: path(context.codingPath), reason: "expected \(simpleName(type)), found null")
        case .keyNotFound(let key, let context):
            return .invalidField(path: path(context.codingPath + [key]), reason: "missing")
        case .dataCorrupted(let context):
            return .invalidField(path: path(context.codingPath), reason: withoutValue(context.debugDescription))
        @unknown default:
            return .notJSON(String(describing: error))
        }
    }

    /// A decoder's complaint without the value it quotes: a case file is personal data (a birth
    /// date, a name), and messages end up on screens and in logs. The field path and the expected
    /// shape are enough to find the fault.
    static func withoutValue(_ description: String) -> String {
        if let quoted = description.range(of: ", got \"") { return String(description[..<quoted.lowerBound]) }
        if let enumValue = description.range(of: "from invalid String value") {
            return String(description[..<enumValue.lowerBound]) + "from an unknown value"
        }
        return description
    }

    private static func simpleName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Int64.Type: return "an integer"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "an array"
        case is [String: Any].Type: return "an object"
        default: return String(describing: type)
        }
    }

    private static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return String(detail.prefix(200)) }
        return String(ns.localizedDescription.prefix(200))
    }
}

/// Upgrades the JSON of an older case file, one schema version at a time, before decoding.
///
/// Version 1 is the first published format, so there is no step yet: a step `n → n+1` is added
/// here together with the bump of `Case.currentSchemaVersion`, and files are rewritten in the
/// new format only when they are next saved.
public enum CaseMigration {
    static let steps: [Int: @Sendable ([String: Any]) -> [String: Any]] = [:]

    public static func migrate(_ json: [String: Any], from version: Int) -> [String: Any] {
        var current = json
        var v = version
        while v < Case.currentSchemaVersion, let step = steps[v] {
            current = step(current)
            v += 1
        }
        current["schemaVersion"] = v
        return current
    }
}
