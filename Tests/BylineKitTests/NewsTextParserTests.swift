import BylineKit
import BylineTestSupport
import Testing

@Suite("The plain-text news format")
struct NewsTextParserTests {
    func parse(_ text: String, path: String = "a.txt") -> ParsedArticle {
        ArticleParser.parse(text: text, path: path)
    }

    @Test func wikinewsArticleHasDateAndHeadline() throws {
        let a = try ArticleLoader().load(path: Fixtures.corpus(1)).article
        #expect(a.date?.description == "2019-01-04")
        #expect(a.title == "Magnitogorsk apartment building collapses after explosion, dozens dead")
        #expect(a.blocks[0] == Block(kind: .headline, text: a.title))
        #expect(a.blocks.dropFirst().allSatisfy { $0.kind == .paragraph })
        #expect(a.credit == nil)
    }

    @Test func everyCorpusArticleParses() throws {
        let articles = Fixtures.corpusArticles
        #expect(articles.count == 46)   // 71 less the 25 held out
        for path in articles {
            let parsed = try ArticleLoader().load(path: path)
            #expect(parsed.warnings.isEmpty, "\(path)")
            #expect(parsed.article.date != nil, "\(path)")
            #expect(parsed.article.blocks.first?.kind == .headline, "\(path)")
            #expect(parsed.article.blocks.count >= 3, "\(path)")
        }
    }

    @Test func paragraphCountOfAWikinewsArticle() throws {
        // 005: headline + 11 paragraphs, one of them starting with an em dash (not a credit).
        let a = try ArticleLoader().load(path: Fixtures.corpus(5)).article
        #expect(a.blocks.count == 12)
        #expect(a.blocks[2].text.hasPrefix("—Łukasz Szumowski"))
        #expect(a.blocks[2].kind == .paragraph)
    }

    @Test func plainTextWithoutADateLineTakesAShortFirstLineAsTitle() {
        let a = parse("Storm hits the coast\n\nHeavy rain fell on Monday.\n\nMore is expected.").article
        #expect(a.date == nil)
        #expect(a.title == "Storm hits the coast")
        #expect(a.blocks.map(\.kind) == [.headline, .paragraph, .paragraph])
    }

    @Test func plainTextWhoseFirstLineIsASentenceHasNoHeadline() {
        let text = "Heavy rain fell on the coast on Monday, and more is expected over the weekend across the region.\n\nSecond paragraph."
        let a = parse(text).article
        #expect(!a.blocks.contains { $0.kind == .headline })
        #expect(a.title == "Heavy rain fell on the coast on Monday, and more is expected over the weekend across the region.")
    }

    @Test func linesOfAParagraphAreJoined() {
        let a = parse(" date 2024-01-02 Title\n\nNorth Korean leader Kim Jong\nUn said so.\n").article
        #expect(a.blocks[1].text == "North Korean leader Kim Jong Un said so.")
    }

    @Test func crlfLineEndings() {
        let a = parse(" date 2024-01-02 Title\r\n\r\nFirst.\r\n\r\nSecond. – PA\r\n").article
        #expect(a.date?.description == "2024-01-02")
        #expect(a.blocks.map(\.text) == ["Title", "First.", "Second.", "– PA"])
        #expect(a.credit == "PA")
    }

    @Test func impossibleDateIsReportedAndIgnored() {
        let parsed = parse(" date 2023-02-30 Title\n\nBody.", path: "x.txt")
        #expect(parsed.article.date == nil)
        #expect(parsed.article.title == "Title")
        #expect(parsed.warnings.map(\.description) == ["x.txt:1: impossible date 2023-02-30; the article is read without a date"])
    }

    @Test func dateLineShapes() {
        // A date needs four year digits and one or two for month and day; two digits each
        // to be read, else a warning.
        let short = parse(" date 2024-1-5 Title\n\nBody.", path: "x.txt")
        #expect(short.article.date == nil)
        #expect(short.article.title == "Title")
        #expect(short.warnings.map(\.description) == ["x.txt:1: impossible date 2024-1-5; the article is read without a date"])
        for notADate in ["24-01-05", "2024-01-05-1", "2024-001-05", "2024-01", "2024/01/05", "２０２４-01-05"] {
            let p = parse(" date \(notADate) Title\n\nBody.")
            #expect(p.article.date == nil && p.warnings.isEmpty, "\(notADate)")
            #expect(p.article.blocks.first?.text.hasPrefix("date") == true, "\(notADate)")
        }
        #expect(ArticleDate(iso: "2024-11-18")?.description == "2024-11-18")
        for bad in ["2024-11-1", "2024-11-180", "2024-11-18 ", "202a-11-18", "2024–11–18", ""] {
            #expect(ArticleDate(iso: bad) == nil, "\(bad)")
        }
    }

