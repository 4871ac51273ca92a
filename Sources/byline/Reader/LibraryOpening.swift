import Dispatch
import Foundation
import Synchronization

/// Opens the library on another thread, so the first screen does not wait for SQLite:
/// the terminal starts and the articles are parsed meanwhile, and ``session()`` waits
/// for what is left (usually nothing).
///
/// ```swift
/// let opening = LibraryOpening(paths: paths)   // returns at once
/// … start curses, parse the articles …
/// let library = opening.session()              // the opened LibrarySession
/// ```
final class LibraryOpening: Sendable {
    private let opened = Mutex<LibrarySession?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(paths: [String]) {
        let thread = Thread { [self] in
            let session = LibrarySession(paths: paths, writingLater: true)
            opened.withLock { $0 = session }
            done.signal()
            // Not needed for the first screen: after handing the session over.
            session.openWritingConnection()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The session, once open.
    func session() -> LibrarySession {
        if let session = opened.withLock({ $0 }) { return session }
        done.wait()
        return opened.withLock { $0! }
    }
}
