import Foundation

/// Paths to the repository's test fixtures and sample articles, found from this file's
/// location so tests run from any working directory.
package enum Fixtures {
    /// The repository root.
    package static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/<relative>`.
    package static func path(_ relative: String) -> String {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relative).path
    }

    /// The seed article, `seeds/000_7d5d3ea8b2b77ef2.txt`.
    package static let seed = root.appendingPathComponent("seeds/000_7d5d3ea8b2b77ef2.txt").path

    /// `Tests/Fixtures/corpus/NNN_*.txt` for an article number (1…71).
    package static func corpus(_ number: Int) -> String {
        let dir = path("corpus")
        let prefix = String(format: "%03d_", number)
        let name = (try? FileManager.default.contentsOfDirectory(atPath: dir))?.first { $0.hasPrefix(prefix) } ?? "missing"
        return dir + "/" + name
    }

    /// Every corpus article path, sorted.
    package static var corpusArticles: [String] {
        let dir = path("corpus")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted().map { dir + "/" + $0 }
    }
}
