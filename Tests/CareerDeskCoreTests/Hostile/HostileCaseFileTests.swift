import Foundation
import Testing

@testable import CareerDeskCore

/// Every damaged or malicious case file in Tests/Fixtures/hostile/case-files is refused with the
/// reason a person needs, or loaded; none traps, and no message repeats a personal value.
@Suite struct HostileCaseFileTests {
    /// What each corpus file must give: nil when it loads.
    static let expected: [String: CaseFileError?] = [
        "empty.json": .empty,
        "whitespace-only.json": .empty,
        "truncated-mid-object.json": .truncated,
        "truncated-mid-string.json": .truncated,
        "invalid-utf8-in-name.json": .notUTF8,
        "overlong-utf8-slash.json": .notUTF8,
        "utf16le-with-bom.json": .notUTF8,
        "utf8-bom.json": nil,
        "two-boms.json": nil,
        "top-level-array.json": .notAnObject,
        "top-level-string.json": .notAnObject,
        "top-level-null.json": .notAnObject,
        "revision-as-string.json": .field("revision", .wrongType(expected: .integer)),
        "schema-version-as-string.json": .field("schemaVersion", .wrongType(expected: .integer)),
        "name-as-number.json": .field("seeker.fullName", .wrongType(expected: .string)),
        "income-as-number.json": .field("seeker.baselineIncome", .wrongType(expected: .string)),
        "funded-amount-as-number.json": .field("contract.terms.fundedAmount", .wrongType(expected: .string)),
        "rating-as-string.json": .field("feedback[0].rating", .wrongType(expected: .integer)),
        "consent-as-string.json": .field("seeker.consent.given", .wrongType(expected: .boolean)),
        "revision-int64-max.json": .field("revision", .outOfRange(min: 0, max: 1_000_000_000)),
        "money-int64-max-kopecks.json": .field(
            "contract.terms.fundedAmount", .amountOutOfRange(min: -1_000_000_000_000, max: 1_000_000_000_000)),
        "duplicate-key-name.json": .field("seeker.fullName", .duplicateKey),
        "duplicate-key-id.json": .field("id", .duplicateKey),
        "duplicate-key-schema-version.json": .field("schemaVersion", .duplicateKey),
        "schema-version-3.json": .unknownSchemaVersion(3),
        "schema-version-0.json": .unknownSchemaVersion(0),
        "schema-version-negative.json": .unknownSchemaVersion(-1),
        "no-schema-version.json": .missingSchemaVersion,
        "id-traversal.json": .field("id", .caseID),
        "id-absolute-path.json": .field("id", .caseID),
        "id-traversal-same-length.json": .field("id", .caseID),
        "birth-date-wrong-shape.json": .field("seeker.birthDate", .date),
        "status-unknown.json": .field("status", .unknownChoice),
        "money-garbage.json": .field("contract.terms.fundedAmount", .money),
        "escapes-and-bidi.json": nil,
        "nul-in-name.json": nil,
        "nesting-65-deep.json": .tooDeeplyNested(limit: 64),
        "export-envelope-id-traversal.json": .field("id", .caseID),
        "export-envelope-case-not-object.json": .notAnObject,
        "export-envelope-future-version.json": .unknownSchemaVersion(99),
    ]

    /// Refused as "not JSON" with the parser's own detail, which varies by Foundation version.
    static let notJSON: Set<String> = [
        "not-json.json", "raw-escape-byte-in-string.json", "revision-too-big.json", "revision-fraction.json",
        "revision-exponent.json",
    ]

    static let corpus = HostileFixtures.files("case-files").map(\.lastPathComponent)

    @Test func everyCorpusFileHasAnExpectation() {
        let named = Set(Self.expected.keys).union(Self.notJSON)
        #expect(Set(Self.corpus) == named)
    }

    @Test(arguments: corpus) func refusedWithItsReasonOrLoaded(_ name: String) throws {
        let data = try HostileFixtures.data("case-files", name)
        let outcome: CaseFileError?
        do {
            _ = try CaseImport.decode(data)
            outcome = nil
        } catch {
            outcome = error
        }
        if Self.notJSON.contains(name) {
            guard case .notJSON(let detail) = outcome else {
                Issue.record("\(name): expected not JSON, got \(String(describing: outcome))")
                return
            }
            #expect(!detail.isEmpty)
        } else {
            #expect(outcome == Self.expected[name] ?? nil, "\(name)")
        }
        guard let outcome else { return }
        for language in Language.allCases {
            let message = outcome.text(language)
            #expect(!message.isEmpty)
            #expect(!HostileFixtures.hasControls(message), "\(name): \(message.debugDescription)")
            for value in HostileFixtures.personalValues {
                #expect(!message.contains(value), "\(name) repeats a personal value: \(message)")
            }
        }
    }

