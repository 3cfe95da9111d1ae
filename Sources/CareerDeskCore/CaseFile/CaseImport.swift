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
        // The envelope is told apart by its top-level `kind`, wherever the key stands.
        if data.count <= CaseFileReader.maxBytes, CaseFileReader.nestingDepth(data) <= CaseFileReader.maxDepth,
            let envelope = try? JSONDecoder().decode(Envelope.self, from: data), envelope.kind == exportKind,
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        {
            // `case` must be an object: JSONSerialization traps (a crash, not an error) when asked
            // to write a bare number or string as a document.
            guard let inner = object["case"] as? [String: Any],
                let innerData = try? JSONSerialization.data(withJSONObject: inner)
            else { throw .notAnObject }
            // Re-serialising keeps one of two equal keys; the reader must see the file as written.
            if let path = CaseFileReader.duplicateKey(in: data) { throw .field(path, .duplicateKey) }
            return try CaseFileReader.decode(innerData)
        }
        return try CaseFileReader.decode(data)
    }

    private struct Envelope: Decodable {
        let kind: String?
    }
}
