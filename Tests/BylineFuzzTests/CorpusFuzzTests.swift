import BylineKit
@testable import BylineFuzz
import BylineTestSupport
import Testing

/// A fixed-seed sample of the corpus-driven fuzzer (scripts/fuzz.sh runs millions):
/// mutations of the fixtures through parse, analysis, JSON, dump and layout.
@Suite("Corpus-driven fuzzing, fixed sample")
struct CorpusFuzzTests {
    @Test func aFixedSampleKeepsEveryInvariant() throws {
        let corpus = try FuzzCorpus(repository: Fixtures.root.path)
        #expect(corpus.seeds.count > 40)
        #expect(!corpus.seeds.contains { FuzzCorpus.heldOut.contains(String($0.name.dropFirst("corpus/".count).prefix(3))) && $0.name.hasPrefix("corpus/") })
        let report = FuzzRun(corpus: corpus, seed: 20261207, count: 400, jobs: 2).run()
        #expect(report.inputs == 400)
        for failure in report.failures {
            Issue.record("input \(failure.input) from \(failure.seedName): \(failure.problems.joined(separator: "; "))")
        }
    }

    @Test func inputsAreMadeTheSameWayEveryTime() throws {
        let run = FuzzRun(corpus: FuzzCorpus(), seed: 7, count: 10)
        for n in [0, 1, 9, 123_456] {
            #expect(run.input(n).bytes == run.input(n).bytes)
        }
        #expect(run.input(0).bytes != run.input(1).bytes)
    }

    @Test func theCheckerCatchesBrokenInvariants() {
        let article = Article(path: "t.txt", title: "Title", blocks: [Block(kind: .paragraph, text: "Kim met Lee.")])
        var problems: [String] = []
        let outside = AnalyzedArticle(article: article, entities: [
            EntityMention(text: "Lee", type: .person, canonical: "Lee", location: TextLocation(block: 0, start: 8, end: 11)),
            EntityMention(text: "Kim", type: .person, canonical: "Kim", location: TextLocation(block: 0, start: 9, end: 40)),
        ], quotes: [Quotation(text: "x", speaker: nil, partial: false, location: TextLocation(block: 3, start: 0, end: 1))])
        FuzzCheck().checkAnalysis(outside, &problems)
        #expect(problems.count == 2)
        problems = []
        var unsafe = article
        unsafe.title = "a\u{1B}[2J"
        FuzzCheck().checkArticle(unsafe, &problems)
        #expect(problems == ["unsafe U+1B in title or metadata"])
        #expect(FuzzCheck().run(Array("Title\n\nKim met Lee.\n".utf8), path: "t.txt").problems.isEmpty)
        #expect(FuzzCheck().run([0x41, 0x00], path: "b.txt").refused)
    }
}
