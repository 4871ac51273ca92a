import BylineTestSupport
import Testing
@testable import BylineKit

/// The quotation pass holds the tokens of a bounded number of blocks and makes a
/// dropped block's tokens again when it needs them: the quotations are the same
/// whatever it may hold.
@Suite("Quotations with the tokens held bounded")
struct QuotationTokenBudgetTests {
    @Test func quotationsAreTheSameWhenEveryBlocksTokensAreMadeAgain() throws {
        var compared = 0
        for path in [Fixtures.seed] + Fixtures.corpusArticles {
            let article = try ArticleLoader().load(path: path).article
            let entities = EntityRecognizer.shared.mentions(in: article, scalars: BlockScalars(article.blocks))
            let held = QuotationExtractor().quotations(in: article, entities: entities, scalars: BlockScalars(article.blocks))
            let remade = QuotationExtractor().quotations(
                in: article, entities: entities, scalars: BlockScalars(article.blocks), heldTokens: 1)
            #expect(remade == held, "\(path)")
            compared += held.count
        }
        #expect(compared > 200)
    }
}
