import Foundation

/// Where a reader was in an article: a block index and a Unicode-scalar offset in that
/// block's text, so the position survives a different window width.
///
/// ```swift
/// ReadingPosition(block: 7, offset: 120)   // the 8th block, 120 scalars in
/// ```
package struct ReadingPosition: Sendable, Hashable, Codable {
    package var block: Int
    package var offset: Int

    package init(block: Int, offset: Int = 0) {
        self.block = block
        self.offset = offset
    }
}

/// A saved place in an article.
package struct Bookmark: Sendable, Hashable, Identifiable {
    package var id: Int64
    /// The article file (absolute path).
    package var path: String
    package var position: ReadingPosition
    /// A short label, usually the first words at the position.
    package var label: String
    package var created: Date
}

/// What the library remembers of a user's reading of one article.
///
/// It is keyed by the article's file path and kept apart from the index, so it
/// survives re-indexing, removal and re-adding of the file, and schema upgrades.
package struct ReadingState: Sendable, Hashable {
    package var isRead: Bool
    /// Where reading stopped, if the article was opened before.
    package var position: ReadingPosition?
    /// In text order.
    package var bookmarks: [Bookmark]

    package init(isRead: Bool = false, position: ReadingPosition? = nil, bookmarks: [Bookmark] = []) {
        self.isRead = isRead
        self.position = position
        self.bookmarks = bookmarks
    }
}
