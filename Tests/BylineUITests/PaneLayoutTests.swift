import BylineTestSupport
import BylineUI
import Testing

@Suite("Pane layout: columns (the default)")
struct PaneLayoutTests {
    func reader(width: Int, height: Int, options: ReaderOptions = ReaderOptions()) -> ReaderState {
        ReaderState(articles: [ScreenSamples.news, ScreenSamples.long(count: 3)], options: options, width: width, height: height)
    }

    @Test("80x24: the article alone, no header, 23 rows of text as in less")
    func standard() {
        var state = reader(width: 80, height: 24)
        #expect(state.paneLayout.visiblePanes == [.article])
        assertScreen(state.render(), lines: [
            " Kim renews call",
            "",
            " 2024-11-18",
            "",
            " North Korean leader Kim Jong-un has renewed his call for a “limitless”",
            " expansion.",
            "",
            " Mr Kim said the United Nations was “escalating tensions” in Seoul.",
            "",
            " Joe Biden answered from Washington.",
        ] + Array(repeating: "", count: 13) + [
            " Kim renews call                                             L1/10 100%  ? help",
        ])
    }

    @Test("120 columns: the quote sidebar is a column right of the article, full height")
    func sidebarBeside() {
        var state = reader(width: 120, height: 12)
        assertScreen(state.render(), lines: [
            "▶ Article 1/2 ─────────────────────────────────────────────────────────────────────│  [Quotes 2] Entities 6 ────────────",
            " Kim renews call                                                                   │ Kim Jong-un: “limitless”",
            "                                                                                   │ Kim Jong-un: “escalating tensions”",
            " 2024-11-18                                                                        │",
            "                                                                                   │",
            " North Korean leader Kim Jong-un has renewed his call for a “limitless” expansion. │",
            "                                                                                   │",
            " Mr Kim said the United Nations was “escalating tensions” in Seoul.                │",
            "                                                                                   │",
            " Joe Biden answered from Washington.                                               │",
            "                                                                                   │",
            " Kim renews call                                                                                      L1/9 100%  ? help",
        ])
    }

    @Test("200 columns: list | article | sidebar, the article no wider than its text")
    func wide() {
        var state = reader(width: 200, height: 6)
        #expect(state.paneLayout.visiblePanes == [.list, .article, .sidebar])
        assertScreen(state.render(), lines: [
            "  Articles 1/2 · 1 unread ──────────────────────│▶ Article 1/2 ────────────────────────────────────────────────────────────────────────────────│  [Quotes 2] Entities 6 ────────────────────────────────",
            "•   Kim renews call                  2024-11-18 │ Kim renews call                                                                              │ Kim Jong-un: “limitless”",
            " N  Long article                     2024-11-18 │                                                                                              │ Kim Jong-un: “escalating tensions”",
            "                                                │ 2024-11-18                                                                                   │",
            "                                                │                                                                                              │",
            " Kim renews call                                                                                                                                                                       L1/9 44%  ? help",
        ])
        let narrow = reader(width: 300, height: 30, options: ReaderOptions(maxTextWidth: 60))
        #expect(narrow.paneLayout.article!.width == 62, "room past the text goes to the side panes")
    }

    @Test("a hides and shows the list; when all three do not fit, the pane asked for last wins")
    func toggleList() {
        var state = reader(width: 80, height: 12)
        state.handle(.character("a"))
        #expect(state.paneLayout.visiblePanes == [.list, .article])
        state.handle(.character("s"))
        #expect(state.paneLayout.visiblePanes == [.article, .sidebar])
        state.handle(.character("a"))
        #expect(state.paneLayout.visiblePanes == [.list, .article])
        var wide = reader(width: 200, height: 30)
        wide.handle(.character("a"))
        #expect(wide.paneLayout.visiblePanes == [.article, .sidebar])
    }

    @Test("z zooms the article to the whole screen and back; the text rewraps to the room")
    func zoom() {
        var state = reader(width: 200, height: 30)
        let before = state.paneLayout
        state.handle(.character("z"))
        #expect(state.paneLayout.visiblePanes == [.article])
        #expect(state.paneLayout.article == Rect(x: 0, y: 0, width: 200, height: 29))
        state.handle(.character("z"))
        #expect(state.paneLayout == before)
        var small = reader(width: 100, height: 8)
        small.handle(.character("z"))
        assertWholeScreen(small.render(), lines: [
            " Kim renews call",
            "",
            " 2024-11-18",
            "",
            " North Korean leader Kim Jong-un has renewed his call for a “limitless” expansion.",
            "",
            " Mr Kim said the United Nations was “escalating tensions” in Seoul.",
            " Kim renews call                                                                   L1/9 77%  ? help",
        ])  // no pane header when the article is alone
    }

