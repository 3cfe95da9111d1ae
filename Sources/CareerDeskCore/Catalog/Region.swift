import Foundation

/// A region of Russia served by the desk (data/regions.json). Its three-letter code is also the
/// prefix of case ids opened there.
public struct Region: Codable, Hashable, Sendable, Identifiable {
    public var code: String
    public var name: LocalizedName
    public var federalDistrict: LocalizedName?
    /// `large`, `medium` or `small`: the size of the regional labour market.
    public var labourMarket: String?
    /// Average monthly nominal wage in the region (Rosstat, rounded).
    public var averageWage: Money?
    /// The minimum wage used as the baseline when a seeker has no income (wage uplift).
    public var minimumWage: Money
    public var municipalities: [LocalizedName]

    public var id: String { code }

    public init(
        code: String, name: LocalizedName, federalDistrict: LocalizedName? = nil, labourMarket: String? = nil,
        averageWage: Money? = nil, minimumWage: Money, municipalities: [LocalizedName] = []
    ) {
        self.code = code
        self.name = name
        self.federalDistrict = federalDistrict
        self.labourMarket = labourMarket
        self.averageWage = averageWage
        self.minimumWage = minimumWage
        self.municipalities = municipalities
    }
}
