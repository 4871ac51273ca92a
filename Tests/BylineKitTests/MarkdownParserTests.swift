import BylineKit
import BylineTestSupport
import Testing

@Suite("Markdown articles")
struct MarkdownParserTests {
    let sample = """
    ---
    title: "Mayor of Gdańsk stabbed on stage"
    date: 2019-01-14
    author: Jane Doe
    source: Wikinews
    ---
    # Mayor of Gdańsk stabbed on stage

    An individual has been **arrested** after [Paweł Adamowicz](https://example.org/pa),
    mayor of *Gdańsk*, was stabbed.

    ![The stage after the attack. Photograph: John Roe/AP](stage.jpg)

    > "I can't find the words," said `Joachim Brudziński`.

    - First point
    - Second point

    ## Reactions

    Tributes were paid. – PA
    """

    @Test func frontMatterAndBlocks() {
        let parsed = ArticleParser.parse(text: sample, path: "gdansk.md")
        let a = parsed.article
        #expect(parsed.warnings.isEmpty)
        #expect(a.title == "Mayor of Gdańsk stabbed on stage")
        #expect(a.date?.description == "2019-01-14")
        #expect(a.author == "Jane Doe")
        #expect(a.source == "Wikinews")
        #expect(a.blocks.map(\.kind) == [.headline, .paragraph, .caption, .paragraph, .paragraph, .paragraph, .headline, .paragraph, .credit])
        #expect(a.blocks[1].text == "An individual has been arrested after Paweł Adamowicz, mayor of Gdańsk, was stabbed.")
        #expect(a.blocks[2].text == "The stage after the attack. Photograph: John Roe/AP")
        #expect(a.blocks[2].credit == "John Roe/AP")
        #expect(a.blocks[3].text == "\"I can't find the words,\" said Joachim Brudziński.")
        #expect(a.credit == "PA")
    }

    @Test func detectedByContentWithoutExtension() {
        let a = ArticleParser.parse(text: "---\ntitle: Piped\n---\nBody text here.", path: "-").article
        #expect(a.title == "Piped")
        #expect(a.blocks.map(\.kind) == [.headline, .paragraph])
    }

    @Test func markdownWithoutFrontMatterTakesTheFirstHeading() {
        let a = ArticleParser.parse(text: "# Big news\n\nSome *text* with snake_case_words.", path: "n.md").article
        #expect(a.title == "Big news")
        #expect(a.blocks[1].text == "Some text with snake_case_words.")
    }

    @Test func badFrontMatterDateIsReported() {
        let parsed = ArticleParser.parse(text: "---\ntitle: T\ndate: 2019-13-01\n---\nBody.", path: "d.md")
        #expect(parsed.article.date == nil)
        #expect(parsed.warnings.map(\.description) == ["d.md:3: impossible date 2019-13-01; the article is read without a date"])
    }
}
