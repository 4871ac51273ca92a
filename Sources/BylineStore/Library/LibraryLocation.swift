import BylineKit
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
package enum LibraryLocation {
    /// The file name inside the data folder.
    package static let fileName = "library.sqlite"

    /// A one-line description for `--help` texts.
    package static let searchDescription =
        "$BYLINE_LIBRARY, else $XDG_DATA_HOME/byline/library.sqlite, else ~/.local/share/byline/library.sqlite"

    /// The database path for an environment (folders per ``XDGPaths``).
    package static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["BYLINE_LIBRARY"], !path.isEmpty { return path }
        return XDGPaths(environment: environment).dataDirectory.appendingPathComponent(fileName).path
    }
}
