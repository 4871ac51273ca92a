import BylineKit
import BylineTestSupport
import Testing

@Suite("Entity offsets")
struct EntityOffsetTests {
    @Test func everyCorpusMentionSlicesItsText() throws {
        var count = 0
        for path in Fixtures.corpusArticles + [Fixtures.seed] {
            let article = try ArticleLoader().load(path: path).article
            let mentions = EntityRecognizer.shared.mentions(in: article)
            assertOffsetsSlice(mentions, of: article)
            #expect(mentions.map(\.location) == mentions.map(\.location).sorted(), "\(path): not in text order")
            count += mentions.count
        }
        #expect(count > 1000)
    }

    @Test func randomTextSlicesItsText() {
        // Words, names, punctuation, apostrophes, dashes, diacritics, combining marks and
        // emoji in random order: offsets must always slice out the mention's text.
        let pieces = ["Mr", "Mr.", "Kim", "Jong-un", "North", "Korea’s", "Korea's", "the", "of", "and",
                      "Gdańsk", "Łukasz", "e\u{301}cole", "É", "U.S.", "UK", "KCNA", "(", ")", "\"", "“", "”",
                      "‘", "’", "'", "-", "–", "—", ".", ",", ":", "!", "?", "2019", "14", "May", "Monday",
                      "🙂", "👍🏽", "中国", "Photograph:", "/", "AP", "bin", "al-Sham", "s'", "O'Brien", "\u{A0}",
                      "Amnesty", "International", "Ukraine", "said", "President", "Prof", "Hwang", "Interstate", "75"]
        var rng = SystemRandomNumberGenerator()
        for round in 0..<300 {
            var paragraphs: [String] = []
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                var words: [String] = []
                for _ in 0..<Int.random(in: 0...40, using: &rng) {
                    words.append(pieces.randomElement(using: &rng)!)
                }
                let sep = Bool.random(using: &rng) ? " " : ""
                paragraphs.append(words.joined(separator: round % 3 == 0 ? sep : " "))
            }
            let text = "Random headline \(round)\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
            let article = ArticleParser.parse(text: text, path: "random.txt").article
            let mentions = EntityRecognizer.shared.mentions(in: article)
            assertOffsetsSlice(mentions, of: article)
        }
    }
}
