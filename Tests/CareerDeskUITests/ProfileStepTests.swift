import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// The profile step (intake form) as the frame drives it: masks, inline messages, consent,
/// and a new case created then reopened through a real runner on a temp store.
@Suite struct ProfileStepTests {
    /// Fills a new case's form from the first field as a person would (Tab between fields,
    /// digits only in masked fields, a letter to pick the region); ends on the first field.
    static func fillNewCase<T: ProfileTyping>(
        _ k: inout T, name: String = "Ёлкина Анна Сергеевна", birth: String? = nil, snils: String,
        consent: Bool = false, language: Language = .ru
    ) {
        k.typing(name)
        k.keys([.tab])
        // 12 March 1990 as each language writes a date: 12.03.1990, 1990-03-12.
        k.typing(birth ?? (language == .ru ? "12031990" : "19900312"))
        k.keys([.tab])
        k.typing(snils.filter(\.isASCIIDigit))
        k.keys([.tab, .tab, .tab])  // phone, e-mail: optional
        k.typing("S")  // region: the first option starting with S, SAK
        k.keys([.tab, .tab, .tab, .tab, .tab, .tab])
        k.typing("35000")  // monthly income
        k.keys([.pageDown, .pageDown])  // to the last row, consent
        if consent { k.typing(" ") }
        k.keys([.tab])  // wraps to the first field
    }

    @Test func masksFormatDatesSNILSAndMoneyAsTyped() throws {
        var k = Keys(DeskFixtures.desk())
        k.press(.function(7))
        Self.fillNewCase(&k, snils: DeskFixtures.snils("098765432"))
        let form = try #require(k.state.session?.profile)
        #expect(form.list["birthDate"]?.textValue == "12.03.1990")
        #expect(form.list["snils"]?.textValue == "098-765-432 \(DeskFixtures.snils("098765432").suffix(2))")
        #expect(form.list["region"]?.choiceIndex == 1)
        #expect(form.list["baselineIncome"]?.textValue.filter(\.isNumber) == "35000")
        let screen = k.state.screenText
        #expect(screen.contains("12.03.1990"))
        #expect(screen.contains("SAK"))
        // Letters in a date are refused by the mask, not taken as commands.
        k.press(.tab)
        k.type("ab")
        #expect(k.state.session?.profile.list["birthDate"]?.textValue == "12.03.1990")
    }

    @Test func aWrongSNILSIsShownBesideTheFieldOnceTyped() throws {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301", .en))
        k.press(.down, .down)
        #expect(k.state.session?.profile.list.focusedRow?.key == "snils")
        k.press(.end, .backspace)
        // Still typing in the field (incomplete): no message yet.
        #expect(k.state.session?.profile.list["snils"]?.error == nil)
        let last = DeskFixtures.demoCase("MOW-2026-000301").seeker.snils.last!
        k.type(last == "0" ? "1" : "0")
        let error = try #require(k.state.session?.profile.list["snils"]?.error)
        #expect(k.state.screenText.contains(error))
        // The stored case keeps the last valid SNILS; the form keeps what was typed.
        #expect(k.state.session?.item.seeker.snils == DeskFixtures.demoCase("MOW-2026-000301").seeker.snils)
    }

    @Test func aValidChangeGoesIntoTheWorkingCopy() {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        k.press(.ctrl("u"))
        // Cursor at the end of the name: Ctrl-U clears it all.
        #expect(k.state.session?.profile.list["fullName"]?.textValue == "")
        #expect(k.state.session?.item.seeker.fullName == "Ковалёв Дмитрий Олегович")
        k.type("Ковалёв Дмитрий")
        #expect(k.state.session?.item.seeker.fullName == "Ковалёв Дмитрий")
        #expect(k.state.screenText.contains("не сохранено"))
    }

