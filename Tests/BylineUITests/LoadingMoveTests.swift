import BylineKit
import BylineTestSupport
import BylineUI
import Testing

/// A large article is shown from its beginning while the rest loads: a movement made
/// meanwhile is applied to the whole article when it arrives.
@Suite("Moving while an article loads")
struct LoadingMoveTests {
    let whole = ScreenSamples.long(count: 80, words: 20)

    /// The reader on the first `blocks` paragraphs of ``whole``, still loading.
    func loadingState(blocks: Int = 10) -> ReaderState {
        var head = whole
        head.article.blocks = Array(whole.article.blocks.prefix(blocks))
        var s = ReaderState(articles: [head], width: 80, height: 24)
        s.loading.insert(0)
        return s
    }

    func arrive(_ s: inout ReaderState) {
        s.replaceArticle(whole, at: 0)
        s.loading.remove(0)
    }

    func lastParagraphShown(_ state: ReaderState) -> Bool {
        var s = state
        return s.render().lines().contains { $0.contains("Paragraph 80 ") }
    }

    @Test("G during the load lands at the end of the whole article, not of its beginning")
    func bottom() {
        var s = loadingState()
        s.handle(.character("G"))
        #expect(s.render().lines().contains { $0.contains("Paragraph 10 ") })
        arrive(&s)
        #expect(lastParagraphShown(s), "\(s.render().lines().joined(separator: "\n"))")
        #expect(s.render().lines().last!.contains("100%"))
    }

    @Test("lines asked beyond the loaded part are scrolled once it arrives; going up forgets them")
    func linesBeyond() {
        var s = loadingState()
        let page = s.paneLayout.content(of: .article)!.height
        for _ in 0..<4 { s.handle(.pageDown) }
        #expect(s.render().lines().contains { $0.contains("Paragraph 10 ") })
        #expect(s.layout.lineNumber(of: s.top).line < 1 + 4 * page)
        arrive(&s)
        #expect(s.layout.lineNumber(of: s.top).line == 1 + 4 * page)

        var t = loadingState()
        t.handle(.character("G"))
        t.handle(.down)
        t.handle(.up)
        let position = t.firstVisibleBlock
        arrive(&t)
        #expect(t.firstVisibleBlock == position)
    }

    @Test("a line number past the loaded part (100G) and a share (50%) are of the whole article")
    func absolute() {
        var s = loadingState()
        s.handle(.character("1"))
        s.handle(.character("0"))
        s.handle(.character("0"))
        s.handle(.character("G"))
        #expect(s.layout.lineNumber(of: s.top).total < 100)
        arrive(&s)
        #expect(s.layout.lineNumber(of: s.top).line == 100)

        var t = loadingState()
        t.handle(.character("5"))
        t.handle(.character("0"))
        t.handle(.character("%"))
        arrive(&t)
        let (line, total) = t.layout.lineNumber(of: t.top)
        #expect(abs(line - 1 - total / 2) <= 1, "line \(line) of \(total)")
    }

    @Test("moves within the loaded part leave nothing pending")
    func nothingPending() {
        var s = loadingState(blocks: 30)
        for _ in 0..<3 { s.handle(.pageDown) }
        let block = s.firstVisibleBlock
        arrive(&s)
        #expect(s.firstVisibleBlock == block)
    }
}
