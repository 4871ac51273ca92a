import BylineKit
import BylineStore
import BylineUI
import CursesBackend
import Foundation

/// The reader's event loop: start curses, load the articles, then draw, read a key,
/// update the state and act on its effects, until the quit key.
///
/// Order matters: curses starts (and the terminal leaves line mode) before the
/// articles load, so keys typed during a slow load wait in the terminal's input
/// queue instead of being echoed or lost. The first paint shows the article as soon as
/// it is parsed; its entities and quotations follow from a background thread, which the
/// loop polls every 10 ms while it works (blocking on the keyboard otherwise). Later
/// news-sized articles are analysed when opened, before their first paint.
@MainActor
enum ReaderLoop {
    /// The reader's settings and its options (flags over the configuration file).
    typealias Settings = (settings: ReaderSettings, options: ReaderOptions)

    /// Articles up to this many bytes of text are analysed on the main thread when
    /// opened (milliseconds, once the analyser's tables are built); larger ones, and
    /// the first article while the tables are being built, on a background thread, so
    /// no paint waits for analysis.
    static let synchronousAnalysisLimit = 64 * 1024

    /// Folders with more articles than this are listed from the library when it holds
    /// them (opening 10,000 files before the first screen takes about a second).
    static let listFromLibraryAbove = 200

