import BylineKit
import BylineTestSupport
import BylineUI
import Testing

@Suite("Entity and quotation navigation, sidebar")
struct NavigationTests {
    static let filler = (1...40).map { "Filler paragraph \($0) with nothing named in it at all." }
    static var article: AnalyzedArticle {
        ScreenSamples.article(
            path: "nav.txt", title: "Navigation",
            paragraphs: ["Mr Kim spoke first."] + filler + ["Kim Jong-un then said “we will prevail” to Joe Biden."],
            entities: [(0, "Mr Kim", .person, "Kim Jong-un"), (41, "Kim Jong-un", .person, "Kim Jong-un"), (41, "Joe Biden", .person, "Joe Biden")],
            quotes: [(41, "we will prevail", "Kim Jong-un")]
        )
    }

    func chosenText(_ s: inout ReaderState) -> String {
        let screen = s.render()
        var out = ""
        for y in 0..<screen.height { for x in 0..<screen.width where screen[x, y].element == .chosen { out += screen[x, y].grapheme } }
        return out
    }

    @Test("e and E go to the next and previous mention, marked")
    func entities() {
        var s = ReaderState(articles: [NavigationTests.article], width: 80, height: 24)
        s.handle(.character("e"))
        #expect(chosenText(&s) == "Mr Kim")
        s.handle(.character("e"))
        #expect(chosenText(&s) == "Kim Jong-un")
        s.handle(.character("e"))
        #expect(chosenText(&s) == "Joe Biden")
        s.handle(.character("E"))
        #expect(chosenText(&s) == "Kim Jong-un")
    }

    @Test("* goes to the next mention of the same entity, from Mr Kim to Kim Jong-un")
    func sameEntity() {
        var s = ReaderState(articles: [NavigationTests.article], width: 80, height: 24)
        s.handle(.character("e"))
        s.handle(.character("*"))
        #expect(chosenText(&s) == "Kim Jong-un")
        assertWholeScreen(s.render(), lines: [
            " Filler paragraph 30 with nothing named in it at all.",
            "",
            " Filler paragraph 31 with nothing named in it at all.",
            "",
            " Filler paragraph 32 with nothing named in it at all.",
            "",
            " Filler paragraph 33 with nothing named in it at all.",
            "",
            " Filler paragraph 34 with nothing named in it at all.",
            "",
            " Filler paragraph 35 with nothing named in it at all.",
            "",
            " Filler paragraph 36 with nothing named in it at all.",
            "",
            " Filler paragraph 37 with nothing named in it at all.",
            "",
            " Filler paragraph 38 with nothing named in it at all.",
            "",
            " Filler paragraph 39 with nothing named in it at all.",
            "",
            " Filler paragraph 40 with nothing named in it at all.",
            "",
            " Kim Jong-un then said “we will prevail” to Joe Biden.",
            " Kim Jong-un · person · mention 2 of 2                      L65/87 100%  ? help",
        ])
        s.handle(.character("*"))
        #expect(chosenText(&s) == "Mr Kim")
    }

    @Test("' and \" go to the next and previous quotation")
    func quotes() {
        var s = ReaderState(articles: [NavigationTests.article], width: 80, height: 24)
        s.handle(.character("'"))
        #expect(chosenText(&s) == "we will prevail")
        s.handle(.character("\""))
        #expect(s.statusMessage == "No earlier quotation")
    }

    @Test("choosing a quotation in the sidebar scrolls the article to it and marks it")
    func sidebarQuote() {
        var s = ReaderState(articles: [NavigationTests.article], options: ReaderOptions(sidebarOpen: true), width: 120, height: 10)
        assertWholeScreen(s.render(), lines: [
            "▶ Article 1/1 ─────────────────────────────────────────────────────────────────────│  [Quotes 1] Entities 2 ────────────",
            " Navigation                                                                        │ Kim Jong-un: “we will prevail”",
            "                                                                                   │",
            " 2024-11-18                                                                        │",
            "                                                                                   │",
            " Mr Kim spoke first.                                                               │",
            "                                                                                   │",
            " Filler paragraph 1 with nothing named in it at all.                               │",
            "                                                                                   │",
            " Navigation                                                                                            L1/87 9%  ? help",
        ])
        s.handle(.tab)
        #expect(s.focus == .sidebar)
        s.handle(.enter)
        assertWholeScreen(s.render(), lines: [
            "  Article 1/1 ─────────────────────────────────────────────────────────────────────│▶ [Quotes 1] Entities 2 ────────────",
            "                                                                                   │ Kim Jong-un: “we will prevail”",
            " Filler paragraph 38 with nothing named in it at all.                              │",
            "                                                                                   │",
            " Filler paragraph 39 with nothing named in it at all.                              │",
            "                                                                                   │",
            " Filler paragraph 40 with nothing named in it at all.                              │",
            "                                                                                   │",
            " Kim Jong-un then said “we will prevail” to Joe Biden.                             │",
            " Quote 1 of 1 · Kim Jong-un                                                                         L80/87 100%  ? help",
        ])
        #expect(chosenText(&s) == "we will prevail")
    }

    @Test("the entities tab groups by type with mention counts; choosing one goes to it")
    func sidebarEntities() {
        var s = ReaderState(articles: [NavigationTests.article], options: ReaderOptions(sidebarOpen: true), width: 120, height: 8)
        s.handle(.character("t"))
        assertWholeScreen(s.render(), lines: [
            "▶ Article 1/1 ─────────────────────────────────────────────────────────────────────│  Quotes 1 [Entities 2] ────────────",
            " Navigation                                                                        │ People",
            "                                                                                   │ Kim Jong-un                      2",
            " 2024-11-18                                                                        │ Joe Biden                        1",
            "                                                                                   │",
            " Mr Kim spoke first.                                                               │",
            "                                                                                   │",
            " Navigation                                                                                            L1/87 6%  ? help",
        ])
        s.handle(.tab)
        #expect(s.focus == .sidebar)
        s.handle(.character("j"))
        s.handle(.enter)
        #expect(chosenText(&s) == "Joe Biden")
    }

    @Test("analysis arriving later fills the sidebar")
    func lateAnalysis() {
        let plain = AnalyzedArticle(article: NavigationTests.article.article)
        var s = ReaderState(articles: [plain], options: ReaderOptions(sidebarOpen: true), width: 120, height: 6)
        s.analysing.insert(0)
        assertWholeScreen(s.render(), lines: [
            "▶ Article 1/1 ─────────────────────────────────────────────────────────────────────│  [Quotes] Entities (analysing…) ───",
            " Navigation                                                                        │ (no quotations found)",
            "                                                                                   │",
            " 2024-11-18                                                                        │",
            "                                                                                   │",
            " Navigation                                                                                 analysing… L1/87 4%  ? help",
        ])
        s.setAnalysis(NavigationTests.article, at: 0)
        assertWholeScreen(s.render(), lines: [
            "▶ Article 1/1 ─────────────────────────────────────────────────────────────────────│  [Quotes 1] Entities 2 ────────────",
            " Navigation                                                                        │ Kim Jong-un: “we will prevail”",
            "                                                                                   │",
            " 2024-11-18                                                                        │",
            "                                                                                   │",
            " Navigation                                                                                            L1/87 4%  ? help",
        ])
    }
}
