import Foundation

@testable import CareerDeskCore

/// The repository's catalog (data/), loaded once per test process, and helpers for copies.
enum CatalogFixtures {
    static let dataDirectory: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("data")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("regions.json").path) {
                return candidate
            }
        }
        fatalError("data/ not found above \(#filePath)")
    }()

    static let catalog: Catalog = {
        do {
            return try Catalog.load(from: dataDirectory)
        } catch {
            fatalError((error as? CatalogError)?.message(.en) ?? "\(error)")
        }
    }()

    static let today = LocalDate(year: 2026, month: 11, day: 23)!

    /// A copy of the catalog directory (without demo cases) to import into or break.
    static func copy() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "careerdesk-catalog-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: dataDirectory.path)
        where name.hasSuffix(".json") || name == "programmes" {
            try FileManager.default.copyItem(
                at: dataDirectory.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        return dir
    }

    static func seeker(
        region: String = "SAK", birth: LocalDate = LocalDate(year: 1990, month: 5, day: 10)!,
        education: EducationLevel = .vocational, status: EmploymentStatus = .unemployed,
        unemployedSince: LocalDate? = LocalDate(year: 2026, month: 6, day: 1), income: Int64 = 35_000,
        groups: [PriorityGroup] = [], constraints: Constraints = Constraints(relocation: .withinRegion)
    ) -> JobSeeker {
        JobSeeker(
            fullName: "Проверкин Пётр Петрович", birthDate: birth, snils: "112-233-445 95", region: region,
            educationLevel: education, employmentStatus: status, unemployedSince: unemployedSince,
            baselineIncome: Money(roubles: income), priorityGroups: groups, constraints: constraints,
            consent: Consent(given: true, date: today))
    }

    /// Answers giving each type the same answer on all of its items.
    static func answers(_ levels: [HollandType: Int]) -> [Int?] {
        catalog.questionnaire.items.map { levels[$0.type] ?? 3 }
    }
}
