/// One of the eight ANSI colours (plus the terminal's default). Meaning is never carried by
/// colour alone: every widget also uses an attribute, so the monochrome fallback stays readable.
public enum Color: Int, Hashable, Sendable, CaseIterable {
    case `default` = -1
    case black = 0
    case red, green, yellow, blue, magenta, cyan, white
}

/// Text attributes that survive on monochrome terminals.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let underline = Attributes(rawValue: 1 << 2)
    public static let reverse = Attributes(rawValue: 1 << 3)
    public static let italic = Attributes(rawValue: 1 << 4)
}

/// Foreground, background and attributes of a cell.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: Attributes

    public init(foreground: Color = .default, background: Color = .default, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()
    public static let bold = Style(attributes: .bold)
    public static let reverse = Style(attributes: .reverse)
    public static let dim = Style(attributes: .dim)
    public static let underline = Style(attributes: .underline)

    /// The same style with extra attributes.
    public func adding(_ extra: Attributes) -> Style {
        var s = self
        s.attributes.formUnion(extra)
        return s
    }

    /// The same style with another foreground colour.
    public func foreground(_ color: Color) -> Style {
        var s = self
        s.foreground = color
        return s
    }

    /// The same style with another background colour.
    public func background(_ color: Color) -> Style {
        var s = self
        s.background = color
        return s
    }
}

/// The handful of styles widgets use, so an app can restyle everything in one place.
/// The defaults rely on attributes first and colour second (NO_COLOR keeps the meaning).
public struct Theme: Hashable, Sendable {
    public var normal: Style = .plain
    public var focused: Style = Style(attributes: .reverse)
    // Reverse carries the meaning; the foreground colour becomes the bar's background when
    // reversed (cyan bar), and is simply dropped on monochrome terminals or with NO_COLOR.
    public var selected: Style = Style(foreground: .cyan, attributes: .reverse)
    public var label: Style = .plain
    public var header: Style = Style(attributes: [.bold, .underline])
    public var error: Style = Style(foreground: .red, attributes: .bold)
    public var hint: Style = Style(attributes: .dim)
    public var border: Style = .plain
    public var title: Style = Style(attributes: .bold)
    public var keyBarKey: Style = Style(attributes: .bold)
    public var keyBarLabel: Style = Style(foreground: .cyan, attributes: .reverse)
    public var bar: Style = Style(foreground: .green)
    public var inputField: Style = Style(attributes: .underline)

    public init() {}

    /// The default theme.
    public static let standard = Theme()
}
