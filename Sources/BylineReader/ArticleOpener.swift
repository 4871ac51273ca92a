import BylineKit
import BylineStore
import BylineUI
import BylineWeb
import Foundation

/// The one place that decides what "an article is opened" means, from the first
/// screen to the last key: how each file is read and how its analysis arrives.
///
/// - **Read at start** (``loadAll(files:listed:)``): a small file is parsed whole (a
///   feed file into one article per item, `news.rss#1`, `#2`…); a
///   large one (``ArticleHead``) is shown from its beginning while the whole file is
///   read and analysed in the background; a file of a large folder the library already
///   holds is only **listed** (title, date, source) and read when opened.
/// - **Opened** (``opened(_:path:state:)``): a listed file is read now; then its
///   analysis is the **stored** one when the file has not changed, else a **fresh**
///   one — on the main thread for a news-sized article once the analyser's tables are
///   built (no flash of plain text), else on the ``BackgroundWorker``.
/// - **Background results** (``apply(_:to:)``) put the whole text and the analyses
///   in place.
///
/// ```swift
/// let opener = ArticleOpener(worker: worker, library: LibrarySession.opening(paths: paths))
/// let loaded = opener.loadAll(files: files, listed: [:])
/// var state = ReaderState(articles: loaded.articles, …)
/// opener.startHeads(state: &state)              // large files: the rest, in the background
/// opener.opened(0, path: files[0], state: &state) // stored or fresh analysis
/// for outcome in worker.takeResults() { opener.apply(outcome, to: &state) }
/// ```
@MainActor
package final class ArticleOpener {
    /// Articles up to this many bytes of text are analysed on the main thread when
    /// opened (milliseconds, once the analyser's tables are built); larger ones, and
    /// the first article while the tables are being built, on a background thread, so
    /// no paint waits for analysis.
    package static let synchronousAnalysisLimit = 64 * 1024

    private let loader = ArticleLoader()
    private let worker: BackgroundWorker
    /// Opened on a thread of its own: waited for only when an analysis is looked up
    /// or stored, after the files are read.
    private let library: ThreadedValue<LibrarySession>
    /// Reader indices of articles only listed (from the library), read when opened.
    private var listedOnly: Set<Int> = []
    /// Reader indices whose analysis is done, running or stored.
    private var analysed: Set<Int> = []
    /// Large files shown from their beginning, whose whole text is still to be read.
    private var heads: [(index: Int, path: String)] = []
    /// True once the analyser's tables are built (``BackgroundWorker/Outcome/analyzerReady``).
    private(set) var analyzerReady = false

    package init(worker: BackgroundWorker, library: ThreadedValue<LibrarySession>) {
        self.worker = worker
        self.library = library
    }

    /// What reading the files at start gave.
    package struct Loaded {
        package var articles: [AnalyzedArticle] = []
        /// Warnings and errors, for the status line and standard error.
        package var problems: [String] = []
        /// Files that could not be read.
        package var failed = 0
    }

    /// Reads the files, the first whole (or its head), the others whole unless `listed`
    /// by the library (absolute path → entry), which are read when opened.
    package func loadAll(files: [String], listed: [String: LibraryArticle]) -> Loaded {
        var loaded = Loaded()
        for file in files {
            // (A feed file is read now: the index holds it as one article, the reader
            // lists its items.)
            if !loaded.articles.isEmpty, let entry = listed[Library.absolute(file)], !Self.isFeedFile(file) {
                listedOnly.insert(loaded.articles.count)
                loaded.articles.append(AnalyzedArticle(article: Article(
                    path: file, title: entry.title, date: entry.date, author: entry.author, source: entry.source, blocks: [])))
                continue
            }
            do {
                if let head = try ArticleHead.read(path: file, loader: loader) {
                    heads.append((loaded.articles.count, file))
                    loaded.problems += head.warnings.map { "\($0)" }
                    loaded.articles.append(AnalyzedArticle(article: head.article))
                    continue
                }
                // A feed file gives one article per item (`news.rss#2`), in a folder as on
                // the command line; any other file gives one.
                for parsed in try loader.loadAll(path: file) {
                    loaded.problems += parsed.warnings.map { "\($0)" }
                    loaded.articles.append(AnalyzedArticle(article: parsed.article))
                }
            } catch {
                loaded.problems.append("\(error)")
                loaded.failed += 1
            }
        }
        return loaded
    }

    /// Whether `path` is named as a feed file (`.rss`, `.atom`, `.rdf`).
    static func isFeedFile(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: ".") else { return false }
        return feedExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    private static let feedExtensions = FeedArticleFormat().extensions

    /// Queues the rest of each large file shown from its beginning: its whole text, then
    /// its analysis, off the main thread (the worker may be held until the first paint).
    package func startHeads(state: inout ReaderState) {
        let loader = self.loader
        for (index, path) in heads {
            analysed.insert(index)
            state.loading.insert(index)
            worker.submit { emit in
                do {
                    let whole = try loader.load(path: path).article
                    emit(.whole(index: index, article: AnalyzedArticle(article: whole)))
                    emit(Self.analysis(of: whole, index: index))
                } catch {
                    emit(.failed(index: index, message: "\(error)"))
                }
            }
        }
        heads = []
    }

    /// Articles a library look-up added to the reader, listed only: read when opened.
    package func listed(_ range: Range<Int>) {
        listedOnly.formUnion(range)
    }

    /// An article was opened: reads it if it was only listed, then gives it its stored
    /// or a fresh analysis (once). Returns a problem (the file could not be read) for
    /// standard error.
    package func opened(_ index: Int, path: String, state: inout ReaderState) -> String? {
        if listedOnly.remove(index) != nil {
            // A news article takes well under a millisecond: read before it is drawn.
            do {
                let parsed = try loader.load(path: path)
                state.replaceArticle(AnalyzedArticle(article: parsed.article), at: index)
                if let warning = parsed.warnings.first { state.showNotice("\(warning)") }
            } catch {
                state.showNotice("\(error)")
                return "\(error)"
            }
        }
        guard state.articles.indices.contains(index), analysed.insert(index).inserted else { return nil }
        let article = state.articles[index].article
        let small = article.blocks.reduce(0, { $0 + $1.text.utf8.count }) <= Self.synchronousAnalysisLimit
        if let stored = library.value().storedAnalysis(of: article) {
            state.setAnalysis(stored, at: index)
        } else if small && analyzerReady {
            let analyzed = ArticleAnalyzer().analyze(article)
            state.setAnalysis(analyzed, at: index)
            library.value().remember(analyzed)
        } else {
            state.analysing.insert(index)
            worker.submit(first: true) { emit in emit(Self.analysis(of: article, index: index)) }
        }
        return nil
    }

    /// Puts a background result in place; returns a problem for standard error.
    package func apply(_ outcome: BackgroundWorker.Outcome, to state: inout ReaderState) -> String? {
        switch outcome {
        case .analyzerReady:
            analyzerReady = true
        case .whole(let index, let article):
            state.replaceArticle(article, at: index)
            state.loading.remove(index)
            state.analysing.insert(index)
        case .analysed(let index, let article):
            state.setAnalysis(article, at: index)
            library.value().remember(article)
        case .failed(let index, let message):
            state.loading.remove(index)
            state.analysing.remove(index)
            state.showNotice(message)
            return message
        }
        return nil
    }

    /// The analysis of an article, or a message when it is too large for the memory at
    /// hand (``MemoryBudget``): the article is then shown without its entities and
    /// quotations instead of the reader running out of memory half-way.
    nonisolated static func analysis(of article: Article, index: Int) -> BackgroundWorker.Outcome {
        let bytes = article.blocks.reduce(0) { $0 + $1.text.utf8.count }
        if let problem = MemoryBudget.problem(analysingBytes: bytes) {
            return .failed(index: index, message: TextSanitizer.sanitize(
                "\(article.path): \(problem); shown without entities and quotations"))
        }
        let analyzed = ArticleAnalyzer().analyze(article)
        // Before the result is stored, on the library's thread.
        if bytes >= 1 << 20 { MemoryBudget.releaseFreedMemory() }
        return .analysed(index: index, article: analyzed)
    }
}
