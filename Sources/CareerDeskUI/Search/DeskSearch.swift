import CareerDeskCore
import Foundation
import TerminalKit

/// The case list's type-to-filter, built for a store of 100 000 cases and a keystroke answered
/// within a frame.
///
/// Each case's search text is folded once, a byte per character (lower case, ё as е, Cyrillic
/// in the byte range 0x80–0xAF: see `fold`), into two contiguous buffers: the names, and the
/// numbers (SNILS with and without dashes, and the id). A filter folded the same way is a plain
/// byte search over a whole buffer at once, on both cores, and only over a buffer that holds
/// every byte of the filter (letters are looked for among the names, digits among the numbers).
/// Each case also keeps a 128-bit set of the characters it holds, which answers a one-letter
/// filter (every first keystroke) without searching and rules cases out before a search.
///
/// Cases whose text changes after the buffers are built (a save, a new case) are kept beside
/// them and searched one by one; the buffers themselves are never rewritten.
public struct DeskSearch: Sendable {
    /// One group of fields of every case, folded, each case's followed by a 0 byte.
    private final class Part: Sendable {
        let bytes: [UInt8]
        /// `starts[i]` is where case `i`'s text begins; `starts[count]` is the end.
        let starts: [Int32]
        /// The case whose text covers byte `64 * k`, for mapping a match back to its case.
        let caseAtBlock: [Int32]
        /// How often each byte occurs: to search for a needle's least common byte first, and
        /// to skip the part when it lacks one of the needle's bytes.
        let frequency: [Int]

        init(_ summaries: [CaseSummary], text: (CaseSummary, inout [UInt8]) -> Void) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(summaries.count * 48)
            var starts: [Int32] = []
            starts.reserveCapacity(summaries.count + 1)
            for summary in summaries {
                starts.append(Int32(bytes.count))
                text(summary, &bytes)
                bytes.append(0)
            }
            starts.append(Int32(bytes.count))
            bytes.append(contentsOf: repeatElement(0, count: 8))
            var caseAtBlock = [Int32](repeating: 0, count: bytes.count / 64 + 1)
            var current = 0
            for block in caseAtBlock.indices {
                while current + 1 < summaries.count, Int(starts[current + 1]) <= block * 64 { current += 1 }
                caseAtBlock[block] = Int32(current)
            }
            var frequency = [Int](repeating: 0, count: 256)
            for byte in bytes { frequency[Int(byte)] += 1 }
            self.frequency = frequency
            self.bytes = bytes
            self.starts = starts
            self.caseAtBlock = caseAtBlock
        }

        func holdsEveryByte(of needle: [UInt8]) -> Bool { needle.allSatisfy { frequency[Int($0)] > 0 } }

        /// The position in `needle` of its least common byte here.
        func rarest(in needle: [UInt8]) -> Int {
            var best = 0
            for i in needle.indices where frequency[Int(needle[i])] < frequency[Int(needle[best])] { best = i }
            return best
        }

