import BylineKit

/// The whole reader as a value: the articles, what is open, focus, scroll positions,
/// search, sidebar, help. ``handle(_:)`` applies a key, ``resize(width:height:)`` a new
/// terminal size, ``render()`` draws a ``ScreenBuffer``. No I/O: the event loop feeds
/// keys in, copies the buffer to the terminal and acts on ``takeEffects()``.
///
/// ```swift
/// var state = ReaderState(articles: [analyzed], width: 80, height: 24)
/// state.handle(.character("j"))
/// state.render().lines()[6]   // the first text row of the article pane
/// ```
package struct ReaderState: Sendable {
    /// A prompt being typed on the status line.
    package struct Prompt: Sendable, Hashable {
        package enum Kind: Sendable, Hashable { case searchForward, searchBackward, library, listFilter }
        package var kind: Kind
        package var text: String
        /// Whether the help screen is shown above the prompt (the `?` prompt: help
        /// while a backward search is typed, closed with it).
        package var showsHelp = false

        var marker: String {
            switch kind {
            case .searchForward: return "/"
            case .searchBackward: return "?"
            case .library: return "Library search: "
            case .listFilter: return "Titles with: "
            }
        }
    }

    /// What was chosen in the sidebar or reached with a jump key; drawn marked.
    package enum Chosen: Sendable, Hashable {
        case entity(Int)
        case quote(Int)

        /// What a sidebar row goes to, as a mark.
        init(_ target: Sidebar.Target) {
            switch target {
            case .entity(let i): self = .entity(i)
            case .quote(let i): self = .quote(i)
            }
        }
    }

    package private(set) var articles: [AnalyzedArticle] { didSet { readingGeneration = Self.nextGeneration() } }
    package private(set) var themes: [Theme]
    package internal(set) var themeIndex = 0
    package let keyMap: KeyMap
    package let options: ReaderOptions
    package private(set) var width: Int
    package private(set) var height: Int

    package internal(set) var focus: Pane = .article
    package internal(set) var list: ArticleList { didSet { readingGeneration = Self.nextGeneration() } }
    /// The index of the open article.
    package internal(set) var current = 0
    package internal(set) var layout: ArticleLayout
    /// The first display line of the article pane.
    package internal(set) var top: ArticlePosition
    package internal(set) var sidebarOpen: Bool
    /// Whether the user opened or closed the sidebar (else it follows the width).
    var sidebarChosen = false
    /// Whether the list is shown in the columns layout, and whether the user chose so.
    package internal(set) var listShown: Bool
    var listChosen = false
    /// The article alone on the whole screen (`z`).
    package internal(set) var zoomed = false
    /// Widths the user gave the side panes with `+` and `-` (nil: the default share).
    package internal(set) var listWidth: Int?
    package internal(set) var sidebarWidth: Int?
    package internal(set) var sidebarTab: Sidebar.Tab = .quotes
    package internal(set) var sidebarSelection = 0
    var sidebarTop = 0
    var sidebarRows: [Sidebar.Row] = []
    package internal(set) var search: SearchState?
    package internal(set) var prompt: Prompt?
    package internal(set) var chosen: Chosen?
    package internal(set) var helpVisible = false
    var helpTop = 0
    /// Paths of the articles read (the host fills it from the library; opening one adds
    /// it) and of the bookmarked ones: the list marks them and counts them.
    package var readPaths: Set<String> = [] { didSet { readingGeneration = Self.nextGeneration() } }
    package var bookmarkedPaths: Set<String> = [] { didSet { readingGeneration = Self.nextGeneration() } }
    /// The subscribed feeds, the sources the `F` list shows (the host fills them from the
    /// library: ``setFeeds(_:read:)``).
    package internal(set) var feeds: [FeedSource] = [] { didSet { readingGeneration = Self.nextGeneration() } }
    /// While the list pane shows the feeds instead of the articles (`F`): the selected
    /// feed and the first on screen.
    package internal(set) var feedList: (selected: Int, top: Int)? { didSet { readingGeneration = Self.nextGeneration() } }
    /// While an update of the feeds runs in the background (`R`): feeds done, of how many.
    package internal(set) var updatingFeeds: (done: Int, total: Int)?
    /// Changes with the articles, the list, the read marks and the bookmarks: the key of
    /// the list header's cached counts (``RenderCache``).
    var readingGeneration = ReaderState.nextGeneration()
    var renderCache = RenderCache()
    /// The list's order (`o`).
    package internal(set) var listOrder: ListOrder = .given
    /// Digits typed before a key (`5` of `5j`), as in less.
    package internal(set) var pendingCount: Int?
    /// A message for the status line, cleared by the next key (the executable fills it,
    /// e.g. "Bookmarked"); a problem to be read goes through ``showNotice(_:forKeys:)``.
    package var statusMessage: String?
    /// The notice on the status line and how many more keys it stays for.
    var notice: (text: String, keysLeft: Int)?
    /// Articles whose analysis is still running (the status line says so).
    package var analysing: Set<Int> = []
    /// Articles shown from their beginning while the rest is read (the status line
    /// says so; ``replaceArticle(_:at:)`` brings the whole text).
    package var loading: Set<Int> = []
    /// A movement made while the open article loaded that its loaded part could not
    /// give (`G`, …), applied when the whole text arrives (see ReaderState+Loading).
    var deferredMove: DeferredMove?
    /// Set by the quit key; the loop exits.
    package internal(set) var shouldQuit = false
    /// Reading positions to restore, by article path: the first block on screen.
    package var initialPositions: [String: Int]
    var effects: [ReaderEffect] = []
    /// For a list filtered by a library look-up: the entity's or speaker's name in each
    /// listed article, by path (the name an article uses may differ from the one asked).
    var filterNames: [String: String] = [:]
    /// Search snippets of the listed results, by path (see ``showLibraryResults(_:paths:names:snippets:)``).
    var filterSnippets: [String: String] = [:]
    /// The article opened from a filtered list whose entity or quotation is to be marked
    /// when its analysis arrives; cleared by the next key.
    var pendingMark: Int?
    var lastReportedBlock: Int?

    /// - Parameters:
    ///   - articles: the articles of the list, in order; at least one.
    ///   - themes: the themes ``Action/cycleTheme`` goes through; the first is used.
    ///   - initialPositions: first block to show, by article path.
    ///   - path: the article to open first (the one read last), else the first.
    package init(
        articles: [AnalyzedArticle], themes: [Theme] = [.builtinDefault], keyMap: KeyMap = .standard,
        options: ReaderOptions = ReaderOptions(), width: Int, height: Int,
        initialPositions: [String: Int] = [:], opening path: String? = nil
    ) {
        precondition(!articles.isEmpty, "the reader needs at least one article")
        self.articles = articles
        self.themes = themes.isEmpty ? [.builtinDefault] : themes
        self.keyMap = keyMap
        self.options = options
        self.width = max(0, width)
        self.height = max(0, height)
        self.initialPositions = initialPositions
        list = ArticleList(count: articles.count)
        sidebarOpen = options.sidebarOpen ?? PaneLayout.sidebarOpensByDefault(width: width, arrangement: options.layout)
        listShown = options.listShown ?? (width >= PaneLayout.columnsListWidth)
        listWidth = options.listWidth
        sidebarWidth = options.sidebarWidth
        layout = ArticleLayout(article: Article(path: "", title: "", blocks: []), width: 1)
        top = ArticlePosition(item: 0, line: 0)
        open(path.flatMap { p in articles.firstIndex { $0.article.path == p } } ?? 0)
    }

    /// The theme in use.
    package var theme: Theme { themes[themeIndex] }

    /// Shows a problem on the status line (a configuration or theme file, a file that
    /// could not be read) for the next `keys` key presses as well, so that it can be read
    /// before scrolling would clear it; a message a key produces replaces it at once.
    ///
    /// ```swift
    /// state.showNotice("config.toml:3: unknown action 'line_dwn'")
    /// state.handle(.character("j"))   // still shown
    /// state.handle(.character("j")); state.handle(.character("j")); state.handle(.character("j"))
    /// state.statusMessage             // nil: the title again
    /// ```
    package mutating func showNotice(_ message: String, forKeys keys: Int = 3) {
        statusMessage = message
        notice = (message, keys)
    }

    /// Adds themes to cycle through after the ones given at start (the host reads the
    /// other theme files after the first paint); one already there by name is skipped.
    package mutating func addThemes(_ more: [Theme]) {
        let names = Set(themes.map(\.name))
        themes += more.filter { !names.contains($0.name) }
    }

    /// The open article.
    package var article: AnalyzedArticle { articles[current] }

    /// Effects produced since the last call, oldest first.
    package mutating func takeEffects() -> [ReaderEffect] {
        defer { effects = [] }
        return effects
    }

    // MARK: Layout

    /// What the reader asks of the layout now.
    var layoutRequest: PaneLayout.Request {
        PaneLayout.Request(
            arrangement: options.layout, sidebarOpen: sidebarOpen, listShown: listShown, zoomed: zoomed,
            listWidth: listWidth, sidebarWidth: sidebarWidth, articleMaxWidth: options.maxTextWidth.map { $0 + 2 })
    }

    /// Where the panes are at the current size.
    package var paneLayout: PaneLayout {
        PaneLayout(width: width, height: height, focus: focus, request: layoutRequest, listRows: list.entries.count)
    }

    /// Rows of article text on screen.
    var textRows: Int {
        let l = PaneLayout(width: width, height: height, focus: .article, request: layoutRequest, listRows: list.entries.count)
        return max(1, l.content(of: .article)?.height ?? 1)
    }

    /// Columns of article text and the left margin, for a pane width.
    func textGeometry(paneWidth: Int) -> (width: Int, margin: Int) {
        let usable = paneWidth >= 20 ? paneWidth - 2 : paneWidth
        let w = max(1, min(usable, options.maxTextWidth ?? usable))
        let margin = paneWidth >= 20 ? max(1, (paneWidth - w) / 2) : 0
        return (w, margin)
    }

    /// The text width the layout should wrap to now. The article pane's width is the
    /// same whichever pane has focus, except in single-pane mode where it is the screen.
    var wantedTextWidth: Int {
        let pw = PaneLayout(width: width, height: height, focus: .article, request: layoutRequest,
                            listRows: list.entries.count).article?.width ?? width
        return textGeometry(paneWidth: pw).width
    }

    /// Applies a new terminal size: re-wraps and keeps the first paragraph on screen
    /// first (the line holding the same text offset stays the top line).
    package mutating func resize(width newWidth: Int, height newHeight: Int) {
        let anchorItem = top.item
        let anchorOffset = layout.offset(at: top)
        let onBlank = top.line == 0 && top.item > 0
        width = max(0, newWidth)
        height = max(0, newHeight)
        if options.sidebarOpen == nil && !sidebarChosen {
            sidebarOpen = PaneLayout.sidebarOpensByDefault(width: width, arrangement: options.layout)
        }
        if options.listShown == nil && !listChosen { listShown = width >= PaneLayout.columnsListWidth }
        let l = paneLayout
        if !l.isSingle && l.rect(of: focus) == nil { focus = .article }
        relayout(anchorItem: anchorItem, offset: anchorOffset, onBlank: onBlank)
    }

    mutating func relayout(anchorItem: Int, offset: Int, onBlank: Bool) {
        let w = wantedTextWidth
        guard w != layout.width else { clampTop(); return }
        layout.setWidth(w)
        layout.wrapAllIfSmall()
        top = onBlank ? ArticlePosition(item: anchorItem, line: 0) : layout.position(item: anchorItem, offset: offset)
        clampTop()
    }

    /// Keeps the top line between the start and the last full screen.
    mutating func clampTop() {
        let maxTop = layout.maxTop(rows: textRows)
        if top > maxTop { top = maxTop }
        if top < layout.start { top = layout.start }
        reportPosition()
    }

    mutating func reportPosition() {
        // An article only listed so far (its text not read yet) has no position to save.
        guard !article.article.blocks.isEmpty else { return }
        let block = firstVisibleBlock
        if block != lastReportedBlock {
            lastReportedBlock = block
            effects.append(.positionChanged(path: article.article.path, block: block))
        }
    }

    /// The first article block at or after the top line (0 when only the title shows).
    package var firstVisibleBlock: Int {
        var i = top.item
        while i < layout.items.count {
            if let b = layout.items[i].block { return b }
            i += 1
        }
        return 0
    }

    // MARK: Articles

    /// Opens article `index`: a fresh layout at the current width, the saved position
    /// if any, the sidebar rows, and an ``ReaderEffect/openedArticle(index:path:)``.
    package mutating func open(_ index: Int) {
        guard index >= 0, index < articles.count else { return }
        current = index
        deferredMove = nil
        list.select(article: index)
        layout = ArticleLayout(article: articles[index].article, width: 1)
        layout.setWidth(wantedTextWidth)
        layout.wrapAllIfSmall()
        search = search.map { SearchState(query: $0.query, backward: $0.backward, items: layout.items) }
        chosen = nil
        top = layout.start
        // A saved first block of 0 is the top: the headline and date stay in view. Any other
        // starts at its first text line, not at the blank line that parts it from the one before.
        if let block = initialPositions[articles[index].article.path], block > 0, let item = layout.item(forBlock: block) {
            top = layout.position(item: item, offset: 0)
        }
        sidebarSelection = 0
        sidebarTop = 0
        rebuildSidebar()
        lastReportedBlock = nil
        readPaths.insert(articles[index].article.path)
        effects.append(.openedArticle(index: index, path: articles[index].article.path))
        clampTop()
    }

    /// Adds articles to the reader (library results that were not open, listed from the
    /// index; the host reads each file when it is opened) and returns their indices.
    @discardableResult
    package mutating func appendArticles(_ added: [AnalyzedArticle]) -> Range<Int> {
        let start = articles.count
        articles += added
        list.grow(to: articles.count)
        return start..<articles.count
    }

    /// Puts the analysis of article `index` in place (from a background analysis).
    package mutating func setAnalysis(_ analyzed: AnalyzedArticle, at index: Int) {
        guard index >= 0, index < articles.count else { return }
        guard analyzed.article.blocks.count == articles[index].article.blocks.count else {
            // The analysis of another version of the text (the whole of an article
            // shown from its beginning): replace the article, keeping the position.
            analysing.remove(index)
            replaceArticle(analyzed, at: index)
            return
        }
        articles[index] = analyzed
        analysing.remove(index)
        if index == current {
            chosen = nil
            rebuildSidebar()
            if pendingMark == index { markFromFilter() }
        }
    }

    /// Replaces article `index` (the whole text of an article first shown from its
    /// beginning, or a re-read file), keeping the reading position: the top line's
    /// paragraph and offset, when the new article still has them.
    package mutating func replaceArticle(_ analyzed: AnalyzedArticle, at index: Int) {
        guard index >= 0, index < articles.count else { return }
        let listedOnly = articles[index].article.blocks.isEmpty
        articles[index] = analyzed
        guard index == current else { return }
        if listedOnly {
            // Only listed until now (its text read when opened): open it properly, at
            // its saved position, without a second opening effect.
            let before = effects.count
            open(index)
            effects[before...].removeAll { if case .openedArticle = $0 { return true } else { return false } }
            if pendingMark == index { markFromFilter() }
            return
        }
        let anchorItem = top.item
        let offset = layout.offset(at: top)
        let onBlank = top.line == 0 && top.item > 0
        layout = ArticleLayout(article: analyzed.article, width: 1)
        layout.setWidth(wantedTextWidth)
        layout.wrapAllIfSmall()
        search = search.map { SearchState(query: $0.query, backward: $0.backward, items: layout.items) }
        chosen = nil
        if anchorItem < layout.items.count {
            top = onBlank ? ArticlePosition(item: anchorItem, line: 0) : layout.position(item: anchorItem, offset: offset)
        } else {
            top = layout.start
        }
        rebuildSidebar()
        clampTop()
        applyDeferredMove()
    }

    mutating func rebuildSidebar() {
        sidebarRows = Sidebar.rows(for: article, tab: sidebarTab)
        sidebarSelection = min(sidebarSelection, max(0, sidebarRows.count - 1))
        if sidebarRows.indices.contains(sidebarSelection), sidebarRows[sidebarSelection].isHeading {
            moveSidebarSelection(by: 1)
        }
    }
}
