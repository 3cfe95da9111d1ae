import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// Issue 17.5: after each milestone of a session the status line names the next key.
@Suite struct MilestoneHintTests {
    /// The notice as the officer reads it, in `language`.
    static func notice(_ keys: Keys) -> String { keys.state.notice?.text ?? "" }

    @Test func aCreatedCaseSaysF8ForGuidance() {
        for (language, next) in [(Language.ru, "Далее: F8 — профориентация"), (.en, "Next: F8 — guidance")] {
            var k = Keys(DeskFixtures.desk(language))
            k.press(.function(7))
            var created = DeskFixtures.demoCase("MOW-2026-000301")
            created.id = CaseID("MOW-2026-000303")!
            k.send(.caseSaved(created, created: true, explicit: true))
            #expect(Self.notice(k).contains(next), "\(language): \(Self.notice(k))")
        }
    }

    @Test func aChosenTargetSaysF8ForTheCourse() {
        for (language, next) in [(Language.ru, "Далее: F8 — выбор курса"), (.en, "Next: F8 — the course")] {
            var k = GuidanceStepTests.onGuidance(language)
            GuidanceStepTests.answerAll(&k)
            k.press(.tab, .tab)
            #expect(!Self.notice(k).contains(next), "not before the target is chosen")
            k.press(.enter)
            #expect(k.state.session?.item.guidance?.targetOccupation != nil)
            #expect(Self.notice(k).contains(next), "\(language): \(Self.notice(k))")
        }
    }

    @Test func aChosenCourseSaysF8ForTheContract() {
        for (language, next) in [(Language.ru, "Далее: F8 — договор"), (.en, "Next: F8 — the contract")] {
            var k = CourseStepTests.openEverywhere(language)
            k.press(.tab, .tab, .tab, .tab)
            #expect(k.state.session?.item.course == nil)
            k.press(.enter)
            #expect(k.state.session?.item.course != nil)
            #expect(Self.notice(k).contains(next), "\(language): \(Self.notice(k))")
        }
    }

    @Test func theLastProblemFixedSaysF4() {
        var k = Keys(DeskFixtures.opened(ContractStepTests.draftCase))
        let inn = ContractStepTests.contract(k).parties.investor!.inn
        ContractStepTests.focus("parties.investor.inn", &k)
        ContractStepTests.retype("1234567890", &k)
        #expect(!ContractStepTests.session(k).contract.problems.isEmpty)
        #expect(!Self.notice(k).contains("F4"))
        ContractStepTests.retype(inn, &k)
        #expect(ContractStepTests.session(k).contract.problems.isEmpty)
        #expect(Self.notice(k) == "Замечаний нет. Далее: F4 — готов к подписанию.")
    }

    @Test func aSignedContractSaysF5ToPrint() {
        var k = Keys(DeskFixtures.opened(ContractStepTests.draftCase))
        ContractStepTests.move(to: "Готов к подписанию", yes: true, &k)
        #expect(Self.notice(k).hasSuffix("Далее: F4 — подписать."))
        ContractStepTests.move(to: "Подписан", yes: true, &k)
        #expect(ContractStepTests.contract(k).status == .signed)
        #expect(Self.notice(k).hasSuffix("Далее: F5 — печать сводки."))
    }
}
