import BylineKit
import BylineTestSupport
import BylineUI
import Testing

@Suite("Focus that does not surprise")
struct FocusTests {
    static let articles = [
        ScreenSamples.news,
        ScreenSamples.long(count: 3, path: "rain.txt", title: "Rain in Tokyo"),
        ScreenSamples.long(count: 3, path: "kim2.txt", title: "Kim meets Putin"),
        ScreenSamples.long(count: 3, path: "vote.txt", title: "Vote counted"),
    ]

    func reader(width: Int = 160) -> ReaderState { ReaderState(articles: Self.articles, width: width, height: 24) }

    func type(_ keys: String, into s: inout ReaderState) { for c in keys { s.handle(.character(c)) } }

    @Test("esc in the article undoes the search, then the mark, and never hands the focus to the list")
    func escapeStaysInTheArticle() {
        var s = reader()
        type("/Seoul", into: &s)
        s.handle(.enter)
        type("e", into: &s)
        #expect(s.search != nil && s.chosen != nil)
        s.handle(.escape)
        #expect(s.search == nil && s.focus == .article)
        s.handle(.escape)
        #expect(s.chosen == nil && s.focus == .article)
        s.handle(.escape)
        s.handle(.escape)
        #expect(s.focus == .article)
    }

    @Test("esc from the list or the sidebar goes back to the article; the list then shows the open article")
    func escapeFromSidePanes() {
        var s = reader()
        s.handle(.backTab)
        #expect(s.focus == .list)
        type("jj", into: &s)
        #expect(s.list.selectedArticle == 2)
        s.handle(.escape)
        #expect(s.focus == .article && s.current == 0)
        #expect(s.list.selectedArticle == 0, "the list's selection agrees with the open article")
        #expect(s.render().lines()[0].contains("Articles 1/4"))
        s.handle(.tab)
        #expect(s.focus == .sidebar)
        s.handle(.escape)
        #expect(s.focus == .article)
    }

    @Test("/ in the list filters the titles; in the article it searches the text")
    func slashInTheList() {
        var s = reader()
        s.handle(.backTab)
        type("/kim", into: &s)
        #expect(s.render().lines().last!.hasPrefix("Titles with: kim"))
        s.handle(.enter)
        #expect(s.list.entries == [0, 2])
        #expect(s.render().lines()[0].hasPrefix("▶ Titles with “kim” 1/2"))
        #expect(s.statusMessage == "2 articles with “kim” in the title")
        type("j", into: &s)
        s.handle(.enter)
        #expect(s.current == 2 && s.focus == .article)
        type("/word1", into: &s)
        s.handle(.enter)
        #expect(s.search?.query == "word1" && s.list.entries == [0, 2])
        s.handle(.backTab)
        s.handle(.escape)
        #expect(s.list.entries == [0, 1, 2, 3] && s.list.selectedArticle == 2)
    }

    @Test("a filter nothing matches says so and keeps the list")
    func noMatch() {
        var s = reader()
        s.handle(.backTab)
        type("/zebra", into: &s)
        s.handle(.enter)
        #expect(s.statusMessage == "No title holds “zebra”")
        #expect(s.list.entries == [0, 1, 2, 3])
    }
}
