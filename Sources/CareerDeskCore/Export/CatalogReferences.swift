import Foundation

extension DocumentReferences {
    /// The names a case's ids stand for, looked up in the catalog. Ids the catalog does not
    /// know stay unnamed, and the documents print the id itself.
    public init(for item: Case, catalog: Catalog) {
        self.init()
        regionName = catalog.region(item.seeker.region)?.name.text
        if let code = item.guidance?.targetOccupation {
            occupationName = catalog.occupation(code)?.name.text
        }
        if let id = item.contract?.programmeId { programme = catalog.programme(id) }
        for id in item.guidance?.supportMeasures ?? [] {
            if let measure = catalog.supportMeasure(id) { supportMeasureNames[id] = measure.name.text }
        }
    }
}

extension CaseExport.CatalogEntries {
    /// The catalog entries the case refers to, copied whole so the export stands on its own.
    public init(for item: Case, catalog: Catalog) throws {
        self.init()
        if let region = catalog.region(item.seeker.region) {
            self.region = try JSONValue(encoding: region)
        }
        if let code = item.guidance?.targetOccupation, let occupation = catalog.occupation(code) {
            self.occupation = try JSONValue(encoding: occupation)
        }
        if let id = item.course?.courseId, let course = catalog.course(id) {
            self.course = try JSONValue(encoding: course)
        }
        if let id = item.contract?.programmeId, let programme = catalog.programme(id) {
            self.programme = try JSONValue(encoding: programme)
        }
        supportMeasures = try (item.guidance?.supportMeasures ?? []).compactMap {
            catalog.supportMeasure($0)
        }.map {
            try JSONValue(encoding: $0)
        }
    }
}
