import BylineKit
import Foundation
import Testing

/// One expected quotation: its text (exact, without the marks), its speaker's
/// canonical name (nil for an unnamed source) and, when given, whether it is partial.
package struct ExpectedQuote: Sendable, CustomStringConvertible {
    package var text: String
    package var speaker: String?
    package var partial: Bool?

    package init(_ text: String, by speaker: String?, partial: Bool? = nil) {
        self.text = text
        self.speaker = speaker
        self.partial = partial
    }

    package var description: String { "“\(text)” — \(speaker ?? "nil")" }
}

/// Checks the quotations found in an article against the expected ones, in order, and
/// that every quotation's location slices exactly its text out of its block:
///
/// ```swift
/// assertQuotes(quotes, in: article, [ExpectedQuote("limitless", by: "Kim Jong-un", partial: true)])
/// ```
package func assertQuotes(
    _ quotes: [Quotation], in article: Article, _ expected: [ExpectedQuote],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    assertQuoteLocations(quotes, in: article, sourceLocation: sourceLocation)
    #expect(quotes.count == expected.count,
            "found \(quotes.count) quotations, expected \(expected.count): \(quotes.map { "“\($0.text)” — \($0.speaker ?? "nil")" })",
            sourceLocation: sourceLocation)
    for (q, e) in zip(quotes, expected) {
        #expect(q.text == e.text, "quotation text", sourceLocation: sourceLocation)
        #expect(q.speaker == e.speaker, "speaker of “\(q.text)”", sourceLocation: sourceLocation)
        if let p = e.partial { #expect(q.partial == p, "partial flag of “\(q.text)”", sourceLocation: sourceLocation) }
    }
}

/// Checks that each quotation's location lies in its block and slices exactly its text.
package func assertQuoteLocations(_ quotes: [Quotation], in article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
    for q in quotes {
        let l = q.location
        guard l.block >= 0, l.block < article.blocks.count else {
            Issue.record("quotation “\(q.text)” points at block \(l.block) of \(article.blocks.count)", sourceLocation: sourceLocation)
            continue
        }
        let scalars = Array(article.blocks[l.block].text.unicodeScalars)
        guard l.start >= 0, l.start < l.end, l.end <= scalars.count else {
            Issue.record("quotation “\(q.text)” has offsets \(l.start)..<\(l.end) in a block of \(scalars.count) scalars", sourceLocation: sourceLocation)
            continue
        }
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: scalars[l.start..<l.end])
        #expect(String(slice) == q.text, "location of “\(q.text)” slices “\(String(slice))”", sourceLocation: sourceLocation)
    }
}

