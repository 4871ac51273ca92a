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
