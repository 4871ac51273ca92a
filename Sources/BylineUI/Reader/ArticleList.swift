/// The article list pane: which articles it shows (all, the titles holding some words,
/// or the answer to a library look-up) and which one is selected.
///
/// ```swift
/// var list = ArticleList(count: 13)
/// list.move(by: 1)   // selected == 1
/// list.filter(.mentioning("Kim Jong-un"), articles: [0, 4])
/// list.filter?.title   // "Mentioning Kim Jong-un"
/// ```
package struct ArticleList: Sendable, Hashable {
    /// What a filtered list shows: the answer to a library look-up.
    package enum Filter: Sendable, Hashable {
        /// A full-text search of the library (`S`).
        case search(String)
        /// The articles that mention an entity, by any of its names (`L` on an entity).
        case mentioning(String)
        /// The articles with quotations by a speaker (`L` on a quotation).
        case quotesBy(String)
        /// The articles whose title holds some words (`/` in the list, as in newsboat).
        case titles(String)
        /// The articles not read yet (`U`).
        case unread
        /// The bookmarked articles (`B`).
        case bookmarked
        /// The stored items of a subscribed feed (`enter` on a feed of the `F` list), by title.
        case feed(String)

        /// The list header while the filter is on.
        package var title: String {
            switch self {
            case .search(let q): return "Library search “\(q)”"
            case .mentioning(let name): return "Mentioning \(name)"
            case .quotesBy(let name): return "Quotes by \(name)"
            case .titles(let words): return "Titles with “\(words)”"
            case .unread: return "Unread"
            case .bookmarked: return "Bookmarks"
            case .feed(let title): return title
            }
        }
    }

    /// Article indices shown, in order.
    package private(set) var entries: [Int]
    /// Position in `entries` of the selection.
    package private(set) var selected: Int = 0
    /// First entry on screen.
    package var top: Int = 0
    /// Set while the list shows the answer to a library look-up.
    package private(set) var filter: Filter?
    /// The query while the list shows full-text search results.
    package var searchQuery: String? {
        if case .search(let q)? = filter { return q }
        return nil
    }
    private var count: Int

    package init(count: Int) {
        self.count = count
        entries = Array(0..<count)
    }

    /// The selected article index, if the list is not empty.
    package var selectedArticle: Int? { entries.isEmpty ? nil : entries[selected] }

    package mutating func move(by n: Int) {
        guard !entries.isEmpty else { return }
        selected = min(max(0, selected + n), entries.count - 1)
    }

    package mutating func select(article: Int) {
        if let i = entries.firstIndex(of: article) { selected = i }
    }

    /// Keeps the selection on screen in `rows` rows.
    package mutating func scrollToSelection(rows: Int) {
        guard rows > 0 else { return }
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = max(0, min(top, max(0, entries.count - rows)))
    }

    /// Shows only `articles` (library search results).
    package mutating func filter(query: String, articles: [Int]) {
        filter(.search(query), articles: articles)
    }

    /// Shows only `articles`, the answer to a library look-up, in that order.
    package mutating func filter(_ filter: Filter, articles: [Int]) {
        self.filter = filter
        entries = articles.filter { $0 >= 0 && $0 < count }
        selected = 0
        top = 0
    }

    /// The same entries in another order (a sort); the selection stays on its article.
    package mutating func reorder(_ order: [Int]) {
        let selectedArticle = self.selectedArticle
        entries = order.filter { Set(entries).contains($0) }
        if let a = selectedArticle { select(article: a) }
    }

    /// Room for articles added after the first `count` (library results opened in the
    /// reader); an unfiltered list shows them at its end.
    package mutating func grow(to newCount: Int) {
        guard newCount > count else { return }
        let old = count
        count = newCount
        if filter == nil { entries += Array(old..<newCount) }
    }

    /// Back to every article.
    package mutating func clearFilter(selecting article: Int) {
        filter = nil
        entries = Array(0..<count)
        selected = min(max(0, article), max(0, count - 1))
    }
}
