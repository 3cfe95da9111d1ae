import Foundation

/// The self-contained JSON export of one case: the case file and the catalog entries it refers
/// to (occupation, course, region, programme, support measures), so it reads on its own and
/// imports back with `careerdesk import`.
///
/// ```
/// {"schemaVersion": 1, "kind": "careerdesk.case-export", "containsPersonalData": true,
///  "exportedAt": "…", "case": {…}, "catalog": {…}}
/// ```
/// `kind` is written before the case so a reader can recognise the envelope from its first bytes
/// (`CaseImport` looks for it in the first 4 KiB).
public struct CaseExport: Hashable, Sendable {
    public static let schemaVersion = 1
    public static let kind = "careerdesk.case-export"

    public var exportedAt: Date
    public var item: Case
    public var catalog: CatalogEntries

    public init(item: Case, catalog: CatalogEntries, exportedAt: Date) {
        self.item = item
        self.catalog = catalog
        self.exportedAt = exportedAt
    }

    /// The catalog entries a case refers to, as the catalog files hold them.
    public struct CatalogEntries: Codable, Hashable, Sendable {
        public var occupation: JSONValue?
        public var course: JSONValue?
        public var region: JSONValue?
        public var programme: JSONValue?
        public var supportMeasures: [JSONValue]

        public init(
            occupation: JSONValue? = nil, course: JSONValue? = nil, region: JSONValue? = nil,
            programme: JSONValue? = nil, supportMeasures: [JSONValue] = []
        ) {
            self.occupation = occupation
            self.course = course
            self.region = region
            self.programme = programme
            self.supportMeasures = supportMeasures
        }
    }

    /// The export as UTF-8 JSON: envelope keys in a fixed order, the case and catalog with sorted keys.
    public func encoded() throws -> Data {
        let encoder = CaseCoding.encoder()
        func nested(_ data: Data) -> String {
            String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: "\n  ")
        }
        let caseJSON = nested(try encoder.encode(item))
        let catalogJSON = nested(try encoder.encode(catalog))
        let text = """
            {
              "schemaVersion" : \(Self.schemaVersion),
              "kind" : "\(Self.kind)",
              "containsPersonalData" : true,
              "exportedAt" : "\(Timestamp.format(exportedAt))",
              "case" : \(caseJSON),
              "catalog" : \(catalogJSON)
            }

            """
        return Data(text.utf8)
    }
}
