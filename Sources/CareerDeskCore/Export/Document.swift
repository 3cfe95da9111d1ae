import Foundation

/// A printable document as data: a title and a list of blocks. Every output format (plain text
/// at 80 columns, Markdown, HTML, PDF) renders the same value, so the formats never disagree.
public struct Document: Hashable, Sendable {
    public var title: String
    public var blocks: [DocumentBlock]

    public init(title: String, blocks: [DocumentBlock]) {
        self.title = title
        self.blocks = blocks
    }

    /// Several documents as one (the PDF case file: contract summary, then the case), each
    /// starting on a new page under its own title.
    public static func combined(title: String, _ parts: [Document]) -> Document {
        var blocks: [DocumentBlock] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { blocks.append(.pageBreak) }
            blocks.append(.title(part.title))
            blocks.append(contentsOf: part.blocks)
        }
        return Document(title: title, blocks: blocks)
    }

    /// All the text a person reads in the document, in order (for tests and searches).
    public var plainWords: String {
        var parts = [title]
        for block in blocks {
            switch block {
            case .title(let text), .heading(let text), .paragraph(let text), .notice(let text):
                parts.append(text)
            case .fields(let fields): parts += fields.flatMap { [$0.label, $0.value] }
            case .table(let table): parts += table.columns.map(\.title) + table.rows.flatMap { $0 }
            case .signatures(let lines): parts += lines.flatMap { [$0.role, $0.name ?? ""] }
            case .pageBreak: break
            }
        }
        return parts.joined(separator: "\n")
    }
}

/// One block of a document. Data inside blocks is raw text: each renderer escapes it for its format.
public enum DocumentBlock: Hashable, Sendable {
    /// A document title inside a combined document (the document's own title is rendered first).
    case title(String)
    case heading(String)
    /// Text wrapped to the width; `\n` inside starts a new line.
    case paragraph(String)
    /// Text set apart from the rest (the personal-data notice).
    case notice(String)
    /// A two-column list of labelled values.
    case fields([DocumentField])
    case table(DocumentTable)
    /// Lines for handwritten signatures and dates.
    case signatures([SignatureLine])
    case pageBreak
}

/// A labelled value: "Case: SAK-2026-000042".
public struct DocumentField: Hashable, Sendable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// A table with a header row; cells wrap when the table is wider than the page.
public struct DocumentTable: Hashable, Sendable {
    public var columns: [DocumentColumn]
    public var rows: [[String]]

    public init(columns: [DocumentColumn], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// A table column: its header and how its cells line up (numbers to the right).
public struct DocumentColumn: Hashable, Sendable {
    public var title: String
    public var alignment: DocumentAlignment

    public init(_ title: String, alignment: DocumentAlignment = .leading) {
        self.title = title
        self.alignment = alignment
    }
}

/// Horizontal alignment of a table column.
public enum DocumentAlignment: Hashable, Sendable {
    case leading, trailing
}

/// A place to sign: who signs (role and name) and the captions of the signature and date lines.
public struct SignatureLine: Hashable, Sendable {
    public var role: String
    public var name: String?
    public var signatureCaption: String
    public var dateCaption: String

    public init(role: String, name: String?, signatureCaption: String, dateCaption: String) {
        self.role = role
        self.name = name
        self.signatureCaption = signatureCaption
        self.dateCaption = dateCaption
    }
}
