import BylineKit
import BylineTestSupport
import BylineUI
import Testing

/// A frame drawn from the last one (the article's rows moved, only the exposed rows
/// drawn; unchanged side panes copied) shows exactly what a frame drawn afresh shows,
/// whatever keys led there.
@Suite("Frames drawn from the last one equal frames drawn afresh")
struct ScrollReuseTests {
    /// An article long enough to scroll, with a name, a place and a quotation on many
    /// lines, so the rows a scroll exposes carry styles.
    static let articles: [AnalyzedArticle] = {
        let sentences = (0..<24).map { n in
            "Kim Jong-un said in Seoul on day \(n) that “talks must resume” while Joe Biden "
                + "spoke from Washington about the \(n)th round of a long negotiation with many words."
        }
        let entities: [(block: Int, text: String, type: EntityType, canonical: String)] = sentences.indices.flatMap { b in
            [(b, "Kim Jong-un", EntityType.person, "Kim Jong-un"), (b, "Seoul", .place, "Seoul"),
             (b, "Joe Biden", .person, "Joe Biden"), (b, "Washington", .place, "Washington")]
        }
        let quotes: [(block: Int, text: String, speaker: String?)] = sentences.indices.map { ($0, "talks must resume", "Kim Jong-un") }
        return [
            ScreenSamples.article(path: "talks.txt", title: "Talks", paragraphs: sentences, entities: entities, quotes: quotes),
            ScreenSamples.long(count: 40, path: "b.txt", title: "Bravo harbour opens"),
        ]
    }()

    /// Keys that scroll, page, jump, search, mark, zoom, switch panes and articles.
    static let keys: [Key] = [
        .character("j"), .character("j"), .character("j"), .character("k"), .character("k"), .down, .up,
        .character(" "), .character("b"), .character("d"), .character("u"), .character("g"), .character("G"),
        .character("'"), .character("\""), .character("e"), .character("E"), .character("n"), .character("N"),
        .character("z"), .tab, .character("J"), .character("K"), .character("3"), .character("?"), .escape,
        .pageDown, .pageUp, .wheelDown(x: 40, y: 5), .wheelUp(x: 40, y: 5),
    ]

    /// SplitMix64: the same sequences on every run.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let sizes = [(80, 24), (120, 40), (200, 50), (100, 30), (60, 20), (45, 12)]

    @Test("after each of many random keys, at every size and in both layouts, the frame equals one drawn afresh",
          arguments: [PaneLayout.Arrangement.columns, .stacked])
    func randomKeys(arrangement: PaneLayout.Arrangement) {
        var rng = Seeded(state: arrangement == .columns ? 1 : 2)
        var moved = 0
        for (w, h) in Self.sizes {
            for _ in 0..<4 {
                var s = ReaderState(articles: Self.articles, options: ReaderOptions(layout: arrangement), width: w, height: h)
                // A search, so that matches are drawn too and n/N move between them.
                for key in "/said" { s.handle(.character(key)) }
                s.handle(.enter)
                var typed: [Key] = []
                for _ in 0..<40 {
                    let key = Self.keys.randomElement(using: &rng)!
                    typed.append(key)
                    s.handle(key)
                    let frame = s.render()
                    if frame.scrolled != nil { moved += 1 }
                    var fresh = s.drawingAfresh()
                    let expected = fresh.render()
                    guard frame == expected else {
                        Issue.record("""
                        at \(w)x\(h) after \(typed), the frame drawn from the last one differs from one drawn afresh:
                        \(frame.lines().joined(separator: "\n"))
                        \(frame.styleMap().joined(separator: "\n"))
                        afresh:
                        \(expected.lines().joined(separator: "\n"))
                        \(expected.styleMap().joined(separator: "\n"))
                        """)
                        return
                    }
                }
            }
        }
        // The frames moved the article's rows often (else this test would test nothing).
        #expect(moved > 100)
    }

    @Test("a line down, a line up and three lines down move the article's rows by 1, -1 and 3; the screen is the one drawn afresh")
    func linesMoveRows() {
        var s = ReaderState(articles: Self.articles, width: 80, height: 24)
        let first = s.render()
        s.handle(.character("j"))
        let down = s.render()
        #expect(down.scrolled?.serial == first.serial)
        #expect(down.scrolled?.by == 1)
        s.handle(.character("k"))
        #expect(s.render().scrolled?.by == -1)
        for key in "3j" { s.handle(.character(key)) }
        let three = s.render()
        #expect(three.scrolled?.by == 3)
        var fresh = ReaderState(articles: Self.articles, width: 80, height: 24)
        for key in "jk3j" { fresh.handle(.character(key)) }
        #expect(fresh.render() == three)
        // A page is drawn whole.
        s.handle(.character(" "))
        #expect(s.render().scrolled == nil)
    }
}
