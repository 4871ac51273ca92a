/// Where each pane goes for a terminal size.
///
/// - Under 60 columns (or under 11 rows): one pane at a time, the focused one, over
///   the whole screen above the status line.
/// - Otherwise a *band* across the top holds the article list and, when open, the
///   sidebar side by side; the article takes the full width below it. Keeping the
///   article's rows full width is what lets the terminal scroll them itself (one line
///   down costs a few dozen bytes over ssh instead of a repaint of the pane).
/// - The status line is always the last row (from 2 rows up).
///
/// ```swift
/// let l = PaneLayout(width: 80, height: 24, focus: .article, sidebarOpen: false, listRows: 13)
/// l.list     // Rect(x: 0, y: 0, width: 80, height: 6)
/// l.article  // Rect(x: 0, y: 6, width: 80, height: 17)
/// l.status   // Rect(x: 0, y: 23, width: 80, height: 1)
/// ```
public struct PaneLayout: Sendable, Hashable {
    public var list: Rect?
    public var article: Rect?
    public var sidebar: Rect?
    public var status: Rect?
    /// True when one pane fills the screen.
    public var isSingle: Bool
    /// Whether panes start with a one-row header (their name, the focus marker).
    public var hasHeaders: Bool

    /// Below this many columns, one pane at a time.
    public static let singlePaneWidth = 60
    /// From this many columns, the sidebar is open by default.
    public static let wideWidth = 120

    public init(width: Int, height: Int, focus: Pane, sidebarOpen: Bool, listRows: Int) {
        let statusRows = height >= 2 ? 1 : 0
        status = statusRows == 1 ? Rect(x: 0, y: height - 1, width: width, height: 1) : nil
        let body = max(0, height - statusRows)
        list = nil
        article = nil
        sidebar = nil
        if width < PaneLayout.singlePaneWidth || body < 10 {
            isSingle = true
            hasHeaders = body >= 7
            let r = Rect(x: 0, y: 0, width: width, height: body)
            switch focus {
            case .list: list = r
            case .article: article = r
            case .sidebar: sidebar = r
            }
            return
        }
        isSingle = false
        hasHeaders = true
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

    /// The panes on screen, in focus order.
    public var visiblePanes: [Pane] {
        var p: [Pane] = []
        if list != nil { p.append(.list) }
        if article != nil { p.append(.article) }
        if sidebar != nil { p.append(.sidebar) }
        return p
    }

    public func rect(of pane: Pane) -> Rect? {
        switch pane {
        case .list: return list
        case .article: return article
        case .sidebar: return sidebar
        }
    }

    /// The rows of a pane below its header.
    public func content(of pane: Pane) -> Rect? {
        guard let r = rect(of: pane) else { return nil }
        let h = hasHeaders ? 1 : 0
        return Rect(x: r.x, y: r.y + h, width: r.width, height: r.height - h)
    }
}
