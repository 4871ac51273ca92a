import BylineKit
import Foundation
import BylineTestSupport
import BylineUI
import Testing

@Suite("Wrapping by display width")
struct WrappingTests {
    func textLines(_ a: AnalyzedArticle, width: Int, height: Int = 30) -> [String] {
        var state = ReaderState(articles: [a], options: ReaderOptions(maxTextWidth: nil), width: width, height: height)
        return state.render().lines()
    }

    @Test("words are never cut; lines fit the pane")
    func words() {
        let a = ScreenSamples.article(paragraphs: ["alpha beta gamma delta epsilon zeta eta theta iota kappa"])
        let lines = textLines(a, width: 24, height: 12)
        // 24 columns: one column of margin each side, 22 of text.
        #expect(lines.contains { $0 == " alpha beta gamma delta " })
        for l in lines { #expect(DisplayWidth.of(l) == 24) }
        let words = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split(separator: " ").map(String.init)
        let body = lines.filter { line in words.contains { line.contains($0) } }
        let shown = body.flatMap { $0.split(separator: " ").map(String.init) }
        #expect(shown == words, "every word whole, in order: \(shown)")
    }

    @Test("CJK takes two columns and wraps whole")
    func cjk() {
        let a = ScreenSamples.article(paragraphs: [String(repeating: "東京", count: 20)])
        var state = ReaderState(articles: [a], options: ReaderOptions(maxTextWidth: nil), width: 22, height: 10)
        let screen = state.render()
        #expect(screenInvariantViolations(screen).isEmpty)
        // 22 columns, a margin each side: each line holds 10 wide characters (20 columns).
        #expect(screen.lines().contains { $0 == " " + String(repeating: "東京", count: 5) + " " }, "\(screen.plainText)")
    }

    @Test("combining marks take no column")
    func combining() {
        let a = ScreenSamples.article(title: "T", paragraphs: ["cafe\u{301} cafe\u{301} cafe\u{301}"])
        var state = ReaderState(articles: [a], width: 30, height: 6)
        let screen = state.render()
        assertWholeScreen(screen, lines: [
            " T",
            "",
            " 2024-11-18",
            "",
            " café café café",
            " T               100%  ? help",
        ])
        #expect(screenInvariantViolations(screen).isEmpty)
    }

    @Test("a word longer than the line is cut")
    func longWord() {
        let a = ScreenSamples.article(title: "T", paragraphs: [String(repeating: "x", count: 50)])
        var state = ReaderState(articles: [a], width: 20, height: 8)
        assertWholeScreen(state.render(), lines: [
            "▶ Article 1/1 ──────",
            " T",
            "",
            " 2024-11-18",
            "",
            " xxxxxxxxxxxxxxxxxx",
            " xxxxxxxxxxxxxxxxxx",
            " T              85%",
        ])
    }

    @Test("text is no wider than maxTextWidth")
    func maxWidth() {
        let a = ScreenSamples.long(count: 5, words: 60)
        var state = ReaderState(articles: [a], options: ReaderOptions(maxTextWidth: 40), width: 120, height: 30)
        let pane = state.paneLayout.article!
        let lines = state.render().lines().map { String(Array($0)[pane.x..<pane.maxX]) }
        for l in lines where l.contains("word") {
            let trimmed = l.trimmingCharacters(in: .whitespaces)
            #expect(DisplayWidth.of(trimmed) <= 40)
        }
    }
}
