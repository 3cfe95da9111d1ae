import CareerDeskCore
import Foundation

/// The repository's catalog, loaded once: imports are merged into it as `catalog import` does.
/// `CAREERDESK_DATA` names it; `Fuzz/run.sh` sets it to data/.
let fuzzCatalog: Catalog = {
    let path = ProcessInfo.processInfo.environment["CAREERDESK_DATA"] ?? "data"
    do {
        return try Catalog.load(from: URL(fileURLWithPath: path))
    } catch {
        fatalError("the fuzzer needs the catalog: set CAREERDESK_DATA (\(error))")
    }
}()

/// libFuzzer entry point for the CSV catalog import (`careerdesk catalog import`): the first
/// byte picks occupations or courses, the rest is the file. Any bytes must be refused with
/// problems that each have a message, or give a catalog whose checks run to the end.
@_cdecl("LLVMFuzzerTestOneInput")
public func csvCatalogFuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let target: CatalogImportTarget = start[0] & 1 == 0 ? .occupations : .courses
    let data = Data(bytes: start + 1, count: count - 1)
    do {
        let table = try CSVTable.parse(data, file: "fuzz.csv")
        let (merged, summary) = try CatalogImporter.merge(
            target, table: table, into: fuzzCatalog, replace: start[0] & 2 != 0)
        precondition(summary.rows == table.rows.count)
        for problem in merged.validate() { precondition(!problem.text(.ru).isEmpty) }
    } catch {
        precondition(!error.message(.ru).isEmpty && !error.message(.en).isEmpty, "a refusal without a message")
    }
    return 0
}