        func text<T>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
            bytes.withUnsafeBufferPointer { all in
                body(UnsafeBufferPointer(rebasing: all[Int(starts[i])..<Int(starts[i + 1]) - 1]))
            }
        }

        /// The cases in `cases` whose text here holds `needle`: one pass over their bytes,
        /// moving on to the next case's text after each match.
        func scan(for needle: [UInt8], cases: Range<Int>) -> [Int32] {
            let rare = rarest(in: needle)
            // A needle whose every byte is common here (digits among the numbers) would stop
            // `memchr` every few bytes: a sliding window over the bytes is cheaper then.
            if needle.count <= 8, frequency[Int(needle[rare])] * 24 > bytes.count {
                return slide(for: needle, cases: cases)
            }
            var found: [Int32] = []
            bytes.withUnsafeBytes { all in
                guard let base = all.baseAddress, !cases.isEmpty else { return }
                needle.withUnsafeBytes { n in
                    var offset = Int(starts[cases.lowerBound])
                    let end = Int(starts[cases.upperBound])
                    while let at = DeskSearch.find(n, rare: rare, in: base, from: offset, to: end) {
                        var i = Int(caseAtBlock[at >> 6])
                        while Int(starts[i + 1]) <= at { i += 1 }
                        found.append(Int32(i))
                        offset = Int(starts[i + 1])
                    }
                }
            }
            return found
        }

        /// `scan` for a needle of up to 8 bytes: at every byte, the 8 bytes from there read as
        /// one word and compared with the needle under a mask. No calls, and each position is
        /// independent of the last, so the processor overlaps them.
        func slide(for needle: [UInt8], cases: Range<Int>) -> [Int32] {
            var found: [Int32] = []
            var pattern: UInt64 = 0
            for (k, byte) in needle.enumerated() { pattern |= UInt64(byte) << UInt64(8 * k) }
            let mask: UInt64 = needle.count == 8 ? ~0 : (1 << UInt64(8 * needle.count)) - 1
            bytes.withUnsafeBytes { all in
                guard let base = all.baseAddress else { return }
                var p = Int(starts[cases.lowerBound])
                let end = Int(starts[cases.upperBound])
                while p < end {
                    // The buffer ends in 8 zero bytes, so the word never reads past it.
                    if UInt64(littleEndian: base.loadUnaligned(fromByteOffset: p, as: UInt64.self)) & mask == pattern {
                        var i = Int(caseAtBlock[p >> 6])
                        while Int(starts[i + 1]) <= p { i += 1 }
                        found.append(Int32(i))
                        p = Int(starts[i + 1])
                    } else {
                        p += 1
                    }
                }
            }
            return found
        }

        /// `scan` over all cases, split between two threads when there is enough to search.
        func scanAll(for needle: [UInt8], count: Int) -> [Int32] {
            guard bytes.count > 1 << 18, count > 1 else { return scan(for: needle, cases: 0..<count) }
            let halves = [0..<count / 2, count / 2..<count]
            let results = UnsafeMutablePointer<[Int32]>.allocate(capacity: 2)
            results.initialize(repeating: [], count: 2)
            defer {
                results.deinitialize(count: 2)
                results.deallocate()
            }
            let slots = Slots(results)
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                slots.pointer[k] = scan(for: needle, cases: halves[k])
            }
            return results[0] + results[1]
        }
    }

    /// Two threads' result slots, each written by one thread only.
    private struct Slots: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<[Int32]>
        init(_ pointer: UnsafeMutablePointer<[Int32]>) { self.pointer = pointer }
    }

    /// The three buffers' slots while they are built, each written by one thread only.
    private struct PartSlots: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<Part?>
        init(_ pointer: UnsafeMutablePointer<Part?>) { self.pointer = pointer }
    }

    private final class Buffer: Sendable {
        let names: Part
        let numbers: Part
        /// The SNILS digits alone and the id: all a filter of digits only can match (it
        /// cannot span a dash or a space of the written SNILS), in two thirds of the bytes.
        let digits: Part
        let masks: [Mask]
        /// For each pair of adjacent letters (а–я) or digits, a bit per case: set when any of
        /// the case's texts (names, numbers, digits) holds the pair. A two-character filter, the keystroke that narrows
        /// 100 000 rows the most, is then answered without searching (14 MB at 100 000 cases).
        let pairs: [UInt64]
        let words: Int

        init(_ summaries: [CaseSummary]) {
            // The three buffers on both cores, then the pair bits and character sets split by
            // cases at a multiple of 64 (each thread writes words of its own cases only).
            let built = UnsafeMutablePointer<Part?>.allocate(capacity: 3)
            built.initialize(repeating: nil, count: 3)
            defer {
                built.deinitialize(count: 3)
                built.deallocate()
            }
            let slots = PartSlots(built)
            DispatchQueue.concurrentPerform(iterations: 3) { k in
                switch k {
                case 0: slots.pointer[0] = Part(summaries) { DeskSearch.appendName(of: $0, to: &$1) }
                case 1: slots.pointer[1] = Part(summaries) { DeskSearch.appendNumbers(of: $0, to: &$1) }
                default: slots.pointer[2] = Part(summaries) { DeskSearch.appendDigits(of: $0, to: &$1) }
                }
            }
            names = built[0]!
            numbers = built[1]!
            digits = built[2]!
            let words = (summaries.count + 63) / 64
            self.words = words
            var pairs = [UInt64](repeating: 0, count: DeskSearch.pairCodes * words)
            var masks = [Mask](repeating: Mask(), count: summaries.count)
            let split = min(summaries.count, (summaries.count / 2 + 63) / 64 * 64)
            let ranges = [0..<split, split..<summaries.count]
            let (names, numbers, digits) = (self.names, self.numbers, self.digits)
            pairs.withUnsafeMutableBufferPointer { pairBits in
                masks.withUnsafeMutableBufferPointer { maskSlots in
                    nonisolated(unsafe) let pairBits = pairBits
                    nonisolated(unsafe) let maskSlots = maskSlots
                    DispatchQueue.concurrentPerform(iterations: 2) { half in
                        for i in ranges[half] {
                            // Every buffer a filter is searched in: a pair in the written SNILS
                            // (letters, in a file another program wrote) or across its dashes
                            // (digits) counts as well.
                            for part in [names, numbers, digits] {
                                part.text(i) { text in
                                    guard text.count > 1 else { return }
                                    for k in 1..<text.count {
                                        if let code = DeskSearch.pairCode(text[k - 1], text[k]) {
                                            pairBits[code * words + i >> 6] |= 1 << UInt64(i & 63)
                                        }
                                    }
                                }
                            }
                            var mask = Mask()
                            names.text(i) { for byte in $0 { mask.insert(byte) } }
                            numbers.text(i) { for byte in $0 { mask.insert(byte) } }
                            maskSlots[i] = mask
                        }
                    }
                }
            }
            self.pairs = pairs
            self.masks = masks
        }

        var count: Int { masks.count }

        func holdsPair(_ code: Int, _ i: Int) -> Bool { pairs[code * words + i >> 6] & (1 << UInt64(i & 63)) != 0 }
    }

    /// Pairs of а–я (32 × 32) and of digits (10 × 10) have a bit set each.
    static let pairCodes = 32 * 32 + 10 * 10

    /// The number of a pair of folded bytes both letters а–я or both digits; nil for any other.
    static func pairCode(_ a: UInt8, _ b: UInt8) -> Int? {
        if a & 0xE0 == 0x80, b & 0xE0 == 0x80 { return Int(a - 0x80) * 32 + Int(b - 0x80) }
        if (0x30...0x39).contains(a), (0x30...0x39).contains(b) { return 1024 + Int(a - 0x30) * 10 + Int(b - 0x30) }
        return nil
    }

    /// Which of 128 character classes a text holds: а–я (ё as е), a–z, digits, `-`, space and the
    /// rest of Cyrillic each have a bit of their own; other characters share two bits.
    struct Mask: Sendable, Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        init() {}

        init<C: Collection>(_ folded: C) where C.Element == UInt8 {
            for byte in folded { insert(byte) }
        }

        /// The class of a folded byte, and whether that class is this byte alone.
        static func bit(_ byte: UInt8) -> (bit: Int, exact: Bool) {
            switch byte {
            case 0x80...0x9F: return (Int(byte - 0x80), true)
            case 0x61...0x7A: return (32 + Int(byte - 0x61), true)
            case 0x30...0x39: return (64 + Int(byte - 0x30), true)
            case 0x2D: return (74, true)
            case 0x20: return (75, true)
            case 0xA0...0xAF: return (76 + Int(byte - 0xA0), true)
            case 0xFF: return (93, false)
            default: return (92, false)
            }
        }

        mutating func insert(_ byte: UInt8) {
            let b = Self.bit(byte).bit
            if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
        }

        func contains(_ other: Mask) -> Bool { low & other.low == other.low && high & other.high == other.high }
    }

    /// A case's texts changed since the buffers were built.
    private struct Changed: Sendable {
        var name: [UInt8]
        var numbers: [UInt8]
        var mask: Mask

        init(_ summary: CaseSummary) {
            name = []
            numbers = []
            DeskSearch.appendName(of: summary, to: &name)
            DeskSearch.appendNumbers(of: summary, to: &numbers)
            mask = Mask(name)
            for byte in numbers { mask.insert(byte) }
        }

        func holds(_ needle: [UInt8]) -> Bool {
            name.withUnsafeBufferPointer { DeskSearch.finds(needle, in: $0) }
                || numbers.withUnsafeBufferPointer { DeskSearch.finds(needle, in: $0) }
        }
    }

    private let buffer: Buffer
    private var changed: [Int: Changed] = [:]
    /// The number of cases, the changed and added ones included.
    private(set) var count: Int

    init(_ summaries: [CaseSummary] = []) {
        buffer = Buffer(summaries)
        count = summaries.count
    }

    /// Case `index` now reads `summary` (`index == count` adds it).
    mutating func update(_ index: Int, to summary: CaseSummary) {
        changed[index] = Changed(summary)
        count = max(count, index + 1)
    }

    /// The cases whose text contains `filter` (folded as `fold` does), as a flag per case; nil
    /// for an empty filter (everything matches). With `among`, only those cases are searched.
    /// `cases` are the summaries the texts were made from, for a filter the fold cannot express.
    func matches(_ filter: String, among candidates: [Int]? = nil, cases: [CaseSummary]) -> [Bool]? {
        let needle = Self.fold(filter)
        guard !needle.isEmpty else { return nil }
        var hits = [Bool](repeating: false, count: count)
        // A character outside the folded alphabet (Greek, accents, symbols): the texts hold such
        // characters only as a shared 0xFF, so the search is done on the texts themselves.
        if needle.contains(0xFF) {
            for i in candidates ?? Array(0..<count) where TextMatch.contains(Self.plainText(cases[i]), filter) {
                hits[i] = true
            }
            return hits
        }
        let mask = Mask(needle)
        if needle.count == 1, Mask.bit(needle[0]).exact {
            // One letter: the character set says it all.
            if changed.isEmpty, buffer.masks.count == count {
                // No case changed since the search was built: the sets straight from the buffer.
                buffer.masks.withUnsafeBufferPointer { masks in
                    hits.withUnsafeMutableBufferPointer { hits in
                        if let candidates {
                            for i in candidates where masks[i].contains(mask) { hits[i] = true }
                        } else {
                            for i in 0..<masks.count where masks[i].contains(mask) { hits[i] = true }
                        }
                    }
                }
            } else if let candidates {
                for i in candidates where self.mask(i).contains(mask) { hits[i] = true }
            } else {
                for i in 0..<count where self.mask(i).contains(mask) { hits[i] = true }
            }
            return hits
        }
        if needle.count == 2, let code = Self.pairCode(needle[0], needle[1]) {
            // Two letters or two digits: the pair sets say it all (a changed case by its text).
            buffer.pairs.withUnsafeBufferPointer { pairs in
                hits.withUnsafeMutableBufferPointer { hits in
                    guard let base = pairs.baseAddress else { return }
                    let row = base + code * buffer.words
                    func holds(_ i: Int) -> Bool { row[i >> 6] & (1 << UInt64(i & 63)) != 0 }
                    if let candidates {
                        for i in candidates where i < buffer.count { hits[i] = holds(i) }
                    } else {
                        for i in 0..<buffer.count where holds(i) { hits[i] = true }
                    }
                }
            }
            // Only the candidates were looked at; a changed case may be outside them.
            return changed.isEmpty ? hits : settled(hits, needle: needle, mask: mask, among: candidates)
        }
        let onlyDigits = needle.allSatisfy { (0x30...0x39).contains($0) }
        let parts = [buffer.names, onlyDigits ? buffer.digits : buffer.numbers].filter {
            $0.holdsEveryByte(of: needle)
        }
        // Each adjacent pair of letters or digits in the filter must be in a case's pair sets.
        let rows = zip(needle, needle.dropFirst()).compactMap { Self.pairCode($0, $1) }.map { $0 * buffer.words }
        if let candidates, candidates.count < buffer.count / 8 {
            // A bit test per row that leaves few to search (`да` + `в`: 8 000 → 1 700).
            let noneChanged = changed.isEmpty
            buffer.pairs.withUnsafeBufferPointer { pairs in
                for i in candidates where (noneChanged ? buffer.masks[i] : self.mask(i)).contains(mask) {
                    if !noneChanged, let text = changed[i] {
                        hits[i] = text.holds(needle)
                        continue
                    }
                    let word = i >> 6
                    let bit: UInt64 = 1 << UInt64(i & 63)
                    if rows.contains(where: { pairs[$0 + word] & bit == 0 }) { continue }
                    hits[i] = parts.contains { part in part.text(i) { Self.finds(needle, in: $0) } }
                }
            }
            return hits
        }
        if !rows.isEmpty, let few = casesHoldingEvery(pairRow: rows, below: buffer.count / 16) {
            // The cases holding every pair of the filter are few (`40` + `8`: 4 000 of 100 000):
            // only their texts are searched, not the whole buffer.
            for i in few where buffer.masks[i].contains(mask) {
                hits[i] = parts.contains { part in part.text(i) { Self.finds(needle, in: $0) } }
            }
            return settled(hits, needle: needle, mask: mask, among: candidates)
        }
        for part in parts {
            for i in part.scanAll(for: needle, count: buffer.count) { hits[Int(i)] = true }
        }
        return settled(hits, needle: needle, mask: mask, among: candidates)
    }

    /// The cases whose pair sets hold every one of `rows` (offsets into `buffer.pairs`): the
    /// sets intersected a word at a time; nil when there are `limit` or more of them.
    private func casesHoldingEvery(pairRow rows: [Int], below limit: Int) -> [Int]? {
        let words = buffer.words
        var both = [UInt64](repeating: 0, count: words)
        var population = 0
        buffer.pairs.withUnsafeBufferPointer { pairs in
            for w in 0..<words {
                var word = ~UInt64(0)
                for row in rows { word &= pairs[row + w] }
                both[w] = word
                population += word.nonzeroBitCount
            }
        }
        guard population < limit else { return nil }
        var cases: [Int] = []
        cases.reserveCapacity(population)
        for (w, word) in both.enumerated() {
            var bits = word
            while bits != 0 {
                let i = w << 6 | bits.trailingZeroBitCount
                if i < buffer.count { cases.append(i) }
                bits &= bits - 1
            }
        }
        return cases
    }

    /// Hits from the buffers made final: a changed case's match there is its old text, so its
    /// new text decides; then only the candidates' matches are kept (the filter grew: the rest
    /// are out already).
    private func settled(_ found: [Bool], needle: [UInt8], mask: Mask, among candidates: [Int]?) -> [Bool] {
        var hits = found
        for (i, text) in changed { hits[i] = text.mask.contains(mask) && text.holds(needle) }
        guard let candidates else { return hits }
        var narrowed = [Bool](repeating: false, count: count)
        for i in candidates where hits[i] { narrowed[i] = true }
        return narrowed
    }

    private func mask(_ i: Int) -> Mask { changed[i]?.mask ?? buffer.masks[i] }

    private static func finds(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        return needle.withUnsafeBytes { find($0, rare: 0, in: UnsafeRawPointer(base), from: 0, to: text.count) != nil }
    }

    /// Where `needle` first occurs in `base[from..<to]`: `memchr` for one of its bytes (at
    /// `rare` in the needle, its least common), then a compare of the whole needle around it.
    /// A letter that starts most names would stop `memchr` every few bytes; a rarer one lets it run.
    fileprivate static func find(
        _ needle: UnsafeRawBufferPointer, rare: Int, in base: UnsafeRawPointer, from: Int, to end: Int
    ) -> Int? {
        let n = needle.count
        let key = Int32(needle[rare])
        var cursor = from + rare
        while cursor < end - (n - 1 - rare) {
            guard let hit = memchr(base + cursor, key, end - (n - 1 - rare) - cursor) else { return nil }
            let at = base.distance(to: UnsafeRawPointer(hit)) - rare
            if memcmp(base + at, needle.baseAddress!, n) == 0 { return at }
            cursor = at + rare + 1
        }
        return nil
    }

    /// The unfolded text of a case, for the rare filter outside the folded alphabet.
    private static func plainText(_ summary: CaseSummary) -> String {
        let digits = summary.snils.filter(\.isASCIIDigit)
        return "\(summary.fullName)\u{1}\(summary.snils)\u{1}\(digits)\u{1}\(summary.id)"
    }

    /// What a case is found by: its name, and its numbers (SNILS as written, SNILS digits only,
    /// the id), folded.
    static func appendName(of summary: CaseSummary, to bytes: inout [UInt8]) {
        fold(summary.fullName, into: &bytes)
    }

    static func appendDigits(of summary: CaseSummary, to bytes: inout [UInt8]) {
        for byte in summary.snils.utf8 where (0x30...0x39).contains(byte) { bytes.append(byte) }
        bytes.append(0x01)
        fold(summary.id.description, into: &bytes)
    }

    static func appendNumbers(of summary: CaseSummary, to bytes: inout [UInt8]) {
        fold(summary.snils, into: &bytes)
        bytes.append(0x01)
        for byte in summary.snils.utf8 where (0x30...0x39).contains(byte) { bytes.append(byte) }
        bytes.append(0x01)
        fold(summary.id.description, into: &bytes)
    }

    static func fold(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        fold(text, into: &bytes)
        return bytes
    }

    /// A byte per character, in the order the characters sort: ASCII in lower case (control
    /// characters become 0xFF, so a filter never matches the separators), а–я as 0x80–0x9F with
    /// ё as е, the rest of Cyrillic (ѐ–џ) as 0xA0–0xAF, anything else 0xFF. `TextMatch`'s rule
    /// (lower case, ё as е) for every character the desk's names, SNILS and ids hold.
    static func fold(_ text: String, into bytes: inout [UInt8]) {
        // ASCII and two-byte Cyrillic straight from the UTF-8 (nearly every name, SNILS and id);
        // anything else through the scalars.
        var utf8 = text
        let start = bytes.count
        let direct = utf8.withUTF8 { b -> Bool in
            var i = 0
            while i < b.count {
                let lead = b[i]
                if lead < 0x80 {
                    bytes.append(fold(scalar: UInt32(lead)))
                    i += 1
                } else if lead == 0xD0 || lead == 0xD1, i + 1 < b.count {
                    bytes.append(fold(scalar: UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)))
                    i += 2
                } else {
                    return false
                }
            }
            return true
        }
        if !direct {
            bytes.removeSubrange(start...)
            fold(text, into: &bytes, composed: false)
        }
    }

    /// A combining mark (й typed as и + U+0306, as some systems store it) sends the text through
    /// canonical composition first, so it reads the same as the precomposed letter.
    private static func fold(_ text: String, into bytes: inout [UInt8], composed: Bool) {
        let start = bytes.count
        for scalar in text.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value), !composed {
                bytes.removeSubrange(start...)
                fold(text.precomposedStringWithCanonicalMapping, into: &bytes, composed: true)
                return
            }
            bytes.append(fold(scalar: scalar.value))
        }
    }

    @inline(__always) private static func fold(scalar v: UInt32) -> UInt8 {
        switch v {
        case 0x41...0x5A: UInt8(v + 0x20)
        case 0x20...0x7E: UInt8(v)
        case 0x401, 0x451: 0x85
        case 0x410...0x42F: UInt8(v - 0x410 + 0x80)
        case 0x430...0x44F: UInt8(v - 0x430 + 0x80)
        case 0x400...0x40F: UInt8(v - 0x400 + 0xA0)
        case 0x450...0x45F: UInt8(v - 0x450 + 0xA0)
        default: 0xFF
        }
    }
}
