import BylineKit
import BylineTestSupport
import BylineUI
import Testing

@Suite("The reading list: unread, bookmarks, next unread, filters, sorting")
struct ReadingListTests {
    static let articles = [
        ScreenSamples.long(count: 3, path: "b.txt", title: "Bravo harbour opens"),
        ScreenSamples.news,
        ScreenSamples.long(count: 3, path: "a.txt", title: "Alpha vote counted"),
    ]

    func reader(read: Set<String> = [], bookmarked: Set<String> = [], opening: String? = nil) -> ReaderState {
        var s = ReaderState(articles: Self.articles, width: 160, height: 12, opening: opening)
        s.readPaths.formUnion(read)
        s.bookmarkedPaths = bookmarked
        _ = s.takeEffects()
        return s
    }

    func listRows(_ s: inout ReaderState) -> [String] {
        let r = s.paneLayout.list!
        return s.render().lines().prefix(r.maxY).map { String(Array($0)[r.x..<r.maxX]).trimmingSuffixSpaces() }
    }

    @Test("unread articles are marked N and counted; bookmarks marked !; opening one reads it")
    func marks() {
        var s = reader(bookmarked: ["a.txt"])
        var rows = listRows(&s)
        #expect(rows[0].hasPrefix("▶ Articles") == false && rows[0].hasPrefix("  Articles 1/3 · 2 unread · 1 bookmarked"))
        #expect(rows[1].hasPrefix("•   Bravo harbour opens"))
        #expect(rows[2].hasPrefix(" N  Kim renews call"))
        #expect(rows[3].hasPrefix(" N! Alpha vote counted"))
        s.handle(.character("J"))
        rows = listRows(&s)
        #expect(rows[0].hasPrefix("  Articles 2/3 · 1 unread · 1 bookmarked"))
        #expect(rows[2].hasPrefix("•   Kim renews call"))
    }

    @Test("m bookmarks the article and, again, removes the bookmark; each says which")
    func bookmarkToggle() {
        var s = reader()
        s.handle(.character("m"))
        #expect(s.takeEffects() == [.bookmark(path: "b.txt")])
        #expect(s.statusMessage == "Bookmarked" && s.isBookmarked(0))
        s.handle(.character("m"))
        #expect(s.takeEffects() == [.removeBookmark(path: "b.txt")])
        #expect(s.statusMessage == "Bookmark removed" && !s.isBookmarked(0))
    }

    @Test("u opens the next unread article, wrapping, until none is left")
    func nextUnread() {
        var s = reader(read: ["news.txt"])
        s.handle(.character("u"))
        #expect(s.article.article.path == "a.txt")
        #expect(s.statusMessage == "Unread: 0 left")
        s.handle(.character("u"))
        #expect(s.article.article.path == "a.txt")
        #expect(s.statusMessage == "No unread article left")
    }

    @Test("U lists only unread articles, B only bookmarked ones, and again every article")
    func filters() {
        var s = reader(read: ["news.txt"])
        s.handle(.character("U"))
        #expect(s.list.entries == [2])
        #expect(listRows(&s)[0].hasPrefix("  Unread 1/1 · esc all articles"))
        s.handle(.character("U"))
        #expect(s.list.entries == [0, 1, 2])
        s.handle(.character("B"))
        #expect(s.statusMessage == "No bookmarked article: m bookmarks one")
        s.handle(.character("m"))
        s.handle(.character("B"))
        #expect(s.list.entries == [0] && s.statusMessage == "Bookmarks: 1")
    }

    @Test("o sorts the list newest first, by source, by title, then as given; the selection stays")
    func sorting() {
        var s = reader()
        s.handle(.character("J"))
        s.handle(.character("o"))
        #expect(s.statusMessage == "List sorted newest first")
        s.handle(.character("o"))
        s.handle(.character("o"))
        #expect(s.statusMessage == "List sorted by title")
        #expect(s.list.entries == [2, 0, 1])
        #expect(s.list.selectedArticle == 1)
        s.handle(.character("o"))
        #expect(s.list.entries == [0, 1, 2] && s.statusMessage == "List sorted as given")
    }

    @Test("the reader can start at the article read last")
    func opening() {
        let s = reader(opening: "a.txt")
        #expect(s.current == 2 && s.list.selectedArticle == 2)
    }
}

@Suite("Reopening an article")
struct ReopeningTests {
    @Test("a saved position at the first block shows the headline and date, not the text below them")
    func headlineKept() {
        var s = ReaderState(articles: [ScreenSamples.news], width: 80, height: 24, initialPositions: ["news.txt": 0])
        #expect(s.render().lines()[0].hasPrefix(" Kim renews call"))
    }
}
