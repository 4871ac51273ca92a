import ArgumentParser
import BylineKit
import BylineReader
import BylineUI
import BylineWeb
import CursesBackend
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct ReadCommand: PathTakingCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on articles (the default command).",
        discussion: """
        With no path, opens the folders of your library (see `byline add`) when it holds \
        articles, else the sample articles: \(FirstRun.seedsSearchDescription) When standard \
        output is not a terminal, prints the articles as `byline dump` does. Exit status 2 when \
        the terminal cannot run a full-screen program (TERM=dumb or unknown). Keys: `man byline`, \
        or ? inside the reader.
        """
    )

    @OptionGroup var appearance: ThemeOptions

    @Flag(name: .long, inversion: .prefixedNo, help: "Start with the sidebar open or closed (default: config sidebar_open, else open from 100 columns side by side, 120 stacked).")
    var sidebar: Bool?

    @Option(name: .long, help: "Widest line of article text, in columns; 0 for no limit (default: config max_text_width, else 100).")
    var maxWidth: Int?

    @Option(name: .long, help: "columns: list | article | sidebar side by side (the default); stacked: list and sidebar in a band above the article (also config layout).")
    var layout: PaneLayout.Arrangement?

    @Flag(name: .long, help: "Let the mouse wheel scroll the pane under the pointer (also config mouse = true).")
    var mouse = false

    @Flag(name: .customLong("no-history"), help: ArgumentHelp(
        "Read without leaving a trace: no library is created, opened or written (also config history = false).",
        discussion: "No reading position, read mark, bookmark or index is kept, and library look-ups (S, L) are off."))
    var noHistory = false

    @Argument(help: "Article files or folders, web addresses (http://, https://: a page, or a feed whose items each become an article); - for standard input.")
    var paths: [String] = []

    func validate() throws {
        if let maxWidth, maxWidth != 0, maxWidth < 10 { throw ValidationError("--max-width must be 0 (no limit) or at least 10") }
    }

    func run() throws {
        try ReadCommand.read(paths: paths, theme: appearance.theme, config: appearance.config,
                             sidebar: sidebar, maxWidth: maxWidth, mouse: mouse, layout: layout, history: !noHistory)
    }

    /// Opens the reader (or prints the articles when stdout is not a terminal).
    static func read(paths: [String], theme: String? = nil, config: String? = nil,
                     sidebar: Bool? = nil, maxWidth: Int? = nil, mouse: Bool = false,
                     layout: PaneLayout.Arrangement? = nil, history: Bool = true) throws {
        // `byline URL`: pages and feeds fetched into the library first (WebInputs), then
        // read as files; with history off (flag or configuration) into a temporary folder.
        let web = WebInputs(paths: paths, history: history && WebInputs.historyAllowed(config: config, paths: paths),
                            feedFiles: isatty(STDOUT_FILENO) == 1)
        defer { withExtendedLifetime(web) {} }
        if web.failed > 0, web.paths.isEmpty { throw ExitCode(1) }
        var paths = web.paths
        var hint: String?
        if paths.isEmpty {
            // The user's library if it holds articles, else the sample articles.
            guard let start = FirstRun.start() else {
                Diagnostics.error(FirstRun.nothingToRead)
                throw ExitCode(1)
            }
            (paths, hint) = (start.paths, start.hint)
        }
        if isatty(STDOUT_FILENO) != 1 {
            // Not a terminal: plain text, exactly as `byline dump` prints it.
            if let hint { Diagnostics.error(hint) }
            try PlainOutput.dump(paths: paths, width: 80)
            return
        }
        let startHint = hint
        // Build the analysis tables (gazetteers, tens of milliseconds) on another core,
        // from the first paint on: the worker is held until then, so that on a machine
        // with two cores the main thread and the library's opening have one each.
        let worker = BackgroundWorker(held: true)
        // Only the starting theme before the first paint, read on another thread while
        // the terminal starts and the articles are parsed; the loop reads the others after.
        let settings = ThreadedValue<ReaderLoop.Settings> {
            // What the last session remembered (reading it leaves no trace).
            let memory = ReaderMemory.load(path: ReaderMemory.defaultPath())
            var settings = ThemeOptions.loadSettings(theme: theme, config: config, otherThemes: false, remembered: memory.theme)
            if settings.statusMessage == nil, let startHint { settings.statusMessage = startHint }
            // Flags win over the configuration file, which wins over the defaults: the
            // sidebar open from 120 columns, text at most 100 columns wide, no mouse.
            let width = maxWidth ?? settings.config.maxTextWidth ?? 100
            let options = ReaderOptions(
                sidebarOpen: sidebar ?? settings.config.sidebarOpen,
                maxTextWidth: width == 0 ? nil : width,
                mouse: mouse || (settings.config.mouse ?? false),
                layout: layout ?? settings.config.layout ?? .columns,
                listShown: settings.config.listOpen, listWidth: settings.config.listWidth ?? memory.listWidth,
                sidebarWidth: settings.config.sidebarWidth ?? memory.sidebarWidth,
                clipboard: settings.config.clipboard ?? true)
            return (settings, options)
        }
        // The library index opens on another thread from now on, while the settings,
        // the terminal and the articles load; it waits for the settings only when a
        // configuration file may say `history = false`.
        let library = LibrarySession.opening(paths: paths) {
            guard history else { return false }
            let file = config.map(ThemeCatalog.expandingTilde) ?? XDGPaths().configFile.path
            guard access(file, F_OK) == 0 else { return true }
            return settings.value().settings.config.history ?? true
        }
        worker.submit { emit in
            _ = EntityRecognizer.shared
            emit(.analyzerReady)
        }
        let status = MainActor.assumeIsolated { run(paths: paths, settings: settings, worker: worker, library: library) }
        if status != 0 { throw ExitCode(status) }
    }

    /// Starts curses, runs the reader on it, restores the terminal and prints the
    /// problems met; returns the exit status (2 when the terminal cannot run it).
    @MainActor
    private static func run(paths: [String], settings: ThreadedValue<ReaderLoop.Settings>, worker: BackgroundWorker,
                            library: ThreadedValue<LibrarySession>) -> Int32 {
        CursesScreen.prepareLocale()
        // getenv rather than ProcessInfo's environment, which copies every variable.
        let term = getenv("TERM").map { String(cString: $0) }
        let noColor = !(getenv("NO_COLOR").map { String(cString: $0) } ?? "").isEmpty
        let screen: CursesScreen
        do {
            // The mouse wheel, if the settings ask for it, once they are read.
            screen = try CursesScreen(term: term, colors: !noColor, mouse: false)
        } catch {
            Diagnostics.error(error)
            return 2
        }
        let notice = screen.fallbackTerm.map { "Unknown TERM \(term ?? ""): using \($0)" }
        let outcome = ReaderLoop.run(on: screen, paths: paths, settings: settings, worker: worker, library: library, notice: notice,
                                     fetchOptions: UpdateCommand.fetchOptions())
        screen.close()
        for p in outcome.problems { Diagnostics.error(p) }
        return outcome.status
    }

    /// The paths of `byline PATH…` when that is all the command line says (no option,
    /// no subcommand): the usual way to start the reader, which then skips the argument
    /// parser (about 2 ms of reflection, a third of the time to the first screen).
    /// Nil when the parser is needed.
    ///
    /// ```swift
    /// ReadCommand.plainPaths(["news/", "-"])   // ["news/", "-"]
    /// ReadCommand.plainPaths(["--theme", "x"]) // nil
    /// ReadCommand.plainPaths(["themes"])       // nil: a subcommand
    /// ```
    static func plainPaths(_ arguments: [String], subcommands: [String]) -> [String]? {
        if let first = arguments.first, subcommands.contains(first) || first == "help" { return nil }
        for argument in arguments where argument.hasPrefix("-") && argument != "-" { return nil }
        return arguments
    }
}
