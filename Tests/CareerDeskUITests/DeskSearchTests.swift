import CareerDeskCore
import Foundation
import TerminalKit
import Testing

@testable import CareerDeskUI

/// The desk's filter index must find exactly what `TextMatch` finds on the same texts, whatever
/// path it takes (one letter, a scan of the whole buffer, a search among the rows shown, a case
/// changed after the buffer was built, a character outside the folded alphabet).
@Suite struct DeskSearchTests {
    /// Names, SNILS and ids with the awkward parts: ё/Ё, Latin, hyphens, a Greek letter, a
    /// decomposed й, and names that end where the next case's text begins.
    static let summaries: [CaseSummary] = {
        let names = [
            "Семёнова Ирина Павловна", "СЕМЕНОВ Пётр", "Ёлкин Артём Ёжикович", "Smith-Jones Anna", "Ким Ён Хо",
            "Иванов Иван Иванович", "Αλέξης Παπαδόπουλος", "Иванов-Петров Андрей", "Кузнецова Мария",
            "Андреи\u{306} Орлов", "Ъ", "Ибрагимов Ильдар Ильич", "Ана", "нА",
        ]
        return names.enumerated().map { i, name in
            var item = DeskFixtures.demoCases[i % DeskFixtures.demoCases.count]
            item.id = CaseID(region: ["SAK", "MOW", "KDA"][i % 3], year: 2026, sequence: 100 + i * 7)!
            item.seeker.fullName = name
            item.seeker.snils = DeskFixtures.snils(String(format: "%09d", 123_456_000 + i * 1111))
                .enumerated().map {
                    $0.offset == 3 || $0.offset == 6
                        ? "-\($0.element)" : $0.offset == 9 ? " \($0.element)" : "\($0.element)"
                }
                .joined()
            return CaseSummary(item)
        }
    }()

    static func expected(_ filter: String, in summaries: [CaseSummary]) -> [Int] {
        summaries.indices.filter { i in
            let s = summaries[i]
            let text = "\(s.fullName)\u{1}\(s.snils)\u{1}\(s.snils.filter(\.isASCIIDigit))\u{1}\(s.id)"
            return TextMatch.contains(text, filter)
        }
    }

    static let filters = [
        "е", "ё", "Е", "семен", "СЕМЁН", "ёлк", "артем", "ик", "a", "smith-j", "н х", "ов", "ов ", "ов-", "иван",
        "ивано", "123", "123-4", "1234", "sak-2026", "-000", "2026-0001", "α", "Παπ", "и\u{306}", "й", "ъ", "ана",
        "на", "анаа", "z", "ьь", "\u{1}", "ич\u{1}",
    ]

    @Test func everyFilterFindsWhatTextMatchFinds() {
        let search = DeskSearch(Self.summaries)
        for filter in Self.filters {
            let hits = search.matches(filter, cases: Self.summaries)!
            #expect(hits.indices.filter { hits[$0] } == Self.expected(filter, in: Self.summaries), "\(filter)")
        }
        #expect(search.matches("", cases: Self.summaries) == nil)
    }

    @Test func searchingAmongRowsFindsOnlyThoseThatMatch() {
        let search = DeskSearch(Self.summaries)
        let among = Array(stride(from: 0, to: Self.summaries.count, by: 2))
        for filter in Self.filters {
            let hits = search.matches(filter, among: among, cases: Self.summaries)!
            let want = Self.expected(filter, in: Self.summaries).filter { among.contains($0) }
            #expect(hits.indices.filter { hits[$0] } == want, "\(filter)")
        }
    }

    @Test func aChangedOrAddedCaseIsFoundByItsNewTextOnly() {
        var summaries = Self.summaries
        var search = DeskSearch(summaries)
        var renamed = summaries[5]
        renamed.fullName = "Жуков Георгий"
        summaries[5] = renamed
        search.update(5, to: renamed)
        var added = summaries[0]
        added.id = CaseID(region: "YAR", year: 2026, sequence: 999)!
        added.fullName = "Иванова Ёлка"
        summaries.append(added)
        search.update(summaries.count - 1, to: added)
        #expect(search.count == summaries.count)
        for filter in Self.filters + ["жук", "жу", "ук", "ёл", "иванова", "yar-", "ёлка", "иванович", "99", "20"] {
            let hits = search.matches(filter, cases: summaries)!
            #expect(hits.indices.filter { hits[$0] } == Self.expected(filter, in: summaries), "\(filter)")
        }
    }

