import BylineKit
import BylineStore
import BylineWeb
import Dispatch
import Foundation
import Synchronization

/// The reader's `R`: one update of every subscribed feed, as `byline update` runs it
/// (``FeedUpdater``: four feeds at a time, conditional requests, one transaction per
/// feed), on a thread of its own with its own connection to the library, so reading
/// goes on. The event loop polls ``progress`` and ``takeResult()`` between keys.
///
/// Quitting while it runs calls ``stop(waitingUpTo:)``: no feed starts any more, the
/// fetches under way end at once, a feed being fetched or analysed is left as it was,
/// and a feed whose items are being committed finishes; the reader waits for that (a
/// few milliseconds, at most the time given) and says on standard error what was done:
/// `feed update stopped: 3 of 5 feeds updated`.
///
/// ```swift
/// let job = FeedUpdateJob.start(libraryPath: library.path, feeds: try library.feeds(), options: options)
/// job.progress       // (done: 1, total: 3)
/// job.takeResult()   // nil while it runs, then the summary once: "3 feeds: 4 new items, 0 updated"
/// job.stop(waitingUpTo: 5)   // at quit: "feed update stopped: 1 of 3 feeds updated"
/// ```
package final class FeedUpdateJob: Sendable {
    private struct Status {
        var done = 0
        var total: Int
        var result: String?
        var taken = false
        /// Feeds updated (stored, not modified or failed: not stopped), once it has ended.
        var updated = 0
    }

    private let status: Mutex<Status>
    private let cancellation = FetchCancellation()
    /// Left when the thread has ended.
    private let ended = DispatchGroup()

    private init(total: Int) {
        status = Mutex(Status(total: total))
        ended.enter()
    }

    /// Starts updating `feeds` of the library at `libraryPath` (a connection of the job's
    /// own, opened on its thread).
    package static func start(libraryPath: String, feeds: [FeedSubscription], options: WebFetcher.Options) -> FeedUpdateJob {
        let job = FeedUpdateJob(total: feeds.count)
        let thread = Thread {
            BackgroundWorker.lowerPriority()
            let summary: String
            var updated = 0
            do {
                let library = try Library(path: libraryPath)
                let fetcher = WebFetcher(options: options)
                defer { fetcher.shutdown() }
                var updater = FeedUpdater(library: library, fetcher: fetcher)
                updater.cancellation = job.cancellation
                updater.progress = { done, total, _ in job.status.withLock { $0.done = done; $0.total = total } }
                let outcomes = updater.run(feeds)
                updated = outcomes.filter { $0 != .stopped }.count
                summary = FeedUpdater.summary(of: outcomes)
            } catch {
                summary = "Feeds not updated: \(error)"
            }
            job.status.withLock { $0.result = summary; $0.updated = updated }
            job.ended.leave()
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

    /// Stops the update (at quit) and waits up to `seconds` for its thread to end.
    /// Returns what to tell the user on standard error: nil when it had ended and its
    /// summary was shown; `feeds updated: …` when it ended before its summary was
    /// shown; `feed update stopped: 3 of 5 feeds updated` when this stopped it; a
    /// message saying so when it did not end in time (the process then ends it: SQLite
    /// keeps each feed's transaction whole or leaves it out).
    package func stop(waitingUpTo seconds: Double) -> String? {
        if status.withLock({ $0.result != nil }) {
            return takeResult().map { "feeds updated: \($0)" }
        }
        cancellation.cancel()
        guard ended.wait(timeout: .now() + seconds) == .success else {
            let (done, total) = progress
            return "feed update stopped at exit, still running after \(Self.describe(seconds)): \(done) of \(total) feed\(total == 1 ? "" : "s") done"
        }
        let (updated, total, summary) = status.withLock { s in (s.updated, s.total, s.result ?? "") }
        if summary.hasPrefix("Feeds not updated") { return summary }
        // It ended on its own as it was being stopped.
        if updated == total { return "feeds updated: \(summary)" }
        return "feed update stopped: \(updated) of \(total) feed\(total == 1 ? "" : "s") updated"
    }

    private static func describe(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
    }
}
