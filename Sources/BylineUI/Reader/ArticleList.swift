/// The article list pane: which articles it shows (all, or a library search's results)
/// and which one is selected.
///
/// ```swift
/// var list = ArticleList(count: 13)
/// list.move(by: 1)   // selected == 1
/// ```
public struct ArticleList: Sendable, Hashable {
    /// Article indices shown, in order.
    public private(set) var entries: [Int]
    /// Position in `entries` of the selection.
    public private(set) var selected: Int = 0
    /// First entry on screen.
    public var top: Int = 0
    /// Set while the list shows library search results.
    public private(set) var searchQuery: String?
    private let count: Int

    public init(count: Int) {
        self.count = count
        entries = Array(0..<count)
    }

    /// The selected article index, if the list is not empty.
    public var selectedArticle: Int? { entries.isEmpty ? nil : entries[selected] }

    public mutating func move(by n: Int) {
        guard !entries.isEmpty else { return }
        selected = min(max(0, selected + n), entries.count - 1)
    }

    public mutating func select(article: Int) {
        if let i = entries.firstIndex(of: article) { selected = i }
    }

    /// Keeps the selection on screen in `rows` rows.
    public mutating func scrollToSelection(rows: Int) {
        guard rows > 0 else { return }
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = max(0, min(top, max(0, entries.count - rows)))
    }

    /// Shows only `articles` (library search results).
    public mutating func filter(query: String, articles: [Int]) {
        searchQuery = query
        entries = articles.filter { $0 >= 0 && $0 < count }
        selected = 0
        top = 0
    }

    /// Back to every article.
    public mutating func clearFilter(selecting article: Int) {
        searchQuery = nil
        entries = Array(0..<count)
        selected = min(max(0, article), max(0, count - 1))
    }
}