    @Test("+ and - widen and narrow the focused side pane, never the article below its narrowest")
    func widths() {
        var state = reader(width: 120, height: 20)
        let side = state.paneLayout.sidebar!.width
        state.handle(.character("+"))
        #expect(state.paneLayout.sidebar!.width == side + 4)
        #expect(state.statusMessage == "Sidebar: \(side + 4) columns")
        for _ in 0..<40 { state.handle(.character("+")) }
        #expect(state.paneLayout.article!.width == PaneLayout.minimumArticleWidth)
        for _ in 0..<40 { state.handle(.character("-")) }
        #expect(state.paneLayout.sidebar!.width == PaneLayout.minimumSideWidth)
    }

    @Test("Tab reaches a hidden list and shows it")
    func tabShowsHiddenPanes() {
        var state = reader(width: 80, height: 8)
        state.handle(.backTab)
        #expect(state.focus == .list && state.paneLayout.list != nil)
        assertWholeScreen(state.render(), lines: [
            "▶ Articles 1/2 · 1 unread ────│  Article 1/2 ───────────────────────────────────",
            "•   Kim renews call           │ Kim renews call",
            " N  Long article              │",
            "                              │ 2024-11-18",
            "                              │",
            "                              │ North Korean leader Kim Jong-un has renewed his",
            "                              │ call for a “limitless” expansion.",
            " Kim renews call                                              L1/11 54%  ? help",
        ])
        state.handle(.tab)
        #expect(state.focus == .article)
        assertWholeScreen(state.render(), lines: [
            "  Articles 1/2 · 1 unread ────│▶ Article 1/2 ───────────────────────────────────",
            "•   Kim renews call           │ Kim renews call",
            " N  Long article              │",
            "                              │ 2024-11-18",
            "                              │",
            "                              │ North Korean leader Kim Jong-un has renewed his",
            "                              │ call for a “limitless” expansion.",
            " Kim renews call                                              L1/11 54%  ? help",
        ])
    }

    @Test("under 60 columns one pane at a time; Tab goes through all three")
    func narrow() {
        var state = ReaderState(articles: [ScreenSamples.news], width: 50, height: 8)
        #expect(state.paneLayout.visiblePanes == [.article])
        state.handle(.tab)
        #expect(state.paneLayout.visiblePanes == [.sidebar])
        assertWholeScreen(state.render(), lines: [
            "▶ [Quotes 2] Entities 6 ──────────────────────────",
            " Kim Jong-un: “limitless”",
            " Kim Jong-un: “escalating tensions”",
            "",
            "",
            "",
            "",
            " Kim renews call                L1/11 54%  ? help",
        ])
        state.handle(.tab)
        #expect(state.paneLayout.visiblePanes == [.list])
        assertWholeScreen(state.render(), lines: [
            "▶ Articles 1/1 ───────────────────────────────────",
            "•   Kim renews call                    2024-11-18",
            "",
            "",
            "",
            "",
            "",
            " Kim renews call                L1/11 54%  ? help",
        ])
        state.handle(.backTab)
        #expect(state.focus == .sidebar)
    }

    @Test("the focused pane is marked without colour")
    func focusMarker() {
        var state = ReaderState(articles: [ScreenSamples.news], themes: [.builtinMonochrome], width: 200, height: 8)
        assertWholeScreen(state.render(), lines: [
            "  Articles 1/1 ─────────────────────────────────│▶ Article 1/1 ────────────────────────────────────────────────────────────────────────────────│  [Quotes 2] Entities 6 ────────────────────────────────",
            "•   Kim renews call                  2024-11-18 │ Kim renews call                                                                              │ Kim Jong-un: “limitless”",
            "                                                │                                                                                              │ Kim Jong-un: “escalating tensions”",
            "                                                │ 2024-11-18                                                                                   │",
            "                                                │                                                                                              │",
            "                                                │ North Korean leader Kim Jong-un has renewed his call for a “limitless” expansion.            │",
            "                                                │                                                                                              │",
            " Kim renews call                                                                                                                                                                       L1/9 66%  ? help",
        ])
        state.handle(.backTab)
        assertWholeScreen(state.render(), lines: [
            "▶ Articles 1/1 ─────────────────────────────────│  Article 1/1 ────────────────────────────────────────────────────────────────────────────────│  [Quotes 2] Entities 6 ────────────────────────────────",
            "•   Kim renews call                  2024-11-18 │ Kim renews call                                                                              │ Kim Jong-un: “limitless”",
            "                                                │                                                                                              │ Kim Jong-un: “escalating tensions”",
            "                                                │ 2024-11-18                                                                                   │",
            "                                                │                                                                                              │",
            "                                                │ North Korean leader Kim Jong-un has renewed his call for a “limitless” expansion.            │",
            "                                                │                                                                                              │",
            " Kim renews call                                                                                                                                                                       L1/9 66%  ? help",
        ])
        #expect(state.render().styleMap()[0].hasPrefix("BBBB"))
    }
}

