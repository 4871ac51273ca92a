import BylineKit
import BylineTestSupport
import BylineUI
import Testing

@Suite("Search in the article")
struct SearchTests {
    func typing(_ s: inout ReaderState, _ text: String) {
        for c in text { s.handle(.character(c)) }
    }

    @Test("/ finds and marks every match; n and N move between them")
    func forward() {
        var s = ReaderState(articles: [ScreenSamples.long(count: 80)], width: 80, height: 24)
        s.handle(.character("/"))
        #expect(s.render().lines().last!.hasPrefix("/"))
        typing(&s, "paragraph 5")
        s.handle(.enter)
        // "Paragraph 5 " and "Paragraph 50"…"59": 11 matches, case-insensitive.
        #expect(s.search?.matches.count == 11)
        let screen = s.render()
        let r = row(of: "Paragraph 5 ", in: screen)!
        #expect(screen.styleMap()[r].contains(String(repeating: "/", count: 11)))
        s.handle(.character("n"))
        #expect(s.search?.current == 1)
        #expect(s.render().lines().contains { $0.contains("Paragraph 50 ") })
        s.handle(.character("N"))
        #expect(s.search?.current == 0)
    }

    @Test("?pattern enter searches backward, like less (the help shows meanwhile)")
    func backward() {
        var s = ReaderState(articles: [ScreenSamples.long(count: 80)], width: 80, height: 24)
        s.handle(.character("G"))
        s.handle(.character("?"))
        typing(&s, "Paragraph 2")
        s.handle(.enter)
        let current = s.search!.current!
        let m = s.search!.matches[current]
        #expect(s.layout.items[m.item].text.hasPrefix("Paragraph 29 "))
        s.handle(.character("n"))
        #expect(s.search!.current! < current)
    }

    @Test("Esc cancels the prompt; a missing pattern says so")
    func notFound() {
        var s = ReaderState(articles: [ScreenSamples.news], width: 80, height: 24)
        s.handle(.character("/"))
        typing(&s, "zzz")
        s.handle(.escape)
        #expect(s.search == nil && s.prompt == nil)
        s.handle(.character("/"))
        typing(&s, "zzz")
        s.handle(.enter)
        #expect(s.statusMessage == "Pattern not found: zzz")
    }

    @Test("upper case in the query makes it case-sensitive")
    func smartCase() {
        var s = ReaderState(articles: [ScreenSamples.news], width: 80, height: 24)
        s.handle(.character("/"))
        typing(&s, "kim")
        s.handle(.enter)
        let folded = s.search!.matches.count
        s.handle(.character("/"))
        typing(&s, "KIM")
        s.handle(.enter)
        #expect(folded >= 3)
        #expect(s.search!.matches.isEmpty)
    }
}
