import BylineKit
import BylineTestSupport
import BylineUI
import Testing

@Suite("Keys")
struct KeyTests {
    func state(width: Int = 80, height: Int = 24) -> ReaderState {
        ReaderState(articles: [ScreenSamples.long(count: 60), ScreenSamples.news, ScreenSamples.long(count: 3, path: "third.txt", title: "Third")],
                     width: width, height: height)
    }

    func firstText(_ s: inout ReaderState) -> String {
        let screen = s.render()
        let content = s.paneLayout.content(of: .article)!
        return screen.lines()[content.y]
    }

    @Test("j/k and arrows move a line; Space/PgDn and b/PgUp a page; Ctrl-D/U half; g/G ends")
    func scrolling() {
        var s = state()
        let rows = s.paneLayout.content(of: .article)!.height
        let start = s.top
        s.handle(.character("j"))
        #expect(s.top == ArticlePosition(item: 0, line: 1) || s.top > start)
        s.handle(.down)
        let two = s.top
        s.handle(.character("k"))
        s.handle(.up)
        #expect(s.top == start)
        s.handle(.character(" "))
        let afterPage = s.top
        var expected = s
        expected.scroll(0)
        var ref = state()
        ref.scroll(rows)
        #expect(afterPage == ref.top)
        s.handle(.pageUp)
        #expect(s.top == start)
        s.handle(.pageDown)
        s.handle(.character("b"))
        #expect(s.top == start)
        s.handle(.ctrl("d"))
        var half = state()
        half.scroll(rows / 2)
        #expect(s.top == half.top)
        s.handle(.ctrl("u"))
        #expect(s.top == start)
        s.handle(.character("G"))
        var end = state(height: 8)
        end.handle(.character("G"))
        assertWholeScreen(end.render(), lines: [
            " word11",
            "",
            " Paragraph 59 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11",
            "",
            " Paragraph 60 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11",
            " Long article                                             L177/183 100%  ? help",
        ])
        s.handle(.character("g"))
        #expect(s.top == start)
        _ = two
    }

    @Test("Enter opens the selected article; J/K go to the next and previous")
    func articles() {
        var s = state(height: 8)
        s.handle(.backTab)  // focus the list
        #expect(s.focus == .list)
        s.handle(.character("j"))
        s.handle(.enter)
        #expect(s.current == 1)
        #expect(s.focus == .article)
        assertWholeScreen(s.render(), lines: [
            "  Articles 2/3 · 1 unread ────│▶ Article 2/3 ───────────────────────────────────",
            "    Long article              │ Kim renews call",
            "•   Kim renews call           │",
            " N  Third                     │ 2024-11-18",
            "                              │",
            "                              │ North Korean leader Kim Jong-un has renewed his",
            "                              │ call for a “limitless” expansion.",
            " Kim renews call                                              L1/11 54%  ? help",
        ])
        s.handle(.character("J"))
        #expect(s.current == 2)
        s.handle(.character("J"))
        #expect(s.current == 2)
        #expect(s.statusMessage == "This is the last article")
        s.handle(.character("K"))
        #expect(s.current == 1)
    }

    @Test("q quits at once from the reader, but from the help screen it only closes the help")
    func quit() {
        var s = state()
        s.handle(.character("h"))
        #expect(s.helpVisible)
        s.handle(.character("q"))
        #expect(!s.shouldQuit && !s.helpVisible)
        s.handle(.character("q"))
        #expect(s.shouldQuit)
    }

    @Test("the help screen lists the live key map")
    func help() {
        var map = KeyMap.standard
        map.bind(.lineDown, to: [.character("x")])
        var s = ReaderState(articles: [ScreenSamples.news], keyMap: map, width: 80, height: 40)
        s.handle(.function(1))
        let text = s.render().plainText
        #expect(text.contains("x"))
        #expect(text.contains(Action.lineDown.summary))
        #expect(text.contains(Action.searchBackward.summary))
        #expect(!s.render().lines().contains { $0.hasPrefix("  j ") })
        s.handle(.escape)
        #expect(!s.helpVisible)
    }

    @Test("the status line shows the title, the position and the help key")
    func statusLine() {
        var s = state()
        assertScreen(s.render(), lines: [" Long article                                                L1/183 12%  ? help"], startingAt: 23)
    }

