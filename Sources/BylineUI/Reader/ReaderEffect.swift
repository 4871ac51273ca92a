/// Something the reader asks its host (the event loop) to do after an update.
///
/// The reader is pure: it never touches files or a database. The loop takes these
/// with ``ReaderState/takeEffects()`` after each key and acts on them, for example
/// saving the reading position or running a library search, then feeds answers back
/// (``ReaderState/showLibraryResults(query:paths:)``, ``ReaderState/setAnalysis(_:at:)``).
///
/// ```swift
/// state.handle(.character("J"))
/// state.takeEffects()  // [.openedArticle(index: 1, path: "seeds/001_….txt")]
/// ```
package enum ReaderEffect: Sendable, Hashable {
    /// An article was opened (the loop analyses it if not done yet, marks it read).
    case openedArticle(index: Int, path: String)
    /// The first block on screen changed (to restore the position next time).
    case positionChanged(path: String, block: Int)
    /// The user bookmarked the open article.
    case bookmark(path: String)
    /// `m` on a bookmarked article: its bookmarks are removed.
    case removeBookmark(path: String)
    /// The theme (`T`) or a side pane's width (`+`, `-`) changed: the host remembers
    /// them for the next session (``ReaderMemory``).
    case preferencesChanged
    /// The user asked for a search of the whole library.
    case librarySearch(query: String)
    /// The user asked for the library's articles that mention an entity (its canonical
    /// name in the open article); the loop answers with
    /// ``ReaderState/showLibraryResults(_:paths:names:)`` and ``ArticleList/Filter/mentioning(_:)``.
    case articlesMentioning(entity: String)
    /// The user asked for more quotations by a speaker across the library; the loop
    /// answers with ``ArticleList/Filter/quotesBy(_:)``.
    case quotationsBy(speaker: String)
    /// `y`: put this text (already made safe) on the terminal's clipboard with OSC 52
    /// (``Clipboard/osc52(_:)``).
    case copyToClipboard(text: String)
    /// `R`: update every subscribed feed in the background; the loop reports progress
    /// with ``ReaderState/showFeedUpdate(done:total:)`` and the result with
    /// ``ReaderState/finishFeedUpdate(_:feeds:)``.
    case updateFeeds
    /// `enter` on a feed of the `F` list: the loop lists its stored items
    /// (``ReaderState/showLibraryResults(_:paths:names:snippets:)`` with ``ArticleList/Filter/feed(_:)``).
    case openFeed(id: Int64)
}
