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

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 15, parts.count == 3, parts[1].count == 4, parts[2].count == 6,
            parts[1].allSatisfy(\.isASCIIDigit), parts[2].allSatisfy(\.isASCIIDigit),
            let year = Int(parts[1]), let sequence = Int(parts[2])
        else { return nil }
        self.init(region: String(parts[0]), year: year, sequence: sequence)
    }

    public var description: String { String(format: "%@-%04d-%06d", region, year, sequence) }

    public static func < (lhs: CaseID, rhs: CaseID) -> Bool {
        (lhs.region, lhs.year, lhs.sequence) < (rhs.region, rhs.year, rhs.sequence)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = CaseID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "case id must look like SAK-2026-000042, got \"\(text.prefix(40))\"")
        }
        self = id
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
