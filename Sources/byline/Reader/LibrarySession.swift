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
/// for effect in state.takeEffects() { session.handle(effect, state: &state) }
/// ```
final class LibrarySession: Sendable {
    let library: Library?
    /// The connection reading-state writes use, on ``writer``; nil when read-only or
    /// when it cannot be opened. See ``openWritingConnection()``.
    private let writing = Mutex<Library?>(nil)
    /// Whether reading-state writes are kept (a library open for writing).
    private let writable: Bool
    /// Left once ``writing`` is opened (or known to stay nil).
    private let writingOpened = DispatchGroup()
    private let location: String
    /// Why the library is not (fully) available, for the status line.
    let notice: String?
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
    /// Reader indices of library results added to the reader, whose files the loop reads
    /// when they are opened (``takeNewlyListed()``).
    private let listedForLoading = Mutex<[Int]>([])

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
    static func opening(paths: [String], history: @escaping @Sendable () -> Bool = { true }) -> ThreadedValue<LibrarySession> {
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
    init(paths: [String], environment: [String: String] = ProcessInfo.processInfo.environment, writingLater: Bool = false,
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
    func openWritingConnection() {
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
    var isDamaged: Bool { damaged.load(ordering: .sequentiallyConsistent) }

    /// False when history is off (`--no-history`, `history = false`): nothing is kept.
    var keepsHistory: Bool { !historyOff }

    /// The connection for writes, once ``openWritingConnection()`` has run.
    private func writingConnection() -> Library? {
        writingOpened.wait()
        return writing.withLock { $0 }
    }

    private let paths: [String]

    /// Indexes the opened files and folders on another thread (called after the first
    /// paint, which the indexing would otherwise compete with for the CPU).
    func startIndexing() {
        let files = paths.filter { $0 != "-" }
        guard let library, !library.isReadOnly, !files.isEmpty else { return }
        indexing.store(true, ordering: .sequentiallyConsistent)
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

    /// The indexed articles under `paths`, by absolute path (empty without a library).
    func listedArticles(in paths: [String]) -> [String: LibraryArticle] {
        guard let library, let listed = try? library.articles(in: paths) else { return [:] }
        return Self.byPath(listed)
    }

    private static func byPath(_ listed: [LibraryArticle]) -> [String: LibraryArticle] {
        Dictionary(listed.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Saved reading positions (first block on screen) by the reader's article paths.
    /// `listed`: the articles under the reader's paths if already fetched
    /// (``listedArticles(in:)``), so the index is not read twice.
    func initialPositions(for articles: [AnalyzedArticle], listed known: [String: LibraryArticle]? = nil) -> [String: Int] {
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
    func readingMarks(for articles: [AnalyzedArticle], listed known: [String: LibraryArticle]? = nil)
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
    func storedAnalysis(of article: Article) -> AnalyzedArticle? {
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
    func remember(_ analyzed: AnalyzedArticle) {
        guard analyzed.article.path != "-" else { return }
        write { try $0.store([analyzed]) }
    }

    /// Acts on a reader effect: saves state, or runs a library search and shows its
    /// results in the list.
    @MainActor
    func handle(_ effect: ReaderEffect, state: inout ReaderState) {
        // Not a switch: effects the reader adds later simply pass by.
        if case .openedArticle(_, let path) = effect, path != "-" {
            write { try $0.setRead(true, for: path) }
        } else if case .positionChanged(let path, let block) = effect, path != "-" {
            write { try $0.setPosition(ReadingPosition(block: block), for: path) }
        } else if case .bookmark(let path) = effect, path != "-" {
            let block = state.firstVisibleBlock
            let blocks = state.article.article.blocks
            let text = blocks.indices.contains(block) ? blocks[block].text : state.article.article.title
            let label = String(text.prefix(60))
            write { try $0.addBookmark(at: ReadingPosition(block: block), label: label, for: path) }
            state.statusMessage = "Bookmarked: \(label)…"
        } else if case .removeBookmark(let path) = effect, path != "-" {
            write { try $0.removeBookmarks(for: path) }
        } else if case .librarySearch(let query) = effect {
            lookUp(.search(query), state: &state) { library in
                try library.search(query, limit: 1000).map { ($0.path, nil) }
            }
        } else if case .articlesMentioning(let name) = effect {
            lookUp(.mentioning(name), state: &state) { library in
                try library.articles(mentioning: name, limit: 1000).map { ($0.path, $0.canonical) }
            }
        } else if case .quotationsBy(let name) = effect {
            lookUp(.quotesBy(name), state: &state) { library in
                // Newest article first, each article once (its first quotation's name).
                var seen = Set<String>()
                return try library.quotations(by: name, limit: 2000).compactMap { q in
                    seen.insert(q.path).inserted ? (q.path, q.speaker) : nil
                }
            }
        }
    }

    /// Runs a library look-up and shows the articles it finds among those open in the
    /// reader; the status line counts the others (and says when indexing is not done).
    @MainActor
    private func lookUp(
        _ filter: ArticleList.Filter, state: inout ReaderState,
        _ query: (Library) throws -> [(path: String, name: String?)]
    ) {
        guard let library else {
            state.statusMessage = "Library look-ups are unavailable: "
                + (historyOff ? "history is off (--no-history or history = false), so there is no library" : notice ?? "no library")
            return
        }
        do {
            let results = try query(library)
            var readerPath: [String: String] = [:]
            for a in state.articles { readerPath[Library.absolute(a.article.path)] = a.article.path }
            // Results not open in the reader join it, listed from the index (each file is
            // read when opened); a file deleted since it was indexed is never a result.
            let missing = Set(results.map(\.path)).subtracting(readerPath.keys).filter { FileManager.default.isReadableFile(atPath: $0) }
            if !missing.isEmpty {
                let entries = try library.articles(in: Array(missing)).filter { missing.contains($0.path) }
                let range = state.appendArticles(entries.map { e in
                    AnalyzedArticle(article: Article(path: e.path, title: e.title, date: e.date, author: e.author, source: e.source, blocks: []))
                })
                for (i, e) in zip(range, entries) { readerPath[e.path] = state.articles[i].article.path }
                listedForLoading.withLock { $0 += Array(range) }
            }
            var shown: [String] = []
            var names: [String: String] = [:]
            for r in results {
                guard let p = readerPath[r.path] else { continue }
                shown.append(p)
                if let name = r.name { names[p] = name }
            }
            state.showLibraryResults(filter, paths: shown, names: names)
            var notes: [String] = []
            if indexing.load(ordering: .sequentiallyConsistent) { notes.append("still indexing, so some may be missing") }
            if !notes.isEmpty { state.statusMessage = ([state.statusMessage ?? ""] + notes).joined(separator: "; ") }
        } catch {
            found(error)
            state.statusMessage = "\(error)"
        }
    }

    /// The articles added to the reader by look-ups since the last call, listed from the
    /// index: the loop reads each file when it is opened.
    func takeNewlyListed() -> [Int] {
        listedForLoading.withLock { taken in defer { taken = [] }; return taken }
    }

    /// The `byline search` arguments that give the same answer, for the status line.
    private func command(for filter: ArticleList.Filter) -> String {
        switch filter {
        case .search(let q): return q
        case .mentioning(let name): return "--entity \"\(name)\""
        case .quotesBy(let name): return "--speaker \"\(name)\""
        case .titles(let words): return words
        case .unread, .bookmarked: return ""
        }
    }

    /// True while background work may still post a message (indexing, writes) or one
    /// waits: the loop then wakes up now and then to show it without waiting for a key.
    var needsPolling: Bool {
        // Flags first: work that ends posts its message before it clears its flag.
        if indexing.load(ordering: .sequentiallyConsistent) || draining.load(ordering: .sequentiallyConsistent) { return true }
        if pending.withLock({ $0.scheduled }) { return true }
        return messages.withLock { !$0.pending.isEmpty }
    }

    /// Messages from background work since the last call (each problem once).
    func takeMessages() -> [String] {
        messages.withLock { m in
            defer { m.pending = [] }
            return m.pending
        }
    }

    /// Waits for the saved state to be written (at quit), trying once more what another
    /// byline or a full disk held back. Returns a message for standard error when some
    /// of it could still not be saved.
    func finish() -> String? {
        writer.sync {
            guard let writing = writingConnection() else { return nil }
            let (left, error) = drain(writing)
            guard left > 0, let error else { return nil }
            return "\(error) (\(left) reading-state change\(left == 1 ? "" : "s") not saved)"
        }
    }

    /// A reading-state write, run in order on ``writer``.
    typealias Write = @Sendable (Library) throws -> Void

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
    static let maximumQueued = 10_000

    private func post(_ message: String) {
        messages.withLock { m in
            if m.shown.insert(message).inserted { m.pending.append(message) }
        }
    }
}