/// A hand annotation in the format of Tests/Fixtures/eval (GUIDELINES.md).
package struct GoldAnnotation: Decodable, Sendable {
    package struct Entity: Decodable, Sendable {
        package var text: String
        package var type: String
        package var canonical: String
        package init(text: String, type: String, canonical: String) { self.text = text; self.type = type; self.canonical = canonical }
    }
    package struct Quote: Decodable, Sendable { package var text: String; package var speaker: String?; package var partial: Bool? }
    package var file: String
    package var entities: [Entity]
    package var quotes: [Quote]

    package init(file: String, entities: [Entity], quotes: [Quote]) {
        self.file = file
        self.entities = entities
        self.quotes = quotes
    }

    package static func load(_ path: String) throws -> GoldAnnotation {
        try JSONDecoder().decode(GoldAnnotation.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Entity mentions made from the annotation's surface forms: every whole-word
    /// occurrence in the article, longest first, without overlaps. Lets the quotation
    /// analysis be measured apart from the entity recogniser.
    package func mentions(in article: Article) -> [EntityMention] {
        var result: [EntityMention] = []
        let forms = entities.filter { ["PERSON", "ORG", "PLACE", "NORP"].contains($0.type) }
            .sorted { $0.text.unicodeScalars.count > $1.text.unicodeScalars.count }
        for (b, block) in article.blocks.enumerated() {
            let s = Array(block.text.unicodeScalars)
            var taken = Array(repeating: false, count: s.count)
            for e in forms {
                let f = Array(e.text.unicodeScalars)
                guard !f.isEmpty, f.count <= s.count else { continue }
                var i = 0
                while i + f.count <= s.count {
                    if s[i] == f[0], Array(s[i..<(i + f.count)]) == f,
                       i == 0 || !isWordScalar(s[i - 1]), i + f.count == s.count || !isWordScalar(s[i + f.count]),
                       !taken[i..<(i + f.count)].contains(true) {
                        for k in i..<(i + f.count) { taken[k] = true }
                        result.append(EntityMention(text: e.text, type: EntityType(rawValue: e.type) ?? .org, canonical: e.canonical,
                                                    location: TextLocation(block: b, start: i, end: i + f.count)))
                        i += f.count
                    } else {
                        i += 1
                    }
                }
            }
        }
        return result.sorted { $0.location < $1.location }
    }

    private func isWordScalar(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c.properties.numericType != nil }
}

/// The quotation measures of Tests/Fixtures/eval/score.py, for tests: token-overlap
/// matching (80% of the longer quotation), one-to-one, best overlap first.
package struct QuoteScore: Sendable {
    package var matched = 0
    package var system = 0
    package var gold = 0
    package var speakersRight = 0
    /// Human-readable misses, for a failing test's message.
    package var misses: [String] = []

    package init() {}

    package var precision: Double { system == 0 ? (gold == 0 ? 1 : 0) : Double(matched) / Double(system) }
    package var recall: Double { gold == 0 ? (system == 0 ? 1 : 0) : Double(matched) / Double(gold) }
    package var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    package var speakerAccuracy: Double { matched == 0 ? 0 : Double(speakersRight) / Double(matched) }

    package mutating func add(gold: GoldAnnotation, system quotes: [Quotation]) {
        let g = gold.quotes.map { Self.tokens($0.text) }
        let s = quotes.map { Self.tokens($0.text) }
        var cands: [(Double, Int, Int)] = []
        for (gi, gt) in g.enumerated() {
            let gc = Dictionary(gt.map { ($0, 1) }, uniquingKeysWith: +)
            for (si, st) in s.enumerated() {
                let longer = max(gt.count, st.count)
                guard longer > 0 else { continue }
                var sc = Dictionary(st.map { ($0, 1) }, uniquingKeysWith: +)
                var inter = 0
                for (k, v) in gc { let m = min(v, sc[k] ?? 0); inter += m; sc[k] = (sc[k] ?? 0) - m }
                let r = Double(inter) / Double(longer)
                if r >= 0.8 { cands.append((r, gi, si)) }
            }
        }
        cands.sort { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) }
        var usedG = Set<Int>(), usedS = Set<Int>()
        for (_, gi, si) in cands where !usedG.contains(gi) && !usedS.contains(si) {
            usedG.insert(gi); usedS.insert(si)
            matched += 1
            if speakerOK(gold: gold, gold.quotes[gi].speaker, quotes[si].speaker) {
                speakersRight += 1
            } else {
                misses.append("\(gold.file): speaker of “\(quotes[si].text.prefix(50))” is \(quotes[si].speaker ?? "nil"), expected \(gold.quotes[gi].speaker ?? "nil")")
            }
        }
        for gi in g.indices where !usedG.contains(gi) { misses.append("\(gold.file): missed “\(gold.quotes[gi].text.prefix(60))”") }
        for si in s.indices where !usedS.contains(si) { misses.append("\(gold.file): extra “\(quotes[si].text.prefix(60))” — \(quotes[si].speaker ?? "nil")") }
        system += quotes.count
        self.gold += gold.quotes.count
    }

    static func fold(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c.value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: out.append("\"")
            case 0x2010...0x2014: out.append("-")
            case 0xA0: out.append(" ")
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func tokens(_ s: String) -> [String] {
        let folded = fold(s).lowercased().replacingOccurrences(of: "'", with: "")
        var result: [String] = []
        var cur = String.UnicodeScalarView()
        for c in folded.unicodeScalars {
            if c.properties.isAlphabetic || c.properties.numericType != nil || c == "_" || c.properties.generalCategory == .nonspacingMark {
                cur.append(c)
            } else if !cur.isEmpty {
                result.append(String(cur)); cur = String.UnicodeScalarView()
            }
        }
        if !cur.isEmpty { result.append(String(cur)) }
        return result
    }

    static func normName(_ s: String?) -> String {
        var n = fold(s ?? "").lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let strip: Set<Character> = [" ", "\"", "'", ".", ",", ";", ":"]
        while let f = n.first, strip.contains(f) { n.removeFirst() }
        while let l = n.last, strip.contains(l) { n.removeLast() }
        if n.hasPrefix("the ") { n.removeFirst(4) }
        if n.hasSuffix("'s") { n.removeLast(2) } else if n.hasSuffix("s'") { n.removeLast() }
        return n.trimmingCharacters(in: .whitespaces)
    }

    func speakerOK(gold: GoldAnnotation, _ g: String?, _ s: String?) -> Bool {
        let sn = s.map(Self.normName) ?? ""
        guard let g else { return sn.isEmpty }
        guard !sn.isEmpty else { return false }
        let gn = Self.normName(g)
        var names: Set<String> = [gn]
        for e in gold.entities where Self.normName(e.canonical) == gn { names.insert(Self.normName(e.text)) }
        return names.contains(sn)
    }
}

/// Builds a test article of paragraphs (and captions, written `caption: …`).
package func quoteTestArticle(_ paragraphs: [String]) -> Article {
    Article(path: "test.txt", title: "Test", blocks: paragraphs.map { p in
        p.hasPrefix("caption: ") ? Block(kind: .caption, text: String(p.dropFirst(9))) : Block(kind: .paragraph, text: p)
    })
}

/// Entity mentions for a test article: every whole-word occurrence of each surface form
/// (`("Mr Kim", .person, "Kim Jong-un")`), longest forms first.
package func quoteTestMentions(_ forms: [(String, EntityType, String)], in article: Article) -> [EntityMention] {
    let gold = GoldAnnotation(file: article.fileName, entities: forms.map { .init(text: $0.0, type: $0.1.rawValue, canonical: $0.2) }, quotes: [])
    return gold.mentions(in: article)
}
