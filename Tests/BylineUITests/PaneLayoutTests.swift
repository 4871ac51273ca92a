import BylineTestSupport
import BylineUI
import Testing

@Suite("Pane layout")
struct PaneLayoutTests {
    @Test("80x24: the list above the article, no sidebar until asked")
    func standard() {
        var state = ReaderState(articles: [ScreenSamples.news, ScreenSamples.long(count: 3)], width: 80, height: 24)
        let l = state.paneLayout
        #expect(l.list != nil && l.article != nil && l.sidebar == nil)
        #expect(l.article?.width == 80)
        let screen = state.render()
        #expect(screen.lines()[0].contains("Articles"))
        #expect(screen.lines().contains { $0.contains("Article 1/2") })
        state.handle(.character("s"))
        #expect(state.paneLayout.sidebar != nil)
        #expect(state.render().lines()[0].contains("[Quotes 2] Entities 6"))
    }

    @Test("wide terminals show all three panes")
    func wide() {
        let state = ReaderState(articles: [ScreenSamples.news], width: 200, height: 50)
        #expect(state.paneLayout.visiblePanes == [.list, .article, .sidebar])
    }

    @Test("under 60 columns one pane at a time; Tab goes through all three")
    func narrow() {
        var state = ReaderState(articles: [ScreenSamples.news], width: 50, height: 20)
        #expect(state.paneLayout.visiblePanes == [.article])
        state.handle(.tab)
        #expect(state.paneLayout.visiblePanes == [.sidebar])
        #expect(state.render().lines()[0].contains("Quotes"))
        state.handle(.tab)
        #expect(state.paneLayout.visiblePanes == [.list])
        state.handle(.backTab)
        #expect(state.focus == .sidebar)
    }

    @Test("the focused pane is marked without colour")
    func focusMarker() {
        var state = ReaderState(articles: [ScreenSamples.news], themes: [.builtinMonochrome], width: 80, height: 24)
        var lines = state.render().lines()
        #expect(lines[0].hasPrefix("  Articles"))
        let articleHeader = lines.firstIndex { $0.contains("Article 1/1") }!
        #expect(lines[articleHeader].hasPrefix("▶ Article"))
        state.handle(.backTab)
        lines = state.render().lines()
        #expect(lines[0].hasPrefix("▶ Articles"))
        #expect(state.render().styleMap()[0].hasPrefix("BBBB"))
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
}
