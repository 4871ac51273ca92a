import BylineKit

/// A news feed read from a file: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0 or JSON Feed.
///
/// ```swift
/// let feed = try FeedParser.parse(data: bytes, path: "news.xml")
/// feed.title            // "The Coast Times"
/// feed.items[0].title   // "Storm floods the harbour"
/// feed.problem          // nil, or why the feed stopped parsing (the items before it are kept)
/// ```
package struct Feed: Sendable {
    package enum Kind: String, Sendable { case rss, rdf, atom, json }

    package var kind: Kind
    package var title: String?
    package var link: String?
    package var items: [FeedItem] = []
    /// Set when the feed is not well formed: what the parser said, with the line.
    package var problem: String?

    package init(kind: Kind, title: String? = nil, link: String? = nil, items: [FeedItem] = [], problem: String? = nil) {
        self.kind = kind
        self.title = title
        self.link = link
        self.items = items
        self.problem = problem
    }
}

/// One entry of a feed. `html` is the content (`content:encoded`, Atom `content`,
/// `content_html`) or else the summary, as HTML; `text` a plain-text content.
package struct FeedItem: Sendable {
    package var title: String?
    package var link: String?
    package var id: String?
    package var date: ArticleDate?
    package var author: String?
    package var html: String?
    package var text: String?

    package init() {}
}
