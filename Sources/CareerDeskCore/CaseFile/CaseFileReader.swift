import Foundation

/// Turns the bytes of a case file into a `Case`, or into a `CaseFileError` that says what is wrong.
///
/// Hostile files are stopped before the JSON parser sees them: a size limit (a case file is a
/// few kilobytes; 50 MB strings are refused unread) and a nesting limit checked by a byte scan,
/// because a recursive parser given 100 000 nested arrays runs out of stack. After decoding,
/// every number must lie within `CaseBounds`.
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

        // The usual file — current and well formed — is parsed once. The path below would find
        // the same version and the same case for it; anything else takes that path, which
        // gives each refusal its own reason.
        if let item = try? CaseCoding.decoder().decode(Case.self, from: bytes),
            item.schemaVersion == Case.currentSchemaVersion
        {
            if let path = duplicateKey(in: bytes) { throw .field(path, .duplicateKey) }
            if let violation = CaseBounds.violation(in: item) { throw .field(violation.path, violation.fault) }
            return item
        }

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
        if let path = duplicateKey(in: bytes) { throw .field(path, .duplicateKey) }

        var json = Data(bytes)
        if version < Case.currentSchemaVersion, !CaseMigration.steps.isEmpty {
            guard let dictionary = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any],
                let migrated = try? JSONSerialization.data(
                    withJSONObject: CaseMigration.migrate(dictionary, from: version))
            else { throw .notAnObject }
            json = migrated
        }
        var item: Case
        do {
            let decoder = CaseCoding.decoder()
            decoder.userInfo[CaseMigration.versionKey] = version
            item = try decoder.decode(Case.self, from: json)
            item.schemaVersion = Case.currentSchemaVersion
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
        // A number that decodes can still be one no arithmetic on it survives (`revision + 1`).
        if let violation = CaseBounds.violation(in: item) { throw .field(violation.path, violation.fault) }
        return item
    }

    /// The one field read before the rest, to know which format the file is in.
    private struct Header: Decodable {
        let schemaVersion: Int?
    }

    /// Reads the file at `url` and checks that the id inside matches the file name.
    public static func read(_ url: URL) throws(CaseFileError) -> Case {
        let path = url.path
        let data: Data
        do {
            data = try readBounded(path: path)
        } catch let error as CaseFileError {
            throw error
        } catch {
            throw .unreadable(errno: (error as NSError).code == 0 ? EIO : Int32((error as NSError).code))
        }
        let item = try decode(data)
        let id = item.id.description
        // `<id>.json` is the usual name, told from the path's end; any other name is taken apart
        // by URL as it always was.
        if !path.hasSuffix("/" + id + ".json") {
            let stem = url.deletingPathExtension().lastPathComponent
            if stem != id { throw .idMismatch(fileName: url.lastPathComponent, id: id) }
        }
        return item
    }

    /// Reads at most `maxBytes + 1` bytes so a huge file is refused without loading it whole.
    static func readBounded(_ url: URL) throws -> Data { try readBounded(path: url.path) }

    static func readBounded(path: String) throws -> Data {
        // O_NOFOLLOW: a case file that is a link is refused, never read from outside the store.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        if fd < 0 { throw CaseFileError.unreadable(errno: errno) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, Int(info.st_size) > maxBytes {
            throw CaseFileError.tooLarge(bytes: Int(info.st_size))
        }
        // Read straight into one buffer the size of the file (plus a read's worth, to see it end),
        // a read at most `chunk` at a time as before: no zeroed buffer, no copy per read.
        let chunk = 65_536
        var capacity = max(0, min(Int(info.st_size), maxBytes)) + chunk
        guard var base = malloc(capacity) else { throw CaseFileError.unreadable(errno: ENOMEM) }
        var count = 0
        do {
            while true {
                if capacity - count < chunk {
                    capacity = count + max(chunk, count)
                    guard let grown = realloc(base, capacity) else { throw CaseFileError.unreadable(errno: ENOMEM) }
                    base = grown
                }
                let n = Glibc.read(fd, base + count, chunk)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw CaseFileError.unreadable(errno: errno)
                }
                if n == 0 { break }
                count += n
                if count > maxBytes { throw CaseFileError.tooLarge(bytes: count) }
            }
        } catch {
            free(base)
            throw error
        }
        return Data(bytesNoCopy: base, count: count, deallocator: .free)
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
    /// One pass over the bytes, like `structure(of:)`; keys with escapes are compared unescaped,
    /// and keys are equal when their strings are (canonically equivalent text included).
    static func duplicateKey(in data: Data) -> String? {
        data.withUnsafeBytes { raw in
            var scan = DuplicateKeyScan(raw.bindMemory(to: UInt8.self))
            return scan.run()
        }
    }

    /// Whether the text stops inside a string or with brackets left open: a file cut off mid-write.
    static func isCutOff(_ bytes: Data) -> Bool { structure(of: bytes).cutOff }

    /// The deepest nesting of arrays and objects, ignoring brackets inside strings.
    static func nestingDepth(_ bytes: Data) -> Int { structure(of: bytes, stopAbove: maxDepth).deepest }

    /// One pass over the bytes, tracking strings and brackets; stops early once `stopAbove` is passed.
    private static func structure(of data: Data, stopAbove limit: Int = .max) -> (deepest: Int, cutOff: Bool) {
        data.withUnsafeBytes { raw in
            var depth = 0
            var deepest = 0
            var inString = false
            var escaped = false
            for byte in raw {
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
    }

    static func fieldError(_ error: DecodingError) -> CaseFileError {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop(while: { $0 == "." })
                .description
        }
        switch error {
        case .typeMismatch(let type, let context):
            return .field(path(context.codingPath), .wrongType(expected: kind(type)))
        case .valueNotFound(let type, let context):
            return .field(path(context.codingPath), .null(expected: kind(type)))
        case .keyNotFound(let key, let context):
            return .field(path(context.codingPath + [key]), .missing)
        case .dataCorrupted(let context):
            // The decoders' complaints are codes (`FieldFault.code`) or Foundation's English; the
            // English, which may quote the value, is never shown.
            return .field(path(context.codingPath), .decoding(context.debugDescription))
        @unknown default:
            return .field("", .invalid)
        }
    }

    private static func kind(_ type: Any.Type) -> FieldFault.ValueKind {
        switch type {
        case is String.Type: return .string
        case is Int.Type, is Int64.Type, is Int32.Type, is UInt.Type: return .integer
        case is Double.Type, is Float.Type, is Decimal.Type: return .number
        case is Bool.Type: return .boolean
        case is [Any].Type: return .array
        case is [String: Any].Type: return .object
        default: return .value
        }
    }

    private static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return String(detail.prefix(200)) }
        return String(ns.localizedDescription.prefix(200))
    }
}

