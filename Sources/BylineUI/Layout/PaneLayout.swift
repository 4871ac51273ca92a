/// Where each pane goes for a terminal size.
///
/// Two arrangements (`layout` in the configuration file, `--layout`):
/// - **columns** (the default): the article list, the article and the sidebar side by
///   side, each the full height above the status line, the sidebar a column to the
///   right of the text. The sidebar is open by default from ``columnsSidebarWidth``
///   columns, the list shown from ``columnsListWidth``; either can be toggled, and the
///   article can be zoomed to the whole screen. The article pane never grows past its
///   text's width (``PaneLayout/Request/articleMaxWidth``): the side panes take the room.
///   A pane alone on the screen has no header row, so at 80x24 the article has 23 rows
///   of text, as in less.
/// - **stacked**: a band across the top holds the list and, when open, the sidebar; the
///   article takes the full width below it (so the terminal scrolls its rows itself).
///
/// Under 60 columns, or with too few rows, one pane at a time (the focused one). The
/// status line is always the last row (from 2 rows up).
///
/// ```swift
/// let l = PaneLayout(width: 200, height: 50, focus: .article,
///                    request: .init(sidebarOpen: true, listShown: true), listRows: 13)
/// l.list      // Rect(x: 0, y: 0, width: 40, height: 49)
/// l.article   // the middle column, at most 102 wide
/// l.sidebar   // the rest, right of the article
/// ```
package struct PaneLayout: Sendable, Hashable {
    /// How the panes share the screen.
    package enum Arrangement: String, Sendable, Hashable, CaseIterable {
        case columns
        case stacked
    }

    /// What the reader asks of the layout: the arrangement, which panes are wanted, and
    /// the widths the user chose.
    package struct Request: Sendable, Hashable {
        package var arrangement: Arrangement
        package var sidebarOpen: Bool
        /// Whether the list is wanted (columns only; the stacked band always has it).
        package var listShown: Bool
        /// The article alone on the whole screen (columns and stacked).
        package var zoomed: Bool
        /// Columns the user gave the list and the sidebar (nil: the default share).
        package var listWidth: Int?
        package var sidebarWidth: Int?
        /// The widest the article pane gets while side panes can use the room (its text
        /// width plus margins); nil: no limit.
        package var articleMaxWidth: Int?

        package init(
            arrangement: Arrangement = .columns, sidebarOpen: Bool, listShown: Bool = true, zoomed: Bool = false,
            listWidth: Int? = nil, sidebarWidth: Int? = nil, articleMaxWidth: Int? = nil
        ) {
            self.arrangement = arrangement
            self.sidebarOpen = sidebarOpen
            self.listShown = listShown
            self.zoomed = zoomed
            self.listWidth = listWidth
            self.sidebarWidth = sidebarWidth
            self.articleMaxWidth = articleMaxWidth
        }
    }

    package var list: Rect?
    package var article: Rect?
    package var sidebar: Rect?
    package var status: Rect?
    /// True when one pane fills the screen because the terminal is too small for more.
    package var isSingle: Bool
    /// Whether panes start with a one-row header (their name, the focus marker).
    package var hasHeaders: Bool

    /// Below this many columns, one pane at a time.
    package static let singlePaneWidth = 60
    /// From this many columns, the stacked layout opens the sidebar by default.
    package static let wideWidth = 120
    /// From this many columns, the columns layout opens the sidebar by default.
    package static let columnsSidebarWidth = 100
    /// From this many columns, the columns layout shows the list by default.
    package static let columnsListWidth = 140
    /// The narrowest the article column gets beside other panes.
    package static let minimumArticleWidth = 40
    /// The narrowest a side pane gets.
    package static let minimumSideWidth = 20

    /// Whether the sidebar is open by default at `width` columns.
    package static func sidebarOpensByDefault(width: Int, arrangement: Arrangement) -> Bool {
        width >= (arrangement == .columns ? columnsSidebarWidth : wideWidth)
    }

    /// The stacked layout with the sidebar open or closed (kept for callers that only
    /// say that much).
    package init(width: Int, height: Int, focus: Pane, sidebarOpen: Bool, listRows: Int) {
        self.init(width: width, height: height, focus: focus,
                  request: Request(arrangement: .stacked, sidebarOpen: sidebarOpen), listRows: listRows)
    }

    package init(width: Int, height: Int, focus: Pane, request: Request, listRows: Int) {
        let statusRows = height >= 2 ? 1 : 0
        status = statusRows == 1 ? Rect(x: 0, y: height - 1, width: width, height: 1) : nil
        let body = max(0, height - statusRows)
        list = nil
        article = nil
        sidebar = nil
        isSingle = false
        hasHeaders = true
        if width < PaneLayout.singlePaneWidth || body < (request.arrangement == .columns ? 5 : 10) {
            isSingle = true
            hasHeaders = body >= 7
            let r = Rect(x: 0, y: 0, width: width, height: body)
            switch request.zoomed ? .article : focus {
            case .list: list = r
            case .article: article = r
            case .sidebar: sidebar = r
            }
            return
        }
        if request.zoomed {
            hasHeaders = false
            article = Rect(x: 0, y: 0, width: width, height: body)
            return
        }
        switch request.arrangement {
        case .stacked: stack(width: width, body: body, sidebarOpen: request.sidebarOpen, listRows: listRows)
        case .columns: columns(width: width, body: body, focus: focus, request: request)
        }
    }

    private mutating func stack(width: Int, body: Int, sidebarOpen: Bool, listRows: Int) {
        var band: Int
        if sidebarOpen {
            band = max(min(listRows + 1, body / 4), body / 3)
        } else {
            band = min(listRows + 1, max(3, (body + 1) / 4))
        }
        band = max(2, min(band, body - 6))
        if sidebarOpen {
            let listWidth = width * 9 / 20
            list = Rect(x: 0, y: 0, width: listWidth, height: band)
            sidebar = Rect(x: listWidth + 1, y: 0, width: width - listWidth - 1, height: band)
        } else {
            list = Rect(x: 0, y: 0, width: width, height: band)
        }
        article = Rect(x: 0, y: band, width: width, height: body - band)
    }

    /// Side by side: each side pane takes its share (or the user's width), the article
    /// keeps at least ``minimumArticleWidth``; a pane that does not fit is left out (the
    /// list before the sidebar, unless the list has the focus).
    private mutating func columns(width: Int, body: Int, focus: Pane, request: Request) {
        let minSide = PaneLayout.minimumSideWidth
        var listW = request.listShown ? (request.listWidth ?? min(48, max(30, width / 4))) : 0
        var sideW = request.sidebarOpen ? (request.sidebarWidth ?? min(56, max(28, width * 3 / 10))) : 0
        // Each shown side pane costs its width and a border column.
        func articleWidth() -> Int { width - listW - sideW - (listW > 0 ? 1 : 0) - (sideW > 0 ? 1 : 0) }
        // A side pane narrowed so the article keeps its narrowest, or left out.
        func shrunk(_ w: Int) -> Int {
            let over = PaneLayout.minimumArticleWidth - articleWidth()
            guard w > 0, over > 0 else { return w }
            return w - over >= minSide ? w - over : 0
        }
        if focus == .list { sideW = shrunk(sideW); listW = shrunk(listW) } else { listW = shrunk(listW); sideW = shrunk(sideW) }
        listW = shrunk(listW)
        sideW = shrunk(sideW)
        // Room past the article's widest goes to the side panes, the sidebar first.
        if let most = request.articleMaxWidth, articleWidth() > most {
            let spare = articleWidth() - most
            if sideW > 0 && request.sidebarWidth == nil { sideW += spare } else if listW > 0 && request.listWidth == nil {
                listW += spare
            }
        }
        hasHeaders = listW > 0 || sideW > 0
        var x = 0
        if listW > 0 {
            list = Rect(x: 0, y: 0, width: listW, height: body)
            x = listW + 1
        }
        let aw = articleWidth()
        article = Rect(x: x, y: 0, width: aw, height: body)
        if sideW > 0 { sidebar = Rect(x: x + aw + 1, y: 0, width: sideW, height: body) }
    }

    /// The panes on screen, in focus order.
    package var visiblePanes: [Pane] {
        var p: [Pane] = []
        if list != nil { p.append(.list) }
        if article != nil { p.append(.article) }
        if sidebar != nil { p.append(.sidebar) }
        return p
    }

    package func rect(of pane: Pane) -> Rect? {
        switch pane {
        case .list: return list
        case .article: return article
        case .sidebar: return sidebar
        }
    }

    /// The rows of a pane below its header.
    package func content(of pane: Pane) -> Rect? {
        guard let r = rect(of: pane) else { return nil }
        let h = hasHeaders ? 1 : 0
        return Rect(x: r.x, y: r.y + h, width: r.width, height: r.height - h)
    }
}
