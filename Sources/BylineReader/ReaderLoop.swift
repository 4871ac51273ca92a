import BylineKit
import BylineUI
import BylineWeb
import Foundation

/// The reader's event loop: act on the reader's effects, draw, read a key, handle it,
/// until the quit key.
///
/// ```swift
/// let outcome = ReaderLoop.run(on: screen, paths: ["news"], settings: settings,
///                              worker: worker, library: LibrarySession.opening(paths: ["news"]))
/// screen.close()
/// outcome.problems.forEach { print($0) }   // files that could not be read
/// ```
///
/// The terminal is any ``Terminal``: curses in the program, `MemoryTerminal` in the
/// tests, which run this loop in-process. What it does:
/// - ``ArticleOpener`` decides how each article is read and analysed;
/// - ``LibrarySession`` saves reading state and answers look-ups, returning what to
///   show (``perform(_:)`` is one exhaustive `switch` over the effects);
/// - the first paint comes before anything it does not need: the held
///   ``BackgroundWorker`` (analysis), the library's indexing and the other themes
///   start after it;
/// - while background work runs, the loop polls every 10 ms (100 ms while only the
///   library may post a message), else it blocks on the keyboard.
@MainActor
package final class ReaderLoop {
    /// The reader's settings and its options (flags over the configuration file).
    package typealias Settings = (settings: ReaderSettings, options: ReaderOptions)

    /// How the reader ended: the exit status (0, or 1 when an input failed) and the
    /// problems to print on standard error once the terminal is restored.
    package struct Outcome: Sendable, Equatable {
        package var status: Int32
        package var problems: [String]

        package init(status: Int32, problems: [String]) {
            self.status = status
            self.problems = problems
        }
    }

    let terminal: any Terminal
    let worker: BackgroundWorker
    let library: LibrarySession
    let opener: ArticleOpener
    /// Where `T` and the pane widths are remembered (nil: nowhere).
    let memoryPath: String?
    var settings: ReaderSettings
    var state: ReaderState
    var problems: [String]
    var failed: Int
    var needsDraw = true
    /// True once the first frame is drawn and the work held for it started.
    var started = false
    /// True once the background indexing of the paths started.
    var indexing = false
    /// How feeds are fetched when `R` updates them, and the update running, if any.
    let fetchOptions: WebFetcher.Options
    var feedJob: FeedUpdateJob?

    /// Runs the loop until the quit key (or the end of input).
    func run() -> Outcome {
        while !state.shouldQuit {
            for effect in state.takeEffects() { perform(effect) }
            if needsDraw { terminal.draw(state.render()) }
            needsDraw = false
            if !started { startHeldWork() }
            if !indexing, !worker.isBusy { startIndexing() }
            if settings.hasPendingThemes, addOtherThemes() { continue }
            handle(terminal.read(timeoutMilliseconds: worker.isBusy ? 10 : library.needsPolling || feedJob != nil ? 100 : -1))
            handleTypedAhead()
            takeBackgroundResults()
        }
        stopFeedUpdate()
        let unsaved = library.finish()
        return Outcome(status: failed > 0 ? 1 : 0, problems: problems + (unsaved.map { [$0] } ?? []))
    }

    func handle(_ event: InputEvent) {
        switch event {
        case .key(let key): state.handle(key); needsDraw = true
        case .resize(let w, let h): state.resize(width: w, height: h); needsDraw = true
        case .timeout: break
        case .closed: state.perform(.quit)
        }
    }

    /// Keys typed faster than frames are drawn (a held `j` over a slow link): handled
    /// together, so one frame shows them all instead of one frame each.
    func handleTypedAhead() {
        var taken = 0
        while taken < Self.typedAheadLimit, !state.shouldQuit {
            let event = terminal.read(timeoutMilliseconds: 0)
            if event == .timeout { return }
            handle(event)
            taken += 1
        }
    }

    /// The most keys handled between two frames (a frame still shows now and then
    /// during a long paste of keys).
    static let typedAheadLimit = 256

    /// After the first paint, which it would slow down: the analysis (tables, the first
    /// article if not stored, a large file's rest).
    func startHeldWork() {
        worker.release()
        started = true
        // The feeds, for `F` (nothing on the first screen shows them).
        if let sources = library.feedSources(), !sources.feeds.isEmpty { state.setFeeds(sources.feeds, read: sources.read) }
    }

    /// Then the indexing of the paths, once the reader's own analyses are done and
    /// stored: at the same time, a large article would be read and analysed twice at
    /// once (twice the memory, twice the work); after, the indexer finds it unchanged.
    func startIndexing() {
        library.startIndexing()
        indexing = true
    }

    /// The other themes, for `T`, read after the first paint; true when their problems
    /// changed the status line (drawn before the next key).
    func addOtherThemes() -> Bool {
        let before = settings.statusMessage
        settings = settings.withOtherThemes()
        state.addThemes(usable(settings.themes))
        guard let message = settings.statusMessage, message != before, state.statusMessage == before else { return false }
        state.showNotice(message)
        needsDraw = true
        return true
    }

    /// Analyses and files read in the background, and the library's messages.
    func takeBackgroundResults() {
        for outcome in worker.takeResults() {
            needsDraw = true
            if let problem = opener.apply(outcome, to: &state) { problems.append(problem) }
        }
        if let message = library.takeMessages().last {
            state.showNotice(message)
            needsDraw = true
        }
        takeFeedUpdate()
    }

    /// Themes as the terminal can show them: without colour (NO_COLOR or a monochrome
    /// terminal) the attribute-only theme comes first.
    func usable(_ themes: [Theme]) -> [Theme] {
        Self.usable(themes, depth: terminal.colorDepth)
    }

    static func usable(_ themes: [Theme], depth: ColorDepth) -> [Theme] {
        var themes = themes
        if depth == .monochrome, themes.first?.name != Theme.builtinMonochrome.name {
            themes = [.builtinMonochrome] + themes.filter { $0.name != Theme.builtinMonochrome.name }
        }
        return themes.map { $0.downsampled(to: depth) }
    }

    init(terminal: any Terminal, worker: BackgroundWorker, library: LibrarySession, opener: ArticleOpener,
         memoryPath: String?, settings: ReaderSettings, state: ReaderState, problems: [String], failed: Int,
         fetchOptions: WebFetcher.Options = WebFetcher.Options()) {
        self.terminal = terminal
        self.worker = worker
        self.library = library
        self.opener = opener
        self.memoryPath = memoryPath
        self.settings = settings
        self.state = state
        self.problems = problems
        self.failed = failed
        self.fetchOptions = fetchOptions
    }
}
