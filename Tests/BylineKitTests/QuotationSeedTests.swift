import BylineKit
import BylineTestSupport
import Testing

/// The seed article's quotations and speakers, as its annotation (Tests/Fixtures/eval/
/// seed.json) lists them.
@Suite("Quotations of the seed article")
struct QuotationSeedTests {
    let article = try! ArticleLoader().load(path: Fixtures.seed).article
    let gold = try! GoldAnnotation.load(Fixtures.path("eval/seed.json"))

    var expected: [ExpectedQuote] {
        gold.quotes.map { ExpectedQuote($0.text, by: $0.speaker, partial: $0.partial) }
    }

    /// With the annotation's entity names as mentions: the quotation rules alone.
    @Test func withReferenceEntities() {
        let quotes = QuotationExtractor().quotations(in: article, entities: gold.mentions(in: article))
        assertQuotes(quotes, in: article, expected)
    }

    /// The whole analysis: speakers come from the entity recogniser's canonical names.
    @Test func withTheEntityRecogniser() {
        let analyzed = ArticleAnalyzer().analyze(article)
        assertQuotes(analyzed.quotes, in: article, expected)
        let canonicals = Set(analyzed.entities.map(\.canonical))
        for q in analyzed.quotes {
            if let s = q.speaker { #expect(canonicals.contains(s), "speaker \(s) is an entity of the article") }
        }
    }
}
