import BylineKit
import BylineTestSupport
import Foundation
import Testing

/// Thousands of random and mutated inputs: the extractor never crashes, and every
/// quotation's offsets slice exactly its text out of its block.
@Suite("Quotation fuzzing")
struct QuotationFuzzTests {
    /// SplitMix64: a fixed seed makes every run check the same inputs.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    }

    static let marks: [Unicode.Scalar] = ["\"", "'", "“", "”", "‘", "’", "«", "»", "„", ":", ",", ".", " ", "—", "(", ")"]
    static let noise: [Unicode.Scalar] = ["e", "S", "\u{301}", "😀", "\u{200B}", "\u{A0}", "–", "1", "؟", "中"]

    func mutate(_ text: String, _ r: inout Random) -> String {
        var s = Array(text.unicodeScalars)
        for _ in 0..<(1 + r.below(12)) {
            let pos = r.below(s.count + 1)
            switch r.below(5) {
            case 0, 1: s.insert(Self.marks[r.below(Self.marks.count)], at: pos)
            case 2: s.insert(Self.noise[r.below(Self.noise.count)], at: pos)
            case 3: if pos < s.count { s.remove(at: pos) }
            default:
                if !s.isEmpty {
                    let a = r.below(s.count), b = min(s.count, a + r.below(40))
                    s.insert(contentsOf: s[a..<b], at: min(pos, s.count))
                }
            }
        }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s)
        return String(v)
    }

    func randomMentions(_ article: Article, _ r: inout Random) -> [EntityMention] {
        var result: [EntityMention] = []
        for _ in 0..<r.below(8) {
            let b = r.below(article.blocks.count + 1) - (r.below(10) == 0 ? 1 : 0)
            let n = b >= 0 && b < article.blocks.count ? article.blocks[b].text.unicodeScalars.count : 5
            let start = r.below(n + 2) - 1
            let end = start + r.below(20)
            let type = EntityType.allCases[r.below(EntityType.allCases.count)]
            result.append(EntityMention(text: "X", type: type, canonical: "Name \(r.below(3))",
                                        location: TextLocation(block: b, start: start, end: end)))
        }
        return result
    }

    @Test func mutatedCorpusParagraphsNeverCrashAndSliceExactly() throws {
        var r = Random(state: 2024)
        var paragraphs: [String] = []
        for path in Fixtures.corpusArticles.prefix(30) {
            paragraphs += try ArticleLoader().load(path: path).article.blocks.map(\.text)
        }
        #expect(paragraphs.count > 100)
        var found = 0
        for _ in 0..<3000 {
            let count = 1 + r.below(4)
            let blocks = (0..<count).map { _ in mutate(paragraphs[r.below(paragraphs.count)], &r) }
            let article = quoteTestArticle(blocks)
            let quotes = QuotationExtractor().quotations(in: article, entities: randomMentions(article, &r))
            found += quotes.count
            assertQuoteLocations(quotes, in: article)
        }
        #expect(found > 100)
    }

    @Test func randomMarkSoupNeverCrashes() {
        var r = Random(state: 7)
        let alphabet = Self.marks + Self.noise + ["a", "b", "I", "s", "n", "9", "\u{2029}"]
        for _ in 0..<3000 {
            var v = String.UnicodeScalarView()
            for _ in 0..<r.below(60) { v.append(alphabet[r.below(alphabet.count)]) }
            let article = quoteTestArticle([String(v), String(v.reversed().map { $0 }.reduce(into: String.UnicodeScalarView()) { $0.append($1) })])
            let quotes = QuotationExtractor().quotations(in: article, entities: randomMentions(article, &r))
            assertQuoteLocations(quotes, in: article)
        }
    }

    /// Stray marks by the tens of thousands in one paragraph and one sentence: each
    /// mark's closing is looked up, not searched for, so this stays quick.
    @Test func thousandsOfUnbalancedMarksInOneParagraph() {
        let stray = String(repeating: "He said “no and ‘maybe ", count: 4000)
        let paired = String(repeating: "X said “yes,” and ", count: 4000)
        let article = quoteTestArticle([stray, paired, stray + paired])
        let quotes = QuotationExtractor().quotations(in: article, entities: [])
        assertQuoteLocations(quotes, in: article)
        #expect(quotes.filter { $0.location.block == 1 }.count == 4000)
    }
}
