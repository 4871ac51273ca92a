import BylineKit
import Foundation
import BylineTestSupport
import BylineUI
import Testing

/// Every size from 10x3 to 200x60: the screen stays sound and text stays visible.
@Suite("Layout sweep")
struct LayoutSweepTests {
    static let article = ScreenSamples.article(
        title: "Wide 東京 title with an emoji 🎉 and e\u{301}",
        paragraphs: [
            "North Korean leader Kim Jong-un renewed his call 東京特許許可局 for a “limitless” expansion 🎉🎉 of the programme.",
            String(repeating: "東", count: 150),
            "Supercalifragilisticexpialidocious-and-then-some-more-letters-without-any-space-at-all-here and short.",
        ] + (1...30).map { "Paragraph \($0) with enough words to wrap over a line or two at most widths we try here." },
        entities: [(0, "Kim Jong-un", .person, "Kim Jong-un")],
        quotes: [(0, "limitless", "Kim Jong-un")]
    )
    static let articles = [article, ScreenSamples.news, ScreenSamples.long(count: 40)]

    static func check(width: Int, height: Int, keys: [Key] = [], sidebar: Bool? = nil) {
        var state = ReaderState(articles: articles, options: ReaderOptions(sidebarOpen: sidebar), width: width, height: height)
        for k in keys { state.handle(k) }
        let screen = state.render()
        let label = "\(width)x\(height) after \(keys)"
        let problems = screenInvariantViolations(screen)
        #expect(problems.isEmpty, "\(label): \(problems.prefix(3))")
        #expect(screen.styleMap().last?.allSatisfy { $0 == "S" } == true, "\(label): status line missing")
        // At least one row of article text (with the article pane focused).
        let textRows = screen.styleMap().dropLast().filter { row in row.contains { "pTqcr.dl".contains($0) } }
        let hasText = screen.lines().dropLast().contains { line in
            line.contains("North") || line.contains("Kim") || line.contains("Para") || line.contains("Wide") || line.contains("東")
                || line.contains("2024") || line.contains("Super")
        }
        #expect(!textRows.isEmpty && hasText, "\(label): no article text\n\(screen.plainText)")
    }

    @Test("widths 10…200 at several heights", arguments: [3, 4, 5, 7, 10, 11, 24, 60])
    func everyWidth(height: Int) {
        for width in 10...200 { LayoutSweepTests.check(width: width, height: height) }
    }

    @Test("heights 3…60 at several widths", arguments: [10, 20, 59, 60, 80, 119, 120, 200])
    func everyHeight(width: Int) {
        for height in 3...60 {
            LayoutSweepTests.check(width: width, height: height)
            LayoutSweepTests.check(width: width, height: height, keys: [.pageDown, .down, .down], sidebar: true)
        }
    }

    @Test("scrolled to every offset at small sizes")
    func everyOffset() {
        for (w, h) in [(10, 3), (20, 5), (33, 7), (61, 12)] {
            var state = ReaderState(articles: LayoutSweepTests.articles, width: w, height: h)
            var previous = state.top
            for step in 0..<400 {
                state.handle(.down)
                let problems = screenInvariantViolations(state.render())
                #expect(problems.isEmpty, "\(w)x\(h) step \(step): \(problems.prefix(2))")
                if state.top == previous { break }
                previous = state.top
            }
            #expect(state.top == { var s = state; s.handle(.end); return s.top }(), "\(w)x\(h): j reaches the end")
        }
    }

    @Test("at 20x5 and 10x3 article text stays visible")
    func tinyTerminals() {
        for (w, h) in [(20, 5), (10, 3)] {
            var state = ReaderState(articles: [ScreenSamples.news], width: w, height: h)
            let lines = state.render().lines()
            #expect(lines.count == h)
            #expect(lines.dropLast().contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        }
    }
}
