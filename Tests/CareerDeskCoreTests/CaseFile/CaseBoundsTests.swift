import Foundation
import Testing

@testable import CareerDeskCore

/// Every number of a case file is bounded when it is read, so no stored case overflows the
/// arithmetic done on it (a case at revision Int64.max once trapped on every save).
@Suite struct CaseBoundsTests {
    static func refusal(_ edit: (inout [String: Any]) -> Void) throws -> CaseFileError? {
        FieldFaultTests.refusal(try FieldFaultTests.damaged(edit))
    }

    static func terms(_ key: String, _ value: Any) -> (inout [String: Any]) -> Void {
        { object in
            var contract = object["contract"] as! [String: Any]
            var terms = contract["terms"] as! [String: Any]
            terms[key] = value
            contract["terms"] = terms
            object["contract"] = contract
        }
    }

    @Test func aRevisionOfInt64MaxIsRefused() throws {
        #expect(
            try Self.refusal { $0["revision"] = Int64.max }
                == .field("revision", .outOfRange(min: 0, max: 1_000_000_000)))
        #expect(try Self.refusal { $0["revision"] = 1_000_000_001 } != nil)
        #expect(try Self.refusal { $0["revision"] = -1 } != nil)
        #expect(try Self.refusal { $0["revision"] = 1_000_000_000 } == nil)
        #expect(try Self.refusal { $0["revision"] = 0 } == nil)
    }

    @Test func anAmountOfInt64MaxKopecksIsRefused() throws {
        let bound = FieldFault.amountOutOfRange(min: -1_000_000_000_000, max: 1_000_000_000_000)
        #expect(
            try Self.refusal(Self.terms("fundedAmount", "92233720368547758.07"))
                == .field("contract.terms.fundedAmount", bound))
        #expect(
            try Self.refusal(Self.terms("targetIncome", "-10000000000.01"))
                == .field("contract.terms.targetIncome", bound))
        #expect(try Self.refusal(Self.terms("fundedAmount", "10000000000.00")) == nil)
        #expect(try Self.refusal(Self.terms("fundedAmount", "-10000000000.00")) == nil)
        #expect(Money(parsing: "10 000 000 000,00") == Money(kopecks: 1_000_000_000_000))
        #expect(Money(parsing: "10000000000.01") == nil)
        #expect(Money(parsing: "-10000000000.01") == nil)
    }

    /// Each bounded field, one past its bound, is refused by its path.
    @Test func eachBoundedFieldIsRefusedPastItsBound() throws {
        let past: [(String, (inout [String: Any]) -> Void)] = [
            ("contract.terms.shareBasisPoints", Self.terms("shareBasisPoints", 1_000_001)),
            ("contract.terms.capMultipleHundredths", Self.terms("capMultipleHundredths", 10_001)),
            ("contract.terms.termPayments", Self.terms("termPayments", 1_201)),
            ("contract.terms.windowMonths", Self.terms("windowMonths", Int64.max)),
            ("contract.terms.graceMonths", Self.terms("graceMonths", -1)),
            ("contract.terms.courseMonths", Self.terms("courseMonths", 1_201)),
            ("seeker.yearsOfExperience", FieldFaultTests.seeker("yearsOfExperience", 101)),
            (
                "contract.version",
                { object in
                    var contract = object["contract"] as! [String: Any]
                    contract["version"] = 0
                    object["contract"] = contract
                }
            ),
            (
                "course.hours",
                { object in
                    var course = object["course"] as! [String: Any]
                    course["hours"] = 1_000_001
                    object["course"] = course
                }
            ),
            (
                "guidance.answers[1]",
                { object in
                    var guidance = object["guidance"] as! [String: Any]
                    guidance["answers"] = [5, 6]
                    object["guidance"] = guidance
                }
            ),
        ]
        for (path, edit) in past {
            let refusal = try Self.refusal(edit)
            guard case .invalidField(let at, _) = refusal, case .outOfRange = refusal?.fieldFault else {
                Issue.record("\(path): \(String(describing: refusal))")
                continue
            }
            #expect(at == path)
        }
    }

    @Test func everyDemoCaseIsWithinTheBounds() throws {
        let demo = CatalogFixtures.dataDirectory.appendingPathComponent("demo")
        let names = try FileManager.default.contentsOfDirectory(atPath: demo.path).filter { $0.hasSuffix(".json") }
        #expect(names.count >= 12)
        for name in names {
            #expect(throws: Never.self, "\(name)") {
                _ = try CaseFileReader.decode(Data(contentsOf: demo.appendingPathComponent(name)))
            }
        }
        for item in DemoCaseTests.cases { #expect(CaseBounds.violation(in: item) == nil, "\(item.id)") }
        #expect(CaseBounds.violation(in: StoreFixtures.fullCase()) == nil)
    }

    /// A case beyond the bounds is not written either: the reader would refuse the file.
    @Test func aCaseBeyondTheBoundsIsNotWritten() {
        var item = StoreFixtures.fullCase()
        item.revision = Int.max
        #expect(throws: EncodingError.self) { try CaseCoding.encoder().encode(item) }
        item.revision = 3
        item.seeker.yearsOfExperience = -2
        #expect(throws: EncodingError.self) { try CaseCoding.encoder().encode(item) }
    }
}
