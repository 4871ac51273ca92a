import BylineKit

/// An article that matches a full-text search, best first.
///
/// ```swift
/// let hit = try library.search("nuclear talks")[0]
/// hit.title             // "North Korea rejects …"
/// hit.snippet.text      // "…resume nuclear talks with the United States…"
/// hit.snippet.matches   // the scalar ranges of "nuclear" and "talks" in the text
/// ```
package struct SearchResult: Sendable, Hashable {
    package var path: String
    package var title: String
    package var date: ArticleDate?
    /// A short excerpt around the best match, on one line.
    package var snippet: Snippet
    /// Other files of the library holding the same text (byte for byte), listed here
    /// rather than as results of their own: `["/news/copy/storm.txt"]`.
    package var copies: [String] = []
}

/// A one-line excerpt of article text with the matched words marked.
package struct Snippet: Sendable, Hashable {
    /// Plain text; `…` where it was cut.
    package var text: String
    /// Unicode-scalar ranges of the matched words in `text`.
    package var matches: [Range<Int>]

    package init(text: String, matches: [Range<Int>]) {
        self.text = text
        self.matches = matches
    }

    /// The snippet with each match wrapped in `open` and `close`:
    /// `snippet.marked("[", "]")` is `"…resume [nuclear] [talks] with…"`.
    package func marked(_ open: String, _ close: String) -> String {
        var out = ""
        var position = 0
        let scalars = Array(text.unicodeScalars)
        for range in matches where range.lowerBound >= position && range.upperBound <= scalars.count {
            out.unicodeScalars.append(contentsOf: scalars[position..<range.lowerBound])
            out += open
            out.unicodeScalars.append(contentsOf: scalars[range])
            out += close
            position = range.upperBound
        }
        out.unicodeScalars.append(contentsOf: scalars[position...])
        return out
    }

    /// Parses SQLite `snippet()` output whose matches are wrapped in U+0002 … U+0003,
    /// removing the CJK separators and turning line breaks into spaces.
    static func parse(_ raw: String) -> Snippet {
        var text = String.UnicodeScalarView()
        var matches: [Range<Int>] = []
        var count = 0
        var start: Int?
        var lastWasSpace = false
        for s in raw.unicodeScalars {
            switch s {
            case "\u{2}": start = count
            case "\u{3}":
                if let start, start < count { matches.append(start..<count) }
                start = nil
            case SearchText.separator: continue
            case "\n", "\r", "\t", " ":
                if lastWasSpace { continue }
                text.append(" "); count += 1; lastWasSpace = true
            default:
                text.append(s); count += 1; lastWasSpace = false
            }
        }
        return Snippet(text: String(text), matches: matches)
    }
}

/// An article that mentions an entity, with how it names it.
package struct EntityMatch: Sendable, Hashable {
    package var path: String
    package var title: String
    package var date: ArticleDate?
    /// The entity's canonical name in this article (`Kim Jong-un`).
    package var canonical: String
    package var type: EntityType
    /// How many times the article mentions it.
    package var mentions: Int
    /// The other forms the article uses (`Mr Kim`, `Kim Jong Un`).
    package var aliases: [String]
    /// Other files of the library holding the same text, listed here rather than apart.
    package var copies: [String] = []
}

/// A quotation found by speaker across the library.
package struct SpeakerQuote: Sendable, Hashable {
    package var path: String
    package var title: String
    package var date: ArticleDate?
    /// The speaker's canonical name in that article.
    package var speaker: String
    package var text: String
    package var partial: Bool
    /// Where the quotation is in the article (block and scalar offsets).
    package var location: TextLocation
    /// Other files of the library holding the same text, listed here rather than apart.
    package var copies: [String] = []
}
