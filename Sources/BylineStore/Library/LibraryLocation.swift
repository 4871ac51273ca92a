import Foundation

/// Where the library database lives.
///
/// In order: `$BYLINE_LIBRARY` (a database file path, for tests and benchmarks), else
/// `$XDG_DATA_HOME/byline/library.sqlite`, else `$HOME/.local/share/byline/library.sqlite`.
///
/// ```swift
/// LibraryLocation.resolve(environment: ["HOME": "/home/ann"])
/// // "/home/ann/.local/share/byline/library.sqlite"
/// ```
public enum LibraryLocation {
    /// The file name inside the data folder.
    public static let fileName = "library.sqlite"

    /// A one-line description for `--help` texts.
    public static let searchDescription =
        "$BYLINE_LIBRARY, else $XDG_DATA_HOME/byline/library.sqlite, else ~/.local/share/byline/library.sqlite"

    /// The database path for an environment; nil when neither `XDG_DATA_HOME` nor `HOME`
    /// is set (and no override is given).
    public static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let path = environment["BYLINE_LIBRARY"], !path.isEmpty { return path }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return join(data, "byline", fileName)
        }
        if let home = environment["HOME"], !home.isEmpty {
            return join(home, ".local/share/byline", fileName)
        }
        return nil
    }

    private static func join(_ parts: String...) -> String {
        var result = parts[0]
        for part in parts.dropFirst() {
            if !result.hasSuffix("/") { result += "/" }
            result += part
        }
        return result
    }
}