    /// The store's reader (no envelope) agrees with import on every bare file.
    @Test(arguments: corpus.filter { !$0.hasPrefix("export-envelope") })
    func theStoreReaderAgreesWithImport(_ name: String) throws {
        let data = try HostileFixtures.data("case-files", name)
        let viaImport = Result(catching: { () throws(CaseFileError) -> Case in try CaseImport.decode(data) })
        let viaReader = Result(catching: { () throws(CaseFileError) -> Case in try CaseFileReader.decode(data) })
        #expect(viaImport == viaReader)
    }

    @Test func aHundredMegabyteStringIsRefusedUnparsed() {
        let data = HostileFixtures.caseWithLongName(100 * 1_048_576)
        #expect(throws: CaseFileError.tooLarge(bytes: data.count)) { try CaseFileReader.decode(data) }
        #expect(throws: CaseFileError.tooLarge(bytes: data.count)) { try CaseImport.decode(data) }
    }

    @Test func aStringJustUnderTheLimitLoads() throws {
        let data = HostileFixtures.caseWithLongName(CaseFileReader.maxBytes - 8_192)
        let item = try CaseFileReader.decode(data)
        #expect(item.seeker.fullName.utf8.count == CaseFileReader.maxBytes - 8_192)
        // The validator names the field rather than the value.
        let problems = JobSeekerValidator(today: StoreFixtures.today).validate(item.seeker)
        #expect(problems.contains { $0.field == "seeker.fullName" })
    }

    @Test func aHundredThousandDeepNestingIsRefusedWithoutRecursion() {
        let data = HostileFixtures.deeplyNested(100_000)
        #expect(throws: CaseFileError.tooDeeplyNested(limit: 64)) { try CaseFileReader.decode(data) }
        #expect(throws: CaseFileError.tooDeeplyNested(limit: 64)) { try CaseImport.decode(data) }
        // Also inside an export envelope's `case`.
        var envelope = Data("{\"kind\": \"careerdesk.case-export\", \"case\": ".utf8)
        envelope.append(data)
        envelope.append(Data("}".utf8))
        #expect(throws: CaseFileError.tooDeeplyNested(limit: 64)) { try CaseImport.decode(envelope) }
    }

    @Test func aFileCutInsideACyrillicLetterIsTruncatedNotForeign() throws {
        var data = try CaseCoding.encoder().encode(StoreFixtures.fullCase())
        let name = try #require(data.range(of: Data("Ёлкина".utf8)))
        data = data.prefix(upTo: name.lowerBound + 1)  // half of "Ё"
        #expect(throws: CaseFileError.truncated) { try CaseFileReader.decode(data) }
    }

    @Test func duplicateKeysAreFoundAtAnyDepthAndThroughEscapes() {
        func dup(_ text: String) -> String? { CaseFileReader.duplicateKey(in: Data(text.utf8)) }
        #expect(dup(#"{"a": 1, "b": {"c": [1, {"d": 1, "d": 2}]}}"#) == "b.c[1].d")
        #expect(dup(#"{"id": 1, "\u0069d": 2}"#) == "id")
        #expect(dup(#"{"a": {"x": 1}, "b": {"x": 1}, "c": "a,\"a\": 2"}"#) == nil)
        #expect(dup(#"[{"a": 1}, {"a": 2}]"#) == nil)
    }

    /// Crash inputs the fuzzer found, kept so the bug stays fixed (Fuzz/run.sh, docs/reliability.md).
    @Test(arguments: HostileFixtures.files("regressions", prefix: "casefile-").map(\.lastPathComponent))
    func fuzzerRegressionsAreRefusedOrLoaded(_ name: String) throws {
        let data = try HostileFixtures.data("regressions", name)
        if let item = try? CaseImport.decode(data) {
            let context = DocumentContext(language: .ru, date: StoreFixtures.today)
            _ = PlainTextRenderer().render(CaseFileDocument.export(item, context: context))
            for kind in DocumentKind.allCases {
                if let document = try? kind.make(item, context: context) { _ = PlainTextRenderer().render(document) }
            }
        }
    }
}
