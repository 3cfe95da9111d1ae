import Foundation

/// Reads a case for import: a bare case file, or the self-contained export envelope
/// `{"kind": "careerdesk.case-export", "case": {…}, "catalog": {…}}` whose `case` is taken.
public enum CaseImport {
    public static let exportKind = "careerdesk.case-export"

    public static func read(_ url: URL) throws(CaseFileError) -> Case {
        let data: Data
        do {
            data = try CaseFileReader.readBounded(url)
        } catch let error as CaseFileError {
            throw error
        } catch {
            throw .unreadable(errno: EIO)
        }
        return try decode(data)
    }

    public static func decode(_ data: Data) throws(CaseFileError) -> Case {
        // The envelope is recognised by a cheap parse only when the bytes name its kind.
        if data.count <= CaseFileReader.maxBytes, let text = String(data: data.prefix(4096), encoding: .utf8),
            text.contains(exportKind), CaseFileReader.nestingDepth(data) <= CaseFileReader.maxDepth,
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            object["kind"] as? String == exportKind, let inner = object["case"],
            let innerData = try? JSONSerialization.data(withJSONObject: inner)
        {
            return try CaseFileReader.decode(innerData)
        }
        return try CaseFileReader.decode(data)
    }
}
