import BylineKit
import Foundation
import BylineTestSupport
import BylineUI
import Testing

@Suite("Resize")
struct ResizeTests {
    @Test("the first visible paragraph stays first across widths")
    func keepsPosition() {
        var s = ReaderState(articles: [ScreenSamples.long(count: 60, words: 30)], width: 80, height: 24)
        for _ in 0..<40 { s.handle(.down) }
        let block = s.firstVisibleBlock
        for (w, h) in [(200, 50), (50, 12), (20, 5), (10, 3), (80, 24), (133, 41)] {
            s.resize(width: w, height: h)
            #expect(s.firstVisibleBlock == block, "\(w)x\(h)")
            let screen = s.render()
            #expect(screenInvariantViolations(screen).isEmpty)
            #expect(screen.lines().count == h)
        }
    }

    @Test("the top line keeps its text when the width changes")
    func keepsLine() {
        var s = ReaderState(articles: [ScreenSamples.long(count: 20, words: 80)], options: ReaderOptions(maxTextWidth: nil), width: 80, height: 24)
        for _ in 0..<7 { s.handle(.down) }
        let content = s.paneLayout.content(of: .article)!
        let before = s.render().lines()[content.y].trimmingCharacters(in: .whitespaces).split(separator: " ").first!
        s.resize(width: 140, height: 30)
        let after = s.render()
        let c2 = s.paneLayout.content(of: .article)!
        #expect(after.lines()[c2.y].trimmingCharacters(in: .whitespaces).hasPrefix(String(before)) ||
                after.lines()[c2.y].contains(String(before)))
    }
}

@Suite("Replacing the article in place")
struct ReplaceArticleTests {
    @Test("the whole article replaces its beginning without moving the reader")
    func keepsPosition() {
        let whole = ScreenSamples.long(count: 80, words: 20)
        var head = whole
        head.article.blocks = Array(whole.article.blocks.prefix(30))
        var s = ReaderState(articles: [head], width: 80, height: 24)
        s.loading.insert(0)
        #expect(s.render().lines().last!.contains("loading…"))
        for _ in 0..<25 { s.handle(.down) }
        let before = s.render().lines()
        let block = s.firstVisibleBlock
        s.replaceArticle(whole, at: 0)
        s.loading.remove(0)
        #expect(s.firstVisibleBlock == block)
        let after = s.render().lines()
        #expect(Array(after.dropLast()) == Array(before.dropLast()))
        s.handle(.character("G"))
        #expect(s.render().lines().contains { $0.contains("Paragraph 80 ") })
    }
}
