import Foundation

/// A skill an occupation needs and the skills check asks about (data/skills.json).
public struct Skill: Codable, Hashable, Sendable, Identifiable {
    /// Stable id, e.g. `welding-mma`.
    public var id: String
    public var name: LocalizedName
    /// A grouping for the skills check screen, e.g. `trades`, `it`.
    public var group: String

    public init(id: String, name: LocalizedName, group: String) {
        self.id = id
        self.name = name
        self.group = group
    }
}
