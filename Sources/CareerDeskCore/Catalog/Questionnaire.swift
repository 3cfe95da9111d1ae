import Foundation

/// Holland's six interest types, in the order of the RIASEC hexagon.
public enum HollandType: String, Codable, CaseIterable, Sendable {
    case realistic = "R"
    case investigative = "I"
    case artistic = "A"
    case social = "S"
    case enterprising = "E"
    case conventional = "C"

    /// Position on the hexagon, 0…5; also the tie-break order of the Holland code.
    public var index: Int { HollandType.allCases.firstIndex(of: self)! }

    public var letter: Character { Character(rawValue) }

    /// Steps between two types around the hexagon: 0 (same), 1 (adjacent), 2, 3 (opposite).
    public func distance(to other: HollandType) -> Int {
        let d = abs(index - other.index)
        return min(d, 6 - d)
    }

    /// The types of a Holland code such as `RIC`; nil if any letter is not one of RIASEC.
    public static func parse(code: String) -> [HollandType]? {
        var types: [HollandType] = []
        for ch in code {
            guard let t = HollandType(rawValue: String(ch)) else { return nil }
            types.append(t)
        }
        return types
    }
}

/// The interest questionnaire (data/questionnaire.json): items answered 1–5, each scoring one type.
public struct Questionnaire: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var title: LocalizedName
    public var instructions: LocalizedName
    public var scale: [ScalePoint]
    public var types: [TypeDescription]
    public var items: [Item]

    public init(
        id: String, title: LocalizedName, instructions: LocalizedName, scale: [ScalePoint], types: [TypeDescription],
        items: [Item]
    ) {
        self.id = id
        self.title = title
        self.instructions = instructions
        self.scale = scale
        self.types = types
        self.items = items
    }

    /// One point of the answer scale: the value and its label.
    public struct ScalePoint: Codable, Hashable, Sendable {
        public var value: Int
        public var label: LocalizedName

        public init(value: Int, label: LocalizedName) {
            self.value = value
            self.label = label
        }
    }

    /// A type's name and what it means, for the result screen.
    public struct TypeDescription: Codable, Hashable, Sendable {
        public var letter: HollandType
        public var key: String
        public var name: LocalizedName
        public var description: LocalizedName

        public init(letter: HollandType, key: String, name: LocalizedName, description: LocalizedName) {
            self.letter = letter
            self.key = key
            self.name = name
            self.description = description
        }
    }

    /// One statement the seeker rates.
    public struct Item: Codable, Hashable, Sendable, Identifiable {
        public var id: String
        public var type: HollandType
        public var text: LocalizedName

        public init(id: String, type: HollandType, text: LocalizedName) {
            self.id = id
            self.type = type
            self.text = text
        }
    }

    /// The lowest and highest answer values of the scale (1 and 5).
    public var answerRange: ClosedRange<Int> {
        (scale.map(\.value).min() ?? 1)...(scale.map(\.value).max() ?? 5)
    }

    public func description(of type: HollandType) -> TypeDescription? {
        types.first { $0.letter == type }
    }
}
