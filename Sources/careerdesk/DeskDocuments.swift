import CareerDeskCore
import CareerDeskUI
import Foundation

/// Printing and exporting for the desk, with the same documents, renderers and printer as
/// `careerdesk print` and `careerdesk export`.
struct DeskDocuments: DeskOutput {
    var catalog: DocumentCatalog
    var clock: any CareerDeskCore.Clock

    func print(_ kind: DocumentKind, _ item: Case, to destination: PrintDestination, language: Language) throws
        -> String
    {
        let today = LocalDate(clock.now)
        let context = DocumentContext(
            language: language, date: today, references: catalog.references(for: item, explainingGuidanceOn: today))
        let document: Document
        do {
            document = try kind.make(item, context: context)
        } catch {
            throw CommandError(error.text(language))
        }
        switch destination {
        case .file(let path):
            let url = URL(fileURLWithPath: Self.expand(path))
            let bytes = try DocumentOutput.render(
                document, as: ExportFormat.forFile(url.path), item: item, language: language)
            try write(bytes, to: url, language: language)
            return url.path
        case .printer:
            let pdf = try DocumentOutput.render(document, as: .pdf, item: item, language: language)
            let job = try LinePrinter(printer: nil, language: language).send(pdf, title: "\(item.id) \(kind.rawValue)")
            return DocumentText.sentToPrinter.with([
                "document": DocumentText.documentName(kind)(language), "id": item.id.description,
                "printer": DocumentText.defaultPrinter(language), "job": job,
            ])(language)
        }
    }

    func export(_ format: ExportFormat, _ item: Case, to path: String, language: Language) throws -> String {
        let now = clock.now
        let url = URL(fileURLWithPath: Self.expand(path))
        let bytes: Data
        switch format {
        case .json:
            bytes = try CaseExport(item: item, catalog: catalog.entries(for: item), exportedAt: now).encoded()
        case .csv:
            bytes = Data(CaseRegister.csv([item], language: language, references: catalog.references(for:)).utf8)
        case .md, .html, .pdf, .txt:
            let context = DocumentContext(
                language: language, date: LocalDate(now),
                references: catalog.references(for: item, explainingGuidanceOn: LocalDate(now)))
            bytes = try DocumentOutput.render(
                CaseFileDocument.export(item, context: context), as: format, item: item, language: language)
        }
        try write(bytes, to: url, language: language)
        return url.path
    }

    func write(_ data: Data, to url: URL, language: Language) throws {
        do {
            try PrivateFile.write(data, to: url)
        } catch {
            throw CommandError(
                DocumentText.writeFailed.with(["path": url.path, "reason": DocumentOutput.reason(error)])(language))
        }
    }

    /// `~/x` is the home directory's x; anything else is as typed (relative to the start folder).
    static func expand(_ path: String) -> String {
        guard path.hasPrefix("~/") else { return path }
        return FileManager.default.homeDirectoryForCurrentUser.path + String(path.dropFirst(1))
    }
}
