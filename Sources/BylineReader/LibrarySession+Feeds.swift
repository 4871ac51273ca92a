import BylineKit
import BylineStore
import BylineUI
import Foundation

/// The library's feeds for the reader: its sources (`F`), a feed's stored items
/// (`enter` on a feed), and what an update (`R`) needs.
///
/// ```swift
/// if let (feeds, read) = session.feedSources() { state.setFeeds(feeds, read: read) }
/// session.feedItems(feed: 1, openPaths: paths)   // .found: the feed's items, newest first
/// ```
extension LibrarySession {
    /// The subscribed feeds with their stored items, and which of those were read; nil
    /// without a library (or when it cannot be read).
    package func feedSources() -> (feeds: [FeedSource], read: Set<String>)? {
        guard let library, let feeds = try? library.feeds() else { return nil }
        guard !feeds.isEmpty else { return ([], []) }
        let items = (try? library.feedItems()) ?? [:]
        var read: Set<String> = []
        let sources = feeds.map { feed in
            let stored = items[feed.id] ?? []
            for item in stored where item.isRead { read.insert(item.path) }
            return FeedSource(id: feed.id, title: feed.title ?? feed.url, items: stored.map(\.path), error: feed.lastError)
        }
        return (sources, read)
    }

    /// The subscriptions to update, and the library's file, or why there are none.
    package func feedsToUpdate() -> Result<(path: String, feeds: [FeedSubscription]), FeedProblem> {
        guard let library else {
            return .failure(FeedProblem(message: keepsHistory
                ? "Feeds cannot be updated: \(notice ?? "no library")"
                : "No feed updates: history is off, so there is no library"))
        }
        if library.isReadOnly || isDamaged { return .failure(FeedProblem(message: "Feeds cannot be updated: the library is read-only")) }
        do {
            let feeds = try library.feeds()
            if feeds.isEmpty { return .failure(FeedProblem(message: "No feeds to update: byline feeds add URL subscribes to one")) }
            return .success((library.path, feeds))
        } catch {
            return .failure(FeedProblem(message: "\(error)"))
        }
    }

    /// Why feeds cannot be updated, for the status line.
    package struct FeedProblem: Error, Sendable {
        package var message: String
    }

    /// A feed's stored items for the list, newest first: those not open in the reader
    /// are listed from the index (read when opened).
    package func feedItems(feed id: Int64, title: String, openPaths: [String]) -> Answer {
        guard let library else { return .problem("Feeds are unavailable without the library") }
        do {
            let paths = (try library.feedItems()[id] ?? []).map(\.path)
            var readerPath: [String: String] = [:]
            for p in openPaths where readerPath[Library.absolute(p)] == nil { readerPath[Library.absolute(p)] = p }
            let missing = Set(paths).subtracting(readerPath.keys)
            var added: [AnalyzedArticle] = []
            if !missing.isEmpty {
                for e in try library.articles(in: [library.folder(feed: id)]) where missing.contains(e.path) {
                    added.append(AnalyzedArticle(article: Article(
                        path: e.path, title: e.title, date: e.date, author: e.author, source: e.source, blocks: [])))
                    readerPath[e.path] = e.path
                }
            }
            return .found(Found(filter: .feed(title), added: added, paths: paths.compactMap { readerPath[$0] }, names: [:],
                                stillIndexing: false))
        } catch {
            return .problem("\(error)")
        }
    }
}