    @Test func leapDayIsValid() {
        #expect(parse(" date 2024-02-29 T\n\nB.").article.date?.description == "2024-02-29")
    }

    @Test func captionsNeedACreditAfterTheMarker() {
        let a = parse(" date 2024-01-02 Title\n\nA man walks. Photograph: Jane Doe/Reuters\n\nHe said the Photograph: was lost. And more text follows here.").article
        #expect(a.blocks[1].kind == .caption)
        #expect(a.blocks[1].credit == "Jane Doe/Reuters")
        #expect(a.blocks[2].kind == .paragraph)
    }

    @Test func aCreditMarkerOfTwoWordsEndsACaption() {
        let a = parse(" date 2024-01-02 Title\n\nDelegates arrive in Geneva. Photo by Jane Doe/AFP\n\nThe talks began.").article
        #expect(a.blocks[1].kind == .caption)
        #expect(a.blocks[1].credit == "Jane Doe/AFP")
    }

    @Test func wireCreditAloneOrAtTheEnd() {
        let alone = parse("Title\n\nBody text.\n\n– AP").article
        #expect(alone.blocks.last == Block(kind: .credit, text: "– AP", credit: "AP"))
        #expect(alone.blocks[1].text == "Body text.")
        let notACredit = parse("Title\n\nThe score was 3 - Arsenal").article
        #expect(notACredit.credit == nil)
        #expect(notACredit.blocks.last?.kind == .paragraph)
    }

    @Test func wireCreditTakesTheLastDashOfAnyKind() {
        for dash in ["-", "–", "—", "―"] {
            let a = parse("Title\n\nA long-awaited – and much-debated – report was out. \(dash) Reuters").article
            #expect(a.credit == "Reuters")
            #expect(a.blocks.last?.text == "\(dash) Reuters")
            #expect(a.blocks[1].text == "A long-awaited – and much-debated – report was out.")
        }
        // A dash with a combining mark on it is another character, not a dash.
        let marked = parse("Title\n\nThe report was out. –\u{301} Reuters").article
        #expect(marked.credit == nil)
        #expect(marked.blocks.last?.text == "The report was out. –\u{301} Reuters")
    }

    @Test func controlCharactersAreMadeVisible() {
        let a = parse("Title\u{1B}]52;c;ZXZpbA==\u{07}\n\nText \u{1B}[31mred\u{1B}[0m and \u{202E}evil\u{9B}2J.").article
        for block in a.blocks {
            #expect(!block.text.unicodeScalars.contains { TextSanitizer.isUnsafe($0) })
        }
        #expect(a.blocks[1].text == "Text ␛[31mred␛[0m and \u{FFFD}evil\u{FFFD}2J.")
        #expect(a.title.contains("␛]52;c;ZXZpbA==␇"))
    }

    @Test func everyUnsafeScalarIsReplacedWhereverItSits() {
        // Long ASCII runs (checked eight bytes at a time) and multi-byte text around them.
        let unsafe: [Unicode.Scalar] = ["\u{0}", "\u{1B}", "\u{7}", "\u{7F}", "\u{85}", "\u{9B}", "\u{61C}",
                                        "\u{200E}", "\u{200F}", "\u{2028}", "\u{202E}", "\u{2066}", "\u{2069}"]
        let base = Array("Kim’s “report” was published on Tuesday in Pyongyang, Gdańsk and 東京.".unicodeScalars)
        for u in unsafe {
            for at in 0...base.count {
                var scalars = base
                scalars.insert(u, at: at)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars)
                let text = TextSanitizer.sanitize(String(view))
                #expect(!text.unicodeScalars.contains { TextSanitizer.isUnsafe($0) }, "U+\(String(u.value, radix: 16)) at \(at)")
                #expect(text.unicodeScalars.count == scalars.count)
            }
        }
        let clean = String(String.UnicodeScalarView(base))
        #expect(TextSanitizer.sanitize(clean) == clean)
    }
}
