import Foundation

/// A support measure the seeker may be entitled to (data/support-measures.json), with the rule
/// that decides who is eligible, so the desk can offer it without an application.
public struct SupportMeasure: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: LocalizedName
    public var description: LocalizedName
    /// The law or programme the measure rests on, as a caseworker would cite it.
    public var legalBasis: String?
    public var rule: EligibilityRule

    public init(
        id: String, name: LocalizedName, description: LocalizedName, legalBasis: String? = nil, rule: EligibilityRule
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.legalBasis = legalBasis
        self.rule = rule
    }
}