    /// `count` cases from the awkward ones above, numbered in `region`, each name ending in its
    /// number modulo `numbered`.
    static func many(_ count: Int, region: String, numbered: Int) -> [CaseSummary] {
        (0..<count).map { i in
            var s = summaries[i % summaries.count]
            s.id = CaseID(region: region, year: 2026, sequence: i + 1)!
            s.fullName += " \(i % numbered)"
            return s
        }
    }

    @Test func aLargeListAgreesWithTheSimpleSearch() {
        // Enough cases for whole-buffer scans that cross many 64-byte blocks.
        let summaries = Self.many(3000, region: "NVS", numbered: 97)
        let search = DeskSearch(summaries)
        for filter in ["ов", "ва", "nvs-2026-0001", "12", " 9", "ёл", "000-1", "иванов и", "00", "96", "ъ1", "ьь"] {
            let hits = search.matches(filter, cases: summaries)!
            #expect(hits.indices.filter { hits[$0] } == Self.expected(filter, in: summaries), "\(filter)")
            let among = Array(0..<200)
            let some = search.matches(filter, among: among, cases: summaries)!
            #expect(some.indices.filter { some[$0] } == Self.expected(filter, in: summaries).filter { $0 < 200 })
        }
    }

    @Test func searchingAFewRowsChecksPairsAndChangedCasesByTheirNewText() {
        // Few rows among many: the pair sets screen them before their texts are searched.
        var summaries = Self.many(3000, region: "OMS", numbered: 89)
        var search = DeskSearch(summaries)
        var renamed = summaries[40]
        renamed.fullName = "Жуков Давид 12"
        summaries[40] = renamed
        search.update(40, to: renamed)
        let among = Array(stride(from: 0, to: 3000, by: 31)) + [40]
        for filter in [
            "жук", "иванов", "ивановна", "дав", "ов и", "ёлк", "oms-2026-0000", "123-4", " 12", "0001", "ана", "ьь",
        ] {
            let hits = search.matches(filter, among: among, cases: summaries)!
            let want = Self.expected(filter, in: summaries).filter { among.contains($0) }
            #expect(hits.indices.filter { hits[$0] } == want, "\(filter)")
        }
    }

    @Test func aFilterWhosePairsFewCasesHoldSearchesOnlyThose() {
        // Three or more characters whose adjacent pairs are rare together: only the cases
        // holding all of them are searched, with or without rows to search among.
        var summaries = Self.many(3000, region: "KLU", numbered: 211)
        var changed = DeskSearch(summaries)  // built before the rename below
        var renamed = summaries[2500]
        renamed.fullName = "Щукин Эдуард 2027"
        summaries[2500] = renamed
        changed.update(2500, to: renamed)
        let search = DeskSearch(Self.many(3000, region: "KLU", numbered: 211))
        let filters = ["2614", "0014", "2999", "анна 1", "щук", "эду", "ард 20", "0202", "ов и", "2026-00299", "ъ1"]
        for (index, list) in [(search, Self.many(3000, region: "KLU", numbered: 211)), (changed, summaries)] {
            for filter in filters {
                for among in [nil, Array(0..<2000)] as [[Int]?] {
                    let hits = index.matches(filter, among: among, cases: list)!
                    let want = Self.expected(filter, in: list).filter { i in among?.contains(i) ?? true }
                    #expect(hits.indices.filter { hits[$0] } == want, "\(filter) among \(among?.count ?? 0)")
                }
            }
        }
    }

    @Test func lettersInTheWrittenSNILSAreFoundAmongFewRowsToo() {
        // A case file written by another program may hold words where the SNILS goes.
        var summaries = Self.many(800, region: "TUL", numbered: 50)
        summaries[17].snils = "нет данных"
        summaries[18].snils = "см. паспорт 12-34"
        let search = DeskSearch(summaries)
        for filter in ["нет", "нет д", "ет", "паспорт", "т 12-3", "1234"] {
            for among in [nil, [17, 18, 30]] as [[Int]?] {
                let hits = search.matches(filter, among: among, cases: summaries)!
                let want = Self.expected(filter, in: summaries).filter { among?.contains($0) ?? true }
                #expect(hits.indices.filter { hits[$0] } == want, "\(filter) \(String(describing: among))")
            }
        }
    }

