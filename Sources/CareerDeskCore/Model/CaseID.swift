import Foundation

/// A case's identity, `SAK-2026-000042`: the region's three-letter code, the year it was opened
/// and a six-digit sequence within that region and year. It is also the case file's name, so the
/// parser admits nothing that could leave the store directory (`/`, `..`, lower case, spaces).
public struct CaseID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let region: String
    public let year: Int
    public let sequence: Int

    public init?(region: String, year: Int, sequence: Int) {
        guard region.count == 3, region.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }),
            (2000...9999).contains(year), (1...999_999).contains(sequence)
        else { return nil }
        self.region = region
        self.year = year
        self.sequence = sequence
    }

    /// An id whose parts the caller has checked (the index reader, from bytes).
    init(checkedRegion region: String, year: Int, sequence: Int) {
        self.region = region
        self.year = year
        self.sequence = sequence
    }

    public init?(_ text: String) {
        var text = text
        let parsed = text.withUTF8 { b -> (String, Int, Int)? in
            guard b.count == 15, b[3] == 0x2D, b[8] == 0x2D,
                let year = CivilCalendar.number(b, from: 4, width: 4),
                let sequence = CivilCalendar.number(b, from: 9, width: 6)
            else { return nil }
            return (String(decoding: b[0..<3], as: UTF8.self), year, sequence)
        }
        guard let (region, year, sequence) = parsed else { return nil }
        self.init(region: region, year: year, sequence: sequence)
    }

    /// `SAK-2026-000042`, built from bytes: the desk writes 100 000 of these at start.
    public var description: String {
        var bytes = Array(region.utf8)
        bytes.reserveCapacity(15)
        bytes.append(0x2D)
        CivilCalendar.append(year, width: 4, to: &bytes)
        bytes.append(0x2D)
        CivilCalendar.append(sequence, width: 6, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func < (lhs: CaseID, rhs: CaseID) -> Bool {
        (lhs.region, lhs.year, lhs.sequence) < (rhs.region, rhs.year, rhs.sequence)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = CaseID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: FieldFault.caseID.code)
        }
        self = id
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
