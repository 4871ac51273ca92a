import BylineKit

/// The reading list: read and unread, bookmarks, the next unread article, filters and
/// sorting. The host fills ``readPaths`` and ``bookmarkedPaths`` from the library and
/// stores what the effects say.
///
/// ```swift
/// state.handle(.character("u"))   // the next unread article
/// state.handle(.character("U"))   // the list shows only unread articles
/// ```
extension ReaderState {
    /// Whether article `index` has not been opened.
    package func isUnread(_ index: Int) -> Bool { !readPaths.contains(articles[index].article.path) }

    /// Whether article `index` has a bookmark.
    package func isBookmarked(_ index: Int) -> Bool { bookmarkedPaths.contains(articles[index].article.path) }

    /// The list header's counts: "5 unread · 2 bookmarked".
    /// Kept while the articles, the list, the marks and the bookmarks stay the same.
    var readingCounts: String {
        if let cached = renderCache.readingCounts, cached.generation == readingGeneration { return cached.text }
        let unread = list.entries.filter(isUnread).count
        let marked = list.entries.filter(isBookmarked).count
        let text = ([unread > 0 ? "\(unread) unread" : nil, marked > 0 ? "\(marked) bookmarked" : nil].compactMap { $0 })
            .joined(separator: " · ")
        renderCache.readingCounts = (readingGeneration, text)
        return text
    }

    /// `m`: bookmarks the article at the line on screen, or removes its bookmarks.
    mutating func toggleBookmark() {
        let path = article.article.path
        if bookmarkedPaths.contains(path) {
            bookmarkedPaths.remove(path)
            effects.append(.removeBookmark(path: path))
            statusMessage = "Bookmark removed"
        } else {
            bookmarkedPaths.insert(path)
            effects.append(.bookmark(path: path))
            statusMessage = "Bookmarked"
        }
    }

    /// `u`: the next unread article in the list's order, wrapping; the list follows.
    mutating func openNextUnread() {
        let entries = list.entries
        let start = entries.firstIndex(of: current) ?? -1
        for step in 1...max(1, entries.count) {
            let i = entries[(start + step + entries.count) % entries.count]
            if i != current && isUnread(i) {
                open(i)
                list.scrollToSelection(rows: listRows)
                statusMessage = "Unread: \(entries.filter(isUnread).count) left"
                return
            }
        }
        statusMessage = "No unread article left"
    }

    /// `U`, `B`: only the unread or bookmarked articles, or every article again.
    mutating func toggleListFilter(_ filter: ArticleList.Filter) {
        if list.filter == filter {
            list.clearFilter(selecting: current)
            list.reorder(listOrder.sorted(articles))
        } else {
            let keep = filter == .unread ? articles.indices.filter(isUnread) : articles.indices.filter(isBookmarked)
            guard !keep.isEmpty else {
                statusMessage = filter == .unread ? "No unread article" : "No bookmarked article: m bookmarks one"
                return
            }
            let ordered = listOrder.sorted(articles).filter(Set(keep).contains)
            list.filter(filter, articles: ordered)
            list.select(article: current)
        }
        if paneLayout.list == nil && !paneLayout.isSingle { changeLayout { $0.listShown = true; $0.zoomed = false } }
        list.scrollToSelection(rows: listRows)
        statusMessage = "\(list.filter?.title ?? "All articles"): \(list.entries.count)"
    }

    /// `o`: the next order (date, source, title, as given); the selection stays.
    mutating func cycleListOrder() {
        listOrder = listOrder.next
        list.reorder(listOrder.sorted(articles))
        list.scrollToSelection(rows: listRows)
        let names: [ListOrder: String] = [.given: "as given", .date: "newest first", .source: "by source", .title: "by title"]
        statusMessage = "List sorted \(names[listOrder]!)"
    }
}
