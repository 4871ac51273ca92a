import BylineKit
import BylineTestSupport
import Testing

@Suite("Derived headlines are whole")
struct DerivedTitleTests {
    func title(of text: String) throws -> String {
        ArticleParser.parse(text: text, path: "t.txt").article.title
    }

    @Test("the seed's title is its caption's whole first sentence, with no ellipsis")
    func seed() throws {
        let article = try ArticleLoader().load(path: Fixtures.seed).article
        #expect(article.title == "Kim Jong Un has criticised the United States over its support of Ukraine against a prolonged Russian invasion.")
    }

    @Test("a long first sentence stays whole; the credit after it is not part of it")
    func longSentence() throws {
        let sentence = "The harbour authority of the northern port confirmed on Tuesday that its long-delayed expansion would open to ships in May."
        #expect(sentence.count > 100)
        let t = try title(of: " date 2024-01-02 \(sentence) More text follows here. Photograph: Jane Roe/AP\n\nBody.\n")
        #expect(t == sentence, "\(t)")
    }

    @Test("text with no full stop ends at a clause break or a word, never with an ellipsis, within 300 characters")
    func noStop() throws {
        let run = String(repeating: "Alpha Beta Gamma Delta Epsilon Zeta ", count: 200)
        let t = try title(of: " date 2024-01-02 \(run)Photograph: Jane Roe/AP\n\nBody.\n")
        #expect(!t.hasSuffix("…") && t.count <= 300 && t.hasPrefix("Alpha Beta"), "\(t)")
        let clauses = String(repeating: "one two three four five six seven, ", count: 20)
        let c = try title(of: " date 2024-01-02 \(clauses)Photograph: Jane Roe/AP\n\nBody.\n")
        #expect(c.hasSuffix("seven") && c.count <= 300, "\(c)")
    }
}
