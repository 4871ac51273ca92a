import BylineKit
import Foundation
import Testing

@Suite("JSON output keeps the real text, escaped")
struct JSONOutputTests {
    func decoded(_ a: AnalyzedArticle) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(a.jsonLine().utf8)) as? [String: Any])
    }

    @Test func controlsAndBidiInAPathAreEscapedAndKept() throws {
        let path = "news/\u{1B}]52;c;eA==\u{7}\u{9B}31m\u{202E}txt.txt"
        let a = AnalyzedArticle(article: Article(path: path, title: "T", blocks: [Block(kind: .paragraph, text: "Text.")]))
        let line = a.jsonLine()
        #expect(line.contains(#"news/\u001b]52;c;eA==\u0007\u009b31m\u202etxt.txt"#))
        #expect(!line.unicodeScalars.contains(where: TextSanitizer.isUnsafe))
        #expect(try decoded(a)["path"] as? String == path)
    }

    /// Found by the fuzzer: Foundation's JSONSerialization drops a U+FEFF that starts a
    /// string, which moved every offset in that block by one.
    @Test func aByteOrderMarkInTextSurvivesAJSONReader() throws {
        let text = "\u{FEFF}Kim met Lee."
        let a = AnalyzedArticle(article: Article(path: "a.txt", title: "T", blocks: [Block(kind: .paragraph, text: text)]))
        #expect(a.jsonLine().contains(#""text": "\ufeffKim met Lee.""#))
        let blocks = try #require(try decoded(a)["blocks"] as? [[String: Any]])
        #expect(blocks.first?["text"] as? String == text)
    }

    @Test func bytesOfANameThatAreNotUTF8AreReplacementCharacters() throws {
        let path = PathBytes.string(Array("caf".utf8) + [0xE9] + Array(".txt".utf8))
        let a = AnalyzedArticle(article: Article(path: path, title: "T", blocks: [Block(kind: .paragraph, text: "Text.")]))
        #expect(try decoded(a)["file"] as? String == "caf\u{FFFD}.txt")
    }
}
