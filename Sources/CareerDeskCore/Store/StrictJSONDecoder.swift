import Foundation

/// A small `Decoder` for the usual case file, several times cheaper than `JSONDecoder`: it
/// parses the bytes once into a flat list of nodes and finds keys by comparing bytes, with no
/// dictionary per object and no coding path kept.
///
/// It is deliberately narrower than `JSONDecoder` and never more lenient: strict RFC 8259 JSON
/// only, nested at most `CaseFileReader.maxDepth` deep, object keys in plain ASCII (no escapes),
/// none twice in one object and at most `maxKeys` of them, integers without fraction or
/// exponent, no floating point, `Data`, `URL` or `Decimal`. Whatever it does not take it refuses with a bare
/// error, so the caller (`CaseFileReader`) reads that file the full way, which gives the
/// refusal its reason; what it does take decodes to the value `JSONDecoder` gives (see
/// CaseFileReaderTests). Dates go through the date strategy given.
struct StrictJSONDecoder: Sendable {
    /// Any refusal: the caller falls back to `JSONDecoder`, which says what is wrong.
    struct Refused: Error {}

    var dateDecoding: @Sendable (any Decoder) throws -> Date

    /// Beyond this many keys an object is left to the full path (keys are checked for repeats
    /// one against the other).
    static let maxKeys = 64

    /// `utf8Checked`: the caller has found the whole text well-formed UTF-8 (else each string
    /// beyond ASCII is checked here).
    func decode<T: Decodable>(_ type: T.Type, from data: Data, utf8Checked: Bool = false) throws -> T {
        try data.withUnsafeBytes { raw in
            let document = try Document(raw.bindMemory(to: UInt8.self), utf8Checked: utf8Checked)
            let value = try T(from: NodeDecoder(document: document, node: 0, dateDecoding: dateDecoding))
            guard !document.refused else { throw Refused() }
            return value
        }
    }

    /// The parsed text: every value as a node in document order; an object's children are its
    /// keys and values in turn.
    final class Document {
        /// Set when decoding asked for something this decoder leaves to the full path. A type's
        /// `init(from:)` could catch that refusal and carry on (`try?` with a default), so the
        /// result is then thrown away rather than trusted.
        private(set) var refused = false

        func refusal() -> Refused {
            refused = true
            return Refused()
        }

        enum Kind: UInt8 {
            case object, array, string, escapedString, integer, otherNumber, trueValue, falseValue, null
        }

        struct Node {
            var kind: Kind
            /// The value's bytes (a string's without its quotes).
            var start: Int
            var end: Int
            /// For an object or array: the index after its last descendant.
            var after: Int
            /// For an object or array: how many children (keys and values both, for an object).
            var children: Int
        }

        let bytes: UnsafeBufferPointer<UInt8>
        let utf8Checked: Bool
        private(set) var nodes: [Node] = []
        private var i = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>, utf8Checked: Bool) throws {
            self.bytes = bytes
            self.utf8Checked = utf8Checked
            nodes.reserveCapacity(bytes.count / 16)
            skipSpace()
            try value(depth: 0)
            skipSpace()
            guard i == bytes.count else { throw Refused() }
        }

