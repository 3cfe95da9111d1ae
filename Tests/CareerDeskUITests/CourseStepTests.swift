import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// The course step through `DeskUpdate.update`: filters, orders, details and the choice.
@Suite struct CourseStepTests {
    var catalog: Catalog { DeskFixtures.catalog }
    var today: LocalDate { LocalDate(DeskFixtures.now) }

    /// The own-business demo case (no course yet) with constraints that open every course of the
    /// track: any format and schedule, ready to move anywhere — seven courses, in the region,
    /// online and elsewhere.
    static func openEverywhere(_ language: Language = .ru, size: Size = Size(width: 80, height: 24)) -> Keys {
        var item = DeskFixtures.demoCase("SAK-2026-000104")
        item.seeker.constraints.format = .any
        item.seeker.constraints.schedule = .any
        item.seeker.constraints.relocation = .anywhere
        var k = Keys(DeskFixtures.desk(language, size: size))
        k.send(.caseOpened(item, holder: nil))
        k.press(.alt("3"))
        return k
    }

    func visible(_ k: Keys) -> [CourseOption] { CourseStep.visible(k.state.session!.course, catalog: catalog) }
    func courses(_ k: Keys) -> [Course] { visible(k).map { catalog.course($0.courseId)! } }

    @Test func listsTheTargetsCoursesTheSeekerCanTakeSoonestFirst() throws {
        let k = Self.openEverywhere()
        let session = try #require(k.state.session)
        #expect(session.step == .course)
        #expect(session.course.target == Occupation.ownBusinessCode)
        let expected = catalog.courses(for: Occupation.ownBusinessCode).filter {
            CourseAccess.reach($0, for: session.item.seeker, today: today) != nil
        }
        #expect(expected.count == 7)
        #expect(Set(visible(k).map(\.courseId)) == Set(expected.map(\.id)))
        let starts = visible(k).map(\.nextStart)
        #expect(starts == starts.sorted())
        #expect(visible(k).allSatisfy { catalog.course($0.courseId)!.nextStart(onOrAfter: today) == $0.nextStart })
        #expect(k.state.screenText.contains("курсов 7 из 7 доступных (7 всего)"))
    }

    @Test func onlyReachableCoursesAreListedForTheDemoSeeker() throws {
        // The same seeker as filed: in person, daytime, not moving — one course of seven.
        var k = Keys(DeskFixtures.opened("SAK-2026-000104"))
        k.press(.alt("3"))
        #expect(visible(k).map(\.courseId) == ["SAK-OWNB-01"])
        #expect(k.state.screenText.contains("курсов 1 из 1 доступных (7 всего)"))
    }

    @Test func theFormatFilterNarrowsTheList() {
        var k = Self.openEverywhere()
        k.press(.tab)
        #expect(k.state.session?.course.focus == .format)
        k.press(.right)
        #expect(k.state.session?.course.format == .inPerson)
        #expect(!courses(k).isEmpty && courses(k).allSatisfy { $0.format == .inPerson })
        k.press(.right)
        #expect(k.state.session?.course.format == .online)
        #expect(courses(k).map(\.id) == ["ONL-OWNB-01"])
        k.press(.right)
        #expect(courses(k).allSatisfy { $0.format == .blended } && courses(k).count == 3)
        k.press(.left, .left, .left)
        #expect(k.state.session?.course.format == .any)
        #expect(courses(k).count == 7)
        // Filters are screen state, not the case.
        #expect(k.state.session?.hasUnsavedWork == false)
    }

    @Test func theWhereFilterSeparatesRegionOnlineAndElsewhere() {
        var k = Self.openEverywhere(.en)
        k.press(.tab, .tab)
        #expect(k.state.session?.course.focus == .place)
        k.press(.right)
        #expect(visible(k).map(\.courseId) == ["SAK-OWNB-01"])
        #expect(visible(k).allSatisfy { $0.reach == .inRegion })
        k.press(.right)
        #expect(visible(k).map(\.courseId) == ["ONL-OWNB-01"])
        k.press(.right)
        #expect(visible(k).count == 5 && visible(k).allSatisfy { $0.reach == .otherRegion })
        #expect(k.state.screenText.contains("Where ‹other region›"))
    }

