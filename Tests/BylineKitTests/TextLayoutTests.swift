import BylineKit
import Testing

@Suite("Display width and wrapping")
struct TextLayoutTests {
    @Test func widths() {
        #expect(DisplayWidth.of("Kim") == 3)
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("🇰🇷") == 2)
        #expect(DisplayWidth.of("“’–—…") == 5)
        #expect(DisplayWidth.of("\u{200B}") == 0)
    }

    @Test func wrapsAtSpacesWithinTheWidth() {
        let w = LineWrapper(width: 12)
        #expect(w.wrap("North Korean leader Kim") == ["North Korean", "leader Kim"])
        #expect(w.lines(in: "North Korean leader Kim") == [0..<12, 13..<23])
    }

    @Test func cutsOnlyWordsLongerThanTheLine() {
        #expect(LineWrapper(width: 4).wrap("abcdefghij ab") == ["abcd", "efgh", "ij", "ab"])
    }

    @Test func wideCharactersCountTwoColumns() {
        let lines = LineWrapper(width: 5).wrap("東京都庁 東京")
        #expect(lines == ["東京", "都庁", "東京"])
        for l in lines { #expect(DisplayWidth.of(l) <= 5) }
    }

    @Test func noLineIsWiderThanTheWidth() {
        let text = "Kim Jong Un has criticised the 東京 United States over its support of Ukraine 👍🏽 against e\u{301}e\u{301} a prolonged Russian invasion."
        for width in 1...60 {
            let lines = LineWrapper(width: width).wrap(text)
            for l in lines { #expect(DisplayWidth.of(l) <= max(width, 2), "width \(width): \(l)") }
            #expect(lines.joined(separator: " ").filter { $0 != " " } == text.filter { $0 != " " }, "width \(width)")
        }
    }

    /// Found by the fuzzer: with two spaces between words the line ended after the
    /// first space, one column too wide.
    @Test func aRunOfSpacesBreaksBeforeItsFirstSpace() {
        #expect(LineWrapper(width: 10).wrap("the knife,  and more") == ["the knife,", "and more"])
        #expect(LineWrapper(width: 20).lines(in: "miles of each other.   Next") == [0..<20, 23..<27])
        for width in 1...30 {
            for l in LineWrapper(width: width).wrap("a  bb   ccc    dddd     e t" + String(repeating: " ", count: 30) + "x") {
                #expect(DisplayWidth.of(l) <= width, "width \(width): '\(l)'")
            }
        }
    }

    /// Found by the fuzzer: `byline dump` wrapped paragraphs but not the date and author
    /// line or a wire credit.
    @Test func dumpWrapsTheMetadataLineAndTheCredit() {
        let article = Article(path: "a.md", title: "T", date: ArticleDate(iso: "2024-11-18"), author: "Ann O'Neil",
                              source: "The Wire", blocks: [Block(kind: .paragraph, text: "Text."),
                                                           Block(kind: .credit, text: "– Reuters and Agence France-Presse")])
        for width in [10, 20, 37] {
            let lines = ArticleDump(width: width, metadata: true).render(article).split(separator: "\n")
            #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= width }, "width \(width): \(lines)")
        }
        #expect(ArticleDump(width: 20, metadata: true).render(article).hasSuffix(
            "[Credit]\n– Reuters and Agence\nFrance-Presse\n"), "too narrow beside the label: the label on a line of its own")
    }

    /// `byline dump` prints the article as a reader mode shows it: title and text; the
    /// date, author and site line only when asked for (`dump --metadata`).
    @Test func dumpPrintsTheMetadataLineOnlyWhenAskedFor() {
        let article = Article(path: "a.md", title: "Storm hits the coast", date: ArticleDate(iso: "2024-11-18"),
                              author: "Ann O'Neil", source: "The Wire",
                              blocks: [Block(kind: .paragraph, text: "The storm reached the coast at dawn.")])
        #expect(ArticleDump(width: 40).render(article) == """
            Storm hits the coast
            ====================

            The storm reached the coast at dawn.

            """)
        #expect(ArticleDump(width: 40, metadata: true).render(article) == """
            Storm hits the coast
            ====================
            2024-11-18 · by Ann O'Neil · The Wire

            The storm reached the coast at dawn.

            """)
    }

    @Test func emptyTextIsOneEmptyLine() {
        #expect(LineWrapper(width: 10).lines(in: "") == [0..<0])
        #expect(LineWrapper(width: 10).wrap("   ") == [""])
    }
}

@Suite("byline dump at narrow widths")
struct NarrowDumpTests {
    @Test("a caption or credit at width 10 never makes a line wider than 10, even with wide characters (found by the fuzzer)")
    func labelsAtNarrowWidths() {
        let article = Article(path: "a.md", title: "T", blocks: [
            Block(kind: .caption, text: "한국 사진 한국 사진", credit: nil),
            Block(kind: .credit, text: "Reuters 한한한한", credit: "Reuters 한한한한"),
        ])
        for width in 10...24 {
            let lines = ArticleDump(width: width).render(article).split(separator: "\n", omittingEmptySubsequences: false)
            for line in lines { #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)") }
            #expect(lines.contains { $0.hasPrefix("[Photo]") } && lines.contains { $0.hasPrefix("[Credit]") })
        }
    }
}
