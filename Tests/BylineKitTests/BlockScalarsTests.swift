import BylineKit
import Testing

/// The analysis reads blocks' scalars through a small cache instead of holding the
/// whole article's (4 bytes per scalar, issue 14 item 5): in text order every block is
/// decoded once and the cache stays within its budget.
@Suite("Block scalars decoded on demand")
struct BlockScalarsTests {
    static func blocks(_ count: Int, scalars: Int) -> [Block] {
        (0..<count).map { i in
            let unit = "Kim Jong-un — “\(i)” "
            var text = String(repeating: unit, count: scalars / unit.unicodeScalars.count + 1)
            text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(scalars)))
            return Block(kind: .paragraph, text: text)
        }
    }

    @Test func aPassInTextOrderDecodesEachBlockOnceAndKeepsOnlyTheBudget() {
        let blocks = Self.blocks(1_000, scalars: 1_000)
        let scalars = BlockScalars(blocks, budget: 10_000)
        for b in scalars.indices {
            // A block and its neighbours, as the quotation rules read them.
            let s = scalars[b]
            #expect(s == blocks[b].text.unicodeScalars.map(\.value))
            if b > 0 { _ = scalars[b - 1] }
            if b + 1 < scalars.count { _ = scalars[b + 1] }
            #expect(scalars.cachedScalars <= 10_000 + 2 * 1_000)
        }
        #expect(scalars.decodes == 1_000)
    }

    @Test func twoBlocksLargerThanTheBudgetReadInTurnAreDecodedOnce() {
        let blocks = Self.blocks(2, scalars: 50_000)
        let scalars = BlockScalars(blocks, budget: 1_000)
        for _ in 0..<100 {
            _ = scalars[0]
            _ = scalars[1]
        }
        #expect(scalars.decodes == 2)
        #expect(scalars[1].count == 50_000)
    }

    @Test func theAnalysisOfALongArticleIsTheSameThroughTheCache() {
        // 3,000 paragraphs, quotations running over paragraphs and names across them:
        // far more than the cache's 64 blocks.
        var text = "Kim meets Moon\n\n"
        for i in 0..<1_000 {
            text += "“We will build it \(i),” said Kim Jong Un in Pyongyang.\n\n"
            text += "“It goes on,\n\n“and on,” Mr Kim told KCNA.\n\n"
        }
        let article = ArticleParser.parse(text: text, path: "long.txt").article
        let analyzed = ArticleAnalyzer().analyze(article)
        #expect(analyzed.quotes.count >= 2_000)
        #expect(analyzed.entities.contains { $0.type == .person && $0.location.block > 2_500 })
        for q in analyzed.quotes {
            let scalars = Array(article.blocks[q.location.block].text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[q.location.start..<q.location.end])) == q.text)
        }
    }
}