    @Test("the title is drawn in the status line's style, the position in its own (plain by default)")
    func statusPositionStyle() {
        var s = state()
        let screen = s.render()
        let y = screen.height - 1
        let row = screen.lines()[y]
        let title = row.distance(from: row.startIndex, to: row.range(of: "Long article")!.lowerBound)
        let position = row.distance(from: row.startIndex, to: row.range(of: "L1/")!.lowerBound)
        #expect(screen[title, y].element == .statusLine)
        #expect(screen[title, y].style == Theme.builtinDefault[.statusLine])
        #expect(screen[position, y].element == .statusPosition)
        #expect(screen[position, y].style == Style())
        #expect(screen[screen.width - 1, y].element == .statusPosition)
    }

    @Test("T cycles themes; m bookmarks; S asks for a library search")
    func effects() {
        var s = ReaderState(articles: [ScreenSamples.news], themes: [.builtinDefault, .builtinMonochrome], width: 80, height: 24)
        _ = s.takeEffects()
        s.handle(.character("T"))
        #expect(s.theme.name == "mono")
        s.handle(.character("T"))
        #expect(s.theme.name == "default")
        #expect(s.takeEffects() == [.preferencesChanged, .preferencesChanged])
        s.handle(.character("m"))
        #expect(s.takeEffects() == [.bookmark(path: "news.txt")])
        s.handle(.character("S"))
        for c in "kim" { s.handle(.character(c)) }
        s.handle(.enter)
        #expect(s.takeEffects() == [.librarySearch(query: "kim")])
        s.showLibraryResults(query: "kim", paths: ["news.txt"])
        assertScreen(s.render(), lines: ["▶ Library search “kim” 1/1 · …│  Article 1/1 ───────────────────────────────────"], startingAt: 0)
        s.handle(.escape)
        assertScreen(s.render(), lines: ["▶ Articles 1/1 · 1 bookmarked │  Article 1/1 ───────────────────────────────────"], startingAt: 0)
    }

    @Test("opening an article and scrolling report effects; a saved position is restored at its paragraph's first line")
    func positions() {
        var s = ReaderState(articles: [ScreenSamples.long(count: 60)], width: 80, height: 6, initialPositions: ["long.txt": 30])
        let effects = s.takeEffects()
        #expect(effects.contains(.openedArticle(index: 0, path: "long.txt")))
        #expect(s.firstVisibleBlock == 30)
        assertWholeScreen(s.render(), lines: [
            " Paragraph 31 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11",
            "",
            " Paragraph 32 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11",
            " Long article                                               L95/183 54%  ? help",
        ])
        s.handle(.character("G"))
        #expect(s.takeEffects().contains { if case .positionChanged(path: "long.txt", _) = $0 { return true } else { return false } })
    }

    @Test("an article listed from the library without its text opens at its saved position once its text is read")
    func listedArticleOpensAtItsSavedPosition() {
        let full = ScreenSamples.long(count: 60, path: "b.txt", title: "Second")
        let listed = AnalyzedArticle(article: Article(path: "b.txt", title: "Second", blocks: []))
        var s = ReaderState(articles: [ScreenSamples.long(count: 5), listed], width: 80, height: 24, initialPositions: ["b.txt": 30])
        _ = s.takeEffects()
        s.handle(.character("J"))
        #expect(s.takeEffects() == [.openedArticle(index: 1, path: "b.txt")])
        s.replaceArticle(full, at: 1)
        #expect(s.firstVisibleBlock == 30)
        #expect(s.render().lines().contains { $0.contains("Paragraph 31 ") })
        #expect(s.takeEffects().allSatisfy { if case .openedArticle = $0 { return false } else { return true } },
                "the host is asked to open it once")
    }

    @Test("a problem notice stays on the status line for three more keys; an ordinary message for none")
    func noticeOutlivesTheFirstKeys() {
        var s = state()
        let notice = "config.toml:3: unknown action 'line_dwn'"
        s.showNotice(notice)
        for position in ["L2/183 13%", "L3/183 13%", "L4/183 14%"] {
            s.handle(.character("j"))
            let row = " config.toml:3: unknown action 'line_dwn'".padding(toLength: 79 - position.count - 8, withPad: " ", startingAt: 0)
            assertScreen(s.render(), lines: [row + position + "  ? help"], startingAt: 23)  // the notice stays
        }
        s.handle(.character("j"))
        assertScreen(s.render(), lines: [" Long article                                                L5/183 14%  ? help"], startingAt: 23)

        // A message a key produces replaces the notice, and goes with the next key.
        s.showNotice(notice)
        s.handle(.character("m"))
        #expect(s.statusMessage == "Bookmarked")
        s.handle(.character("j"))
        #expect(s.statusMessage == nil)
    }
}
