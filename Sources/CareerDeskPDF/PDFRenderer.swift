import CPangoCairo
import CareerDeskCore
import Foundation

/// Renders a `Document` to PDF on A4 pages with pango (line breaking, Cyrillic and CJK shaping,
/// font fallback) and cairo (the PDF surface), in DejaVu Sans. Lines are placed one by one, so
/// a long paragraph or table continues on the next page instead of being cut.
public struct PDFRenderer: Sendable {
    public var pageWidth = 595.276  // A4 in points
    public var pageHeight = 841.89
    public var margin = 45.0
    public var bodyFont = "DejaVu Sans 9.5"
    public var boldFont = "DejaVu Sans Bold 9.5"
    /// Tables are set smaller so a row of amounts fits across the page.
    public var tableFont = "DejaVu Sans 8"
    public var tableBoldFont = "DejaVu Sans Bold 8"
    public var headingFont = "DejaVu Sans Bold 11.5"
    public var titleFont = "DejaVu Sans Bold 14"
    /// Printed small at the foot of every page (the personal-data notice).
    public var footer: String?

    public init(footer: String? = nil) {
        self.footer = footer
    }

    /// The PDF bytes.
    public func render(_ document: Document) throws(PDFError) -> Data {
        let sink = PDFSink()
        let box = Unmanaged.passRetained(sink)
        defer { box.release() }
        guard
            let surface = cairo_pdf_surface_create_for_stream(
                { closure, data, length in
                    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                    Unmanaged<PDFSink>.fromOpaque(closure).takeUnretainedValue().data.append(
                        data, count: Int(length))
                    return CAIRO_STATUS_SUCCESS
                }, box.toOpaque(), pageWidth, pageHeight)
        else { throw .cairo("surface") }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "CareerDesk")
        let cr = cairo_create(surface)!
        var page = PageWriter(renderer: self, cr: cr)
        page.begin()
        page.title(document.title)
        let blocks = document.blocks
        for (i, block) in blocks.enumerated() {
            // The signature block is never split, and its heading goes with it: both start a new
            // page together when they do not fit in what is left of this one.
            if case .heading = block, i + 1 < blocks.count, case .signatures(let signatures) = blocks[i + 1] {
                page.keepTogether(PageWriter.headingHeight + page.height(of: signatures))
            }
            page.draw(block)
        }
        page.finishPage()
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(String(cString: cairo_status_to_string(status)))
        }
        return sink.data
    }
}

/// A PDF could not be produced.
public enum PDFError: Error, Hashable, Sendable {
    case cairo(String)
}

/// Collects the bytes cairo writes.
private final class PDFSink: @unchecked Sendable {
    var data = Data()
}

/// Draws blocks top to bottom, starting a new page when the next line does not fit.
private struct PageWriter {
    let renderer: PDFRenderer
    let cr: OpaquePointer
    var y = 0.0
    var pageNumber = 0
    var left: Double { renderer.margin }
    var width: Double { renderer.pageWidth - 2 * renderer.margin }
    var bottom: Double { renderer.pageHeight - renderer.margin - 14 }

    init(renderer: PDFRenderer, cr: OpaquePointer) {
        self.renderer = renderer
        self.cr = cr
    }

    mutating func begin() {
        pageNumber += 1
        y = renderer.margin
    }

    mutating func finishPage() {
        if let footer = renderer.footer {
            let layout = makeLayout(footer, font: "DejaVu Sans 7", width: width - 40)
            cairo_set_source_rgb(cr, 0.35, 0.35, 0.35)
            cairo_move_to(cr, left, renderer.pageHeight - renderer.margin + 4)
            pango_cairo_show_layout(cr, layout)
            g_object_unref(UnsafeMutableRawPointer(layout))
        }
        let number = makeLayout(String(pageNumber), font: "DejaVu Sans 7", width: 40, alignRight: true)
        cairo_move_to(cr, left + width - 40, renderer.pageHeight - renderer.margin + 4)
        pango_cairo_show_layout(cr, number)
        g_object_unref(UnsafeMutableRawPointer(number))
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_show_page(cr)
    }

    mutating func newPage() {
        finishPage()
        begin()
    }

    /// Starts a new page unless `height` fits in what is left of this one (or would not fit on
    /// a page of its own either).
    mutating func keepTogether(_ height: Double) {
        if y + height > bottom, height <= bottom - renderer.margin, y > renderer.margin { newPage() }
    }

    /// What a heading takes: the space above, one line of the heading font, the rule below.
    static let headingHeight = 36.0