    @Test func aScanSplitBetweenTwoThreadsFindsEveryCase() {
        // Over 256 KB of names, so the scan is split between two threads.
        var summaries: [CaseSummary] = []
        for i in 0..<12_000 {
            var s = Self.summaries[i % Self.summaries.count]
            s.id = CaseID(region: "PER", year: 2026, sequence: i + 1)!
            s.fullName += " \(Self.summaries[(i / 7) % Self.summaries.count].fullName.prefix(9))"
            summaries.append(s)
        }
        let search = DeskSearch(summaries)
        for filter in ["ов и", "per-2026-00", "ёлкин"] {
            let hits = search.matches(filter, cases: summaries)!
            #expect(hits.indices.filter { hits[$0] } == Self.expected(filter, in: summaries), "\(filter)")
        }
    }

    /// A long list's search is built off the keystroke path; the list works meanwhile.
    @Test func aLongListsSearchComesFromTheBackgroundAndTheFilterNeverWaitsForIt() throws {
        var summaries: [CaseSummary] = []
        for i in 0..<(DeskState.backgroundSearchCount + 10) {
            var s = Self.summaries[i % Self.summaries.count]
            s.id = CaseID(region: "OMS", year: 2026, sequence: i + 1)!
            summaries.append(s)
        }
        let (loaded, effects) = DeskUpdate.update(
            DeskFixtures.blank(.ru), .casesLoaded(summaries, problems: [], complete: true))
        #expect(effects.map(\.name) == ["buildSearch \(loaded.desk.listVersion)"])
        #expect(loaded.desk.searchPending)
        #expect(loaded.desk.visible.count == summaries.count)

        // Typed before the search arrives: built there and then, same answer.
        var early = loaded.desk
        early.setFilter("ёлкин")
        #expect(early.visible.count == Self.expected("ёлкин", in: summaries).count)
        #expect(!early.searchPending)

        // A save while it is on its way is in the search when it arrives; an old one is refused.
        var desk = loaded.desk
        var renamed = desk.cases[3]
        renamed.fullName = "Жуков Георгий"
        desk.upsert(renamed)
        desk.searchBuilt(DeskSearch(summaries), version: desk.listVersion - 1)
        #expect(desk.searchPending)
        desk.searchBuilt(DeskSearch(loaded.desk.cases), version: desk.listVersion)
        #expect(!desk.searchPending)
        desk.setFilter("жуков")
        #expect(desk.visible.map { desk.cases[$0].id } == [renamed.id])
    }

    @Test func recentFiltersAreRememberedUntilTheListChanges() {
        var memory = FilterMemory()
        memory.keep([1, 2, 3], for: "0")
        memory.keep([2], for: "00")
        #expect(memory.rows(for: "0") == [1, 2, 3])
        #expect(memory.rows(for: "000") == nil)
        // A million rows at most: the least recently used go first.
        memory.keep(Array(0..<999_997), for: "а")
        #expect(memory.rows(for: "00") == nil && memory.rows(for: "0") == [1, 2, 3])
        for i in 0..<70 { memory.keep([i], for: "q\(i)") }
        #expect(memory.rows(for: "q0") == nil && memory.rows(for: "q69") == [69])

        var desk = DeskFixtures.desk().desk
        desk.setFilter("с")
        let shown = desk.visible
        desk.setFilter("се")
        desk.setFilter("")
        desk.setFilter("с")
        #expect(desk.visible == shown)
        // A saved case renamed: after the list is sorted again, the filter searches afresh.
        var renamed = desk.cases[desk.visible[0]]
        renamed.fullName = "Жуков Георгий"
        desk.upsert(renamed)
        desk.refresh()
        desk.setFilter("с")
        #expect(!desk.visible.contains { desk.cases[$0].id == renamed.id })
    }

    @Test func foldingKeepsTheAlphabetsOrder() {
        let names = ["Яковлев", "ёжиков", "Абрамов", "Ежов", "zeta", "Alpha", "Щукин", "Эрдман"]
        let folded = names.sorted { DeskSearch.fold($0).lexicographicallyPrecedes(DeskSearch.fold($1)) }
        #expect(folded == ["Alpha", "zeta", "Абрамов", "ёжиков", "Ежов", "Щукин", "Эрдман", "Яковлев"])
    }
}
