import Foundation

/// A machine-readable eligibility rule over the seeker's profile. In JSON each rule is an object
/// with exactly one key: `{"all": [...]}`, `{"any": [...]}`, `{"not": rule}` or a condition such
/// as `{"ageAtLeast": 18}` (data/README.md lists them all).
public indirect enum EligibilityRule: Hashable, Sendable {
    case all([EligibilityRule])
    case any([EligibilityRule])
    case not(EligibilityRule)
    /// Age in whole years on the day of evaluation is at least this.
    case ageAtLeast(Int)
    /// Age in whole years on the day of evaluation is at most this.
    case ageAtMost(Int)
    case employmentStatusIn([EmploymentStatus])
    /// The seeker belongs to at least one of these groups.
    case priorityGroupsAny([PriorityGroup])
    /// Unemployed, and for at least this many whole months since `unemployedSince`.
    case unemployedMonthsAtLeast(Int)
    case relocationIn([Constraints.Relocation])
    case regionIn([String])
    /// The chosen (or considered) track of the guidance step.
    case trackIs(Guidance.Track)
    case baselineIncomeAtMost(Money)

    /// The JSON key of each kind of rule, in the order documented.
    public static let keys = [
        "all", "any", "not", "ageAtLeast", "ageAtMost", "employmentStatusIn", "priorityGroupsAny",
        "unemployedMonthsAtLeast", "relocationIn", "regionIn", "trackIs", "baselineIncomeAtMost",
    ]

    public var key: String {
        switch self {
        case .all: "all"
        case .any: "any"
        case .not: "not"
        case .ageAtLeast: "ageAtLeast"
        case .ageAtMost: "ageAtMost"
        case .employmentStatusIn: "employmentStatusIn"
        case .priorityGroupsAny: "priorityGroupsAny"
        case .unemployedMonthsAtLeast: "unemployedMonthsAtLeast"
        case .relocationIn: "relocationIn"
        case .regionIn: "regionIn"
        case .trackIs: "trackIs"
        case .baselineIncomeAtMost: "baselineIncomeAtMost"
        }
    }

    /// Region codes named anywhere in the rule (for the catalog's cross-reference check).
    public var regionCodes: [String] {
        switch self {
        case .all(let rules), .any(let rules): rules.flatMap(\.regionCodes)
        case .not(let rule): rule.regionCodes
        case .regionIn(let codes): codes
        default: []
        }
    }
}

/// What a rule is evaluated against: the profile, the track and the day ages are counted on.
public struct EligibilityContext: Sendable {
    public var seeker: JobSeeker
    public var track: Guidance.Track?
    public var today: LocalDate

    public init(seeker: JobSeeker, track: Guidance.Track? = nil, today: LocalDate) {
        self.seeker = seeker
        self.track = track
        self.today = today
    }

    public var age: Int? { seeker.birthDate.map { $0.years(until: today) } }

    /// Whole months out of work, when the seeker is unemployed and the date is known.
    public var unemployedMonths: Int? {
        guard seeker.employmentStatus == .unemployed, let since = seeker.unemployedSince, since <= today else {
            return nil
        }
        return since.months(until: today)
    }
}

extension EligibilityRule {
    /// The leaf conditions that made the rule hold, in order; nil when it does not hold.
    /// For `any`, the first branch that holds is the one reported.
    public func match(_ context: EligibilityContext) -> [EligibilityRule]? {
        switch self {
        case .all(let rules):
            var matched: [EligibilityRule] = []
            for rule in rules {
                guard let m = rule.match(context) else { return nil }
                matched += m
            }
            return matched
        case .any(let rules):
            for rule in rules {
                if let m = rule.match(context) { return m }
            }
            return nil
        case .not(let rule):
            return rule.match(context) == nil ? [self] : nil
        default:
            return holds(context) ? [self] : nil
        }
    }

    private func holds(_ c: EligibilityContext) -> Bool {
        switch self {
        case .ageAtLeast(let n): return c.age.map { $0 >= n } ?? false
        case .ageAtMost(let n): return c.age.map { $0 <= n } ?? false
        case .employmentStatusIn(let s): return c.seeker.employmentStatus.map(s.contains) ?? false
        case .priorityGroupsAny(let g): return c.seeker.priorityGroups.contains(where: g.contains)
        case .unemployedMonthsAtLeast(let n): return c.unemployedMonths.map { $0 >= n } ?? false
        case .relocationIn(let r): return r.contains(c.seeker.constraints.relocation)
        case .regionIn(let codes): return codes.contains(c.seeker.region)
        case .trackIs(let t): return c.track == t
        case .baselineIncomeAtMost(let m): return c.seeker.baselineIncome <= m
        case .all, .any, .not: return match(c) != nil
        }
    }
}

extension EligibilityRule: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let keys = container.allKeys
        guard keys.count == 1, let key = keys.first else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription:
                        "a rule has exactly one key, one of \(EligibilityRule.keys.joined(separator: ", "))"))
        }
        switch key.stringValue {
        case "all": self = .all(try container.decode([EligibilityRule].self, forKey: key))
        case "any": self = .any(try container.decode([EligibilityRule].self, forKey: key))
        case "not": self = .not(try container.decode(EligibilityRule.self, forKey: key))
        case "ageAtLeast": self = .ageAtLeast(try container.decode(Int.self, forKey: key))
        case "ageAtMost": self = .ageAtMost(try container.decode(Int.self, forKey: key))
        case "employmentStatusIn":
            self = .employmentStatusIn(try container.decode([EmploymentStatus].self, forKey: key))
        case "priorityGroupsAny": self = .priorityGroupsAny(try container.decode([PriorityGroup].self, forKey: key))
        case "unemployedMonthsAtLeast": self = .unemployedMonthsAtLeast(try container.decode(Int.self, forKey: key))
        case "relocationIn": self = .relocationIn(try container.decode([Constraints.Relocation].self, forKey: key))
        case "regionIn": self = .regionIn(try container.decode([String].self, forKey: key))
        case "trackIs": self = .trackIs(try container.decode(Guidance.Track.self, forKey: key))
        case "baselineIncomeAtMost": self = .baselineIncomeAtMost(try container.decode(Money.self, forKey: key))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription:
                    "unknown rule \"\(key.stringValue)\"; known: \(EligibilityRule.keys.joined(separator: ", "))")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        let key = Key(stringValue: self.key)
        switch self {
        case .all(let r), .any(let r): try container.encode(r, forKey: key)
        case .not(let r): try container.encode(r, forKey: key)
        case .ageAtLeast(let n), .ageAtMost(let n), .unemployedMonthsAtLeast(let n):
            try container.encode(n, forKey: key)
        case .employmentStatusIn(let s): try container.encode(s, forKey: key)
        case .priorityGroupsAny(let g): try container.encode(g, forKey: key)
        case .relocationIn(let r): try container.encode(r, forKey: key)
        case .regionIn(let c): try container.encode(c, forKey: key)
        case .trackIs(let t): try container.encode(t, forKey: key)
        case .baselineIncomeAtMost(let m): try container.encode(m, forKey: key)
        }
    }
}
