/// What one indexing run did.
///
/// ```swift
/// let report = try library.index(paths: ["news"])
/// print(report)   // "12 added, 1 updated, 3054 unchanged, 2 removed, 1 failed"
/// ```
package struct IndexReport: Sendable, Hashable, CustomStringConvertible {
    /// Articles read, analysed and stored for the first time (a feed file's items count
    /// one each).
    package var added = 0
    /// Articles whose content changed since they were indexed: analysed again.
    package var updated = 0
    /// Articles skipped because their file's size and modification time (or, failing
    /// that, their content hash) match the index.
    package var unchanged = 0
    /// Indexed articles that no longer exist under the given paths (a file gone, an item
    /// gone from its feed): removed from the list.
    package var removed = 0
    /// Files that could not be indexed, each with a message naming it; earlier index
    /// entries for them are kept.
    package var failures: [IndexFailure] = []
    /// Paths left out while listing, and why (`news/s1: skipped: symbolic link to news,
    /// a folder already searched`): not failures.
    package var skipped: [String] = []
    /// Seconds spent listing folders and reading file stamps.
    package var scanSeconds = 0.0
    /// Seconds spent parsing and analysing (summed over threads), and in total.
    package var analysisSeconds = 0.0
    package var totalSeconds = 0.0

    package init() {}

    package var description: String {
        var s = "\(added) added, \(updated) updated, \(unchanged) unchanged, \(removed) removed"
        if !failures.isEmpty { s += ", \(failures.count) failed" }
        return s
    }
}

/// A file that could not be indexed: `news/a.txt: binary file (NUL byte at offset 12), not an article`.
package struct IndexFailure: Error, Sendable, Hashable, CustomStringConvertible {
    package var path: String
    package var message: String

    package init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    package var description: String { message.hasPrefix(path) ? message : "\(path): \(message)" }
}
