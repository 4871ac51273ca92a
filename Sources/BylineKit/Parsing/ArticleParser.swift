import Foundation

/// Turns article text of any supported format into an ``Article``.
///
/// ```swift
/// let parsed = ArticleParser.parse(text: " date 2019-01-04 Headline\n\nBody.", path: "a.txt")
/// parsed.article.title  // "Headline"
/// ```
///
/// Line endings are normalised (CRLF and lone CR become LF), and every block is made
/// terminal-safe with ``TextSanitizer``.
public enum ArticleParser {
    /// Parses `text` (any supported format, chosen by `path`'s extension and the text) into an article and the oddities read past.
    public static func parse(text: String, path: String) -> ParsedArticle {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if ByteSearch.contains(13, in: text) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        var parsed: ParsedArticle
        switch ArticleFormat.detect(path: path, text: text) {
        case .newsText: parsed = NewsTextParser(path: path).parse(text)
        case .markdown: parsed = MarkdownParser(path: path).parse(text)
        }
        parsed.article.title = TextSanitizer.sanitize(parsed.article.title)
        parsed.article.credit = parsed.article.credit.map(TextSanitizer.sanitize)
        for i in parsed.article.blocks.indices {
            parsed.article.blocks[i].text = TextSanitizer.sanitize(parsed.article.blocks[i].text)
            parsed.article.blocks[i].credit = parsed.article.blocks[i].credit.map(TextSanitizer.sanitize)
        }
        return parsed
    }

    /// A title for an article without a headline: the first sentence of its first
    /// paragraph or caption (without the photo credit), else the file name.
    static func derivedTitle(blocks: [Block], path: String) -> String {
        for block in blocks where block.kind != .credit {
            var text = block.text
            if let credit = block.credit, let r = block.creditRange {
                _ = credit
                let scalars = Array(text.unicodeScalars)
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[..<r.lowerBound])
                text = String(v)
                for marker in BlockClassifier.creditMarkers where text.hasSuffix(marker + " ") || text.hasSuffix(marker) {
                    text = String(text.dropLast(text.hasSuffix(" ") ? marker.count + 1 : marker.count))
                }
            }
            let title = BlockClassifier.title(from: String(text.trimmingSpaces()))
            if !title.isEmpty { return title }
        }
        let name = path == "-" ? "Standard input" : (path.split(separator: "/").last.map(String.init) ?? path)
        return name
    }
}
