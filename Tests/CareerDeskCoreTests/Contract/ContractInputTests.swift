import Foundation
import Testing

@testable import CareerDeskCore

@Suite struct ContractInputTests {
    @Test func percentages() {
        #expect(ContractInput.basisPoints(parsing: "15") == 1500)
        #expect(ContractInput.basisPoints(parsing: "12,5") == 1250)
        #expect(ContractInput.basisPoints(parsing: "12.55") == 1255)
        #expect(ContractInput.basisPoints(parsing: "15%") == 1500)
        #expect(ContractInput.basisPoints(parsing: "-1") == -100)
        for bad in ["12,5,0", "1e3", "12.555", "", "15.", ".5", "abc", "1 5"] {
            #expect(ContractInput.basisPoints(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func multiplesAndCounts() {
        #expect(ContractInput.hundredths(parsing: "1.5") == 150)
        #expect(ContractInput.hundredths(parsing: "2") == 200)
        #expect(ContractInput.count(parsing: "36") == 36)
        #expect(ContractInput.count(parsing: "3.5") == nil)
        #expect(ContractInput.count(parsing: "-3") == nil)
        #expect(ContractInput.count(parsing: "1200") == 1_200)
        #expect(ContractInput.count(parsing: "1201") == nil)
    }

    @Test func incomeListOnePerLine() throws {
        let list = try ContractInput.incomeList(parsing: "# comment\n60000\n\n60 000,50\r\n61000.00\n")
        #expect(list == [Money(roubles: 60_000), Money(kopecks: 6_000_050), Money(roubles: 61_000)])
    }

    @Test func incomeListAsJSONArrayOfStrings() throws {
        #expect(
            try ContractInput.incomeList(parsing: #"["60000.00", "61000"]"#) == [
                Money(roubles: 60_000), Money(roubles: 61_000),
            ])
        // Numbers would have passed through floating point: refused, naming the item.
        #expect(throws: ContractInput.IncomeListProblem.notAString(item: 2, text: "61000")) {
            try ContractInput.incomeList(parsing: #"["60000.00", 61000]"#)
        }
    }

    @Test func incomeListProblemsNameTheLine() {
        #expect(throws: ContractInput.IncomeListProblem.badAmount(line: 3, text: "6O000")) {
            try ContractInput.incomeList(parsing: "60000\n\n6O000\n")
        }
        #expect(throws: ContractInput.IncomeListProblem.negative(line: 1)) {
            try ContractInput.incomeList(parsing: "-5\n")
        }
        #expect(throws: ContractInput.IncomeListProblem.empty) { try ContractInput.incomeList(parsing: "# nothing\n") }
    }
}
