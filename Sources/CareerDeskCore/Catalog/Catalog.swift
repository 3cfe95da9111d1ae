import Foundation

/// Everything the guidance, course and contract steps look up: regions, skills, occupations,
/// the own-business track, courses, the questionnaire, support measures and programmes.
/// Loaded once from a catalog directory (data/ in the source tree) and checked as a whole.
public struct Catalog: Sendable {
    /// The files of a catalog directory.
    public enum File {
        public static let regions = "regions.json"
        public static let skills = "skills.json"
        public static let occupations = "occupations.json"
        public static let ownBusiness = "own-business.json"
        public static let courses = "courses.json"
        public static let questionnaire = "questionnaire.json"
        public static let supportMeasures = "support-measures.json"
        public static let programmes = "programmes"
    }

    // Changing a list rebuilds the look-ups built from it, so they never answer for an old list.
    public var regions: [Region] { didSet { reindex() } }
    public var skills: [Skill] { didSet { reindex() } }
    public var occupations: [Occupation] { didSet { reindex() } }
    /// The own-business (self-employment) track, scored like an occupation.
    public var ownBusiness: Occupation { didSet { reindex() } }
    public var courses: [Course] { didSet { reindex() } }
    public var questionnaire: Questionnaire
    public var supportMeasures: [SupportMeasure]
    /// Contract programme policies (data/programmes/*.json), sorted by id.
    public var programmes: [ProgrammePolicy]

    private var regionIndex: [String: Int] = [:]
    private var skillIndex: [String: Int] = [:]
    private var occupationIndex: [String: Int] = [:]
    private var courseIndex: [String: Int] = [:]
    private var coursesByOccupation: [String: [Int]] = [:]
    /// Per outcome (`outcome(at:)`), what guidance scores it by.
    private(set) var outcomeTerms: [OutcomeTerms] = []
    /// A number for every skill id an outcome names, for `OutcomeTerms.skillNumbers`.
    private(set) var skillNumbers: [String: Int] = [:]

    public init(
        regions: [Region], skills: [Skill], occupations: [Occupation], ownBusiness: Occupation, courses: [Course],
        questionnaire: Questionnaire, supportMeasures: [SupportMeasure], programmes: [ProgrammePolicy] = []
    ) {
        self.regions = regions
        self.skills = skills
        self.occupations = occupations
        self.ownBusiness = ownBusiness
        self.courses = courses
        self.questionnaire = questionnaire
        self.supportMeasures = supportMeasures
        self.programmes = programmes.sorted { $0.id < $1.id }
        reindex()
    }

    private mutating func reindex() {
        regionIndex = Dictionary(regions.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        skillIndex = Dictionary(skills.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        occupationIndex = Dictionary(occupations.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        courseIndex = Dictionary(courses.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var byOccupation: [String: [Int]] = [:]
        for (i, course) in courses.enumerated() {
            for code in course.occupations { byOccupation[code, default: []].append(i) }
        }
        coursesByOccupation = byOccupation
        var numbers: [String: Int] = [:]
        outcomeTerms = (0..<outcomeCount).map { position in
            let outcome = self.outcome(at: position)
            return OutcomeTerms(
                skillNumbers: outcome.skills.map { skill in
                    if let number = numbers[skill] { return number }
                    numbers[skill] = numbers.count
                    return numbers.count - 1
                },
                educationRank: outcome.educationLevel.rank,
                courses: (byOccupation[outcome.code] ?? []).map { CourseTerms(courses[$0], index: $0) })
        }
        skillNumbers = numbers
    }

    // MARK: Look-ups

    public func region(_ code: String) -> Region? { regionIndex[code].map { regions[$0] } }
    public func skill(_ id: String) -> Skill? { skillIndex[id].map { skills[$0] } }
    public func course(_ id: String) -> Course? { courseIndex[id].map { courses[$0] } }
    public func programme(_ id: String) -> ProgrammePolicy? { programmes.first { $0.id == id } }
    public func supportMeasure(_ id: String) -> SupportMeasure? { supportMeasures.first { $0.id == id } }

    /// An occupation by OKZ code, or the own-business track by `own-business`.
    public func occupation(_ code: String) -> Occupation? {
        if code == ownBusiness.code { return ownBusiness }
        return occupationIndex[code].map { occupations[$0] }
    }

    /// Courses leading to an occupation (or to the own-business track), in catalog order.
    public func courses(for occupationCode: String) -> [Course] {
        (coursesByOccupation[occupationCode] ?? []).map { courses[$0] }
    }

    /// Every occupation and the own-business track: what guidance ranks.
    public var outcomes: [Occupation] { occupations + [ownBusiness] }

    /// How many outcomes there are: the occupations and the own-business track.
    public var outcomeCount: Int { occupations.count + 1 }

    /// `outcomes[position]`, without building the list.
    public func outcome(at position: Int) -> Occupation {
        position < occupations.count ? occupations[position] : ownBusiness
    }

    // MARK: Loading

    /// Loads and checks every file of the catalog directory. Programmes are read when the
    /// `programmes/` folder exists. Throws `CatalogError.invalid` listing every problem found.
    public static func load(from directory: URL) throws(CatalogError) -> Catalog {
        let catalog = try loadUnchecked(from: directory)
        let problems = catalog.validate()
        if !problems.isEmpty { throw .invalid(problems) }
        return catalog
    }

    /// Loads the files without the cross-reference check (the importer checks after merging).
    public static func loadUnchecked(from directory: URL) throws(CatalogError) -> Catalog {
        func read<T: Decodable>(_ name: String, as type: T.Type) throws(CatalogError) -> T {
            let url = directory.appendingPathComponent(name)
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw .missingFile(path: url.path)
            }
            do {
                return try JSONDecoder().decode(T.self, from: data)
            } catch let error as DecodingError {
                throw .unreadable(path: url.path, detail: error.readableDescription)
            } catch {
                throw .unreadable(path: url.path, detail: error.localizedDescription)
            }
        }
        let regions = try read(File.regions, as: [Region].self)
        let skills = try read(File.skills, as: [Skill].self)
        let occupations = try read(File.occupations, as: [Occupation].self)
        let ownBusiness = try read(File.ownBusiness, as: Occupation.self)
        let courses = try read(File.courses, as: [Course].self)
        let questionnaire = try read(File.questionnaire, as: Questionnaire.self)
        let measures = try read(File.supportMeasures, as: [SupportMeasure].self)
        var programmes: [ProgrammePolicy] = []
        let folder = directory.appendingPathComponent(File.programmes)
        if let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
            for name in names.sorted() where name.hasSuffix(".json") {
                programmes.append(try read(File.programmes + "/" + name, as: ProgrammePolicy.self))
            }
        }
        return Catalog(
            regions: regions, skills: skills, occupations: occupations, ownBusiness: ownBusiness, courses: courses,
            questionnaire: questionnaire, supportMeasures: measures, programmes: programmes)
    }

    // MARK: Writing

    /// The JSON the catalog files are written in: pretty, sorted keys, so imports diff cleanly.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Writes one catalog file atomically (a temporary file in the same directory, then a rename),
    /// so a reader never sees half a file and a failed write leaves the old one.
    public static func write<T: Encodable>(_ value: T, to url: URL) throws {
        var data = try encoder().encode(value)
        data.append(0x0A)
        try data.write(to: url, options: .atomic)
    }
}
