import Synchronization

/// Drawing work kept from one frame to the next, keyed by what it depends on, so a key
/// that changes none of it (a line down) does not redo it: the list and sidebar panes
/// (copied from the last frame when their inputs are the same), the article pane's rows
/// (moved when only its first line changed), the list header's
/// reading counts (a scan of every article) and the help's rows.
///
/// A reference shared by copies of a ``ReaderState``; its keys are generations drawn
/// from one counter for the whole process (``ReaderState/nextGeneration()``), so two
/// copies that change differently never read each other's entries.
///
/// ```swift
/// state.readingCounts   // computed once…
/// state.handle(.character("j"))
/// state.readingCounts   // …and reused: read marks, bookmarks and the list unchanged
/// ```
final class RenderCache: @unchecked Sendable {
    // Only the thread that draws uses it (the main thread).
    var readingCounts: (generation: Int, text: String)?
    var helpRows: (width: Int, title: String, rows: [ReaderState.HelpRow])?
    /// The last frame drawn and what its panes were drawn from.
    var drawn = DrawnFrame()
    /// While the help is shown (it owns the screen): the last frame drawn before it, so
    /// that closing the help copies the panes whose inputs did not change instead of
    /// drawing them again.
    var beneathHelp: DrawnFrame?
    var showsHelp = false

    /// A frame and the keys of what its panes were drawn from.
    struct DrawnFrame {
        var frame: ScreenBuffer?
        var listKey: PaneKey?
        var sidebarKey: PaneKey?
        /// Where the frame drew the rules between panes, and in which theme.
        var rulesKey: RulesKey?
        /// What the article pane was drawn from, and its first line.
        var articleKey: ReaderState.ArticleKey?
        var articleTop: ArticlePosition?
    }
}

/// The rules between panes: where they are and the theme they are drawn in.
struct RulesKey: Hashable {
    var rules: [Rect]
    var theme: Int
    var themes: Int
}

/// Everything a side pane's drawing depends on: equal keys, equal cells.
struct PaneKey: Hashable {
    var rect: Rect
    var headers: Bool
    var focus: Pane
    /// ``ReaderState/readingGeneration``: the articles (and their analyses), the list,
    /// the read marks and the bookmarks.
    var generation: Int
    var current: Int
    var theme: Int
    var themes: Int
    /// The sidebar's own inputs (tab, selection, first row, chosen mark, analysing).
    var sidebar: [Int] = []
    var chosen: ReaderState.Chosen?
}

extension ReaderState {
    private static let generations = Atomic<Int>(0)

    /// A copy of the reader whose next frame is drawn afresh, from nothing kept: what
    /// a frame drawn from earlier ones must equal.
    ///
    /// ```swift
    /// let frame = state.render()
    /// var fresh = state.drawingAfresh()
    /// fresh.render() == frame   // true
    /// ```
    package func drawingAfresh() -> ReaderState {
        var copy = self
        copy.renderCache = RenderCache()
        return copy
    }

    /// A number never handed out before in this process.
    static func nextGeneration() -> Int {
        generations.add(1, ordering: .relaxed).newValue
    }
}
