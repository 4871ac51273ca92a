import BylineKit
import Foundation
import Synchronization

/// Runs slow work off the main thread so the first screen never waits for it: the
/// analysis of a large article, and reading the whole of a large file first shown from
/// its beginning. The event loop polls ``takeResults()`` between keys.
///
/// ```swift
/// let worker = BackgroundWorker()
/// worker.submit { emit in emit(.analysed(index: 0, article: ArticleAnalyzer().analyze(article))) }
/// // later, between keys:
/// for outcome in worker.takeResults() { … }
/// ```
package final class BackgroundWorker: Sendable {
    package enum Outcome: Sendable {
        /// The whole text of an article shown from its beginning, not analysed yet.
        case whole(index: Int, article: AnalyzedArticle)
        case analysed(index: Int, article: AnalyzedArticle)
        case failed(index: Int, message: String)
        /// The analyser's tables are built: analysing an article now takes milliseconds.
        case analyzerReady
    }

    package typealias Job = @Sendable (_ emit: @Sendable (Outcome) -> Void) -> Void

    private struct Queue {
        var pending: [Job] = []
        var done: [Outcome] = []
        var running = false
        var held = false
    }

    private let queue: Mutex<Queue>

    /// - Parameter held: true to queue jobs without running them until ``release()``
    ///   (the reader holds its work until the first paint, which it would slow down
    ///   on a machine with few cores).
    package init(held: Bool = false) {
        queue = Mutex(Queue(held: held))
    }

    /// Starts the jobs queued while held, and any later ones as they come.
    package func release() {
        let start: Bool = queue.withLock { q in
            q.held = false
            if q.running || q.pending.isEmpty { return false }
            q.running = true
            return true
        }
        if start { startThread() }
    }

    /// Queues a job; `first` puts it ahead of the others (the article just opened).
    package func submit(first: Bool = false, _ job: @escaping Job) {
        let start: Bool = queue.withLock { q in
            if first { q.pending.insert(job, at: 0) } else { q.pending.append(job) }
            if q.running || q.held { return false }
            q.running = true
            return true
        }
        if start { startThread() }
    }

    private func startThread() {
        let thread = Thread { [self] in self.work() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func work() {
        BackgroundWorker.lowerPriority()
        while true {
            let next: Job? = queue.withLock { q in
                if q.pending.isEmpty { q.running = false; return nil }
                return q.pending.removeFirst()
            }
            guard let job = next else { return }
            job { outcome in self.queue.withLock { $0.done.append(outcome) } }
        }
    }

    /// Gives the calling thread a lower scheduling priority (nice 10), so that on a
    /// busy machine the main thread, which paints, gets the CPU first. (On Linux the
    /// nice value belongs to a thread, and `who` 0 is the calling one.)
    package static func lowerPriority() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }

    /// Whether a job is queued (held or not) or running, or results wait to be taken.
    package var isBusy: Bool { queue.withLock { $0.running || !$0.done.isEmpty || !$0.pending.isEmpty } }

    /// Finished work since the last call, in order.
    package func takeResults() -> [Outcome] {
        queue.withLock { q in
            defer { q.done = [] }
            return q.done
        }
    }
}
