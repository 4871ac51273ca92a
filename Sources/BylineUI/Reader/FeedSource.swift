import BylineKit

/// A subscribed feed as the reader lists it among its sources (`F`): its title, its
/// stored items (read offline) and the error of its last update, if it failed. The host
/// fills these from the library at start and after each update (`R`).
///
/// Titles and errors come from the network: they are made safe for the terminal here,
/// whoever builds the value.
///
/// ```swift
/// let feed = FeedSource(id: 1, title: "Example News\u{1B}[2J", items: ["/lib/feed-1/2026-12-01-9f.html"],
///                       error: "https://example.org/feed.xml: HTTP 404 (not found)")
/// feed.title                         // "Example News␛[2J" (the escape made visible)
/// feed.unread(read: [])              // 1
/// ```
package struct FeedSource: Sendable, Hashable {
    package var id: Int64
    package var title: String
    /// The stored items' files, newest first.
    package var items: [String]
    /// The last update's failure; nil once an update succeeds again.
    package var error: String?

    package init(id: Int64, title: String, items: [String], error: String? = nil) {
        self.id = id
        self.title = FeedSource.safe(title)
        self.items = items
        self.error = error.map(FeedSource.safe)
    }

    /// Items not in `read` (the reader's read marks).
    package func unread(read: Set<String>) -> Int {
        items.reduce(0) { $0 + (read.contains($1) ? 0 : 1) }
    }

    /// One line of terminal-safe text: runs of white space (line ends too) one space,
    /// other controls shown as symbols (``TextSanitizer``).
    static func safe(_ text: String) -> String {
        TextSanitizer.sanitize(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
    }
}
