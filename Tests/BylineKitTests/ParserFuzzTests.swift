import BylineKit
import BylineTestSupport
import Foundation
import Testing

/// Thousands of random and mutated inputs: the parser never crashes, never returns an
/// empty block, and a caption's credit range always lies inside its text.
@Suite("Parser fuzzing")
struct ParserFuzzTests {
    struct Rng: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = ["date ", " date 2024-11-18 ", "2024-02-30", "\n", "\n\n", "\r\n", "\r", " ", "Photograph:", " Photograph: AP",
                         "– PA", "—", "-", "---\n", "# ", "![", "](", "[", ")", "*", "_", "`", "\\", "<a>", "“", "”", "\"",
                         "’", "Kim", "東京", "e\u{301}", "👍🏽", "\u{1B}[2J", "\u{7}", "\u{0}", "\u{FEFF}", "\u{202E}", ".", ":", "title: x\n"]

    func check(_ text: String, _ label: String) {
        let parsed = ArticleParser.parse(text: text, path: label.hasSuffix("md") ? "f.md" : "f.txt")
        for block in parsed.article.blocks {
            #expect(!block.text.isEmpty, "\(label)")
            #expect(!block.text.unicodeScalars.contains { TextSanitizer.isUnsafe($0) }, "\(label)")
            if let r = block.creditRange {
                #expect(r.lowerBound >= 0 && r.upperBound == block.text.unicodeScalars.count, "\(label)")
            }
        }
        _ = AnalyzedArticle(article: parsed.article).jsonLine()
    }

    @Test func randomPieces() {
        var rng = Rng(state: 42)
        for i in 0..<3000 {
            let count = Int.random(in: 0..<40, using: &rng)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
            check(text, "random \(i)\(i % 3 == 0 ? " md" : "")")
        }
    }

    @Test func mutatedCorpusArticles() throws {
        var rng = Rng(state: 7)
        let originals = try Fixtures.corpusArticles.prefix(10).map { try String(contentsOfFile: $0, encoding: .utf8) }
        for i in 0..<1000 {
            var scalars = Array(originals[i % originals.count].unicodeScalars)
            for _ in 0..<Int.random(in: 1...20, using: &rng) {
                guard !scalars.isEmpty else { break }
                let at = Int.random(in: 0..<scalars.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: scalars.remove(at: at)
                case 1: scalars.insert(contentsOf: Self.pieces.randomElement(using: &rng)!.unicodeScalars, at: at)
                default: scalars[at] = Unicode.Scalar(UInt8.random(in: 0...127, using: &rng))
                }
            }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars)
            check(String(v), "mutation \(i)")
        }
    }

    @Test func randomBytesThroughTheLoader() {
        var rng = Rng(state: 99)
        for _ in 0..<1000 {
            let bytes = Data((0..<Int.random(in: 0..<200, using: &rng)).map { _ in UInt8.random(in: 1...255, using: &rng) })
            if let parsed = try? ArticleLoader().parse(data: bytes, path: "r.txt") {
                #expect(!parsed.article.blocks.isEmpty)
            }
        }
    }
}