    @Test func choicesMoveWithArrowsSpaceAndLetters() throws {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        for _ in 0..<5 { k.press(.down) }
        #expect(k.state.session?.profile.list.focusedRow?.key == "region")
        let codes = DeskFixtures.catalog.regions.map(\.code)
        let start = try #require(k.state.session?.profile.list["region"]?.choiceIndex)
        #expect(codes[start - 1] == "MOW")
        k.press(.right)
        #expect(k.state.session?.item.seeker.region == codes[start % codes.count])
        k.press(.left, .left)
        #expect(k.state.session?.item.seeker.region == codes[start - 2])
        k.type("Я")  // Ярославская: a letter of the name, not only of the code
        #expect(k.state.session?.item.seeker.region == "YAR")
    }

    /// Issue 17.3: letters typed in a row narrow the choice ("сах" → Sakhalin; "са" alone may
    /// be another region), and a repeated first letter still steps on.
    @Test func typedLettersSelectTheRegionTheyStart() throws {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        for _ in 0..<5 { k.press(.down) }
        #expect(k.state.session?.profile.list.focusedRow?.key == "region")
        k.type("сах")
        #expect(k.state.session?.item.seeker.region == "SAK")
        #expect(k.state.screenText.contains("Сахалинская область"))
        // Moving away and back starts a new word.
        k.press(.down, .up)
        k.type("я")
        #expect(k.state.session?.item.seeker.region == "YAR")
    }

    /// Issue 17.3: Ctrl-N (named in the key bar) jumps to the next required empty field, consent
    /// included; with nothing missing the status line says what is next.
    @Test func ctrlNJumpsToTheNextRequiredEmptyFieldThenSaysWhatIsNext() throws {
        var k = Keys(DeskFixtures.desk())
        k.press(.function(7))
        #expect(CaseFrame.keys(k.state).contains { $0.key == .ctrl("n") })
        k.type("Ёлкина Анна Сергеевна")
        k.press(.ctrl("n"))
        #expect(k.state.session?.profile.list.focusedRow?.key == "birthDate")
        k.type("12031990")
        k.press(.ctrl("n"))
        #expect(k.state.session?.profile.list.focusedRow?.key == "snils")
        k.type(DeskFixtures.snils("098765432"))
        k.press(.ctrl("n"))
        var key = k.state.session?.profile.list.focusedRow?.key
        // Whatever else is required comes next, consent last; each is filled as it comes.
        var guardCount = 0
        while key != "consent", let current = key, guardCount < 10 {
            guardCount += 1
            if current == "baselineIncome" { k.type("35000") } else { k.type("s") }
            k.press(.ctrl("n"))
            key = k.state.session?.profile.list.focusedRow?.key
        }
        #expect(key == "consent")
        k.type(" ")
        k.press(.ctrl("n"))
        #expect(k.state.session?.profile.list.firstNeedingInput == nil)
        #expect(k.state.notice?.text.contains("F8") == true)
    }

    @Test
    func consentCannotBeWithdrawnInTheFormSilently() throws {
        var k = Keys(DeskFixtures.opened("MOW-2026-000301"))
        k.press(.backTab)
        #expect(k.state.session?.profile.list.focusedRow?.key == "consent")
        k.type(" ")
        // Without consent the seeker is not valid: the stored copy is kept, the form says why.
        #expect(k.state.session?.item.seeker.consent.given == true)
        #expect(k.state.session?.profile.list["consent"]?.error == ValidationText.consent(.ru))
        k.type(" ")
        #expect(k.state.session?.profile.list["consent"]?.error == nil)
    }

    @Test func theNewCaseHintAndRequiredMarkers() {
        var k = Keys(DeskFixtures.desk())
        k.press(.function(7))
        let screen = k.state.screenText
        #expect(screen.contains("Новое дело: заполните поля со *"))
        #expect(screen.contains("ФИО*") || screen.contains("ФИО *"))
        #expect(screen.contains("Новое дело · —"))
        // Typing in a masked field shows the cursor there.
        k.press(.tab)
        k.type("1")
        #expect(DeskView.render(k.state, size: k.state.size).cursor != nil)
    }

    // MARK: With a real runner on a temp store