/// `CaseFileReader.duplicateKey`'s pass over the bytes of a JSON text. Keys are kept as
/// places in the bytes (unescaped copies only for keys with escapes), compared byte for byte
/// when both are ASCII and as strings otherwise; an object with many keys gets a set of its
/// keys, so a hostile object of a million keys costs one pass, not a million squared.
private struct DuplicateKeyScan {
    /// A key of an open object: its text in the file, or (when it has escapes) in `unescaped`.
    struct Key {
        var start: Int
        var count: Int
        var inFile: Bool
        var ascii: Bool
    }

    /// An open object or array.
    struct Frame {
        var isObject: Bool
        /// Where the object's keys begin in `keys`.
        var firstKey: Int
        /// The object's latest key in `keys` (-1 before its first), for the path.
        var current = -1
        /// An array's element index, for the path.
        var index = 0
        /// The object's keys as strings, once it has more than a few.
        var strings: Set<String>? = nil
    }

    /// Up to this many keys an object is searched key by key; beyond it, through `strings`.
    static let fewKeys = 16

    let bytes: UnsafeBufferPointer<UInt8>
    var keys: [Key] = []
    var unescaped: [UInt8] = []
    var frames: [Frame] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func run() -> String? {
        keys.reserveCapacity(64)
        frames.reserveCapacity(16)
        var expectKey = false
        var i = 0
        let end = bytes.count
        while i < end {
            switch bytes[i] {
            case UInt8(ascii: "{"):
                frames.append(Frame(isObject: true, firstKey: keys.count))
                expectKey = true
            case UInt8(ascii: "["):
                frames.append(Frame(isObject: false, firstKey: keys.count))
                expectKey = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let closed = frames.popLast() { keys.removeLast(keys.count - closed.firstKey) }
                expectKey = false
            case UInt8(ascii: ","):
                if let top = frames.indices.last {
                    if frames[top].isObject { expectKey = true } else { frames[top].index += 1 }
                }
            case UInt8(ascii: "\""):
                var j = i + 1
                var escaped = false
                var hasEscape = false
                var high: UInt8 = 0
                while j < end {
                    let b = bytes[j]
                    if escaped {
                        escaped = false
                    } else if b == UInt8(ascii: "\\") {
                        escaped = true
                        hasEscape = true
                    } else if b == UInt8(ascii: "\"") {
                        break
                    }
                    high |= b
                    j += 1
                }
                if expectKey, let top = frames.indices.last, frames[top].isObject {
                    let key = makeKey(quote: i, close: j, hasEscape: hasEscape, ascii: high < 0x80)
                    if !insert(key, into: top) { return path(key) }
                    expectKey = false
                }
                i = j
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The key of the string opened at `quote` and closed at `close` (the end when unclosed).
    mutating func makeKey(quote: Int, close: Int, hasEscape: Bool, ascii: Bool) -> Key {
        guard hasEscape else {
            // Between the quotes; an unclosed string loses its last byte, as the quote it lacks would.
            let last = close < bytes.count ? close : bytes.count - 1
            return Key(start: quote + 1, count: max(0, last - (quote + 1)), inFile: true, ascii: ascii)
        }
        let raw = Data(UnsafeBufferPointer(rebasing: bytes[quote..<min(close + 1, bytes.count)]))
        let text = (try? JSONDecoder().decode(String.self, from: raw)) ?? String(decoding: raw, as: UTF8.self)
        let start = unescaped.count
        unescaped.append(contentsOf: text.utf8)
        return Key(
            start: start, count: unescaped.count - start, inFile: false,
            ascii: !unescaped[start...].contains { $0 >= 0x80 })
    }

    /// Adds the key to the object at `frame`; false when the object already has it.
    mutating func insert(_ key: Key, into frame: Int) -> Bool {
        let first = frames[frame].firstKey
        if frames[frame].strings == nil, keys.count - first >= Self.fewKeys {
            frames[frame].strings = Set((first..<keys.count).map { string(keys[$0]) })
        }
        if frames[frame].strings != nil {
            guard frames[frame].strings!.insert(string(key)).inserted else { return false }
        } else {
            for k in first..<keys.count where same(keys[k], key) { return false }
        }
        keys.append(key)
        frames[frame].current = keys.count - 1
        return true
    }

    func same(_ a: Key, _ b: Key) -> Bool {
        // Two ASCII texts are equal strings exactly when their bytes are; other text can be
        // equal in other bytes (a combining accent, the Kelvin sign for K).
        guard a.ascii, b.ascii else { return string(a) == string(b) }
        guard a.count == b.count else { return false }
        guard a.count > 0 else { return true }
        return withBytes(a) { x in withBytes(b) { y in memcmp(x.baseAddress!, y.baseAddress!, a.count) == 0 } }
    }

    func withBytes<R>(_ key: Key, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if key.inFile { return body(UnsafeBufferPointer(rebasing: bytes[key.start..<key.start + key.count])) }
        return unescaped.withUnsafeBufferPointer {
            body(UnsafeBufferPointer(rebasing: $0[key.start..<key.start + key.count]))
        }
    }

    func string(_ key: Key) -> String { withBytes(key) { String(decoding: $0, as: UTF8.self) } }

    /// `seeker.fullName`, `b.c[1].d`: the open containers' keys and indices, then the key.
    func path(_ last: Key) -> String {
        var text = ""
        for frame in frames.dropLast() {
            if frame.isObject {
                text += (text.isEmpty ? "" : ".") + (frame.current >= 0 ? string(keys[frame.current]) : "")
            } else {
                text += "[\(frame.index)]"
            }
        }
        return text.isEmpty ? string(last) : text + "." + string(last)
    }
}

/// Upgrades an older case file to the current format on read; files are rewritten in the new
/// format only when they are next saved.
///
/// A step that only adds keys is done while decoding: the reader tells the decoder the file's
/// version (`versionKey`) and the types fill in what that version lacked, so the file is parsed
/// once, by the same parser, with the same refusals. A step that reshapes the JSON goes in
/// `steps` (`n → n+1` on the parsed dictionary) together with the bump of
/// `Case.currentSchemaVersion`.
///
/// 1 → 2 (additive): a contract gains its life after signing — `followUps`, `payments` and
/// `hardshipPauses`, all empty — and its terms (and those of earlier versions) the two rules
/// version 1 never stated: a month with no income report pauses (`unreportedIncome: "paused"`,
/// the reading that costs the seeker nothing) and up to 12 months of hardship pauses.
public enum CaseMigration {
    /// The `userInfo` key under which the reader passes a file's `schemaVersion` to the decoder.
    public static let versionKey = CodingUserInfoKey(rawValue: "careerdesk.schemaVersion")!
    public static let version1UnreportedIncome = ContractTerms.UnreportedIncome.paused
    public static let version1HardshipPauseMonths = 12

    static let steps: [Int: @Sendable ([String: Any]) -> [String: Any]] = [:]

    /// The format being decoded: the reader's word for it, else the current one.
    public static func version(of decoder: Decoder) -> Int {
        decoder.userInfo[versionKey] as? Int ?? Case.currentSchemaVersion
    }

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
