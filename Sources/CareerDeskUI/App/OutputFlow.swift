import CareerDeskCore
import Foundation
import TerminalKit

/// Print (F5) and export (F6): a dialog for what, one for where, then the effect.
enum OutputFlow {
    static let exportFormats: [ExportFormat] = [.pdf, .html, .md, .json, .csv]

    /// The documents F5 offers: the yearly statement only for a signed contract.
    static func printKinds(_ source: CaseSource, _ state: AppState) -> [DocumentKind] {
        let signed: Bool
        switch source {
        case .open: signed = state.session?.item.contract?.isSigned ?? false
        case .stored(let id): signed = state.desk.cases.first { $0.id == id }?.contractStatus?.isSigned ?? false
        }
        return [.contract, .consent, .plan] + (signed ? [.statement] : [])
    }

    static func startPrint(_ state: inout AppState, source: CaseSource) {
        let l = state.language
        let options = printKinds(source, state).map { DocumentText.documentName($0)(l) } + [DeskText.cancel(l)]
        state.overlay = .dialog(
            Dialog.choice(title: OutputText.printTitle(l), message: OutputText.printWhat(l), options: options),
            .printKind(source))
    }

    static func startExport(_ state: inout AppState, source: CaseSource) {
        state.overlay = formatDialog(source, state.language)
    }

    /// Which export format (F6, or the review page's Export).
    static func formatDialog(_ source: CaseSource, _ l: Language) -> Overlay {
        let options = exportFormats.map { OutputText.formatName($0)(l) } + [DeskText.cancel(l)]
        return .dialog(
            Dialog.choice(title: OutputText.exportTitle(l), message: OutputText.exportWhat(l), options: options),
            .exportFormat(source))
    }

    /// Where a document goes: printer, file or cancel (after F5's choice, or the review page's).
    /// The last choice (`AppState.lastPrint`) is the default.
    static func destinationDialog(
        _ kind: DocumentKind, _ source: CaseSource, _ l: Language, last: PrintDestination? = nil
    ) -> Overlay {
        var toFile = false
        if case .file = last { toFile = true }
        return .dialog(
            Dialog.choice(
                title: OutputText.printTitle(l) + " — " + DocumentText.documentName(kind)(l),
                message: OutputText.printWhere(l),
                options: [OutputText.toPrinter(l), OutputText.toFile(l), DeskText.cancel(l)],
                defaultOption: toFile ? 1 : 0),
            .printDestination(kind, source))
    }

    /// The path offered for a file: the document's own name, in the folder of the last file written.
    static func suggestedPath(_ name: String, last: PrintDestination?) -> String {
        guard case .file(let previous) = last, previous.contains("/") else { return name }
        return String(previous[...previous.lastIndex(of: "/")!]) + name
    }

    static func caseID(_ source: CaseSource, _ state: AppState) -> String {
        switch source {
        case .open: state.session.map { $0.isNew ? "new" : $0.item.id.description } ?? "case"
        case .stored(let id): id.description
        }
    }

    /// Handles the answer of one of the output dialogs.
    static func answered(_ purpose: DialogPurpose, _ result: DialogResult, _ state: inout AppState) -> [Effect] {
        guard case .chosen(let button, let text) = result else { return [] }
        let l = state.language
        switch purpose {
        case .printKind(let source):
            let kinds = printKinds(source, state)
            guard kinds.indices.contains(button) else { return [] }
            state.overlay = destinationDialog(kinds[button], source, l, last: state.lastPrint)
        case .printDestination(let kind, let source):
            if button == 0 {
                state.lastPrint = .printer
                return effect(print: kind, source, .printer, &state)
            }
            guard button == 1 else { return [] }
            let path = suggestedPath("\(caseID(source, state))-\(kind.rawValue).txt", last: state.lastPrint)
            state.overlay = .dialog(
                Dialog.pathInput(
                    title: OutputText.printTitle(l), message: OutputText.pathPrompt(l), path: path,
                    ok: DeskText.ok(l), cancel: DeskText.cancel(l)), .printPath(kind, source))
        case .printPath(let kind, let source):
            guard button == 0, let path = text?.trimmingCharacters(in: .whitespaces), !path.isEmpty else { return [] }
            state.lastPrint = .file(path)
            return effect(print: kind, source, .file(path), &state)
        case .exportFormat(let source):
            guard exportFormats.indices.contains(button) else { return [] }
            let format = exportFormats[button]
            let path = "\(caseID(source, state)).\(format.fileExtension)"
            state.overlay = .dialog(
                Dialog.pathInput(
                    title: OutputText.exportTitle(l), message: OutputText.pathPrompt(l), path: path,
                    ok: DeskText.ok(l), cancel: DeskText.cancel(l)), .exportPath(format, source))
        case .exportPath(let format, let source):
            guard button == 0, let path = text?.trimmingCharacters(in: .whitespaces), !path.isEmpty else { return [] }
            switch source {
            case .open:
                guard let session = state.session else { return [] }
                return [.export(format, .loaded(session.item), path: path)]
            case .stored(let id):
                return [.export(format, .stored(id), path: path)]
            }
        default:
            break
        }
        return []
    }

    static func effect(
        print kind: DocumentKind, _ source: CaseSource, _ destination: PrintDestination, _ state: inout AppState
    )
        -> [Effect]
    {
        switch source {
        case .open:
            guard let session = state.session else { return [] }
            return [.print(kind, .loaded(session.item), destination: destination)]
        case .stored(let id):
            return [.print(kind, .stored(id), destination: destination)]
        }
    }
}

/// Texts of the print and export dialogs.
public enum OutputText {
    public static let printTitle = LocalizedText(ru: "Печать", en: "Print")
    public static let printWhat = LocalizedText(ru: "Какой документ напечатать?", en: "Which document?")
    public static let printWhere = LocalizedText(ru: "Куда?", en: "Where to?")
    public static let toPrinter = LocalizedText(ru: "На принтер", en: "Printer")
    public static let toFile = LocalizedText(ru: "В файл", en: "File")
    public static let exportTitle = LocalizedText(ru: "Экспорт дела", en: "Export the case")
    public static let exportWhat = LocalizedText(ru: "В каком формате?", en: "Which format?")
    public static let pathPrompt = LocalizedText(
        ru: "Путь к файлу (относительно папки запуска или ~/…):",
        en: "File path (relative to the start folder, or ~/…):")
    public static let done = LocalizedText(ru: "Готово: {where}", en: "Done: {where}")
    public static let failed = LocalizedText(ru: "Не вышло: {reason}", en: "Failed: {reason}")

    public static func formatName(_ format: ExportFormat) -> LocalizedText {
        switch format {
        case .pdf: LocalizedText(ru: "PDF — для печати и подписи", en: "PDF — to print and sign")
        case .html: LocalizedText(ru: "HTML — для браузера", en: "HTML — for a browser")
        case .md: LocalizedText(ru: "Markdown — текст", en: "Markdown — text")
        case .json: LocalizedText(ru: "JSON — файл дела для переноса", en: "JSON — case file to move")
        case .csv: LocalizedText(ru: "CSV — строка реестра", en: "CSV — register row")
        case .txt: LocalizedText(ru: "Текст", en: "Text")
        }
    }
}
