import Foundation
import Testing

@testable import CareerDeskCore

/// Every way a field can be wrong is told in the session's language: in Russian, Russian words
/// and none of the English the reader once passed through from the decoders.
@Suite struct FieldFaultTests {
    /// What the reader said in English before; none of it may reach a Russian message.
    static let englishPhrases = [
        "expected", "must look like", "appears twice", "missing", "found null", "Cannot initialize", "must be",
        "invalid", "got", "unknown value", "out of range", "outside",
    ]

    /// The full case's JSON with one change.
    static func damaged(_ edit: (inout [String: Any]) -> Void) throws -> Data {
        var object = try #require(
            try JSONSerialization.jsonObject(with: CaseCoding.encoder().encode(StoreFixtures.fullCase()))
                as? [String: Any])
        edit(&object)
        return try JSONSerialization.data(withJSONObject: object)
    }

    static func seeker(_ key: String, _ value: Any) -> (inout [String: Any]) -> Void {
        { object in
            var seeker = object["seeker"] as! [String: Any]
            seeker[key] = value
            object["seeker"] = seeker
        }
    }

    static func refusal(_ data: Data) -> CaseFileError? {
        do {
            _ = try CaseFileReader.decode(data)
            return nil
        } catch { return error }
    }

    /// One file per kind of fault, with the refusal it must give.
    static func faults() throws -> [(String, Data, CaseFileError)] {
        let text = String(decoding: try CaseCoding.encoder().encode(StoreFixtures.fullCase()), as: UTF8.self)
        let twice = text.replacingOccurrences(of: "\"caseworker\" :", with: "\"caseworker\" : \"x\", \"caseworker\" :")
        return [
            ("wrong type", try damaged { $0["revision"] = "6" }, .field("revision", .wrongType(expected: .integer))),
            ("null", try damaged(seeker("fullName", NSNull())), .field("seeker.fullName", .null(expected: .string))),
            ("missing key", try damaged { $0["caseworker"] = nil }, .field("caseworker", .missing)),
            ("duplicate key", Data(twice.utf8), .field("caseworker", .duplicateKey)),
            ("bad case id", try damaged { $0["id"] = "../../etc/passwd" }, .field("id", .caseID)),
            ("bad enum value", try damaged { $0["status"] = "archived" }, .field("status", .unknownChoice)),
            ("bad date", try damaged(seeker("birthDate", "12.03.1990")), .field("seeker.birthDate", .date)),
            ("bad time", try damaged { $0["createdAt"] = "вчера" }, .field("createdAt", .time)),
            ("bad money", try damaged(seeker("baselineIncome", "35 000 ₽")), .field("seeker.baselineIncome", .money)),
            (
                "number out of bounds", try damaged { $0["revision"] = Int64.max },
                .field("revision", .outOfRange(min: 0, max: 1_000_000_000))
            ),
            (
                "amount out of bounds", try damaged(seeker("baselineIncome", "92233720368547758.07")),
                .field(
                    "seeker.baselineIncome", .amountOutOfRange(min: -1_000_000_000_000, max: 1_000_000_000_000))
            ),
        ]
    }

    @Test func eachFaultIsRefusedAndToldInRussian() throws {
        for (kind, data, expected) in try Self.faults() {
            let refusal = Self.refusal(data)
            #expect(refusal == expected, "\(kind)")
            guard let refusal else { continue }
            let ru = refusal.text(.ru)
            #expect(ru.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "\(kind): \(ru)")
            for phrase in Self.englishPhrases {
                #expect(!ru.localizedCaseInsensitiveContains(phrase), "\(kind): \(ru)")
            }
            #expect(!refusal.text(.en).isEmpty)
            // No personal value of the file comes back in either language.
            for value in ["Ёлкина", "1990", "35 000", "archived", "passwd", "92233720368547758"] {
                #expect(!ru.contains(value) && !refusal.text(.en).contains(value), "\(kind): \(ru)")
            }
        }
    }

    @Test func theBoundIsNamedWithTheField() throws {
        let refusal = try #require(Self.refusal(try Self.damaged { $0["revision"] = Int64.max }))
        #expect(
            refusal.text(.ru) == "поле revision: число вне допустимых пределов 0…1\u{00A0}000\u{00A0}000\u{00A0}000")
        #expect(refusal.text(.en) == "field revision: number outside the bounds 0…1,000,000,000")
    }

    @Test func everyFaultSurvivesItsCode() {
        let faults: [FieldFault] =
            FieldFault.ValueKind.allCases.flatMap { [.wrongType(expected: $0), .null(expected: $0)] } + [
                .missing, .duplicateKey, .caseID, .money, .date, .time, .unknownChoice,
                .outOfRange(min: -5, max: 1_000_000_000), .amountOutOfRange(min: -1, max: 1), .invalid,
            ]
        for fault in faults {
            #expect(FieldFault(code: fault.code) == fault)
            #expect(CaseFileError.field("a.b", fault).fieldFault == fault)
            let ru = fault.text(.ru)
            #expect(ru.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "\(fault): \(ru)")
        }
        // A reason from before the codes (an English sentence) is shown as the generic reason.
        let old = CaseFileError.invalidField(path: "revision", reason: "expected an integer")
        #expect(old.text(.ru) == "поле revision: недопустимое значение")
        #expect(FieldFault.decoding("Cannot initialize CaseStatus from invalid String value x") == .unknownChoice)
        #expect(FieldFault.decoding("Number 1e400 is not representable") == .invalid)
    }

    /// The parser's English detail is not shown; where it stopped is.
    @Test func notJSONShowsOnlyWhereTheParserStopped() {
        let refusal = CaseFileError.notJSON("Unexpected character 'x' around line 3, column 17.")
        #expect(refusal.text(.ru) == "не JSON (строка 3, позиция 17)")
        #expect(refusal.text(.en) == "not JSON (line 3, column 17)")
        #expect(CaseFileError.notJSON("The given data was not valid JSON.").text(.ru) == "не JSON")
    }
}
