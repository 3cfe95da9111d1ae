import Foundation

/// One line of the store's audit log: who did what to which case, and which fields changed —
/// never the personal values themselves.
public struct AuditEntry: Codable, Hashable, Sendable {
    public var at: Date
    public var caseworker: String
    public var caseId: String
    public var action: String
    public var fields: [String]

    public init(at: Date, caseworker: String, caseId: String, action: String, fields: [String] = []) {
        self.at = at
        self.caseworker = caseworker
        self.caseId = caseId
        self.action = action
        self.fields = fields
    }
}

/// The append-only audit log, `audit.log` in JSON lines.
public struct AuditLog: Sendable {
    public let url: URL

    public init(url: URL) { self.url = url }

    public func append(_ entry: AuditEntry) throws(StoreError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        guard var line = try? encoder.encode(entry) else { return }
        line.append(0x0A)
        try FileIO.appendLine(line, to: url)
    }

    /// Appends the line for a change already written as `item`: a failure says that the case is
    /// saved (at its revision) and only its audit record is missing (`.auditNotWritten`).
    public func append(_ entry: AuditEntry, savedAs item: Case) throws(StoreError) {
        do throws(StoreError) {
            try append(entry)
        } catch .writeFailed(_, let code) {
            throw .auditNotWritten(item.id, revision: item.revision, errno: code)
        }
    }

    /// Every complete entry; damaged lines, and a torn last line (a crash mid-append, repaired
    /// by the next append), are skipped.
    public func entries() -> [AuditEntry] {
        guard let data = try? Data(contentsOf: url) else { return [] }
        let decoder = CaseCoding.decoder()
        return data.split(separator: 0x0A).compactMap { try? decoder.decode(AuditEntry.self, from: Data($0)) }
    }
}

/// Which fields differ between two versions of a case, as JSON paths two levels deep
/// (`seeker.snils`, `notes`), for the audit log and the case history.
public enum CaseDiff {
    public static func changedFields(from old: Case?, to new: Case) -> [String] {
        let encoder = CaseCoding.encoder()
        func object(_ c: Case?) -> [String: Any] {
            guard let c, let data = try? encoder.encode(c),
                let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { return [:] }
            return json
        }
        let a = object(old)
        let b = object(new)
        let ignored: Set<String> = ["updatedAt", "revision", "history"]
        var fields: [String] = []
        for key in Set(a.keys).union(b.keys).subtracting(ignored).sorted() {
            let left = a[key]
            let right = b[key]
            if let l = left as? [String: Any], let r = right as? [String: Any] {
                for sub in Set(l.keys).union(r.keys).sorted() where !same(l[sub], r[sub]) {
                    fields.append("\(key).\(sub)")
                }
            } else if !same(left, right) {
                fields.append(key)
            }
        }
        return fields
    }

    /// Compares two JSON values by their canonical serialisation (sorted keys), which works the
    /// same on every platform, unlike bridging to NSObject.
    private static func same(_ a: Any?, _ b: Any?) -> Bool {
        func canonical(_ v: Any?) -> Data? {
            try? JSONSerialization.data(withJSONObject: [v ?? NSNull()], options: [.sortedKeys])
        }
        return canonical(a) == canonical(b)
    }
}
