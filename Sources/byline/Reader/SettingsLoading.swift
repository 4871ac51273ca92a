import BylineUI
import Dispatch
import Foundation
import Synchronization

/// Reads the configuration file and the starting theme on another thread, so the first
/// screen does not wait for them: the terminal starts and the articles are parsed
/// meanwhile, and ``settings()`` waits for what is left (usually nothing). Whatever
/// the files hold, the outcome is the one reading them on the main thread gives: the
/// same settings, the same problems.
///
/// ```swift
/// let loading = SettingsLoading { ThemeOptions.loadSettings(theme: nil, config: nil, otherThemes: false) }
/// … start curses, parse the articles …
/// let (settings, options) = loading.settings()
/// ```
final class SettingsLoading: Sendable {
    typealias Loaded = (settings: ReaderSettings, options: ReaderOptions)

    private let loaded = Mutex<Loaded?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `load` on a thread of its own (with the main thread's 8 MB of stack, for
    /// the TOML parser's recursion).
    init(_ load: @escaping @Sendable () -> Loaded) {
        let thread = Thread { [self] in
            let result = load()
            loaded.withLock { $0 = result }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The settings and the reader's options, once read.
    func settings() -> Loaded {
        if let result = loaded.withLock({ $0 }) { return result }
        done.wait()
        return loaded.withLock { $0! }
    }
}
