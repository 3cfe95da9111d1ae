import Foundation

/// Where the case store lives: `--store DIR`, else `$CAREERDESK_STORE`, else
/// `$XDG_DATA_HOME/careerdesk`, else `~/.local/share/careerdesk`.
public enum StoreLocation {
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> URL
    {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let store = environment["CAREERDESK_STORE"], !store.isEmpty { return URL(fileURLWithPath: store) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("careerdesk")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/careerdesk")
    }
}
