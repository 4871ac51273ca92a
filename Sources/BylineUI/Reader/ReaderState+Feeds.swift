import BylineKit

/// Feeds in the reader: the list of sources (`F`), each with its unread and total
/// items and the error of its last update; `enter` lists a feed's stored items; `R`
/// asks the host to update every feed in the background while reading goes on.
///
/// ```swift
/// state.setFeeds([FeedSource(id: 1, title: "Example News", items: paths)], read: [])
/// state.handle(.character("F"))        // the list pane: " 2/2 Example News"
/// state.handle(.enter)                 // effect .openFeed(id: 1): the host lists its items
/// state.handle(.character("R"))        // effect .updateFeeds
/// state.showFeedUpdate(done: 1, total: 1)
/// state.finishFeedUpdate("1 feed: 3 new items", feeds: newFeeds, read: [])
/// ```
extension ReaderState {
    /// The feeds as the library has them now; `read` holds the paths of their items read
    /// (they join ``readPaths``, which the unread counts use).
    package mutating func setFeeds(_ feeds: [FeedSource], read: Set<String>) {
        self.feeds = feeds
        if !read.isSubset(of: readPaths) { readPaths.formUnion(read) }
        if let f = feedList {
            feedList = feeds.isEmpty ? nil : (min(f.selected, feeds.count - 1), min(f.top, feeds.count - 1))
        }
    }

    /// The feed selected in the `F` list.
    var selectedFeed: FeedSource? {
        guard let f = feedList, feeds.indices.contains(f.selected) else { return nil }
        return feeds[f.selected]
    }

    /// `F`: the list pane shows the feeds, focused; again: the articles.
    mutating func toggleFeedList() {
        if feedList != nil {
            feedList = nil
            list.scrollToSelection(rows: listRows)
            statusMessage = "\(list.filter?.title ?? "All articles"): \(list.entries.count)"
            return
        }
        guard !feeds.isEmpty else {
            statusMessage = "No feeds: byline feeds add URL subscribes to one"
            return
        }
        feedList = (0, 0)
        if paneLayout.list == nil && !paneLayout.isSingle { changeLayout { $0.listShown = true; $0.zoomed = false } }
        focus = .list
        afterFocusChange()
        let failed = feeds.filter { $0.error != nil }.count
        statusMessage = "\(feeds.count) feed\(feeds.count == 1 ? "" : "s")" + (failed > 0 ? ", \(failed) failed" : "")
            + [(keyMap.keys(for: .open).contains(.enter) ? "enter" : keyName(for: .open)).map { ": \($0) lists a feed's items" }, keyName(for: .updateFeeds).map { ", \($0) updates them" }]
                .compactMap { $0 }.joined()
    }

    /// Moves the selection of the `F` list by `n` feeds.
    mutating func moveFeedSelection(by n: Int) {
        guard var f = feedList, !feeds.isEmpty else { return }
        f.selected = min(max(0, f.selected + max(-feeds.count, min(feeds.count, n))), feeds.count - 1)
        let rows = listRows
        if f.selected < f.top { f.top = f.selected }
        if f.selected >= f.top + rows { f.top = f.selected - rows + 1 }
        feedList = f
    }

    /// `enter` on a feed: the host lists its items (``ReaderEffect/openFeed(id:)``).
    mutating func openSelectedFeed() {
        guard let feed = selectedFeed else { return }
        feedList = nil
        effects.append(.openFeed(id: feed.id))
    }

    /// `R`: asks the host to update every feed (once at a time); the host says why when
    /// it cannot (no feed, no library).
    mutating func requestFeedUpdate() {
        if let u = updatingFeeds {
            statusMessage = "Already updating feeds (\(u.done)/\(u.total))"
            return
        }
        updatingFeeds = (0, feeds.count)
        effects.append(.updateFeeds)
    }

    /// Progress of the update the host runs: `done` feeds of `total`.
    package mutating func showFeedUpdate(done: Int, total: Int) {
        updatingFeeds = (done, total)
    }

    /// The update ended: its summary for the status line and the feeds as they are now
    /// (nil when they could not be read again).
    package mutating func finishFeedUpdate(_ summary: String, feeds: [FeedSource]?, read: Set<String> = []) {
        updatingFeeds = nil
        var summary = FeedSource.safe(summary)
        if let feeds {
            setFeeds(feeds, read: read)
            if feeds.contains(where: { $0.error != nil }), feedList == nil, let key = keyName(for: .feeds) {
                summary += "; \(key) shows the errors"
            }
        }
        showNotice(summary)
    }

    /// The feeds list's rows (for the list pane): the selected one is drawn marked; a
    /// feed whose last update failed is marked `!`.
    func drawFeeds(_ screen: inout ScreenBuffer, _ content: Rect, selected: Int, top: Int) {
        let counts = feeds.map { "\($0.unread(read: readPaths))/\($0.items.count)" }
        let countWidth = counts.map(DisplayWidth.of).max() ?? 0
        for row in 0..<content.height {
            let i = top + row
            guard feeds.indices.contains(i) else { break }
            let feed = feeds[i]
            let element: ThemeElement = i == selected ? .listSelection : .listItem
            let style = theme[element]
            let y = content.y + row
            screen.fill(x: content.x, y: y, width: content.width, height: 1, style: style, element: element)
            let count = String(repeating: " ", count: countWidth - DisplayWidth.of(counts[i])) + counts[i]
            let right = feed.error != nil && content.width >= 40 ? "update failed" : ""
            let titleWidth = max(0, content.width - countWidth - 5 - (right.isEmpty ? 0 : DisplayWidth.of(right) + 2))
            screen.put((feed.error != nil ? " ! " : "   ") + count + " " + ReaderState.truncated(feed.title, to: titleWidth),
                       x: content.x, y: y, style: style, element: element, maxWidth: content.width)
            if !right.isEmpty {
                let w = DisplayWidth.of(right)
                screen.put(right, x: content.maxX - w - 1, y: y, style: style, element: element, maxWidth: w)
            }
        }
    }

    /// The list header while it shows the feeds: "Feeds 1/3 · 5 unread".
    var feedListDetail: String {
        let unread = feeds.reduce(0) { $0 + $1.unread(read: readPaths) }
        return "\((feedList?.selected ?? 0) + 1)/\(feeds.count)" + (unread > 0 ? " · \(unread) unread" : "")
    }

    /// While the feeds are listed, the selected feed's error for the status line.
    var selectedFeedError: String? {
        guard let feed = selectedFeed, let error = feed.error else { return nil }
        return "Last update failed: " + error
    }
}