    @Test func eachOrderSortsTheListAndSpaceReversesIt() {
        var k = Self.openEverywhere()
        k.press(.tab, .tab, .tab)
        #expect(k.state.session?.course.focus == .sort)
        k.press(.right)
        #expect(k.state.session?.course.sort == .cost)
        var costs = courses(k).map(\.cost)
        #expect(costs == costs.sorted() && costs.first != costs.last)
        k.press(.character(" "))
        costs = courses(k).map(\.cost)
        #expect(costs == costs.sorted(by: >))
        #expect(k.state.screenText.contains("‹цена ▼›"))
        k.press(.right)
        #expect(k.state.session?.course.sort == .hours && k.state.session?.course.reversed == false)
        let hours = courses(k).map(\.hours)
        #expect(hours == hours.sorted())
        k.press(.right)
        let practice = courses(k).map(\.practiceShare)
        #expect(practice == practice.sorted(by: >))
        k.press(.right)
        let employment = courses(k).map(\.employmentRate)
        #expect(employment == employment.sorted(by: >))
        // Back to list focus: ←/→ are not the step's there.
        k.press(.tab)
        #expect(k.state.session?.course.focus == .list)
    }

    @Test func theSelectedCourseStaysSelectedWhenTheOrderChanges() {
        var k = Self.openEverywhere()
        k.press(.down, .down)
        let selected = visible(k)[k.state.session!.course.selection].courseId
        k.press(.tab, .tab, .tab, .right)
        #expect(visible(k)[k.state.session!.course.selection].courseId == selected)
    }

    @Test func enterChoosesTheCourseWithItsNextStartInTheSessionLanguage() throws {
        for language in Language.allCases {
            var k = Self.openEverywhere(language)
            k.press(.tab, .tab, .tab, .right)  // cheapest first
            k.press(.tab, .down)
            let option = visible(k)[k.state.session!.course.selection]
            let course = catalog.course(option.courseId)!
            k.at(45)
            k.press(.enter)
            let choice = try #require(k.state.session?.item.course)
            #expect(choice.courseId == course.id)
            #expect(choice.title == course.title(language))
            #expect(choice.provider == course.provider(language))
            #expect(choice.cost == course.cost)
            #expect(choice.hours == course.hours)
            #expect(choice.durationMonths == course.durationMonths)
            #expect(choice.startDate == course.nextStart(onOrAfter: today))
            #expect(choice.format == course.format)
            #expect(choice.chosenAt == DeskFixtures.now.addingTimeInterval(45))
            #expect(CourseStep.isDone(k.state.session!.item))
            #expect(k.state.session?.hasUnsavedWork == true)
            #expect(k.state.screenText.contains("✓ " + course.title(language).prefix(10)))
        }
    }

    @Test func aNewCourseLeavesADraftedContractAsItIsAndSaysSo() throws {
        // The welder case has a course and a contract; ready to move, it sees welder courses elsewhere.
        var item = DeskFixtures.demoCase("SAK-2026-000101")
        item.seeker.constraints.relocation = .anywhere
        item.seeker.constraints.schedule = .any
        item.seeker.constraints.format = .any
        let contract = try #require(item.contract)
        var k = Keys(DeskFixtures.desk())
        k.send(.caseOpened(item, holder: nil))
        k.press(.alt("3"))
        #expect(visible(k).count > 1)
        #expect(visible(k)[k.state.session!.course.selection].courseId == "SAK-7212-01")
        k.press(.down, .enter)
        let chosen = try #require(k.state.session?.item.course)
        #expect(chosen.courseId != "SAK-7212-01")
        #expect(k.state.session?.item.contract == contract)
        #expect(k.state.notice?.text.contains("Alt-4") == true)
    }

