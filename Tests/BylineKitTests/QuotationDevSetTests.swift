import BylineKit
import BylineTestSupport
import Foundation
import Testing

/// The quotation analysis on the hand-annotated development set
/// (Tests/Fixtures/eval/dev, 21 Wikinews articles), with the annotation's own entity
/// names as mentions so that these figures measure the quotation rules alone.
/// `byline analyze` + score.py measure the whole pipeline (see README).
@Suite("Quotations on the development set")
struct QuotationDevSetTests {
    static func score(_ set: String = "dev") throws -> QuoteScore {
        var score = QuoteScore()
        let dir = Fixtures.path("eval/" + set)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }.sorted()
        for f in files {
            let gold = try GoldAnnotation.load(dir + "/" + f)
            let number = Int(f.prefix(3))!
            let article = try ArticleLoader().load(path: Fixtures.corpus(number)).article
            let quotes = QuotationExtractor().quotations(in: article, entities: gold.mentions(in: article))
            assertQuoteLocations(quotes, in: article)
            score.add(gold: gold, system: quotes)
        }
        return score
    }

    @Test(arguments: ["dev", "check"])
    func quotationsAndSpeakersWithReferenceEntities(set: String) throws {
        let s = try Self.score(set)
        let report = String(format: "quote P=%.3f R=%.3f F1=%.3f speaker=%.3f (%d/%d), matched %d of %d gold, %d found",
                            s.precision, s.recall, s.f1, s.speakerAccuracy, s.speakersRight, s.matched, s.matched, s.gold, s.system)
        if ProcessInfo.processInfo.environment["BYLINE_QUOTE_REPORT"] != nil {
            print(set + ": " + report)
            for m in s.misses { print("  " + m) }
        }
        #expect(s.f1 >= 0.90, "\(report)\n\(s.misses.joined(separator: "\n"))")
        #expect(s.speakerAccuracy >= 0.85, "\(report)\n\(s.misses.joined(separator: "\n"))")
    }
}
