import BylineKit
import BylineTestSupport
import Testing

@Suite("Parsing the seed article")
struct SeedParsingTests {
    let article = try! ArticleLoader().load(path: Fixtures.seed).article

    @Test func dateAndLeadCaption() {
        #expect(article.date?.description == "2024-11-18")
        #expect(article.blocks[0].kind == .caption)
        #expect(article.blocks[0].credit == "Korean Central News Agency/Korea News Service/AP")
        #expect(article.blocks[0].text.hasPrefix("Kim Jong Un has criticised"))
    }

    @Test func captionsInTheBody() {
        let captions = article.blocks.filter { $0.kind == .caption }
        #expect(captions.count == 3)
        #expect(captions[1].text == "Kim Jong Un in Pyongyang. Photograph: KCNA/Korea News Service/AP")
        #expect(captions[1].credit == "KCNA/Korea News Service/AP")
        #expect(captions[2].credit == "Michael M Santiago/AP")
        #expect(captions[2].creditRange.map { Array(captions[2].text.unicodeScalars)[$0].count } == 21)
    }

    @Test func wireCredit() {
        #expect(article.credit == "PA")
        #expect(article.blocks.last?.kind == .credit)
        #expect(article.blocks.last?.text == "– PA")
        let beforeCredit = article.blocks[article.blocks.count - 2]
        #expect(beforeCredit.kind == .paragraph)
        #expect(beforeCredit.text.hasSuffix("religious and educational buildings."))
    }

    @Test func bodyParagraphs() {
        #expect(article.blocks.filter { $0.kind == .paragraph }.count == 29)
        #expect(!article.blocks.contains { $0.kind == .headline })
    }
}