    @Test func aNewCaseIsCreatedInTheStoreAndOpensAgainFromTheList() throws {
        var desk = try LiveDesk()
        defer { desk.close() }
        #expect(desk.state.desk.isEmptyStore)
        desk.press(.function(7))
        let snils = DeskFixtures.snils("098765432")
        Self.fillNewCase(&desk, snils: snils, consent: true)
        desk.press(.function(2))
        let session = try #require(desk.state.session)
        #expect(!session.isNew)
        #expect(session.item.id.description == "SAK-2026-000001")
        #expect(desk.state.notice == .info("Заведено дело SAK-2026-000001. Далее: F8 — профориентация."))
        // In the store, with the caseworker, and the journal gone (everything is saved).
        let stored = try desk.store.load(session.item.id)
        #expect(stored.seeker.fullName == "Ёлкина Анна Сергеевна")
        #expect(stored.seeker.snils == SNILS.normalized(snils))
        #expect(stored.seeker.baselineIncome == Money(roubles: 35_000))
        #expect(stored.caseworker == DeskFixtures.caseworker)
        let journal = RecoveryJournal(store: desk.store, caseworker: DeskFixtures.caseworker)
        #expect(journal.read() == nil)
        // Back to the list (which shows it) and open it again.
        desk.press(.escape)
        #expect(desk.state.screen == .desk)
        #expect(desk.state.desk.cases.map(\.id) == [stored.id])
        #expect(desk.state.screenText.contains("SAK-2026-000001 Ёлкина Анна"))
        desk.press(.enter)
        #expect(desk.state.screen == .caseFile)
        #expect(desk.state.session?.item == stored)
        #expect(desk.state.session?.isReadOnly == false)
        // Edit, save with F2, and the store has the new revision.
        desk.press(.down, .down, .down, .down, .down, .down)
        desk.type("Холмск")
        desk.press(.function(2))
        #expect(try desk.store.load(stored.id).seeker.municipality == "Холмск")
        #expect(try desk.store.load(stored.id).revision == stored.revision + 1)
        #expect(desk.state.notice == .info("Дело SAK-2026-000001 сохранено"))
    }

    @Test func aCaseHeldByAnotherDeskOpensReadOnlyNamingTheHolder() throws {
        var desk = try LiveDesk()
        defer { desk.close() }
        desk.press(.function(8))
        #expect(desk.state.desk.cases.count == 27)
        let id = try #require(desk.state.desk.selectedCase?.id)
        let held = try desk.store.lock(id, caseworker: "Сидоров")
        defer { held.release() }
        desk.press(.enter)
        #expect(desk.state.session?.isReadOnly == true)
        #expect(desk.state.notice?.text.contains("Сидоров") == true)
    }

    @Test func theDemoLoadsOnceIntoAnEmptyStore() throws {
        var desk = try LiveDesk(.en)
        defer { desk.close() }
        #expect(desk.state.screenText.contains("Welcome to CareerDesk"))
        desk.press(.function(8))
        #expect(desk.state.notice == .info("Demo cases loaded: 27"))
        #expect(desk.state.desk.cases.count == 27)
        #expect(desk.store.list().cases.count == 27)
        // F8 does nothing on a store with cases.
        desk.press(.function(8))
        #expect(desk.store.list().cases.count == 27)
    }

    @Test func printingTheOpenCaseReachesTheOutputWithTheWorkingCopy() throws {
        var desk = try LiveDesk()
        defer { desk.close() }
        desk.press(.function(8))
        desk.type("иванов алексей")
        desk.press(.enter)
        desk.press(.function(5), .enter, .tab, .enter, .ctrl("u"))
        desk.type("out/итог.txt")
        desk.press(.enter)
        #expect(desk.output.recorded == ["print contract SAK-2026-000101 Иванов Алексей Петрович → out/итог.txt"])
        #expect(desk.state.notice == .info("Готово: out/итог.txt"))
    }
}

/// Typing into the pure update (`Keys`) or into a desk with a runner (`LiveDesk`) alike.
protocol ProfileTyping {
    mutating func keys(_ keys: [Key])
    mutating func typing(_ text: String)
}

extension Keys: ProfileTyping {
    mutating func keys(_ keys: [Key]) { press(keys) }
    mutating func typing(_ text: String) { type(text) }
}

extension LiveDesk: ProfileTyping {
    mutating func keys(_ keys: [Key]) { for key in keys { press(key) } }
    mutating func typing(_ text: String) { type(text) }
}
