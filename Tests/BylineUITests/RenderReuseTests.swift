import BylineKit
import BylineTestSupport
import BylineUI
import Testing

@Suite("Frames reuse the side panes that did not change")
struct RenderReuseTests {
    static let articles = [
        ScreenSamples.news,
        ScreenSamples.long(count: 30, path: "b.txt", title: "Bravo harbour opens"),
    ]

    func reader() -> ReaderState {
        ReaderState(articles: Self.articles, width: 160, height: 30)
    }

    @Test("a line down copies the list and the sidebar from the last frame, and the screen is the one drawn afresh")
    func lineDownReusesSidePanes() {
        var s = reader()
        let first = s.render()
        #expect(first.reused == nil)
        s.handle(.character("j"))
        let second = s.render()
        let l = s.paneLayout
        #expect(second.reused?.serial == first.serial)
        // (The article is shorter than the pane: its rows did not move and are copied too.)
        let reusedRects = Set(second.reused?.rects ?? [])
        #expect(reusedRects.isSuperset(of: [l.list!, l.sidebar!]))
        // The same keys on a reader that never drew: the same cells.
        var fresh = reader()
        fresh.handle(.character("j"))
        #expect(fresh.render() == second)
    }

    @Test("a key that changes a side pane redraws it: the list after J, the sidebar after a quotation is marked")
    func changedPanesAreRedrawn() {
        var s = reader()
        _ = s.render()
        s.handle(.character("J"))
        let afterNext = s.render()
        let reusedAfterNext: [Rect] = afterNext.reused?.rects ?? []
        #expect(!reusedAfterNext.contains(s.paneLayout.list!))
        s.handle(.character("K"))
        _ = s.render()
        s.handle(.character("'"))
        let marked = s.render()
        let reusedAfterMark: [Rect] = marked.reused?.rects ?? []
        #expect(!reusedAfterMark.contains(s.paneLayout.sidebar!))
        var fresh = reader()
        for key in "JK'" { fresh.handle(.character(key)) }
        #expect(fresh.render() == marked)
    }

    @Test("closing the help copies the panes from the frame before it, and the screen is the one drawn afresh")
    func closingTheHelpReusesThePanes() {
        var s = reader()
        let before = s.render()
        s.handle(.character("h"))
        let help = s.render()
        #expect(help.reused == nil)
        s.handle(.character("j"))  // the help scrolls; the panes beneath it do not change
        _ = s.render()
        s.handle(.character("q"))
        let closed = s.render()
        let l = s.paneLayout
        // Copied from the frame before the help, which the terminal no longer shows: a
        // backend compares them with the help's cells, so they are sent again.
        #expect(closed.reused?.serial == before.serial)
        let reusedRects: [Rect] = closed.reused?.rects ?? []
        #expect(Set(reusedRects).isSuperset(of: [l.list!, l.sidebar!]))
        #expect(closed == before)
        var fresh = s.drawingAfresh()
        #expect(fresh.render() == closed)
        // A key that changes the article while the help is open (`?` and a search): the
        // panes that did not change are still copied, the article is drawn.
        s.handle(.character("?"))
        _ = s.render()
        for c in "Kim" { s.handle(.character(c)) }
        _ = s.render()
        s.handle(.enter)
        let searched = s.render()
        let reusedAfterSearch: [Rect] = searched.reused?.rects ?? []
        #expect(reusedAfterSearch.contains(l.list!))
        var freshSearched = s.drawingAfresh()
        #expect(freshSearched.render() == searched)
        #expect(searched != before)
    }
}
