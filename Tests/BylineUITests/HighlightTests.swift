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
        let plain = String(repeating: ".", count: 80)
        assertWholeScreen(s, lines: [
            " Kim renews call",
            "",
            " 2024-11-18",
            "",
            " North Korean leader Kim Jong-un has renewed his call for a “limitless”",
            " expansion.",
            "",
            " Mr Kim said the United Nations was “escalating tensions” in Seoul.",
            "",
            " Joe Biden answered from Washington.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Kim renews call                                             L1/10 100%  ? help",
        ])
        assertStyles(s, map: [
            ".TTTTTTTTTTTTTTT" + String(repeating: ".", count: 64),
            plain,
            ".dddddddddd" + String(repeating: ".", count: 69),
            plain,
            ".nnnnnnnnnnnn........ppppppppppp.............................qqqqqqqqq..........",
            plain,
            plain,
            ".pppppp..........oooooooooooooo......qqqqqqqqqqqqqqqqqqq.....lllll..............",
            plain,
            ".ppppppppp...............llllllllll.............................................",
        ])
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
        let plain = String(repeating: ".", count: 80)
        assertWholeScreen(s, lines: [
            " Caption test",
            "",
            " Some text.",
            "",
            "   A man in a hat. Photograph: Jane Doe/AP",
            "",
            " – PA",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Caption test                                                 L1/7 100%  ? help",
        ])
        assertStyles(s, map: [
            ".TTTTTTTTTTTT" + String(repeating: ".", count: 67),
            plain,
            plain,
            plain,
            "...ccccccccccccccccccccccccccccrrrrrrrrrrr" + String(repeating: ".", count: 38),
            plain,
            ".rrrr" + String(repeating: ".", count: 75),
        ])
    }
}
