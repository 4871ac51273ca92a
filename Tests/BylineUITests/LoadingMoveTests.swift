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

    @Test("G during the load lands at the end of the whole article, not of its beginning")
    func bottom() {
        var s = loadingState()
        s.handle(.character("G"))
        assertWholeScreen(s.render(), lines: [
            " Paragraph 3 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            "",
            " Paragraph 4 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            "",
            " Paragraph 5 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            "",
            " Paragraph 6 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            "",
            " Paragraph 7 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            "",
            " Paragraph 8 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            "",
            " Paragraph 9 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            "",
            " Paragraph 10 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            " Long article                                      loading… L11/33 100%  ? help",
        ])  // the end of what has loaded
        arrive(&s)
        assertWholeScreen(s.render(), lines: [
            " Paragraph 73 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            "",
            " Paragraph 74 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            "",
            " Paragraph 75 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            "",
            " Paragraph 76 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            "",
            " Paragraph 77 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            "",
            " Paragraph 78 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            "",
            " Paragraph 79 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            "",
            " Paragraph 80 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11 word12 word13 word14 word15 word16 word17 word18 word19",
            " Long article                                             L221/243 100%  ? help",
        ])  // the end of the whole article
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
