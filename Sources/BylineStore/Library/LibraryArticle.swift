import BylineKit

/// One entry of the library's article list: what the list shows without opening the file.
package struct LibraryArticle: Sendable, Hashable, Identifiable {
    /// The absolute file path (also the id).
    package var path: String
    package var title: String
    package var date: ArticleDate?
    package var author: String?
    package var source: String?
    /// Whitespace-separated words in the text (for a reading-time estimate).
    package var words: Int
    package var isRead: Bool
    /// Where reading stopped, if the article was opened before.
    package var position: ReadingPosition?

    package var id: String { path }
}
