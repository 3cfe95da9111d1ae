import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// Every screen of the desk rendered by `DeskView.render` at 80×24 and 120×40, in Russian and
/// English, compared with the goldens in Snapshots/ (SNAPSHOT_UPDATE=1 rewrites them). The
/// clock is frozen (DeskFixtures.now) and times are shown in UTC.
@Suite struct SnapshotTests {
    /// A language and a window size.
    enum Variant: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case ru80 = "ru-80x24"
        case ru120 = "ru-120x40"
        case en80 = "en-80x24"
        case en120 = "en-120x40"

        var language: Language { rawValue.hasPrefix("ru") ? .ru : .en }
        var size: Size { rawValue.hasSuffix("80x24") ? ScreenSize.small.size : ScreenSize.large.size }
        var testDescription: String { rawValue }
    }

    /// One screen a person can reach, and the keys that reach it.
    enum Screen: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case desk, welcome
        case filterNoMatch = "filter-no-match"
        case deskHelp = "desk-help"
        case followUpQueue = "follow-up-queue"
        case profile
        case profileNewErrors = "profile-new-errors"
        case readOnly = "read-only"
        case guidance
        case guidanceResults = "guidance-results"
        case course
        case contract
        case contractSigned = "contract-signed"
        case contractStatus = "contract-status"
        case review
        case followUp = "follow-up"
        case followUpLedger = "follow-up-ledger"
        case followUpChart = "follow-up-chart"
        case followUpContact = "follow-up-contact"
        case help, notes, feedback
        case printKind = "print-kind"
        case printPath = "print-path"
        case export, quit, recovery, duplicates

        var testDescription: String { rawValue }

        func state(_ l: Language, _ size: Size) throws -> AppState {
            switch self {
            case .desk:
                // The demo cases imported into a temp store (frozen clock) with F8, as on a first start.
                var live = try LiveDesk(l, size: size)
                defer { live.close() }
                live.press(.function(8))
                live.settle()
                live.press(.up)
                var state = live.state
                state.now = DeskFixtures.now
                return state
            case .welcome:
                return DeskUpdate.update(
                    DeskFixtures.blank(l, size: size), .casesLoaded([], problems: [], complete: true)
                ).0
            case .filterNoMatch:
                var k = Keys(DeskFixtures.desk(l, size: size))
                k.type("жжж")
                return k.state
            case .deskHelp:
                var k = Keys(DeskFixtures.desk(l, size: size))
                k.press(.function(1))
                return k.state
            case .followUpQueue:
                // Every officer's queue (F9, then F2): April's missed contact, then December's.
                var k = Keys(DeskFixtures.desk(l, size: size))
                k.press(.function(9), .function(2))
                return k.state
            case .profile:
                return DeskFixtures.opened("MOW-2026-000301", l, size: size)
            case .profileNewErrors:
                var k = Keys(DeskFixtures.desk(l, size: size))
                k.press(.function(7))
                k.type("Ёлкина Анна")
                k.press(.tab)
                k.type(l == .ru ? "3102" : "2026")
                k.press(.function(2))
                return k.state
            case .readOnly:
                return DeskFixtures.opened("MOW-2026-000301", l, size: size, holder: "Сидоров С. С. (pid 4242)")
            case .guidance:
                var k = Keys(DeskFixtures.opened("MOW-2026-000301", l, size: size))
                k.press(.alt("2"))
                return k.state
            case .guidanceResults:
                var k = Keys(DeskFixtures.opened("SAK-2026-000102", l, size: size))
                k.press(.alt("2"))
                return k.state
            case .course:
                return DeskFixtures.opened("SAK-2026-000104", l, size: size)
            case .contract:
                return DeskFixtures.opened("MOW-2026-000302", l, size: size)
            case .contractSigned:
                var k = Keys(DeskFixtures.opened("SAK-2026-000101", l, size: size))
                k.press(.alt("4"))
                return k.state
            case .contractStatus:
                var k = Keys(DeskFixtures.opened("MOW-2026-000302", l, size: size))
                k.press(.function(4))
                return k.state
            case .review:
                return DeskFixtures.opened("SAK-2026-000101", l, size: size)
            case .followUp, .followUpLedger, .followUpChart, .followUpContact:
                // The paying demo contract: 13 months at 60 000, 3 750 paid each.
                var k = Keys(DeskFixtures.opened("SAK-2025-000105", l, size: size))
                k.press(.alt("6"))
                switch self {
                case .followUpLedger: k.press(.tab, .tab, .tab, .enter)
                case .followUpChart: k.press(.tab, .tab, .tab, .tab, .enter)
                case .followUpContact: k.press(.enter)
                default: break
                }
                return k.state
            case .help:
                var k = Keys(DeskFixtures.opened("MOW-2026-000301", l, size: size))
                k.press(.function(1))
                return k.state
            case .notes:
                var k = Keys(DeskFixtures.opened("SAK-2026-000101", l, size: size))
                k.press(.function(3))
                k.at(60)
                k.type("Принесла справку о доходах")
                k.press(.function(2))
                k.type("Черновик: позвонить в среду")
                return k.state
            case .feedback:
                var k = Keys(DeskFixtures.opened("MOW-2026-000301", l, size: size))
                k.press(.ctrl("r"))
                k.type("4")
                k.type("Всё понятно")
                return k.state
            case .printKind:
                var k = Keys(DeskFixtures.opened("SAK-2026-000101", l, size: size))
                k.press(.function(5))
                return k.state
            case .printPath:
                var k = Keys(DeskFixtures.opened("SAK-2026-000101", l, size: size))
                k.press(.function(5), .enter, .tab, .enter)
                return k.state
            case .export:
                var k = Keys(DeskFixtures.opened("SAK-2026-000101", l, size: size))
                k.press(.function(6))
                return k.state
            case .quit:
                var k = Keys(DeskFixtures.opened("MOW-2026-000301", l, size: size))
                k.press(.end)
                k.type("а")
                k.press(.function(10))
                return k.state
            case .recovery:
                var k = Keys(DeskFixtures.desk(l, size: size))
                var item = DeskFixtures.demoCase("MOW-2026-000301")
                item.seeker.municipality = "Троицк"
                k.send(
                    .recoveryFound(
                        RecoveryRecord(
                            savedAt: DeskFixtures.now.addingTimeInterval(-600), caseworker: DeskFixtures.caseworker,
                            item: item, isNew: false, step: .profile,
                            profileTexts: ProfileForm(seeker: item.seeker, context: DeskFixtures.context(l)).texts)))
                return k.state
            case .duplicates:
                var k = Keys(DeskFixtures.desk(l, size: size))
                k.press(.function(7))
                ProfileStepTests.fillNewCase(&k, snils: "12345678055", consent: true, language: l)
                k.tick(at: 1)
                return k.state
            }
        }
    }

    @Test(arguments: Screen.allCases, Variant.allCases)
    func screen(_ screen: Screen, _ variant: Variant) throws {
        let state = try screen.state(variant.language, variant.size)
        DeskSnapshot.assertMatches(state, named: "\(screen.rawValue)-\(variant.rawValue)")
    }

    /// The keys in the bottom bar are the keys that work: each golden's last line lists them,
    /// and no screen loses a key label to the width (two rows are used when one is too narrow).
    @Test(arguments: Screen.allCases, Variant.allCases)
    func keyBarShowsEveryKeyWhole(_ screen: Screen, _ variant: Variant) throws {
        let state = try screen.state(variant.language, variant.size)
        let text = state.screenText
        for item in DeskView.keys(state) {
            #expect(text.contains(item.key.name + item.label), "\(item.key.name)\(item.label) missing on \(screen)")
        }
    }
}
