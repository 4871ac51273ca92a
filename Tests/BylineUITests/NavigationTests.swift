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
        #expect(s.render().lines().contains { $0.contains("then said") })
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
        var s = ReaderState(articles: [NavigationTests.article], options: ReaderOptions(sidebarOpen: true), width: 120, height: 30)
        var screen = s.render()
        #expect(screen.lines().contains { $0.contains("Kim Jong-un: “we will prevail”") })
        #expect(!screen.lines().contains { $0.contains("then said") })
        s.handle(.tab)
        #expect(s.focus == .sidebar)
        s.handle(.enter)
        screen = s.render()
        #expect(screen.lines().contains { $0.contains("then said") })
        #expect(chosenText(&s) == "we will prevail")
    }

    @Test("the entities tab groups by type with mention counts; choosing one goes to it")
    func sidebarEntities() {
        var s = ReaderState(articles: [NavigationTests.article], options: ReaderOptions(sidebarOpen: true), width: 120, height: 30)
        s.handle(.character("t"))
        let lines = s.render().lines()
        let people = lines.firstIndex { $0.contains("People") }!
        #expect(lines[people + 1].contains("Kim Jong-un") && lines[people + 1].contains("2"))
        #expect(lines[people + 2].contains("Joe Biden") && lines[people + 2].contains("1"))
        s.handle(.tab)
        #expect(s.focus == .sidebar)
        s.handle(.character("j"))
        s.handle(.enter)
        #expect(chosenText(&s) == "Joe Biden")
    }

    @Test("analysis arriving later fills the sidebar")
    func lateAnalysis() {
        let plain = AnalyzedArticle(article: NavigationTests.article.article)
        var s = ReaderState(articles: [plain], options: ReaderOptions(sidebarOpen: true), width: 120, height: 30)
        s.analysing.insert(0)
        #expect(s.render().lines()[0].contains("analysing"))
        s.setAnalysis(NavigationTests.article, at: 0)
        #expect(s.render().lines().contains { $0.contains("we will prevail") })
    }
}
