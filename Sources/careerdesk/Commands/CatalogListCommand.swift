import ArgumentParser
import CareerDeskCore
import Foundation

/// `careerdesk catalog list occupations|courses|regions|programmes [--region R] [--json]`.
struct CatalogListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List occupations, courses, regions or programmes of the catalog in use.")

    enum Kind: String, CaseIterable, ExpressibleByArgument {
        case occupations, courses, regions, programmes
    }

    @Argument(help: "What to list: occupations, courses, regions or programmes.") var kind: Kind
    @Option(help: "Only this region (occupations: its figures; courses: held there or online).") var region: String?
    @Flag(help: "Print JSON (the catalog entries themselves).") var json = false
    /// For --lang (shared with the store commands, so the option means the same everywhere).
    @OptionGroup var store: StoreOptions
    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let language = store.language
        let catalog = try catalogOptions.load(language)
        let code = region?.uppercased()
        if let code, catalog.region(code) == nil {
            throw CommandError(CatalogText.unknownRegion.with(["value": code])(language))
        }
        switch kind {
        case .regions:
            let regions = catalog.regions.filter { code == nil || $0.code == code }
            if json { return try printJSON(regions) }
            table(
                [
                    CatalogText.columnCode(language), CatalogText.columnName(language),
                    CatalogText.columnMunicipalities(language),
                ],
                regions.map {
                    [$0.code, $0.name(language), $0.municipalities.map { $0(language) }.joined(separator: ", ")]
                },
                language: language)
        case .occupations:
            let list = catalog.outcomes.filter { code == nil || $0.figures(in: code!) != nil }
            if json { return try printJSON(list) }
            table(
                [
                    CatalogText.columnCode(language), CatalogText.columnName(language),
                    CatalogText.columnHolland(language), CatalogText.columnWage(language),
                    CatalogText.columnDemand(language),
                ],
                list.map { o in
                    let f =
                        code.flatMap { o.figures(in: $0) }
                        ?? Occupation.RegionalFigures(medianWage: o.medianWage, demandIndex: o.demandIndex)
                    return [
                        o.code, o.name(language), o.hollandCode, f.medianWage.formatted(language, kopecks: false),
                        f.demandIndex.formatted(language),
                    ]
                }, language: language)
        case .courses:
            let list = catalog.courses.filter { code == nil || $0.region == code || $0.format == .online }
            if json { return try printJSON(list) }
            table(
                [
                    CatalogText.columnCode(language), CatalogText.columnName(language),
                    CatalogText.columnProvider(language), CatalogText.columnRegion(language),
                    CatalogText.columnHours(language), CatalogText.columnCost(language),
                    CatalogText.columnStart(language),
                ],
                list.map { c in
                    [
                        c.id, c.title(language), c.provider(language),
                        c.isNationwideOnline ? CatalogText.online(language) : c.region, String(c.hours),
                        c.cost.formatted(language, kopecks: false), c.startDates.first?.formatted(language) ?? "—",
                    ]
                }, language: language)
        case .programmes:
            if json { return try printJSON(catalog.programmes) }
            table(
                [
                    CatalogText.columnCode(language), CatalogText.columnName(language),
                    CatalogText.columnShare(language),
                ],
                catalog.programmes.map { p in
                    [
                        p.id, p.name(language),
                        "\(percent(p.shareBasisPoints.min))–\(percent(p.shareBasisPoints.max)) %",
                    ]
                }, language: language)
        }
    }

    /// Basis points as a percentage: 1500 → `15`, 750 → `7.50`.
    func percent(_ basisPoints: Int) -> String {
        basisPoints % 100 == 0
            ? String(basisPoints / 100) : String(format: "%d.%02d", basisPoints / 100, basisPoints % 100)
    }

    /// Columns padded to their widest cell (Cyrillic is one column a letter); the last column is free.
    func table(_ header: [String], _ rows: [[String]], language: Language) {
        let all = [header] + rows
        var widths = header.map(\.count)
        for row in all {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], min(cell.count, 48)) }
        }
        for row in all {
            var line = ""
            for (i, cell) in row.enumerated() {
                let text = cell.count > 48 ? String(cell.prefix(47)) + "…" : cell
                line += i == row.count - 1 ? text : text.padding(toLength: widths[i] + 2, withPad: " ", startingAt: 0)
            }
            out(line.trimmingCharacters(in: .whitespaces))
        }
        out(CatalogText.count.with(["count": String(rows.count)])(language))
    }
}
