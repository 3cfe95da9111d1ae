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
        let document = try catalog.document(kind, of: item, today: LocalDate(clock.now), language: language)
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
        let url = URL(fileURLWithPath: Self.expand(path))
        let bytes = try catalog.exportBytes(item, as: format, now: clock.now, language: language)
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
