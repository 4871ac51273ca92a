import BylineKit
import BylineTestSupport
import BylineWeb
import Foundation
import Testing

/// The copied Readability and Article Extraction Benchmark pages (dev split): each page's
/// extracted text against its expected text, as bags of `\w+` tokens (as
/// scripts/score_extraction.py counts them). The README's figures come from that script.
@Suite("Extraction quality on the fixture pages")
struct FixturePageTests {
    static func pages(_ set: String) -> [String] {
        let dir = Fixtures.path("web/\(set)/pages")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted().map { dir + "/" + $0 }
    }

    static func tokens(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        let normalised = text.precomposedStringWithCompatibilityMapping
        var word = ""
        for ch in normalised {
            if ch.isLetter || ch.isNumber || ch == "_" { word.append(ch) } else if !word.isEmpty { counts[word, default: 0] += 1; word = "" }
        }
        if !word.isEmpty { counts[word, default: 0] += 1 }
        return counts
    }

    static func f1(expected: String, got: String) -> Double {
        let e = tokens(expected), g = tokens(got)
        let tp = e.reduce(0) { $0 + min($1.value, g[$1.key] ?? 0) }
        let ne = e.values.reduce(0, +), ng = g.values.reduce(0, +)
        guard tp > 0 else { return 0 }
        let p = Double(tp) / Double(ng), r = Double(tp) / Double(ne)
        return 2 * p * r / (p + r)
    }

    static func expectedText(_ page: String) throws -> String {
        if let txt = try? String(contentsOfFile: page + "/expected.txt", encoding: .utf8) { return txt }
        let html = try Data(contentsOf: URL(fileURLWithPath: page + "/expected.html"))
        return HTMLDocument(html: String(decoding: html, as: UTF8.self)).body?.textContent ?? ""
    }

    @Test(arguments: pages("mozilla-readability") + pages("scrapinghub-aeb"))
    func extractedTextMatchesTheExpectedArticle(page: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: page + "/source.html"))
        let article = try HTMLExtractor.extract(data: data, path: page + "/source.html").article
        let text = ArticleDump(width: 10_000).render(article)
        let score = Self.f1(expected: try Self.expectedText(page), got: text)
        #expect(score >= 0.85, "token F1 \(score) on \(page)")
    }

    @Test(arguments: pages("mozilla-readability"))
    func titleIsTheExpectedOne(page: String) throws {
        let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: page + "/expected-metadata.json"))) as? [String: Any]
        let data = try Data(contentsOf: URL(fileURLWithPath: page + "/source.html"))
        let article = try HTMLExtractor.extract(data: data, path: "source.html").article
        #expect(article.title == (meta?["title"] as? String).map { $0.split(separator: " ").joined(separator: " ") })
    }
}