@Suite("Pane layout: stacked")
struct StackedLayoutTests {
    @Test("80x24: the list above the article, no sidebar until asked")
    func standard() {
        var state = ReaderState(articles: [ScreenSamples.news, ScreenSamples.long(count: 3)],
                                options: ReaderOptions(layout: .stacked), width: 80, height: 24)
        let l = state.paneLayout
        #expect(l.list != nil && l.article != nil && l.sidebar == nil)
        #expect(l.article?.width == 80)
        assertWholeScreen(state.render(), lines: [
            "  Articles 1/2 · 1 unread ──────────────────────────────────────────────────────",
            "•   Kim renews call                                                  2024-11-18",
            " N  Long article                                                     2024-11-18",
            "▶ Article 1/2 ──────────────────────────────────────────────────────────────────",
            " Kim renews call",
            "",
            " 2024-11-18",
            "",
            " North Korean leader Kim Jong-un has renewed his call for a “limitless”",
            " expansion.",
            "",
            " Mr Kim said the United Nations was “escalating tensions” in Seoul.",
            "",
            " Joe Biden answered from Washington.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Kim renews call                                             L1/10 100%  ? help",
        ])
        state.handle(.character("s"))
        #expect(state.paneLayout.sidebar != nil)
        assertWholeScreen(state.render(), lines: [
            "  Articles 1/2 · 1 unread ──────────│  [Quotes 2] Entities 6 ───────────────────",
            "•   Kim renews call                 │ Kim Jong-un: “limitless”",
            " N  Long article                    │ Kim Jong-un: “escalating tensions”",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "▶ Article 1/2 ──────────────────────────────────────────────────────────────────",
            " Kim renews call",
            "",
            " 2024-11-18",
            "",
            " North Korean leader Kim Jong-un has renewed his call for a “limitless”",
            " expansion.",
            "",
            " Mr Kim said the United Nations was “escalating tensions” in Seoul.",
            "",
            " Joe Biden answered from Washington.",
            "",
            "",
            "",
            "",
            "",
            " Kim renews call                                             L1/10 100%  ? help",
        ])
        state.handle(.character("z"))
        #expect(state.paneLayout.visiblePanes == [.article])
    }
}

@Suite("Sidebar follows the width")
struct SidebarWidthTests {
    @Test("open on a wide terminal, closed at 80 columns, until the user chooses")
    func follows() {
        var s = ReaderState(articles: [ScreenSamples.news], width: 200, height: 50)
        #expect(s.sidebarOpen)
        s.resize(width: 80, height: 24)
        #expect(!s.sidebarOpen)
        s.handle(.character("s"))
        #expect(s.sidebarOpen)
        s.resize(width: 100, height: 30)
        #expect(s.sidebarOpen, "the user's choice stays")
    }

    @Test("a long quotation wraps in the sidebar, cut at four lines unless selected")
    func wrapping() {
        let words = (1...60).map { "word\($0)" }.joined(separator: " ")
        let a = ScreenSamples.article(path: "q.txt", title: "Q", paragraphs: ["She said “\(words)”."],
                                      entities: [], quotes: [(0, words, "Jane Roe")])
        var s = ReaderState(articles: [a], width: 120, height: 30)
        let column = s.paneLayout.sidebar!
        func sidebarRows(_ s: inout ReaderState) -> [String] {
            s.render().lines().dropFirst().dropLast().map { String(Array($0)[column.x..<column.maxX]).trimmingSuffixSpaces() }
                .filter { !$0.isEmpty }
        }
        var rows = sidebarRows(&s)
        #expect(rows.count == 4 && rows[0].hasPrefix(" Jane Roe: “word1 ") && rows[3].hasSuffix("…"), "\(rows)")
        s.handle(.tab)
        rows = sidebarRows(&s)
        #expect(rows.count > 4 && rows.last!.hasSuffix("word60”"), "\(rows)")
    }
}
