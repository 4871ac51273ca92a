import Foundation

/// Finds the bundled sample library (`seeds/`) for `byline` with no path.
enum SeedLocator {
    static let searchDescription = ResourceLocator.searchDescription(folder: "seeds", environmentVariable: "BYLINE_SEEDS")

    /// The seeds folder, or nil when none is found.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        ResourceLocator.locate(folder: "seeds", environmentVariable: "BYLINE_SEEDS", environment: environment)
    }
}
