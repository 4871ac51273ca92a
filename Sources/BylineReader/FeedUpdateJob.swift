import BylineKit
import BylineStore
import BylineWeb
import Foundation
import Synchronization

/// The reader's `R`: one update of every subscribed feed, as `byline update` runs it
/// (``FeedUpdater``: four feeds at a time, conditional requests, one transaction per
/// feed), on a thread of its own with its own connection to the library, so reading
/// goes on. The event loop polls ``progress`` and ``takeResult()`` between keys.
///
/// ```swift
/// let job = FeedUpdateJob.start(libraryPath: library.path, feeds: try library.feeds(), options: options)
/// job.progress       // (done: 1, total: 3)
/// job.takeResult()   // nil while it runs, then the summary once: "3 feeds: 4 new items, 0 updated"
/// ```
package final class FeedUpdateJob: Sendable {
    private struct Status {
        var done = 0
        var total: Int
        var result: String?
        var taken = false
    }

    private let status: Mutex<Status>

    private init(total: Int) {
        status = Mutex(Status(total: total))
    }

    /// Starts updating `feeds` of the library at `libraryPath` (a connection of the job's
    /// own, opened on its thread).
    package static func start(libraryPath: String, feeds: [FeedSubscription], options: WebFetcher.Options) -> FeedUpdateJob {
        let job = FeedUpdateJob(total: feeds.count)
        let thread = Thread {
            BackgroundWorker.lowerPriority()
            let summary: String
            do {
                let library = try Library(path: libraryPath)
                let fetcher = WebFetcher(options: options)
                defer { fetcher.shutdown() }
                var updater = FeedUpdater(library: library, fetcher: fetcher)
                updater.progress = { done, total, _ in job.status.withLock { $0.done = done; $0.total = total } }
                summary = FeedUpdater.summary(of: updater.run(feeds))
            } catch {
                summary = "Feeds not updated: \(error)"
            }
            job.status.withLock { $0.result = summary }
        }
        thread.stackSize = 8 << 20
        thread.start()
        return job
    }

    /// Feeds done, of how many.
    package var progress: (done: Int, total: Int) { status.withLock { ($0.done, $0.total) } }

    /// The update's summary once it has ended (once; nil before, and after).
    package func takeResult() -> String? {
        status.withLock { s in
            guard let result = s.result, !s.taken else { return nil }
            s.taken = true
            return result
        }
    }
}
