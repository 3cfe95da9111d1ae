import Foundation

/// An occupation a seeker can train for (data/occupations.json), or the own-business track
/// (data/own-business.json, code `own-business`), which is scored the same way.
public struct Occupation: Codable, Hashable, Sendable, Identifiable {
    /// The code of the own-business (self-employment) track.
    public static let ownBusinessCode = "own-business"

    /// OKZ (OK 010-2014) code, four digits; OKZ is harmonised with ISCO-08.
    public var code: String
    /// ISCO-08 unit group, when it differs from or confirms the OKZ code.
    public var isco: String?
    public var name: LocalizedName
    /// A grouping such as `energy`, `fishing`, `it`.
    public var industry: String
    /// Holland code of the occupation, three letters of RIASEC, e.g. `RIC`.
    public var hollandCode: String
    /// Key skill ids (data/skills.json).
    public var skills: [String]
    /// The least education a training course for it admits.
    public var educationLevel: EducationLevel
    /// National median monthly wage, used where the region has no figure.
    public var medianWage: Money
    /// National vacancies per registered job seeker.
    public var demandIndex: DemandIndex
    /// Figures per region code; a region missing here has no such labour market.
    public var regions: [String: RegionalFigures]

    public var id: String { code }

    /// Whether this entry is the own-business track rather than an employed occupation.
    public var isOwnBusiness: Bool { code == Occupation.ownBusinessCode }

    public init(
        code: String, isco: String? = nil, name: LocalizedName, industry: String, hollandCode: String,
        skills: [String], educationLevel: EducationLevel, medianWage: Money, demandIndex: DemandIndex,
        regions: [String: RegionalFigures] = [:]
    ) {
        self.code = code
        self.isco = isco
        self.name = name
        self.industry = industry
        self.hollandCode = hollandCode
        self.skills = skills
        self.educationLevel = educationLevel
        self.medianWage = medianWage
        self.demandIndex = demandIndex
        self.regions = regions
    }

    /// The region's figures, or nil when the occupation has none there.
    public func figures(in region: String) -> RegionalFigures? { regions[region] }

    /// The figures the labour market shows in a region: the national ones when it has none.
    public func figuresOrNational(in region: String) -> RegionalFigures {
        regions[region] ?? RegionalFigures(medianWage: medianWage, demandIndex: demandIndex)
    }

    /// A region's median wage and demand for one occupation.
    public struct RegionalFigures: Codable, Hashable, Sendable {
        public var medianWage: Money
        public var demandIndex: DemandIndex

        public init(medianWage: Money, demandIndex: DemandIndex) {
            self.medianWage = medianWage
            self.demandIndex = demandIndex
        }
    }
}

extension EducationLevel {
    /// Order of the levels, 0 for basic general up to 4 for postgraduate.
    public var rank: Int { EducationLevel.allCases.firstIndex(of: self)! }
}
