import Foundation

/// A feed the library is subscribed to, with what `byline feeds list` shows.
///
/// ```swift
/// let feed = try library.addFeed(url: "https://example.org/feed.xml")
/// feed.title        // nil until the first update
/// feed.unread       // items stored from it and not yet read
/// feed.lastError    // "https://example.org/feed.xml: HTTP 404 (not found)" after a failed update
/// ```
package struct FeedSubscription: Sendable, Equatable {
    package var id: Int64
    package var url: String
    package var title: String?
    /// Tags from an import (newsboat's `urls` file, OPML categories), space-separated.
    package var tags: String
    /// Sent back as `If-None-Match` / `If-Modified-Since`.
    package var etag: String?
    package var lastModified: String?
    package var addedAt: Date
    /// The last fetch that got an answer (new items or not).
    package var checkedAt: Date?
    /// The last fetch that stored something new or changed.
    package var updatedAt: Date?
    /// The last fetch's failure; nil once a fetch succeeds again.
    package var lastError: String?
    /// Items stored from this feed, and those of them not read yet.
    package var items = 0
    package var unread = 0
}

/// One item to store in the library: the article file's bytes and what identifies it.
///
/// ```swift
/// let item = WebItem(key: "urn:uuid:1", itemHash: "9f…", link: "https://example.org/a",
///                    title: "Storm", date: "2026-12-01", data: html, fileExtension: "html", fullText: true)
/// ```
package struct WebItem: Sendable {
    /// The guid, else the link, else the title and date: what makes an item the same
    /// item when the feed is read again.
    package var key: String
    /// A hash of the item as the feed gave it: an item whose hash did not change is
    /// left alone (its page is not fetched again).
    package var itemHash: String
    package var link: String?
    package var title: String?
    /// `YYYY-MM-DD`, for the file's name (files sort by date), if known.
    package var date: String?
    /// The article file's content (a page, or the item's content as a page).
    package var data: Data
    package var fileExtension: String
    /// Whether `data` holds the full article (false: the feed's summary was kept because
    /// the page could not be fetched; the next update tries again).
    package var fullText: Bool

    package init(key: String, itemHash: String, link: String?, title: String?, date: String?, data: Data,
                 fileExtension: String, fullText: Bool) {
        self.key = key
        self.itemHash = itemHash
        self.link = link
        self.title = title
        self.date = date
        self.data = data
        self.fileExtension = fileExtension
        self.fullText = fullText
    }
}

/// What storing a feed's items did.
package struct FeedStoreReport: Sendable, Equatable {
    package var added = 0
    package var updated = 0
    /// Items whose file could not be parsed (named, with the problem).
    package var failures: [String] = []
    /// True when the store was stopped before anything was written (see
    /// ``Library/storeItems(_:feed:answer:analyze:shouldStop:)``).
    package var stopped = false

    package init() {}
}
