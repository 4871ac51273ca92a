import AsyncHTTPClient
import Synchronization

/// A request to stop, shared by a job and the fetches it runs: once ``cancel()`` is
/// called, the fetches under way end at once (``FetchError/Problem/cancelled``) and
/// new ones fail before they start. The reader's `R` update holds one, so that quitting
/// stops it.
///
/// ```swift
/// let stop = FetchCancellation()
/// Thread.detachNewThread { _ = try? fetcher.fetch(url, cancellation: stop) }
/// stop.cancel()   // that fetch throws FetchError(.cancelled) now, not at its timeout
/// ```
package final class FetchCancellation: Sendable {
    private struct State {
        var cancelled = false
        var next = 0
        var running: [Int: @Sendable () -> Void] = [:]
    }

    private let state = Mutex(State())

    package init() {}

    /// True once ``cancel()`` was called.
    package var isCancelled: Bool { state.withLock { $0.cancelled } }

    /// Cancels every fetch under way and every later one.
    package func cancel() {
        let running = state.withLock { s -> [@Sendable () -> Void] in
            s.cancelled = true
            defer { s.running = [:] }
            return Array(s.running.values)
        }
        for cancel in running { cancel() }
    }

    /// Registers a fetch under way by how to cancel it; nil when already cancelled (the
    /// caller then cancels it itself).
    func register(_ cancel: @escaping @Sendable () -> Void) -> Int? {
        state.withLock { s in
            guard !s.cancelled else { return nil }
            s.next += 1
            s.running[s.next] = cancel
            return s.next
        }
    }

    func unregister(_ id: Int) {
        state.withLock { _ = $0.running.removeValue(forKey: id) }
    }
}
