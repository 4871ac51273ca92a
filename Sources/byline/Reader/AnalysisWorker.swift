import BylineKit
import Foundation
import Synchronization

/// Analyses articles on a background thread so the first screen never waits for
/// entity and quotation analysis; the event loop polls ``takeResults()``.
///
/// ```swift
/// let worker = AnalysisWorker()
/// worker.submit(index: 0, article: article)
/// // later, between keys:
/// for (i, analyzed) in worker.takeResults() { state.setAnalysis(analyzed, at: i) }
/// ```
final class AnalysisWorker: Sendable {
    private struct Queue {
        var pending: [(Int, Article)] = []
        var done: [(Int, AnalyzedArticle)] = []
        var running = false
        var submitted: Set<Int> = []
    }

    private let queue = Mutex(Queue())

    /// Queues an article (ahead of earlier ones: the one just opened matters most).
    /// Returns false when it was already submitted.
    @discardableResult
    func submit(index: Int, article: Article) -> Bool {
        let start: Bool = queue.withLock { q in
            guard !q.submitted.contains(index) else { return false }
            q.submitted.insert(index)
            q.pending.insert((index, article), at: 0)
            if q.running { return false }
            q.running = true
            return true
        }
        if start {
            let thread = Thread { [self] in self.work() }
            thread.stackSize = 8 << 20
            thread.start()
        }
        return true
    }

    private func work() {
        let analyzer = ArticleAnalyzer()
        while true {
            let next: (Int, Article)? = queue.withLock { q in
                if q.pending.isEmpty { q.running = false; return nil }
                return q.pending.removeFirst()
            }
            guard let (i, article) = next else { return }
            let result = analyzer.analyze(article)
            queue.withLock { $0.done.append((i, result)) }
        }
    }

    /// Whether an analysis is queued or running.
    var isBusy: Bool { queue.withLock { $0.running || !$0.done.isEmpty } }

    /// Finished analyses since the last call.
    func takeResults() -> [(Int, AnalyzedArticle)] {
        queue.withLock { q in
            defer { q.done = [] }
            return q.done
        }
    }
}
