import BylineKit

/// One entry of the library's article list: what the list shows without opening the file.
public struct LibraryArticle: Sendable, Hashable, Identifiable {
    /// The absolute file path (also the id).
    public var path: String
    public var title: String
    public var date: ArticleDate?
    public var author: String?
    public var source: String?
    /// Whitespace-separated words in the text (for a reading-time estimate).
    public var words: Int
    public var isRead: Bool
    /// Where reading stopped, if the article was opened before.
    public var position: ReadingPosition?

    public var id: String { path }
}