    @Test func detailsShowEverythingAboutTheSelectedCourse() throws {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            var k = Self.openEverywhere(.en, size: size)
            k.press(.tab, .tab, .right, .right)  // online only: one course
            let course = try #require(courses(k).first)
            let screen = k.state.screenText
            #expect(screen.contains(course.provider.en))
            #expect(screen.contains("online"))
            #expect(screen.contains(course.cost.formatted(.en, kopecks: false)))
            #expect(screen.contains(course.nextStart(onOrAfter: today)!.formatted(.en)))
            #expect(screen.lowercased().contains("seats: \(course.seats)"))
            if size.width >= 100 {
                #expect(screen.contains(course.qualification.en.prefix(20)))
                #expect(screen.contains("Employed within six months: \(course.employmentRate)%"))
            }
        }
    }

    @Test func detailsAreBesideTheListWhenWideAndUnderItAt80() throws {
        let narrow = Self.openEverywhere(.en)
        let wide = Self.openEverywhere(.en, size: Size(width: 120, height: 40))
        let first = try #require(courses(narrow).first)
        func providerRow(_ k: Keys) -> String? {
            let buffer = DeskView.render(k.state, size: k.state.size)
            return (0..<k.state.size.height).map { buffer.rowText($0) }.first { $0.contains("Provider: ") }
        }
        // Wide: the details go beside the list when every title fits there, else under it, and
        // no title is cut (issue 17.8); narrow: the provider is below the list.
        let titles = courses(wide).map { $0.title(.en) }
        let buffer = DeskView.render(wide.state, size: wide.state.size)
        let rows = (0..<wide.state.size.height).map { buffer.rowText($0) }
        for title in titles where rows.contains(where: { $0.contains(String(title.prefix(16))) }) {
            #expect(rows.contains { $0.contains(title) }, "\(title) is cut")
        }
        let sideBySide = providerRow(wide)?.contains("RUB") == true
        let longest = titles.map(\.displayWidth).max() ?? 0
        #expect(sideBySide == (longest <= 120 - 44 - 2 - 43 - 7), "beside: \(sideBySide), longest title \(longest)")
        #expect(providerRow(narrow) == nil)
        #expect(narrow.state.screenText.contains(first.provider.en))
    }

    @Test func withoutATargetTheStepPointsToGuidance() {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        k.press(.alt("3"))
        #expect(k.state.screenText.contains("Цель ещё не выбрана"))
        #expect(k.state.screenText.contains("Alt-2"))
        #expect(CourseStep.keys(k.state.session!, context: k.state.context).isEmpty)
        k.press(.enter, .tab, .right)
        #expect(k.state.session?.item.course == nil)
        #expect(!CourseStep.isDone(k.state.session!.item))
    }

    @Test func aReadOnlyCaseRefusesTheChoice() {
        var item = DeskFixtures.demoCase("SAK-2026-000104")
        item.seeker.constraints.relocation = .anywhere
        var k = Keys(DeskFixtures.desk())
        k.send(.caseOpened(item, holder: "desk-3"))
        k.press(.alt("3"), .enter)
        #expect(k.state.session?.item.course == nil)
        #expect(k.state.notice?.kind == .error)
        #expect(!CourseStep.keys(k.state.session!, context: k.state.context).map(\.key).contains(.enter))
    }

    @Test func aChosenCourseForAnotherTargetIsFlagged() {
        // The welder case with its course, after the target moved to the own-business track.
        var item = DeskFixtures.demoCase("SAK-2026-000101")
        item.guidance?.targetOccupation = nil
        item.guidance?.track = .ownBusiness
        var k = Keys(DeskFixtures.desk(.en))
        k.send(.caseOpened(item, holder: nil))
        k.press(.alt("3"))
        #expect(
            k.state.screenText.contains("Choose again: “Профессиональное обучение: сварщик” leads to another target"))
        #expect(CourseStep.isDone(k.state.session!.item))
    }

    @Test func rendersTheSameEachTimeInBothLanguagesAndSizes() {
        for language in Language.allCases {
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
                let k = Self.openEverywhere(language, size: size)
                #expect(DeskView.render(k.state, size: size) == DeskView.render(k.state, size: size))
                #expect(!CourseStep.help(language).isEmpty)
            }
        }
    }
}
