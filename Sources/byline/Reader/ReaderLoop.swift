import BylineKit
import BylineUI
import CursesBackend
import Foundation

/// The reader's event loop: start curses, load the articles, then draw, read a key,
/// update the state and act on its effects, until the quit key.
///
/// Order matters: curses starts (and the terminal leaves line mode) before the
/// articles load, so keys typed during a slow load wait in the terminal's input
/// queue instead of being echoed or lost. Analysis runs on a background thread; the
/// loop polls it every 30 ms while it runs and blocks on the keyboard otherwise.
@MainActor
enum ReaderLoop {
    /// Runs the reader; returns the exit status (0, 1 when an input failed, 2 when the
    /// terminal cannot run it).
    static func run(paths: [String], options: ReaderOptions, settings: ReaderSettings = ReaderSettings()) -> Int32 {
        CursesScreen.prepareLocale()
        let env = ProcessInfo.processInfo.environment
        let noColor = !(env["NO_COLOR"] ?? "").isEmpty
        let screen: CursesScreen
        do {
            screen = try CursesScreen(term: env["TERM"], colors: !noColor, mouse: options.mouse)
        } catch {
            Diagnostics.error(error)
            return 2
        }

        let loader = ArticleLoader()
        let (files, fileErrors) = loader.articleFiles(in: paths)
        var problems: [String] = fileErrors.map { "\($0)" }
        var articles: [AnalyzedArticle] = []
        for file in files {
            do {
                let parsed = try loader.load(path: file)
                problems += parsed.warnings.map { "\($0)" }
                articles.append(AnalyzedArticle(article: parsed.article))
            } catch {
                problems.append("\(error)")
            }
        }
        let failed = fileErrors.count + (files.count - articles.count)
        guard !articles.isEmpty else {
            screen.close()
            for p in problems { Diagnostics.error(p) }
            if problems.isEmpty { Diagnostics.error("no articles to read") }
            return 1
        }

        // Without colour (NO_COLOR or a monochrome terminal) the attribute-only theme
        // comes first; every theme is brought down to what the terminal shows.
        var themes = settings.themes
        if screen.colorDepth == .monochrome, themes.first?.name != Theme.builtinMonochrome.name {
            themes = [.builtinMonochrome] + themes.filter { $0.name != Theme.builtinMonochrome.name }
        }
        themes = themes.map { $0.downsampled(to: screen.colorDepth) }
        var state = ReaderState(articles: articles, themes: themes, keyMap: settings.keyMap, options: options,
                                width: screen.width, height: screen.height)
        if !problems.isEmpty {
            state.statusMessage = problems.count == 1 ? problems[0] : "\(problems.count) problems reading articles (listed on exit)"
        } else if let message = settings.statusMessage {
            state.statusMessage = message
        }
        let worker = AnalysisWorker()

        while true {
            for effect in state.takeEffects() {
                if case .openedArticle(let index, _) = effect,
                   worker.submit(index: index, article: state.articles[index].article) {
                    state.analysing.insert(index)
                }
            }
            screen.draw(state.render())
            let event = screen.read(timeoutMilliseconds: worker.isBusy ? 30 : -1)
            switch event {
            case .key(let key): state.handle(key)
            case .resize(let w, let h): state.resize(width: w, height: h)
            case .timeout: break
            case .closed: state.perform(.quit)
            }
            for (index, analyzed) in worker.takeResults() { state.setAnalysis(analyzed, at: index) }
            if state.shouldQuit { break }
        }
        screen.close()
        for p in problems { Diagnostics.error(p) }
        return failed > 0 ? 1 : 0
    }
}
