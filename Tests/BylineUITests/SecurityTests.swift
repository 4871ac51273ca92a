import BylineKit
import BylineTestSupport
import BylineUI
import Testing

@Suite("Untrusted text never reaches the terminal raw")
struct SecurityTests {
    static let nasty = "a\u{1B}[31mred\u{1B}]52;c;SGVsbG8=\u{07}b\u{08}c\u{9B}2J\u{202E}evil\u{0}z"

    @Test("titles, file names, body text and search input are made visible")
    func everywhere() {
        // Block text is sanitised by the parser; titles and paths come from elsewhere too.
        let article = Article(path: "x\u{1B}[2J.txt", title: "Title \(SecurityTests.nasty)",
                              source: "src\u{07}", blocks: [Block(kind: .paragraph, text: SecurityTests.nasty)])
        var s = ReaderState(articles: [AnalyzedArticle(article: article)], width: 120, height: 30)
        s.handle(.character("/"))
        for c in "\u{1B}[0m" { s.handle(.character(c)) }
        let screen = s.render()
        #expect(screenInvariantViolations(screen).isEmpty)
        let all = screen.lines().joined()
        #expect(!all.unicodeScalars.contains { TextSanitizer.isUnsafe($0) })
        #expect(all.contains("␛[31mred"))
        #expect(all.contains("␛]52"))
    }
}