    /// The height `drawSignatures` gives these lines.
    func height(of signatures: [SignatureLine]) -> Double {
        signatures.reduce(0) { total, signature in
            let who = signature.name.map { signature.role + ": " + $0 } ?? signature.role
            let layout = makeLayout(who, font: renderer.bodyFont, width: width)
            defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
            return total + height(of: layout) + 46
        }
    }

    mutating func ensureRoom(_ height: Double) {
        if y + height > bottom, y > renderer.margin { newPage() }
    }

    func makeLayout(_ text: String, font: String, width: Double, alignRight: Bool = false)
        -> OpaquePointer
    {
        let layout = pango_cairo_create_layout(cr)!
        let description = pango_font_description_from_string(font)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_width(layout, cdpdf_to_pango(width))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        if alignRight { pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT) }
        pango_layout_set_text(layout, TextColumns.sanitized(text, keepNewlines: true), -1)
        return layout
    }

    func height(of layout: OpaquePointer) -> Double {
        var w: Int32 = 0
        var h: Int32 = 0
        pango_layout_get_size(layout, &w, &h)
        return cdpdf_from_pango(h)
    }

    /// A paragraph line by line, so it may continue on the next page.
    mutating func text(
        _ text: String, font: String, x: Double? = nil, width: Double? = nil, after: Double = 5
    ) {
        let layout = makeLayout(text, font: font, width: width ?? self.width)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        // A bulleted list (every line `• …`): a wrapped line continues under the text, not the bullet.
        if text.split(separator: "\n").allSatisfy({ $0.hasPrefix("• ") }) {
            let bullet = makeLayout("• ", font: font, width: width ?? self.width)
            var w: Int32 = 0
            var h: Int32 = 0
            pango_layout_get_size(bullet, &w, &h)
            g_object_unref(UnsafeMutableRawPointer(bullet))
            pango_layout_set_indent(layout, -w)
        }
        let iter = pango_layout_get_iter(layout)!
        defer { pango_layout_iter_free(iter) }
        repeat {
            var ink = PangoRectangle()
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, &ink, &logical)
            let lineHeight = cdpdf_from_pango(logical.height)
            ensureRoom(lineHeight)
            let baseline = cdpdf_from_pango(pango_layout_iter_get_baseline(iter) - logical.y)
            cairo_move_to(cr, (x ?? left) + cdpdf_from_pango(logical.x), y + baseline)
            pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(iter))
            y += lineHeight
        } while pango_layout_iter_next_line(iter) != 0
        y += after
    }

    mutating func title(_ text: String) {
        self.text(text, font: renderer.titleFont, after: 10)
    }

    mutating func draw(_ block: DocumentBlock) {
        switch block {
        case .title(let text): title(text)
        case .heading(let text):
            ensureRoom(90)  // keep a heading with the first lines (or a signature block) under it
            y += 6
            self.text(text, font: renderer.headingFont, after: 2)
            cairo_set_line_width(cr, 0.5)
            cairo_move_to(cr, left, y)
            cairo_line_to(cr, left + width, y)
            cairo_stroke(cr)
            y += 5
        case .paragraph(let text): self.text(text, font: renderer.bodyFont)
        case .notice(let text):
            let layout = makeLayout(text, font: renderer.boldFont, width: width - 16)
            let h = height(of: layout) + 12
            ensureRoom(h)
            cairo_set_line_width(cr, 0.8)
            cairo_rectangle(cr, left, y, width, h)
            cairo_stroke(cr)
            cairo_move_to(cr, left + 8, y + 6)
            pango_cairo_show_layout(cr, layout)
            g_object_unref(UnsafeMutableRawPointer(layout))
            y += h + 8
        case .fields(let fields): drawFields(fields)
        case .table(let table): drawTable(table)
        case .signatures(let signatures): drawSignatures(signatures)
        case .pageBreak: newPage()
        }
    }

    mutating func drawFields(_ fields: [DocumentField]) {
        let labelWidth = width * 0.32
        for field in fields {
            let label = makeLayout(field.label, font: renderer.boldFont, width: labelWidth - 8)
            let value = makeLayout(
                field.value.isEmpty ? "—" : field.value, font: renderer.bodyFont, width: width - labelWidth)
            let h = max(height(of: label), height(of: value)) + 2
            ensureRoom(h)
            cairo_move_to(cr, left, y)
            pango_cairo_show_layout(cr, label)
            cairo_move_to(cr, left + labelWidth, y)
            pango_cairo_show_layout(cr, value)
            g_object_unref(UnsafeMutableRawPointer(label))
            g_object_unref(UnsafeMutableRawPointer(value))
            y += h
        }
        y += 5
    }

    /// Column widths from the same plan as the text renderer, in points; the header repeats on each page.
    mutating func drawTable(_ table: DocumentTable) {
        let count = table.columns.count
        guard count > 0 else { return }
        let pad = 3.0
        let measureLayout = makeLayout("", font: renderer.tableBoldFont, width: -1)
        defer { g_object_unref(UnsafeMutableRawPointer(measureLayout)) }
        pango_layout_set_width(measureLayout, -1)
        func measure(_ text: String) -> Int {
            pango_layout_set_text(measureLayout, text, -1)
            var w: Int32 = 0
            var h: Int32 = 0
            pango_layout_get_size(measureLayout, &w, &h)
            return Int(cdpdf_from_pango(w).rounded(.up)) + 1
        }
        let widths = TablePlan.columnWidths(
            headers: table.columns.map(\.title), rows: table.rows,
            available: Int(width) - Int(2 * pad) * count,
            measure: measure
        ).map { Double($0) + 2 * pad }
        let scale = min(1, width / widths.reduce(0, +))
        let columnWidths = widths.map { $0 * scale }

        func row(_ cells: [String], header: Bool) {
            let layouts = (0..<count).map { i -> OpaquePointer in
                let layout = makeLayout(
                    i < cells.count ? cells[i] : "", font: header ? renderer.tableBoldFont : renderer.tableFont,
                    width: columnWidths[i] - 2 * pad,
                    alignRight: !header && table.columns[i].alignment == .trailing)
                return layout
            }
            let h = (layouts.map { height(of: $0) }.max() ?? 10) + 2 * pad
            var x = left
            if header {
                cairo_set_source_rgb(cr, 0.92, 0.92, 0.92)
                cairo_rectangle(cr, left, y, columnWidths.reduce(0, +), h)
                cairo_fill(cr)
                cairo_set_source_rgb(cr, 0, 0, 0)
            }
            for (i, layout) in layouts.enumerated() {
                cairo_move_to(cr, x + pad, y + pad)
                pango_cairo_show_layout(cr, layout)
                cairo_set_line_width(cr, 0.4)
                cairo_rectangle(cr, x, y, columnWidths[i], h)
                cairo_stroke(cr)
                x += columnWidths[i]
                g_object_unref(UnsafeMutableRawPointer(layout))
            }
            y += h
        }
        func rowHeight(_ cells: [String]) -> Double {
            (0..<count).map { i -> Double in
                let layout = makeLayout(
                    i < cells.count ? cells[i] : "", font: renderer.tableBoldFont, width: columnWidths[i] - 2 * pad
                )
                defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
                return height(of: layout)
            }.max()! + 2 * pad
        }
        let headerCells = table.columns.map(\.title)
        ensureRoom(rowHeight(headerCells) + rowHeight(table.rows.first ?? []))
        row(headerCells, header: true)
        for cells in table.rows {
            let h = rowHeight(cells)
            if y + h > bottom {
                newPage()
                row(headerCells, header: true)
            }
            row(cells, header: false)
        }
        y += 8
    }

    mutating func drawSignatures(_ signatures: [SignatureLine]) {
        keepTogether(height(of: signatures))
        for signature in signatures {
            let who = signature.name.map { signature.role + ": " + $0 } ?? signature.role
            let layout = makeLayout(who, font: renderer.bodyFont, width: width)
            let h = height(of: layout)
            ensureRoom(h + 44)
            cairo_move_to(cr, left, y)
            pango_cairo_show_layout(cr, layout)
            g_object_unref(UnsafeMutableRawPointer(layout))
            y += h + 26
            let signWidth = width * 0.6
            cairo_set_line_width(cr, 0.6)
            cairo_move_to(cr, left, y)
            cairo_line_to(cr, left + signWidth, y)
            cairo_move_to(cr, left + signWidth + 30, y)
            cairo_line_to(cr, left + width, y)
            cairo_stroke(cr)
            for (text, x) in [
                (signature.signatureCaption, left), (signature.dateCaption, left + signWidth + 30),
            ] {
                let caption = makeLayout(text, font: "DejaVu Sans 7.5", width: signWidth)
                cairo_move_to(cr, x, y + 2)
                pango_cairo_show_layout(cr, caption)
                g_object_unref(UnsafeMutableRawPointer(caption))
            }
            y += 20
        }
    }
}
