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
/// says so once and the reader goes on with the files alone.
///
/// ```swift
/// let session = LibrarySession(paths: ["news"])
/// var state = ReaderState(articles: articles, …, initialPositions: session.initialPositions(for: articles))
/// for effect in state.takeEffects() { session.handle(effect, state: &state) }
/// ```
final class LibrarySession: Sendable {
    let library: Library?
    /// Why the library is not (fully) available, for the status line.
    let notice: String?

    /// Reading-state writes, in order, off the main thread (a write may wait for a
    /// background indexing batch to commit).
    private let writer = DispatchQueue(label: "byline.library.writer")
    private let messages = Mutex<(pending: [String], shown: Set<String>)>(([], []))
    /// True while the background indexing of the opened paths runs.
    private let indexing = Atomic<Bool>(false)

    /// Opens the library (`$BYLINE_LIBRARY`, else the XDG data folder) and starts
    /// indexing `paths` in the background.
    init(paths: [String], environment: [String: String] = ProcessInfo.processInfo.environment) {
        let location = LibraryLocation.resolve(environment: environment)
        do {
            let library = try Library(path: location)
            self.library = library
            notice = library.notice.map { "\($0)" }
        } catch {
            library = nil
            notice = "\(error); reading the files directly"
            return
        }
        let files = paths.filter { $0 != "-" }
        guard let library, !library.isReadOnly, !files.isEmpty else { return }
        indexing.store(true, ordering: .relaxed)
        let thread = Thread { [self] in
            defer { self.indexing.store(false, ordering: .relaxed) }
            // Its own connection: reading-state writes on the main one only wait for
            // the current batch, never for the whole run.
            do {
                let indexer = try Library(path: library.path)
                // Files the reader cannot read are already on its status line.
                _ = try indexer.index(paths: files)
            } catch {
                self.post("\(error)")
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Saved reading positions (first block on screen) by the reader's article paths.
    func initialPositions(for articles: [AnalyzedArticle]) -> [String: Int] {
        guard let library, let listed = try? library.articles() else { return [:] }
        var byAbsolute: [String: Int] = [:]
        for entry in listed { if let p = entry.position { byAbsolute[entry.path] = p.block } }
        var result: [String: Int] = [:]
        for a in articles where a.article.path != "-" {
            // Articles not indexed yet may still have a state (added, removed, re-added;
            // or read before the background indexing reached them).
            if let block = byAbsolute[Library.absolute(a.article.path)] {
                result[a.article.path] = block
            } else if !byAbsolute.isEmpty || articles.count <= 500,
                      let state = try? library.readingState(for: a.article.path), let p = state.position {
                result[a.article.path] = p.block
            }
        }
        return result
    }

    /// The stored analysis of an article whose file has not changed since it was indexed.
    func storedAnalysis(of article: Article) -> AnalyzedArticle? {
        guard let library, article.path != "-" else { return nil }
        return try? library.analysis(of: article)
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
            state.statusMessage = "Library look-ups are unavailable: " + (notice ?? "no library")
            return
        }
        do {
            let results = try query(library)
            var readerPath: [String: String] = [:]
            for a in state.articles { readerPath[Library.absolute(a.article.path)] = a.article.path }
            var shown: [String] = []
            var names: [String: String] = [:]
            for r in results {
                guard let p = readerPath[r.path] else { continue }
                shown.append(p)
                if let name = r.name { names[p] = name }
            }
            state.showLibraryResults(filter, paths: shown, names: names)
            var notes: [String] = []
            let elsewhere = Set(results.map(\.path)).count - Set(shown).count
            if elsewhere > 0 { notes.append("\(elsewhere) more in the library not open here (byline search \(command(for: filter)))") }
            if indexing.load(ordering: .relaxed) { notes.append("still indexing, so some may be missing") }
            if !notes.isEmpty { state.statusMessage = ([state.statusMessage ?? ""] + notes).joined(separator: "; ") }
        } catch {
            state.statusMessage = "\(error)"
        }
    }

    /// The `byline search` arguments that give the same answer, for the status line.
    private func command(for filter: ArticleList.Filter) -> String {
        switch filter {
        case .search(let q): return q
        case .mentioning(let name): return "--entity \"\(name)\""
        case .quotesBy(let name): return "--speaker \"\(name)\""
        }
    }

    /// Messages from background work since the last call (each problem once).
    func takeMessages() -> [String] {
        messages.withLock { m in
            defer { m.pending = [] }
            return m.pending
        }
    }

    /// Waits for the saved state to be written (at quit).
    func finish() {
        writer.sync {}
    }

    private func write(_ body: @escaping @Sendable (Library) throws -> Void) {
        guard let library, !library.isReadOnly else { return }
        writer.async { [self] in
            do { try body(library) } catch { self.post("\(error)") }
        }
    }

    private func post(_ message: String) {
        messages.withLock { m in
            if m.shown.insert(message).inserted { m.pending.append(message) }
        }
    }
}
