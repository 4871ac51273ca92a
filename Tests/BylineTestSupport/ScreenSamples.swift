import BylineKit

/// Small articles with known entities and quotations for screen tests, so highlight
/// tests do not depend on what the analysis finds.
///
/// ```swift
/// let a = ScreenSamples.article(paragraphs: ["Mr Kim met Joe Biden in Seoul."],
///                               entities: [(0, "Mr Kim", .person, "Kim Jong-un")])
/// ```
package enum ScreenSamples {
    /// An analysed article whose blocks are `paragraphs` (block `i` is paragraph `i`).
    /// Entities and quotations are given by the text they cover in a block (its first
    /// occurrence, or the `nth` one).
    package static func article(
        path: String = "sample.txt", title: String = "Sample title", date: String? = "2024-11-18",
        paragraphs: [String],
        entities: [(block: Int, text: String, type: EntityType, canonical: String)] = [],
        quotes: [(block: Int, text: String, speaker: String?)] = []
    ) -> AnalyzedArticle {
        let blocks = paragraphs.map { Block(kind: .paragraph, text: $0) }
        let article = Article(path: path, title: title, date: date.flatMap { ArticleDate(iso: $0) }, blocks: blocks)
        var used: [Int: [Range<Int>]] = [:]
        func locate(_ block: Int, _ text: String) -> TextLocation {
            let hay = Array(paragraphs[block].unicodeScalars)
            let needle = Array(text.unicodeScalars)
            var i = 0
            while i + needle.count <= hay.count {
                if Array(hay[i..<(i + needle.count)]) == needle,
                   !(used[block] ?? []).contains(where: { $0 == i..<(i + needle.count) }) {
                    return TextLocation(block: block, start: i, end: i + needle.count)
                }
                i += 1
            }
            fatalError("\"\(text)\" is not in block \(block)")
        }
        var mentions: [EntityMention] = []
        for e in entities {
            let loc = locate(e.block, e.text)
            used[e.block, default: []].append(loc.start..<loc.end)
            mentions.append(EntityMention(text: e.text, type: e.type, canonical: e.canonical, location: loc))
        }
        let qs = quotes.map { q in Quotation(text: q.text, speaker: q.speaker, partial: false, location: locate(q.block, q.text)) }
        return AnalyzedArticle(article: article, entities: mentions.sorted { $0.location < $1.location },
                               quotes: qs.sorted { $0.location < $1.location })
    }

    /// A plain article of `count` numbered paragraphs (`Paragraph 1 …`), each
    /// `words` words long.
    package static func long(count: Int, words: Int = 12, path: String = "long.txt", title: String = "Long article") -> AnalyzedArticle {
        let paragraphs = (1...count).map { n in
            "Paragraph \(n) " + (1..<words).map { "word\($0)" }.joined(separator: " ")
        }
        return article(path: path, title: title, paragraphs: paragraphs)
    }

    /// The news sample: two people, a place, an organisation, a quotation.
    package static var news: AnalyzedArticle {
        article(
            path: "news.txt", title: "Kim renews call",
            paragraphs: [
                "North Korean leader Kim Jong-un has renewed his call for a “limitless” expansion.",
                "Mr Kim said the United Nations was “escalating tensions” in Seoul.",
                "Joe Biden answered from Washington.",
            ],
            entities: [
                (0, "North Korean", .norp, "North Korean"), (0, "Kim Jong-un", .person, "Kim Jong-un"),
                (1, "Mr Kim", .person, "Kim Jong-un"), (1, "United Nations", .org, "United Nations"),
                (1, "Seoul", .place, "Seoul"), (2, "Joe Biden", .person, "Joe Biden"),
                (2, "Washington", .place, "Washington"),
            ],
            quotes: [(0, "limitless", "Kim Jong-un"), (1, "escalating tensions", "Kim Jong-un")]
        )
    }
}
