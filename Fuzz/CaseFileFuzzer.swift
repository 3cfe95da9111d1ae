import CareerDeskCore
import Foundation

/// libFuzzer entry point for the case-file decoder (`careerdesk import`, the store's reader).
///
/// Any bytes must either be refused with a `CaseFileError` that has a message in both languages,
/// or decode to a case that re-encodes stably and renders in every document format. A trap
/// anywhere (an overflow in the contract maths, an index out of range in a renderer) is a crash
/// the fuzzer reports.
@_cdecl("LLVMFuzzerTestOneInput")
public func caseFileFuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let item: Case
    do {
        item = try CaseImport.decode(data)
    } catch {
        precondition(!error.text(.ru).isEmpty && !error.text(.en).isEmpty, "a refusal without a message")
        return 0
    }
    // What the store would write must read back as the same case (one trip normalises times).
    guard let written = try? CaseCoding.encoder().encode(item) else { return 0 }
    guard let reread = try? CaseFileReader.decode(written) else {
        preconditionFailure("a case the reader accepted cannot be read back after writing")
    }
    precondition(try! CaseCoding.encoder().encode(reread) == written, "the written case changes on a second trip")

    // Every document a person can print or export from it.
    let context = DocumentContext(
        language: count % 2 == 0 ? .ru : .en, date: LocalDate(year: 2026, month: 11, day: 23)!)
    let whole = CaseFileDocument.export(item, context: context)
    for kind in DocumentKind.allCases {
        if let document = try? kind.make(item, context: context) {
            _ = PlainTextRenderer().render(document)
        }
    }
    _ = PlainTextRenderer().render(whole)
    _ = MarkdownRenderer().render(whole)
    _ = HTMLRenderer(language: context.language).render(whole)
    _ = CaseRegister.csv([item], language: context.language)
    let redacted = Redaction(seeker: item.seeker).apply(to: whole, language: context.language)
    _ = PlainTextRenderer().render(redacted)
    if item.seeker.consent.withdrawnOn != nil,
        let anonymous = try? Anonymisation.anonymised(item, by: "fuzz", at: Date())
    {
        _ = CaseFileDocument.export(anonymous, context: context)
    }
    return 0
}
