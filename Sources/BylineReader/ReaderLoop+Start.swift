import BylineKit
import BylineStore
import BylineUI
import BylineWeb
import Foundation

/// Starting the reader: the files, the settings, the library's marks and positions,
/// the notices for the first screen.
extension ReaderLoop {
    /// Folders with more articles than this are listed from the library when it holds
    /// them (opening 10,000 files before the first screen takes about a second).
    package static let listFromLibraryAbove = 200

    /// Reads `paths` and runs the reader on `terminal` until the quit key.
    ///
    /// Order matters: the terminal is started (and out of line mode) before this is
    /// called, so keys typed during a slow load wait in its input queue; the settings
    /// and the library are computed on threads of their own meanwhile and waited for
    /// only when needed. Nothing is drawn when no article can be read (status 1).
    ///
    /// - Parameters:
    ///   - notice: for the status line of the first screen (an unknown TERM replaced).
    ///   - memoryPath: where `T` and the pane widths are remembered; nil: nowhere.
    ///   - fetchOptions: how `R` fetches the feeds (timeouts, the User-Agent).
    package static func run(
        on terminal: any Terminal, paths: [String], settings loading: ThreadedValue<Settings>,
        worker: BackgroundWorker, library opening: ThreadedValue<LibrarySession>,
        notice: String? = nil, memoryPath: String? = ReaderMemory.defaultPath(),
        fetchOptions: WebFetcher.Options = WebFetcher.Options()
    ) -> Outcome {
        let walk = ArticleWalk(paths: paths)
        let files = walk.files.map(\.path)
        // A large folder the library already holds is listed from the index (title,
        // date, source) and each of its files is read when it is opened; the rest, and
        // every small folder, is read now. The background indexing then catches changes.
        let listed = files.count > listFromLibraryAbove ? opening.value().listedArticles(in: paths) : [:]
        let opener = ArticleOpener(worker: worker, library: opening)
        let loaded = opener.loadAll(files: files, listed: listed)
        // What the walk skipped (links to folders already searched) is said, not failed.
        let problems = walk.errors.map { "\($0)" } + walk.skipped.map { "\($0)" } + loaded.problems
        guard !loaded.articles.isEmpty else {
            return Outcome(status: 1, problems: problems.isEmpty ? ["no articles to read"] : problems)
        }
        let (settings, options) = loading.value()
        if options.mouse { terminal.enableMouseWheel() }
        let library = opening.value()
        var state = initialState(loaded.articles, settings: settings, options: options, library: library,
                                 listed: listed, foldersOnly: paths.allSatisfy(isFolder), depth: terminal.colorDepth,
                                 size: (terminal.width, terminal.height))
        if !problems.isEmpty {
            state.showNotice(problems.count == 1 ? problems[0] : "\(problems.count) problems reading articles (listed on exit)")
        } else if let message = settings.statusMessage {
            state.showNotice(message)
        } else if let notice = library.notice {
            state.showNotice(notice)
        }
        if let notice { state.showNotice(TextSanitizer.sanitize(notice), forKeys: 5) }
        opener.startHeads(state: &state)
        let loop = ReaderLoop(terminal: terminal, worker: worker, library: library, opener: opener, memoryPath: memoryPath,
                              settings: settings, state: state, problems: problems,
                              failed: walk.errors.count + loaded.failed, fetchOptions: fetchOptions)
        return loop.run()
    }

    /// The reader's state at start: saved positions; read and bookmarked marks; given
    /// folders (not files), the article read last, where it was left.
    private static func initialState(
        _ articles: [AnalyzedArticle], settings: ReaderSettings, options: ReaderOptions, library: LibrarySession,
        listed: [String: LibraryArticle], foldersOnly: Bool, depth: ColorDepth, size: (width: Int, height: Int)
    ) -> ReaderState {
        let known = listed.isEmpty ? nil : listed
        let marks = library.readingMarks(for: articles, listed: known)
        var state = ReaderState(articles: articles, themes: usable(settings.themes, depth: depth), keyMap: settings.keyMap,
                                options: options, width: size.width, height: size.height,
                                initialPositions: library.initialPositions(for: articles, listed: known),
                                opening: foldersOnly ? marks.last : nil)
        state.readPaths = marks.read.union([state.article.article.path])
        state.bookmarkedPaths = marks.bookmarked
        return state
    }

    private static func isFolder(_ path: String) -> Bool {
        var s = stat()
        return stat(path, &s) == 0 && (s.st_mode & S_IFMT) == S_IFDIR
    }
}
