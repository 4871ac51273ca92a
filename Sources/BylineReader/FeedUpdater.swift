import BylineKit
import BylineStore
import BylineWeb
import Dispatch
import Foundation

/// `byline update` and the reader's `R`: fetches every subscribed feed, at most ``parallel`` at a time, with
/// conditional requests, and stores each feed's new and changed items in the library in
/// one transaction per feed, each with its full article (the linked page, fetched and
/// kept, when the feed carries only a summary: ``FeedItemDocument/isSummary``).
///
/// With a ``cancellation``, the update can be stopped (the reader quitting): no feed
/// starts after it, fetches under way end at once, a feed still being fetched or
/// analysed is left as it was (nothing written, not even its error: ``Outcome/stopped``),
/// and a feed whose items are being committed finishes (milliseconds).
///
/// ```swift
/// let result = FeedUpdater(library: library, fetcher: WebFetcher()).run(library.feeds())
/// result.outcomes[0]   // .stored(added: 3, updated: 0), .notModified, .failed("…: HTTP 404 (not found)")
/// ```
package struct FeedUpdater: Sendable {
    package enum Outcome: Sendable, Equatable {
        /// `problems`: items that could not be stored (named, with why).
        case stored(added: Int, updated: Int, unchanged: Int, problems: [String])
        case notModified
        case failed(String)
        /// Stopped by the ``FeedUpdater/cancellation`` before anything of it was stored.
        case stopped
    }

    package let library: Library
    package let fetcher: WebFetcher
    package var parallel = 4
    /// Called (from any thread, one call at a time) when a feed is done: (done, total, feed).
    package var progress: (@Sendable (Int, Int, FeedSubscription) -> Void)?
    /// Stops the update when cancelled (see the type's notes).
    package var cancellation: FetchCancellation?

    private var stopping: Bool { cancellation?.isCancelled == true }

    package static let feedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"

    /// Updates `feeds`; the outcomes come back in the same order.
    package func run(_ feeds: [FeedSubscription]) -> [Outcome] {
        let state = SharedState(count: feeds.count)
        let group = DispatchGroup()
        for _ in 0..<min(parallel, feeds.count) {
            group.enter()
            Thread.detachNewThread {
                while !stopping, let i = state.next() {
                    let outcome = update(feeds[i])
                    state.finish(i, outcome) { done in progress?(done, feeds.count, feeds[i]) }
                }
                group.leave()
            }
        }
        group.wait()
        // A feed never started: stopped before its turn.
        return state.outcomes.map { $0 ?? .stopped }
    }

    /// Fetches one feed and stores what is new; every failure is recorded on the feed
    /// (its items stay as they were).
    package func update(_ feed: FeedSubscription) -> Outcome {
        let response: FetchResponse
        do {
            response = try fetcher.fetch(feed.url, etag: feed.etag, lastModified: feed.lastModified, accept: Self.feedAccept,
                                         cancellation: cancellation)
        } catch {
            if stopping { return .stopped }
            return fail(feed, error.description)
        }
        if response.notModified {
            try? library.recordFetch(feed: feed.id)
            return .notModified
        }
        let parsed: Feed
        do {
            parsed = try FeedParser.parse(data: response.body, path: feed.url, charset: response.charset)
        } catch {
            return fail(feed, error.description)
        }
        var seen: Set<String> = []
        let documents = parsed.items.map { FeedItemDocument(item: $0, feed: parsed) }.filter { seen.insert($0.key).inserted }
        let wanted: Set<String>
        do {
            wanted = try library.itemsToStore(feed: feed.id, documents.map { ($0.key, $0.itemHash) })
        } catch {
            return fail(feed, error.description)
        }
        var items: [WebItem] = []
        for document in documents where wanted.contains(document.key) {
            if stopping { return .stopped }
            items.append(item(for: document))
        }
        let report: FeedStoreReport
        do {
            // The validators in the items' transaction: a kill cannot keep one without the other.
            let answer = Library.FetchAnswer(title: parsed.title.map(TextSanitizer.sanitize), etag: response.etag,
                                             lastModified: response.lastModified)
            let cancellation = self.cancellation
            report = try library.storeItems(items, feed: feed.id, answer: answer,
                                            shouldStop: cancellation.map { c -> @Sendable () -> Bool in { c.isCancelled } }).report
            if report.stopped { return .stopped }
            if let problem = parsed.problem { try library.recordFetch(feed: feed.id, error: "\(feed.url): \(problem)") }
        } catch {
            return fail(feed, error.description)
        }
        return .stored(added: report.added, updated: report.updated, unchanged: documents.count - items.count, problems: report.failures)
    }

    /// The item as a file: the linked page when the feed gives a summary and the page
    /// can be fetched, else the feed's own content.
    package func item(for document: FeedItemDocument) -> WebItem {
        let date = document.item.date?.description
        var data = Data(document.html.utf8)
        var full = true
        if document.isSummary, let link = document.item.link {
            if let page = try? fetcher.fetch(link, cancellation: cancellation), !page.notModified, Self.isPage(page) {
                data = FeedItemDocument.snapshot(of: page)
            } else {
                full = false   // the summary for now; the next update tries the page again
            }
        }
        return WebItem(key: document.key, itemHash: document.itemHash, link: document.item.link,
                       title: document.item.title, date: date, data: data, fileExtension: "html", fullText: full)
    }

    /// Whether a fetched body is a web page (not an image, a PDF or a feed).
    package static func isPage(_ page: FetchResponse) -> Bool {
        guard let type = page.mediaType else { return HTMLArticleFormat.looksLikeHTML(page.body.prefix(1024)) }
        return type == "text/html" || type == "application/xhtml+xml"
    }

    package init(library: Library, fetcher: WebFetcher) {
        self.library = library
        self.fetcher = fetcher
    }

    /// One line for a whole update: "3 feeds: 4 new items, 1 updated, 1 not modified, 1 failed".
    ///
    /// ```swift
    /// FeedUpdater.summary(of: [.stored(added: 2, updated: 0, unchanged: 5, problems: []), .failed("…")])
    /// // "2 feeds: 2 new items, 0 updated, 1 failed"
    /// ```
    package static func summary(of outcomes: [Outcome]) -> String {
        var added = 0, updated = 0, notModified = 0, failed = 0, stopped = 0
        for outcome in outcomes {
            switch outcome {
            case let .stored(a, u, _, _): added += a; updated += u
            case .notModified: notModified += 1
            case .failed: failed += 1
            case .stopped: stopped += 1
            }
        }
        var summary = "\(outcomes.count) feed\(outcomes.count == 1 ? "" : "s"): \(added) new item\(added == 1 ? "" : "s"), \(updated) updated"
        if notModified > 0 { summary += ", \(notModified) not modified" }
        if failed > 0 { summary += ", \(failed) failed" }
        if stopped > 0 { summary += ", \(stopped) stopped" }
        return summary
    }

    private func fail(_ feed: FeedSubscription, _ message: String) -> Outcome {
        try? library.recordFetch(feed: feed.id, error: message)
        return .failed(message)
    }

    /// The queue of feeds and their outcomes, shared by the workers.
    private final class SharedState: @unchecked Sendable {
        private let lock = NSLock()
        private var nextIndex = 0
        private var done = 0
        private(set) var outcomes: [Outcome?]

        init(count: Int) { outcomes = Array(repeating: nil, count: count) }

        func next() -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard nextIndex < outcomes.count else { return nil }
            nextIndex += 1
            return nextIndex - 1
        }

        /// Records an outcome and calls `report` with the number done, under the lock
        /// (so progress lines never interleave).
        func finish(_ i: Int, _ outcome: Outcome, report: (Int) -> Void) {
            lock.lock(); defer { lock.unlock() }
            outcomes[i] = outcome
            done += 1
            report(done)
        }
    }
}
