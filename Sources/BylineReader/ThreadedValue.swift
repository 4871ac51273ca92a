import Dispatch
import Foundation
import Synchronization

/// A value computed on a thread of its own, so the first screen does not wait for it:
/// the terminal starts and the articles are parsed meanwhile, and ``value()`` waits for
/// what is left (usually nothing). The reader opens its library and reads its settings
/// this way.
///
/// ```swift
/// let library = ThreadedValue {
///     LibrarySession(paths: paths, writingLater: true)
/// } then: { session in
///     session.openWritingConnection()   // after handing the session over
/// }
/// … start curses, parse the articles …
/// let session = library.value()
/// ```
package final class ThreadedValue<Value: Sendable>: Sendable {
    private let computed = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` on a new thread (with the main thread's 8 MB of stack, for the
    /// TOML parser's recursion); `then` runs on that thread once the value is handed
    /// over, for work the first screen does not need.
    package init(_ work: @escaping @Sendable () -> Value, then: @escaping @Sendable (Value) -> Void = { _ in }) {
        let thread = Thread { [self] in
            let value = work()
            computed.withLock { $0 = value }
            done.signal()
            then(value)
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The value, once computed; from any number of threads (the library's opening
    /// waits for the settings when the configuration file may turn history off, and so
    /// does the main thread).
    package func value() -> Value {
        if let value = computed.withLock({ $0 }) { return value }
        done.wait()
        done.signal()  // for the next thread waiting
        return computed.withLock { $0! }
    }
}
