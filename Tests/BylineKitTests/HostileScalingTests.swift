import BylineKit
import Testing

/// Analysis stays linear on hostile text (issue 14): every look-ahead and every name is
/// bounded, which shows in the output as names no longer than the cap. Speed itself is
/// measured by `scripts/bench-scaling.py`, not here.
@Suite("Hostile input: bounded names and scans")
struct HostileScalingTests {
    func analyze(_ text: String, path: String = "hostile.txt") -> AnalyzedArticle {
        ArticleAnalyzer().analyze(ArticleParser.parse(text: text, path: path).article)
    }

    func words(_ m: EntityMention) -> Int {
        m.text.split(whereSeparator: { $0 == " " }).count
    }

    func expectBounded(_ a: AnalyzedArticle, sourceLocation: SourceLocation = #_sourceLocation) {
        for m in a.entities {
            #expect(words(m) <= EntityRecognizer.maxNameWords, "\(m.text.prefix(80))…", sourceLocation: sourceLocation)
            #expect(m.location.end - m.location.start <= EntityRecognizer.maxNameScalars, sourceLocation: sourceLocation)
        }
    }

    @Test func aLongCapitalisedRunIsNotOneName() {
        let run = String(repeating: "Alpha Beta Gamma Delta Epsilon Zeta ", count: 10_000 / 6)
        let a = analyze("Headline\n\n" + run)
        expectBounded(a)
        // The rules cut the run into names of at most the cap (the learned layer may then
        // drop them all as no entities: they are no names).
        let article = ArticleParser.parse(text: "Headline\n\n" + run, path: "hostile.txt").article
        let rules = EntityRecognizer(useModel: false).mentions(in: article)
        #expect(!rules.isEmpty)
        for m in rules { #expect(words(m) <= EntityRecognizer.maxNameWords) }
    }

    @Test func realNamesWithoutFullStopsAreCutIntoNames() {
        let unit = "Mr Kim Jong Un President Joe Biden Prime Minister Theresa May Sir Keir Starmer "
        let a = analyze("Headline\n\n" + String(repeating: unit, count: 1_000))
        expectBounded(a)
    }

    @Test func allCapitalsWithoutFullStops() {
        let unit = "THE PRESIDENT OF THE UNITED STATES SAID THAT THE GOVERNMENT WOULD "
        expectBounded(analyze("Headline\n\n" + String(repeating: unit, count: 1_000)))
    }

    @Test func connectorsAndPossessivesCannotChainANameWithoutEnd() {
        let connectors = String(repeating: "University of Gdansk Medical Centre for Science and Research Foundation of ", count: 800)
        expectBounded(analyze("Headline\n\n" + connectors))
        let possessives = String(repeating: "People's Kim's Workers' Party's Sheriff's Office's ", count: 1_000)
        expectBounded(analyze("Headline\n\n" + possessives))
    }

    @Test func aWordOfAHundredThousandLettersIsNoName() {
        let word = "Kurdish" + String(repeating: "a", count: 100_000)
        let a = analyze("Headline\n\nThey met \(word) and Joe Biden in Paris.")
        expectBounded(a)
        #expect(a.entities.contains { $0.text == "Joe Biden" })
    }

    @Test func anEndlessPhotoCreditIsCutIntoNames() {
        let credit = String(repeating: "Korean Central News Agency Korea News Service ", count: 2_000)
        let a = analyze("Headline\n\nKim in Pyongyang. Photograph: " + credit + "\n")
        expectBounded(a)
    }

    @Test func aLongCommaListKeepsItsPlaces() {
        // Before: every name of a comma-only list rescanned the rest of the list.
        let list = String(repeating: "Denmark, France, Spain, Italy, Poland, ", count: 2_000)
        let a = analyze("Headline\n\nThey visited " + list + "and Norway.")
        let places = a.entities.filter { $0.type == .place }
        #expect(places.count >= 10_000)
    }

    @Test func unclosedMarkdownLinksAndTagsKeepTheirText() {
        // Before: each `[` and `<` searched the rest of the paragraph for its closing mark.
        let unit = "[Kim <b Lee "
        let text = "# Title\n\n" + String(repeating: unit, count: 20_000) + "\n"
        let a = ArticleParser.parse(text: text, path: "links.md").article
        let body = a.blocks.map(\.text).joined()
        #expect(body.filter { $0 == "[" }.count == 20_000)
        #expect(body.filter { $0 == "<" }.count == 20_000)
    }

    @Test func manyQuotationsAndNamesInOneParagraph() {
        let unit = "“We will build it,” Mr Kim said. He said “again and again”, she told Reuters. "
        let a = analyze("Headline\n\n" + String(repeating: unit, count: 2_000))
        #expect(a.quotes.count >= 2_000)
        #expect(a.quotes.contains { $0.speaker == "Kim" || $0.speaker == "Mr Kim" })
    }
}

@Suite("JSON output in pieces")
struct JSONStreamingTests {
    @Test func aLargeArticlesJSONComesInBoundedPiecesThatMakeTheWholeLine() throws {
        let paragraph = "Mr Kim said “yes” in Pyongyang, \"KCNA\" reported.\n\n"
        let text = "Headline\n\n" + String(repeating: paragraph, count: 20_000)
        // A path keeps its control characters: JSON escapes them.
        let path = "a\u{1B}[2J\u{85}\u{2028}.txt"
        let analyzed = ArticleAnalyzer().analyze(ArticleParser.parse(text: text, path: path).article)
        var pieces: [[UInt8]] = []
        analyzed.writeJSON { pieces.append($0) }
        #expect(pieces.count > 10)
        #expect(pieces.allSatisfy { $0.count <= 70_000 })
        let whole = String(decoding: pieces.joined(), as: UTF8.self)
        #expect(whole == analyzed.jsonLine())
        #expect(whole.contains("a\\u001b[2J\\u0085\\u2028.txt"))
        #expect(whole.contains("\\\"KCNA\\\""))
        #expect(!whole.contains("\u{1B}") && !whole.contains("\u{85}") && !whole.contains("\u{2028}"))
    }
}

@Suite("Memory budget of an analysis")
struct MemoryBudgetTests {
    @Test func anArticleThatDoesNotFitIsRefusedWithTheFigures() {
        let mb = 1 << 20
        let problem = MemoryBudget.problem(analysingBytes: 33_000_000, available: 300 * mb)
        #expect(problem?.hasPrefix("too large for the memory at hand") == true)
        #expect(problem?.contains("300 MB available") == true)
        #expect(MemoryBudget.problem(analysingBytes: 6_500_000, available: 300 * mb) == nil)
        #expect(MemoryBudget.problem(analysingBytes: 33_000_000, available: nil) == nil)
    }
}
