import BylineKit
import BylineStore
import BylineUI
import Dispatch
import Foundation
import Synchronization

/// Connects the reader to the library index: restores reading positions, saves them
/// and the read mark and bookmarks as they change, reuses stored analyses, answers
/// library searches and look-ups (articles naming an entity, quotations by a speaker),
/// and indexes the opened files and folders in the background.
///
/// Everything here is optional to the reader: when the library cannot be opened
/// (damaged, unwritable folder …) or a write fails (busy, disk full), the status line
/// says so once and the reader goes on with the files alone. A library found damaged
/// (by the integrity check before the first write, or by any query later) is only read
/// for the rest of the session: no position, mark, bookmark, analysis or indexing is
/// written to it.
///
/// ```swift
/// let session = LibrarySession(paths: ["news"])
/// var state = ReaderState(articles: articles, …, initialPositions: session.initialPositions(for: articles))
/// session.startIndexing()                     // after the first paint
/// session.savePosition(path: "news/a.txt", block: 12)   // a reader effect, saved
/// if case .found(let found) = session.lookUp(.mentioning("Kim Jong-un"), openPaths: paths) { … }
/// ```
package final class LibrarySession: Sendable {
    package let library: Library?
    /// The connection reading-state writes use, on ``writer``; nil when read-only or
    /// when it cannot be opened. See ``openWritingConnection()``.
    private let writing = Mutex<Library?>(nil)
    /// Whether reading-state writes are kept (a library open for writing).
    private let writable: Bool
    /// Left once ``writing`` is opened (or known to stay nil).
    private let writingOpened = DispatchGroup()
    private let location: String
    /// Why the library is not (fully) available, for the status line.
    package let notice: String?
    /// True when the reader keeps no history (`--no-history`, `history = false`).
    private let historyOff: Bool

    /// Reading-state writes, in order, off the main thread (a write may wait for a
    /// background indexing batch to commit).
    private let writer = DispatchQueue(label: "byline.library.writer")
    private let messages = Mutex<(pending: [String], shown: Set<String>)>(([], []))
    /// Reading-state writes not yet run (or held back by a busy library or a full
    /// disk), oldest first, and whether a drain is scheduled (see ``drain(_:)``).
    private let pending = Mutex<(writes: [Write], scheduled: Bool)>(([], false))
    /// True while the background indexing of the opened paths runs.
    private let indexing = Atomic<Bool>(false)
    /// True while ``drain(_:)`` runs.
    private let draining = Atomic<Bool>(false)
    /// Set once the library is found damaged: nothing is written to it from then on.
    private let damaged = Atomic<Bool>(false)

    /// Opens the library on a thread of its own, so the first screen does not wait for
    /// SQLite; the connection for writes opens on that thread after the session is
    /// handed over.
    ///
    /// ```swift
    /// let opening = LibrarySession.opening(paths: paths)   // returns at once
    /// … start curses, parse the articles …
    /// let library = opening.value()
    /// ```
    ///
    /// `history` is asked on that thread, first: false (`--no-history`, `history =
    /// false`) leaves the library alone, neither created nor opened.
    package static func opening(paths: [String], history: @escaping @Sendable () -> Bool = { true }) -> ThreadedValue<LibrarySession> {
        ThreadedValue {
            LibrarySession(paths: paths, writingLater: true, history: history())
        } then: { session in
            session.openWritingConnection()
        }
    }

    /// Opens the library (`$BYLINE_LIBRARY`, else the XDG data folder);
    /// ``startIndexing()`` indexes `paths` in the background.
    ///
    /// - Parameters:
    ///   - writingLater: true to leave the connection for writes to
    ///     ``openWritingConnection()``, which the caller must then call (from any thread).
    ///   - history: false for a read that leaves no trace: no library is created,
    ///     opened or written, and library look-ups say they are off.
    package init(paths: [String], environment: [String: String] = ProcessInfo.processInfo.environment, writingLater: Bool = false,
         history: Bool = true) {
        let location = LibraryLocation.resolve(environment: environment)
        self.location = location
        self.paths = paths
        historyOff = !history
        writingOpened.enter()
        (library, notice) = history ? Self.open(location) : (nil, nil)
        writable = library.map { !$0.isReadOnly } ?? false
        if !writingLater { openWritingConnection() }
    }

    /// The library at `location` and its notice, or nil and why it cannot be opened.
    private static func open(_ location: String) -> (Library?, String?) {
        do {
            let library = try Library(path: location)
            return (library, library.notice.map { "\($0)" })
        } catch {
            return (nil, "\(error); reading the files directly")
        }
    }

    /// Opens the connection for reading-state writes; once. A connection of its own: a
    /// write waiting for another byline then never holds up a read on the main thread.
    /// It waits 1 s, not 5: a refused write is tried again later anyway, and quitting
    /// waits for it.
    ///
    /// ``opening(paths:)`` calls it just after handing the session to the reader, so the
    /// first screen does not wait for a second connection (about a millisecond); writes
    /// and the background indexing wait for it (the indexing's own writes never make
    /// it wait for a lock).
    ///
    /// First it checks the library's integrity (``Library/checkIntegrity()``, about 0.1 s
    /// for 140 MB): every write and the indexing wait for this, so a damaged library
    /// gets nothing written to it, and the status line says so.
    package func openWritingConnection() {
        var opened: Library?
        if writable, let library {
            do {
                try library.checkIntegrity()
                opened = try? Library(path: location, options: Library.Options(busyTimeout: 1))
            } catch {
                if !found(error) { opened = try? Library(path: location, options: Library.Options(busyTimeout: 1)) }
            }
        }
        writing.withLock { $0 = opened }
        writingOpened.leave()
    }

    /// Whether `error` says the library is damaged; if so, from now on nothing is
    /// written to it and the status line says why (once).
    @discardableResult
    private func found(_ error: any Error) -> Bool {
        guard let error = error as? StoreError, case .corrupt = error.problem else { return false }
        if !damaged.exchange(true, ordering: .sequentiallyConsistent) { post("\(error)") }
        return true
    }

    /// Whether the library was found damaged (and is then only read).
    package var isDamaged: Bool { damaged.load(ordering: .sequentiallyConsistent) }

    /// False when history is off (`--no-history`, `history = false`): nothing is kept.
    package var keepsHistory: Bool { !historyOff }

    /// The connection for writes, once ``openWritingConnection()`` has run.
    private func writingConnection() -> Library? {
        writingOpened.wait()
        return writing.withLock { $0 }
    }

    private let paths: [String]

    /// Indexes the opened files and folders on another thread (called after the first
    /// paint, which the indexing would otherwise compete with for the CPU).
    ///
    /// The thread starts from the writer queue, once the writes queued before it are
    /// done: an analysis the reader has just made (``remember(_:)``) is then stored
    /// before the indexer looks, and the indexer finds that file unchanged. Started at
    /// once, it found the file not yet stored and read, parsed and analysed it again
    /// while the reader stored it (for a large article twice the memory and the work).
    package func startIndexing() {
        let files = paths.filter { $0 != "-" }
        guard let library, !library.isReadOnly, !files.isEmpty else { return }
        indexing.store(true, ordering: .sequentiallyConsistent)
        writer.async { [self] in
            let thread = Thread { [self] in
                defer { self.indexing.store(false, ordering: .sequentiallyConsistent) }
                BackgroundWorker.lowerPriority()
                // The writes' connection first, as when it opened with the session: its
                // opening then never waits for a batch of this indexing. It also checks the
                // library's integrity: nothing is indexed into a damaged one.
                writingOpened.wait()
                guard !self.isDamaged else { return }
                // Its own connection: reading-state writes on the main one only wait for
                // the current batch, never for the whole run.
                do {
                    let indexer = try Library(path: library.path)
                    // Files the reader cannot read are already on its status line.
                    _ = try indexer.index(paths: files)
                } catch {
                    if !self.found(error) { self.post("\(error)") }
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// The indexed articles under `paths`, by absolute path (empty without a library).
    package func listedArticles(in paths: [String]) -> [String: LibraryArticle] {
        guard let library, let listed = try? library.articles(in: paths) else { return [:] }
        return Self.byPath(listed)
    }

    private static func byPath(_ listed: [LibraryArticle]) -> [String: LibraryArticle] {
        Dictionary(listed.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Saved reading positions (first block on screen) by the reader's article paths.
    /// `listed`: the articles under the reader's paths if already fetched
    /// (``listedArticles(in:)``), so the index is not read twice.
    package func initialPositions(for articles: [AnalyzedArticle], listed known: [String: LibraryArticle]? = nil) -> [String: Int] {
        guard let library, let indexed = known ?? (try? library.articles()).map(Self.byPath) else { return [:] }
        let anyPosition = indexed.values.contains { $0.position != nil }
        var result: [String: Int] = [:]
        for a in articles where a.article.path != "-" {
            // Articles not indexed yet may still have a state (added, removed, re-added;
            // or read before the background indexing reached them).
            if let entry = indexed[Library.absolute(a.article.path)] {
                if let p = entry.position { result[a.article.path] = p.block }
            } else if anyPosition || articles.count <= 500,
                      let state = try? library.readingState(for: a.article.path), let p = state.position {
                result[a.article.path] = p.block
            }
        }
        return result
    }

    /// What the list marks and where reading picks up: the articles read and bookmarked
    /// (by the reader's paths) and the one whose state changed last.
    package func readingMarks(for articles: [AnalyzedArticle], listed known: [String: LibraryArticle]? = nil)
        -> (read: Set<String>, bookmarked: Set<String>, last: String?) {
        guard let library else { return ([], [], nil) }
        let indexed = known ?? (try? library.articles()).map(Self.byPath) ?? [:]
        var byKey: [String: String] = [:]
        for a in articles where a.article.path != "-" { byKey[Library.absolute(a.article.path)] = a.article.path }
        var read: Set<String> = []
        for (key, path) in byKey {
            if let entry = indexed[key] {
                if entry.isRead { read.insert(path) }
            } else if articles.count <= 500, (try? library.readingState(for: path))?.isRead == true {
                read.insert(path)
            }
        }
        let bookmarked = Set(((try? library.bookmarks()) ?? []).compactMap { byKey[$0.path] })
        let last = try? library.lastOpened(among: Array(byKey.values))
        return (read, bookmarked, last ?? nil)
    }

    /// The stored analysis of an article whose file has not changed since it was indexed.
    package func storedAnalysis(of article: Article) -> AnalyzedArticle? {
        guard let library, article.path != "-" else { return nil }
        do {
            return try library.analysis(of: article)
        } catch {
            found(error)
            return nil
        }
    }

    /// Keeps an analysis the reader made, so neither the reader nor `byline add`
    /// analyses that file again.
    package func remember(_ analyzed: AnalyzedArticle) {
        guard analyzed.article.path != "-" else { return }
        write { try $0.store([analyzed]) }
    }

    /// Marks an article read (opened).
    package func markRead(path: String) {
        guard path != "-" else { return }
        write { try $0.setRead(true, for: path) }
    }

    /// Saves the first block on screen, to reopen the article there.
    package func savePosition(path: String, block: Int) {
        guard path != "-" else { return }
        write { try $0.setPosition(ReadingPosition(block: block), for: path) }
    }

    /// Stores a bookmark at `block`, labelled with the start of its text; returns the
    /// status line's "Bookmarked: …".
    package func bookmark(path: String, block: Int, text: String) -> String? {
        guard path != "-" else { return nil }
        let label = String(text.prefix(60))
        write { try $0.addBookmark(at: ReadingPosition(block: block), label: label, for: path) }
        return "Bookmarked: \(label)…"
    }

    /// Removes an article's bookmarks.
    package func removeBookmarks(path: String) {
        guard path != "-" else { return }
        write { try $0.removeBookmarks(for: path) }
    }

    /// The answer to a library look-up, for the reader to show (``ReaderState/showLibraryResults(_:paths:names:)``).
    package enum Answer: Sendable {
        /// The articles found, best first.
        case found(Found)
        /// No answer: the status line says why (no library, a failed query).
        case problem(String)
    }

    package struct Found: Sendable {
        package var filter: ArticleList.Filter
        /// Results not open in the reader, listed from the index (their text unread):
        /// the reader adds them before showing the results.
        package var added: [AnalyzedArticle]
        /// The results by the reader's paths (an added article's is its own).
        package var paths: [String]
        /// How each result names the entity or speaker, by path.
        package var names: [String: String]
        /// A search result's snippet (a line of text around the match), by path.
        package var snippets: [String: String] = [:]
        /// True while the background indexing runs: some results may be missing.
        package var stillIndexing: Bool
    }

    /// Answers `filter` (a search, an entity, a speaker) from the library; `openPaths`
    /// are the reader's articles, so results open in it are shown as they are.
    package func lookUp(_ filter: ArticleList.Filter, openPaths: [String]) -> Answer {
        switch filter {
        case .search(let query):
            return lookUp(filter, openPaths: openPaths) {
                try $0.search(query, limit: 1000).map { Hit(paths: [$0.path] + $0.copies, snippet: $0.snippet.text) }
            }
        case .mentioning(let name):
            return lookUp(filter, openPaths: openPaths) {
                try $0.articles(mentioning: name, limit: 1000).map { Hit(paths: [$0.path] + $0.copies, name: $0.canonical) }
            }
        case .quotesBy(let name):
            return lookUp(filter, openPaths: openPaths) { library in
                // Newest article first, each article once (its first quotation's name).
                var seen = Set<String>()
                return try library.quotations(by: name, limit: 2000).compactMap { q in
                    seen.insert(q.path).inserted ? Hit(paths: [q.path] + q.copies, name: q.speaker) : nil
                }
            }
        case .titles, .unread, .bookmarked, .feed:
            return .problem("Not a library look-up")
        }
    }

    /// One result of a look-up: its file and the other files with the same text (the
    /// reader shows the one it has open, else the first that still exists), how it names
    /// the entity or speaker, its search snippet.
    private struct Hit {
        var paths: [String]
        var name: String?
        var snippet: String?
    }

    /// Runs a library look-up; results not open in the reader are listed from the index
    /// (a file deleted since it was indexed is never a result).
    private func lookUp(_ filter: ArticleList.Filter, openPaths: [String], _ query: (Library) throws -> [Hit]) -> Answer {
        guard let library else {
            return .problem("Library look-ups are unavailable: "
                + (historyOff ? "history is off (--no-history or history = false), so there is no library" : notice ?? "no library"))
        }
        do {
            var readerPath: [String: String] = [:]
            for p in openPaths where readerPath[Library.absolute(p)] == nil { readerPath[Library.absolute(p)] = p }
            // Of a text's copies, the one open in the reader, else the first still readable.
            let results = try query(library).compactMap { hit -> (path: String, hit: Hit)? in
                let path = hit.paths.first { readerPath[$0] != nil } ?? hit.paths.first(where: Self.isReadable)
                return path.map { ($0, hit) }
            }
            let missing = Set(results.map(\.path)).subtracting(readerPath.keys)
            var added: [AnalyzedArticle] = []
            if !missing.isEmpty {
                let entries = try library.articles(in: Array(missing)).filter { missing.contains($0.path) }
                for e in entries {
                    added.append(AnalyzedArticle(article: Article(
                        path: e.path, title: e.title, date: e.date, author: e.author, source: e.source, blocks: [])))
                    readerPath[e.path] = e.path
                }
            }
            var shown: [String] = []
            var names: [String: String] = [:], snippets: [String: String] = [:]
            for r in results {
                guard let p = readerPath[r.path] else { continue }
                shown.append(p)
                if let name = r.hit.name { names[p] = name }
                if let snippet = r.hit.snippet { snippets[p] = snippet }
            }
            return .found(Found(filter: filter, added: added, paths: shown, names: names, snippets: snippets,
                                stillIndexing: indexing.load(ordering: .sequentiallyConsistent)))
        } catch {
            found(error)
            return .problem("\(error)")
        }
    }

    /// Whether an indexed article can still be read: its file, or for a feed's item
    /// (`news.rss#2`) the feed file.
    static func isReadable(_ path: String) -> Bool {
        if FileManager.default.isReadableFile(atPath: path) { return true }
        guard let (file, _) = ArticleItemPath.split(path) else { return false }
        return FileManager.default.isReadableFile(atPath: file)
    }

    /// True while background work may still post a message (indexing, writes) or one
    /// waits: the loop then wakes up now and then to show it without waiting for a key.
    package var needsPolling: Bool {
        // Flags first: work that ends posts its message before it clears its flag.
        if indexing.load(ordering: .sequentiallyConsistent) || draining.load(ordering: .sequentiallyConsistent) { return true }
        if pending.withLock({ $0.scheduled }) { return true }
        return messages.withLock { !$0.pending.isEmpty }
    }

    /// Messages from background work since the last call (each problem once).
    package func takeMessages() -> [String] {
        messages.withLock { m in
            defer { m.pending = [] }
            return m.pending
        }
    }

    /// Waits for the saved state to be written (at quit), trying once more what another
    /// byline or a full disk held back. Returns a message for standard error when some
    /// of it could still not be saved.
    package func finish() -> String? {
        writer.sync {
            guard let writing = writingConnection() else { return nil }
            let (left, error) = drain(writing)
            guard left > 0, let error else { return nil }
            return "\(error) (\(left) reading-state change\(left == 1 ? "" : "s") not saved)"
        }
    }

    /// A reading-state write, run in order on ``writer``.
    package typealias Write = @Sendable (Library) throws -> Void

    /// Queues a write; one drain at a time is scheduled on ``writer``, so writes that
    /// arrive while another byline holds the library wait together, not one by one.
    private func write(_ body: @escaping Write) {
        guard writable, !isDamaged else { return }
        let schedule = pending.withLock { p -> Bool in
            p.writes.append(body)
            defer { p.scheduled = true }
            return !p.scheduled
        }
        if schedule {
            writer.async { [self] in
                if let writing = writingConnection() {
                    _ = drain(writing)
                } else {
                    // It could not be opened: the writes are dropped, as they were
                    // never queued when that happened at start.
                    pending.withLock { $0 = ([], false) }
                }
            }
        }
    }

    /// Runs the queued writes in order; on the writer queue. A write that fails because
    /// another byline holds the library (busy) or the disk is full goes back to the
    /// head of the queue with every later one, for the next drain or ``finish()``: a
    /// moment of contention loses no read mark, position or bookmark, and a later
    /// position is never overwritten by an earlier one. Other failures are reported and
    /// the write dropped.
    private func drain(_ library: Library) -> (left: Int, error: StoreError?) {
        draining.store(true, ordering: .sequentiallyConsistent)
        defer { draining.store(false, ordering: .sequentiallyConsistent) }
        let queue = pending.withLock { p in
            defer { p.writes = []; p.scheduled = false }
            return p.writes
        }
        for (i, body) in queue.enumerated() {
            // Found damaged meanwhile (by a query or the indexing): the rest is dropped.
            if isDamaged { return (0, nil) }
            do {
                try body(library)
            } catch let error as StoreError where error.problem == .busy || error.problem == .full {
                post("\(error)")
                let count = pending.withLock { p in
                    p.writes = Array((queue[i...] + p.writes).suffix(Self.maximumQueued))
                    return p.writes.count
                }
                return (count, error)
            } catch {
                if !found(error) { post("\(error)") }
            }
        }
        return (0, nil)
    }

    /// Writes kept at most while the library is busy or the disk full (the newest).
    package static let maximumQueued = 10_000

    private func post(_ message: String) {
        messages.withLock { m in
            if m.shown.insert(message).inserted { m.pending.append(message) }
        }
    }
}
