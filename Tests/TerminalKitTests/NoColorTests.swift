import Testing

@testable import TerminalKit

/// NO_COLOR (https://no-color.org): any non-empty value drops colour, never the attributes that
/// carry meaning. The end-to-end check of what reaches the terminal is in EndToEndTests.
@Suite struct NoColorTests {
    @Test func nonEmptyNoColorTurnsColourOff() {
        #expect(NcursesTerminal.wantsColor(environment: [:], terminalHasColors: true))
        #expect(NcursesTerminal.wantsColor(environment: ["NO_COLOR": ""], terminalHasColors: true))
        #expect(!NcursesTerminal.wantsColor(environment: ["NO_COLOR": "1"], terminalHasColors: true))
        #expect(!NcursesTerminal.wantsColor(environment: ["NO_COLOR": "0"], terminalHasColors: true))
        #expect(!NcursesTerminal.wantsColor(environment: [:], terminalHasColors: false))
    }

    @Test func everyColouredThemeStyleAlsoHasAnAttribute() {
        let t = Theme.standard
        // Bars are excepted: their meaning is their length in block characters, not their colour.
        let styles =
            [t.normal, t.focused, t.selected, t.label, t.header, t.error, t.hint, t.border, t.title]
            + [t.keyBarKey, t.keyBarLabel, t.inputField]
        for style in styles where style.foreground != .default || style.background != .default {
            #expect(!style.attributes.isEmpty, "\(style) would lose its meaning without colour")
        }
    }
}
