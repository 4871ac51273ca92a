import BylineKit
import BylineTestSupport
import BylineUI
import Testing

@Suite("Highlighting")
struct HighlightTests {
    func screen(theme: Theme = .builtinDefault, width: Int = 80) -> ScreenBuffer {
        var state = ReaderState(articles: [ScreenSamples.news], themes: [theme], width: width, height: 24)
        return state.render()
    }

    @Test("entities by type, quotations, headline and date")
    func letters() {
        let s = screen()
        let r = row(of: "North Korean leader", in: s)!
        let line = s.lines()[r]
        let map = s.styleMap()[r]
        func letters(of text: String) -> String {
            let start = line.distance(from: line.startIndex, to: line.range(of: text)!.lowerBound)
            return String(Array(map)[start..<(start + text.count)])
        }
        #expect(letters(of: "North Korean") == "nnnnnnnnnnnn")
        #expect(letters(of: "Kim Jong-un") == "ppppppppppp")
        #expect(letters(of: "limitless") == "qqqqqqqqq")
        #expect(letters(of: "leader") == "......")
        let r2 = row(of: "Mr Kim", in: s)!
        let l2 = s.lines()[r2], m2 = Array(s.styleMap()[r2])
        let o = l2.distance(from: l2.startIndex, to: l2.range(of: "United Nations")!.lowerBound)
        #expect(String(m2[o..<(o + 14)]) == "oooooooooooooo")
        let seoul = l2.distance(from: l2.startIndex, to: l2.range(of: "Seoul")!.lowerBound)
        #expect(String(m2[seoul..<(seoul + 5)]) == "lllll")
        let lines = s.lines()
        let title = lines.indices.last { lines[$0].contains("Kim renews call") && $0 < s.height - 1 }!
        #expect(s.styleMap()[title].contains("TTTTT"))
        let date = lines.indices.last { lines[$0].hasPrefix(" 2024-11-18") }!
        #expect(s.styleMap()[date].contains("dddddddddd"))
    }

    @Test("entity types stay apart without colour")
    func monochrome() {
        let s = screen(theme: .builtinMonochrome)
        var attrs: [Character: Attributes] = [:]
        for y in 0..<s.height {
            for x in 0..<s.width {
                let c = s[x, y]
                #expect(c.style.fg == .default && c.style.bg == .default)
                attrs[ScreenBuffer.letter(for: c.element)] = c.style.attributes
            }
        }
        let kinds: [Character] = ["p", "o", "l", "n", "q", "."]
        let seen = kinds.compactMap { attrs[$0] }
        #expect(seen.count == kinds.count)
        #expect(Set(seen).count == kinds.count, "each type has its own attributes: \(attrs)")
    }

    @Test("captions and their credits are styled apart")
    func captions() {
        let article = Article(path: "c.txt", title: "Caption test", blocks: [
            Block(kind: .paragraph, text: "Some text."),
            Block(kind: .caption, text: "A man in a hat. Photograph: Jane Doe/AP", credit: "Jane Doe/AP"),
            Block(kind: .credit, text: "– PA", credit: "PA"),
        ])
        var state = ReaderState(articles: [AnalyzedArticle(article: article)], width: 80, height: 24)
        let s = state.render()
        let r = row(of: "A man in a hat", in: s)!
        #expect(s.styleMap()[r].contains("ccccc"))
        #expect(s.styleMap()[r].contains("rrrrrrrrrrr"))
        let credit = row(of: "– PA", in: s)!
        #expect(s.styleMap()[credit].contains("rrrr"))
    }
}