        private func skipSpace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x0A, 0x0D, 0x09: i += 1
                default: return
                }
            }
        }

        private func value(depth: Int) throws {
            guard i < bytes.count else { throw Refused() }
            switch bytes[i] {
            case UInt8(ascii: "{"): try container(isObject: true, depth: depth)
            case UInt8(ascii: "["): try container(isObject: false, depth: depth)
            case UInt8(ascii: "\""): try string(isKey: false)
            case UInt8(ascii: "t"): try literal("true", .trueValue)
            case UInt8(ascii: "f"): try literal("false", .falseValue)
            case UInt8(ascii: "n"): try literal("null", .null)
            default: try number()
            }
        }

        /// An object or array opened at `depth` containers deep (the outermost at 0).
        private func container(isObject: Bool, depth: Int) throws {
            // The nesting `CaseFileReader.nestingDepth` counts: this container and those around it.
            guard depth + 1 <= CaseFileReader.maxDepth else { throw Refused() }
            let index = nodes.count
            nodes.append(Node(kind: isObject ? .object : .array, start: i, end: i, after: 0, children: 0))
            i += 1
            skipSpace()
            let close = UInt8(ascii: isObject ? "}" : "]")
            var children = 0
            if i < bytes.count, bytes[i] == close {
                i += 1
            } else {
                while true {
                    if isObject {
                        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw Refused() }
                        try string(isKey: true)
                        guard children / 2 < StrictJSONDecoder.maxKeys, !repeatsKey(of: index) else { throw Refused() }
                        skipSpace()
                        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw Refused() }
                        i += 1
                        skipSpace()
                        children += 1
                    }
                    try value(depth: depth + 1)
                    children += 1
                    skipSpace()
                    guard i < bytes.count else { throw Refused() }
                    if bytes[i] == UInt8(ascii: ",") {
                        i += 1
                        skipSpace()
                        continue
                    }
                    guard bytes[i] == close else { throw Refused() }
                    i += 1
                    break
                }
            }
            nodes[index].end = i
            nodes[index].after = nodes.count
            nodes[index].children = children
        }

        private func string(isKey: Bool) throws {
            i += 1
            let start = i
            var escaped = false
            var high: UInt8 = 0
            while true {
                guard i < bytes.count else { throw Refused() }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { break }
                if b < 0x20 { throw Refused() }
                if b == UInt8(ascii: "\\") {
                    // Keys are compared as bytes: only plain ones are taken.
                    if isKey { throw Refused() }
                    escaped = true
                    i += 1
                    guard i < bytes.count else { throw Refused() }
                    switch bytes[i] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                        UInt8(ascii: "f"),
                        UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        break
                    case UInt8(ascii: "u"):
                        guard i + 4 < bytes.count, (1...4).allSatisfy({ Self.hexValue(bytes[i + $0]) != nil }) else {
                            throw Refused()
                        }
                        i += 4
                    default: throw Refused()
                    }
                } else if isKey, b >= 0x80 {
                    throw Refused()
                }
                high |= b
                i += 1
            }
            // Text beyond ASCII must be well-formed UTF-8, as JSONDecoder requires.
            if !utf8Checked, high >= 0x80, !Self.isUTF8(UnsafeBufferPointer(rebasing: bytes[start..<i])) {
                throw Refused()
            }
            nodes.append(Node(kind: escaped ? .escapedString : .string, start: start, end: i, after: 0, children: 0))
            i += 1
        }

        private func literal(_ word: StaticString, _ kind: Kind) throws {
            let count = word.utf8CodeUnitCount
            guard i + count <= bytes.count else { throw Refused() }
            for k in 0..<count where bytes[i + k] != word.utf8Start[k] { throw Refused() }
            nodes.append(Node(kind: kind, start: i, end: i + count, after: 0, children: 0))
            i += count
        }

        /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
        private func number() throws {
            let start = i
            func digit() -> Bool { i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") }
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digit() else { throw Refused() }
            if bytes[i] == UInt8(ascii: "0") {
                i += 1
            } else {
                while digit() { i += 1 }
            }
            var integer = true
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                integer = false
                i += 1
                guard digit() else { throw Refused() }
                while digit() { i += 1 }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                integer = false
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard digit() else { throw Refused() }
                while digit() { i += 1 }
            }
            nodes.append(Node(kind: integer ? .integer : .otherNumber, start: start, end: i, after: 0, children: 0))
        }

        /// Whether the key just read equals an earlier key of the object at `object` (plain ASCII
        /// keys: equal strings exactly when equal bytes).
        private func repeatsKey(of object: Int) -> Bool {
            let key = nodes[nodes.count - 1]
            let count = key.end - key.start
            var child = object + 1
            while child < nodes.count - 1 {
                let earlier = nodes[child]
                if earlier.end - earlier.start == count,
                    count == 0 || memcmp(bytes.baseAddress! + earlier.start, bytes.baseAddress! + key.start, count) == 0
                {
                    return true
                }
                child = skip(child + 1)
            }
            return false
        }

        /// Whether the bytes are well-formed UTF-8, checked by the standard library's parser
        /// without making a string of them.
        static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var iterator = bytes.makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }

        static func hexValue(_ b: UInt8) -> UInt32? {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
            default: nil
            }
        }

        /// The index of the node after `node` and its descendants.
        func skip(_ node: Int) -> Int {
            switch nodes[node].kind {
            case .object, .array: nodes[node].after
            default: node + 1
            }
        }

        func string(_ node: Int) throws -> String {
            let n = nodes[node]
            switch n.kind {
            case .string: return String(decoding: UnsafeBufferPointer(rebasing: bytes[n.start..<n.end]), as: UTF8.self)
            case .escapedString: return try unescaped(n.start, n.end)
            default: throw refusal()
            }
        }

        private func unescaped(_ start: Int, _ end: Int) throws -> String {
            var out: [UInt8] = []
            out.reserveCapacity(end - start)
            var k = start
            func hex4(_ at: Int) -> UInt32 {
                (1...4).reduce(0) { $0 << 4 | Self.hexValue(bytes[at + $1])! }
            }
            while k < end {
                let b = bytes[k]
                guard b == UInt8(ascii: "\\") else {
                    out.append(b)
                    k += 1
                    continue
                }
                let e = bytes[k + 1]
                k += 2
                switch e {
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var value = hex4(k - 1)
                    k += 4
                    if (0xD800...0xDBFF).contains(value) {
                        // A high surrogate must be followed by an escaped low one; anything else is refused.
                        guard k + 5 < end, bytes[k] == UInt8(ascii: "\\"), bytes[k + 1] == UInt8(ascii: "u") else {
                            throw refusal()
                        }
                        let low = hex4(k + 1)
                        guard (0xDC00...0xDFFF).contains(low) else { throw refusal() }
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                        k += 6
                    } else if (0xDC00...0xDFFF).contains(value) {
                        throw refusal()
                    }
                    guard let scalar = Unicode.Scalar(value) else { throw refusal() }
                    out.append(contentsOf: UTF8.encode(scalar)!)
                default: out.append(e)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }

        func integer<T: FixedWidthInteger>(_ node: Int, as type: T.Type) throws -> T {
            let n = nodes[node]
            guard n.kind == .integer else { throw refusal() }
            var k = n.start
            let negative = bytes[k] == UInt8(ascii: "-")
            if negative { k += 1 }
            var value: T = 0
            while k < n.end {
                let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
                let digit = T(bytes[k] - UInt8(ascii: "0"))
                let (next, overflow2) =
                    negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
                guard !overflow1, !overflow2 else { throw refusal() }
                value = next
                k += 1
            }
            return value
        }

        /// The value node of `key` in the object at `node`, comparing the key's bytes.
        func member(_ node: Int, _ key: String) -> Int? {
            var key = key
            key.makeContiguousUTF8()
            return key.utf8.withContiguousStorageIfAvailable { wanted -> Int? in
                var child = node + 1
                let end = nodes[node].after
                while child < end {
                    let k = nodes[child]
                    if k.end - k.start == wanted.count,
                        wanted.count == 0
                            || memcmp(bytes.baseAddress! + k.start, wanted.baseAddress!, wanted.count) == 0
                    {
                        return child + 1
                    }
                    child = skip(child + 1)
                }
                return nil
            } ?? nil
        }
    }

    /// A decoder at one node.
    struct NodeDecoder: Decoder {
        let document: Document
        let node: Int
        let dateDecoding: @Sendable (any Decoder) throws -> Date

        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            guard document.nodes[node].kind == .object else { throw document.refusal() }
            return KeyedDecodingContainer(Keyed<Key>(decoder: self))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            guard document.nodes[node].kind == .array else { throw document.refusal() }
            return Unkeyed(decoder: self, next: node + 1, count: document.nodes[node].children)
        }

        func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(decoder: self) }

        func at(_ node: Int) -> NodeDecoder { NodeDecoder(document: document, node: node, dateDecoding: dateDecoding) }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            if type == Date.self { return try dateDecoding(self) as! T }
            // JSONDecoder reads these its own way: they are left to it.
            if type == Data.self || type == URL.self || type == Decimal.self { throw document.refusal() }
            return try T(from: self)
        }

        func isNull() -> Bool { document.nodes[node].kind == .null }
        func bool() throws -> Bool {
            switch document.nodes[node].kind {
            case .trueValue: return true
            case .falseValue: return false
            default: throw document.refusal()
            }
        }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: NodeDecoder

        var codingPath: [any CodingKey] { [] }

        var allKeys: [Key] {
            let document = decoder.document
            var keys: [Key] = []
            var child = decoder.node + 1
            while child < document.nodes[decoder.node].after {
                if let text = try? document.string(child), let key = Key(stringValue: text) { keys.append(key) }
                child = document.skip(child + 1)
            }
            return keys
        }

        func value(_ key: Key) throws -> NodeDecoder {
            guard let node = decoder.document.member(decoder.node, key.stringValue) else {
                throw decoder.document.refusal()
            }
            return decoder.at(node)
        }

        func contains(_ key: Key) -> Bool { decoder.document.member(decoder.node, key.stringValue) != nil }
        func decodeNil(forKey key: Key) throws -> Bool { try value(key).isNull() }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(key).bool() }
        func decode(_ type: String.Type, forKey key: Key) throws -> String {
            let v = try value(key)
            return try v.document.string(v.node)
        }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { throw decoder.document.refusal() }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw decoder.document.refusal() }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(key) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(key) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(key) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(key) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(key) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(key) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(key) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(key) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(key) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(key) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try value(key).decode(type) }

        private func integer<T: FixedWidthInteger>(_ key: Key) throws -> T {
            let v = try value(key)
            return try v.document.integer(v.node, as: T.self)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            try value(key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try value(key).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { throw decoder.document.refusal() }
        func superDecoder(forKey key: Key) throws -> any Decoder { throw decoder.document.refusal() }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let decoder: NodeDecoder
        /// The node of the next element.
        var next: Int
        let total: Int
        var currentIndex = 0

        init(decoder: NodeDecoder, next: Int, count: Int) {
            self.decoder = decoder
            self.next = next
            self.total = count
        }

        var codingPath: [any CodingKey] { [] }
        var count: Int? { total }
        var isAtEnd: Bool { currentIndex >= total }

        private mutating func take() throws -> NodeDecoder {
            guard !isAtEnd else { throw decoder.document.refusal() }
            let element = decoder.at(next)
            next = decoder.document.skip(next)
            currentIndex += 1
            return element
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd else { throw decoder.document.refusal() }
            guard decoder.at(next).isNull() else { return false }
            _ = try take()
            return true
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool { try take().bool() }
        mutating func decode(_ type: String.Type) throws -> String {
            let v = try take()
            return try v.document.string(v.node)
        }
        mutating func decode(_ type: Double.Type) throws -> Double { throw decoder.document.refusal() }
        mutating func decode(_ type: Float.Type) throws -> Float { throw decoder.document.refusal() }
        mutating func decode(_ type: Int.Type) throws -> Int { try integer() }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try integer() }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try integer() }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try integer() }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try integer() }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try integer() }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try integer() }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try integer() }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try integer() }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try integer() }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try take().decode(type) }

        private mutating func integer<T: FixedWidthInteger>() throws -> T {
            let v = try take()
            return try v.document.integer(v.node, as: T.self)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            try take().container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try take().unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder { throw decoder.document.refusal() }
    }

    struct Single: SingleValueDecodingContainer {
        let decoder: NodeDecoder

        var codingPath: [any CodingKey] { [] }

        func decodeNil() -> Bool { decoder.isNull() }
        func decode(_ type: Bool.Type) throws -> Bool { try decoder.bool() }
        func decode(_ type: String.Type) throws -> String { try decoder.document.string(decoder.node) }
        func decode(_ type: Double.Type) throws -> Double { throw decoder.document.refusal() }
        func decode(_ type: Float.Type) throws -> Float { throw decoder.document.refusal() }
        func decode(_ type: Int.Type) throws -> Int { try decoder.document.integer(decoder.node, as: Int.self) }
        func decode(_ type: Int8.Type) throws -> Int8 { try decoder.document.integer(decoder.node, as: Int8.self) }
        func decode(_ type: Int16.Type) throws -> Int16 { try decoder.document.integer(decoder.node, as: Int16.self) }
        func decode(_ type: Int32.Type) throws -> Int32 { try decoder.document.integer(decoder.node, as: Int32.self) }
        func decode(_ type: Int64.Type) throws -> Int64 { try decoder.document.integer(decoder.node, as: Int64.self) }
        func decode(_ type: UInt.Type) throws -> UInt { try decoder.document.integer(decoder.node, as: UInt.self) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.document.integer(decoder.node, as: UInt8.self) }
        func decode(_ type: UInt16.Type) throws -> UInt16 {
            try decoder.document.integer(decoder.node, as: UInt16.self)
        }
        func decode(_ type: UInt32.Type) throws -> UInt32 {
            try decoder.document.integer(decoder.node, as: UInt32.self)
        }
        func decode(_ type: UInt64.Type) throws -> UInt64 {
            try decoder.document.integer(decoder.node, as: UInt64.self)
        }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type) }
    }
}