    /// Runs the reader; returns the exit status (0, 1 when an input failed, 2 when the
    /// terminal cannot run it).
    static func run(
        paths: [String], settings loading: ThreadedValue<ReaderLoop.Settings>,
        worker: BackgroundWorker = BackgroundWorker(), library opening: ThreadedValue<LibrarySession>? = nil
    ) -> Int32 {
        // The library index (saved positions, stored analyses) opens on another thread
        // while the terminal starts and the articles are parsed, and so do the settings.
        let opening = opening ?? LibrarySession.opening(paths: paths)
        CursesScreen.prepareLocale()
        // getenv rather than ProcessInfo's environment, which copies every variable.
        let noColor = !(getenv("NO_COLOR").map { String(cString: $0) } ?? "").isEmpty
        let screen: CursesScreen
        do {
            // The mouse wheel, if the settings ask for it, once they are read (before
            // any key is read).
            screen = try CursesScreen(term: getenv("TERM").map { String(cString: $0) }, colors: !noColor, mouse: false)
        } catch {
            Diagnostics.error(error)
            return 2
        }

        let loader = ArticleLoader()
        let walk = ArticleWalk(paths: paths)
        let (files, fileErrors) = (walk.files.map(\.path), walk.errors)
        // What the walk skipped (links to folders already searched) is said, not failed.
        var problems: [String] = fileErrors.map { "\($0)" } + walk.skipped.map { "\($0)" }
        var articles: [AnalyzedArticle] = []
        var partial: [(index: Int, path: String)] = []
        // A large folder the library already holds is listed from the index (title,
        // date, source) and each of its files is read when it is opened; the rest, and
        // every small folder, is read now. The background indexing then catches changes.
        let listed = files.count > listFromLibraryAbove ? opening.value().listedArticles(in: paths) : [:]
        var unread: Set<Int> = []
        for file in files {
            if articles.count > 0, let entry = listed[Library.absolute(file)] {
                unread.insert(articles.count)
                articles.append(AnalyzedArticle(article: Article(
                    path: file, title: entry.title, date: entry.date, author: entry.author, source: entry.source, blocks: [])))
                continue
            }
            do {
                if let head = try ArticleHead.read(path: file, loader: loader) {
                    partial.append((articles.count, file))
                    problems += head.warnings.map { "\($0)" }
                    articles.append(AnalyzedArticle(article: head.article))
                    continue
                }
                let parsed = try loader.load(path: file)
                problems += parsed.warnings.map { "\($0)" }
                articles.append(AnalyzedArticle(article: parsed.article))
            } catch {
                problems.append("\(error)")
            }
        }
        var failed = fileErrors.count + (files.count - articles.count)
        guard !articles.isEmpty else {
            screen.close()
            for p in problems { Diagnostics.error(p) }
            if problems.isEmpty { Diagnostics.error("no articles to read") }
            return 1
        }

        let loaded = loading.value()
        let options = loaded.options
        var settings = loaded.settings
        if options.mouse { screen.enableMouseWheel() }

        // Without colour (NO_COLOR or a monochrome terminal) the attribute-only theme
        // comes first; every theme is brought down to what the terminal shows.
        func usable(_ themes: [Theme]) -> [Theme] {
            var themes = themes
            if screen.colorDepth == .monochrome, themes.first?.name != Theme.builtinMonochrome.name {
                themes = [.builtinMonochrome] + themes.filter { $0.name != Theme.builtinMonochrome.name }
            }
            return themes.map { $0.downsampled(to: screen.colorDepth) }
        }
        let themes = usable(settings.themes)
        // The library index: saved positions, stored analyses, background indexing of
        // these paths; without it (LibrarySession.notice says why) the files alone.
        let library = opening.value()
        // The list marks what was read and bookmarked; given folders (not files), the
        // reader opens the article read last, where it was left.
        let marks = library.readingMarks(for: articles, listed: listed.isEmpty ? nil : listed)
        let foldersOnly = paths.allSatisfy { p in var s = stat(); return stat(p, &s) == 0 && (s.st_mode & S_IFMT) == S_IFDIR }
        var state = ReaderState(articles: articles, themes: themes, keyMap: settings.keyMap, options: options,
                                width: screen.width, height: screen.height,
                                initialPositions: library.initialPositions(for: articles, listed: listed.isEmpty ? nil : listed),
                                opening: foldersOnly ? marks.last : nil)
        state.readPaths = marks.read.union([state.article.article.path])
        state.bookmarkedPaths = marks.bookmarked
        if !problems.isEmpty {
            state.showNotice(problems.count == 1 ? problems[0] : "\(problems.count) problems reading articles (listed on exit)")
        } else if let message = settings.statusMessage {
            state.showNotice(message)
        } else if let notice = library.notice {
            state.showNotice(notice)
        }
        if let fallback = screen.fallbackTerm, let term = getenv("TERM").map({ String(cString: $0) }) {
            state.showNotice(TextSanitizer.sanitize("Unknown TERM \(term): using \(fallback)"), forKeys: 5)
        }
        var analysed: Set<Int> = []
        for (index, path) in partial {
            // Shown from its beginning; read the whole file, then analyse it, off the
            // main thread.
            analysed.insert(index)
            state.loading.insert(index)
            worker.submit { emit in
                do {
                    let whole = try loader.load(path: path).article
                    emit(.whole(index: index, article: AnalyzedArticle(article: whole)))
                    emit(.analysed(index: index, article: ArticleAnalyzer().analyze(whole)))
                } catch {
                    emit(.failed(index: index, message: "\(error)"))
                }
            }
        }

        var analyzerReady = false
        var needsDraw = true
        var indexing = false
        while true {
            for effect in state.takeEffects() {
                if case .openedArticle(let index, let path) = effect, unread.remove(index) != nil {
                    // Listed from the library: read it now (a news article takes well
                    // under a millisecond), before it is drawn.
                    do {
                        let parsed = try loader.load(path: path)
                        state.replaceArticle(AnalyzedArticle(article: parsed.article), at: index)
                        if let warning = parsed.warnings.first { state.showNotice("\(warning)") }
                    } catch {
                        state.showNotice("\(error)")
                        problems.append("\(error)")
                        failed += 1
                        continue
                    }
                }
                if case .copyToClipboard(let text) = effect { screen.sendRaw(Clipboard.osc52(text)) }
                if case .preferencesChanged = effect, library.keepsHistory {
                    let memory = ReaderMemory(theme: state.theme.name, listWidth: state.listWidth, sidebarWidth: state.sidebarWidth)
                    if let problem = memory.save(path: ReaderMemory.defaultPath()) { state.showNotice(problem) }
                }
                library.handle(effect, state: &state)
                unread.formUnion(library.takeNewlyListed())
                guard case .openedArticle(let index, _) = effect, !analysed.contains(index) else { continue }
                analysed.insert(index)
                let article = state.articles[index].article
                let small = article.blocks.reduce(0, { $0 + $1.text.utf8.count }) <= synchronousAnalysisLimit
                if let stored = library.storedAnalysis(of: article) {
                    state.setAnalysis(stored, at: index)
                } else if small && analyzerReady {
                    // A news-sized article analyses in a few milliseconds once the
                    // tables are built: no flash of plain text.
                    let analyzed = ArticleAnalyzer().analyze(article)
                    state.setAnalysis(analyzed, at: index)
                    library.remember(analyzed)
                } else {
                    state.analysing.insert(index)
                    worker.submit(first: true) { emit in
                        emit(.analysed(index: index, article: ArticleAnalyzer().analyze(article)))
                    }
                }
            }
            if needsDraw { screen.draw(state.render()) }
            needsDraw = false
            if !indexing {
                // After the first paint, which they would slow down: the analysis
                // (tables, the first article if not stored, a large file's rest) and
                // the indexing of the opened paths.
                worker.release()
                library.startIndexing()
                indexing = true
            }
            if settings.hasPendingThemes {
                // After the first paint: the other themes, for `T`, and their problems.
                let before = settings.statusMessage
                settings = settings.withOtherThemes()
                state.addThemes(usable(settings.themes))
                if let message = settings.statusMessage, message != before, state.statusMessage == before {
                    state.showNotice(message)
                    needsDraw = true
                    continue
                }
            }
            let event = screen.read(timeoutMilliseconds: worker.isBusy ? 10 : library.needsPolling ? 100 : -1)
            switch event {
            case .key(let key): state.handle(key); needsDraw = true
            case .resize(let w, let h): state.resize(width: w, height: h); needsDraw = true
            case .timeout: break
            case .closed: state.perform(.quit)
            }
            for outcome in worker.takeResults() {
                needsDraw = true
                switch outcome {
                case .analyzerReady:
                    analyzerReady = true
                case .whole(let index, let article):
                    state.replaceArticle(article, at: index)
                    state.loading.remove(index)
                    state.analysing.insert(index)
                case .analysed(let index, let article):
                    state.setAnalysis(article, at: index)
                    library.remember(article)
                case .failed(let index, let message):
                    state.loading.remove(index)
                    state.showNotice(message)
                    problems.append(message)
                }
            }
            if let message = library.takeMessages().last {
                state.showNotice(message)
                needsDraw = true
            }
            if state.shouldQuit { break }
        }
        let unsaved = library.finish()
        screen.close()
        for p in problems { Diagnostics.error(p) }
        if let unsaved { Diagnostics.error(unsaved) }
        return failed > 0 ? 1 : 0
    }
}
