/// Parses the plain-text news format.
///
/// ```text
///  date 2024-11-18 Kim Jong Un has criticised … Photograph: Korean Central News Agency/AP
///
/// North Korean leader Kim Jong-un has renewed his call …
///
/// … educational buildings. – PA
/// ```
///
/// The first line may start with `date YYYY-MM-DD` (leading spaces allowed); the rest of
/// that paragraph is the headline, or the lead photo caption when it ends in
/// `Photograph: CREDIT`. Without a date line, a short first line that reads like a title
/// is the headline. Paragraphs are separated by blank lines; a paragraph ending in
/// `Photograph: CREDIT` is a caption; a last paragraph that is, or ends in, a dash and an
/// agency (`– PA`) gives the wire credit.
struct NewsTextParser {
    var path: String

    func parse(_ text: String) -> ParsedArticle {
        var warnings: [ParseWarning] = []
        var date: ArticleDate? = nil
        var body = Substring(text)
        var leadText: String? = nil

        // The date line.
        let firstLineEnd = text.utf8.firstIndex(of: 0x0A) ?? text.endIndex
        let firstLine = text[..<firstLineEnd].trimmingSpaces()
        if firstLine.hasPrefix("date ") {
            let rest = firstLine.dropFirst(5).trimmingSpaces()
            let token = rest.prefix { $0 != " " }
            if Self.looksLikeDate(token) {
                if let d = ArticleDate(iso: token) {
                    date = d
                } else {
                    warnings.append(ParseWarning(path: path, line: 1,
                        message: "impossible date \(token); the article is read without a date"))
                }
                leadText = String(rest.dropFirst(token.count).trimmingSpaces())
                body = firstLineEnd < text.endIndex ? text[text.index(after: firstLineEnd)...] : ""
            }
        }

        var paragraphs = SourceParagraph.split(body, firstLine: leadText == nil ? 1 : 2)
        var blocks: [Block] = []
        var hasHeadline = false

        if let leadText {
            // The rest of the date line, plus any lines that continue its paragraph.
            var lead = leadText
            if let first = paragraphs.first, first.line == 2 {
                lead = lead.isEmpty ? first.text : lead + " " + first.text
                paragraphs.removeFirst()
            }
            if !lead.isEmpty {
                if let credit = BlockClassifier.photoCredit(in: lead) {
                    blocks.append(Block(kind: .caption, text: lead, credit: credit))
                } else {
                    blocks.append(Block(kind: .headline, text: lead))
                    hasHeadline = true
                }
            }
        } else if paragraphs.count > 1, let first = paragraphs.first, Self.looksLikeTitle(first) {
            blocks.append(Block(kind: .headline, text: first.text))
            hasHeadline = true
            paragraphs.removeFirst()
        }

        for p in paragraphs {
            if let credit = BlockClassifier.photoCredit(in: p.text) {
                blocks.append(Block(kind: .caption, text: p.text, credit: credit))
            } else {
                blocks.append(Block(kind: .paragraph, text: p.text))
            }
        }

        var wire: String? = nil
        if let last = blocks.last, last.kind == .paragraph, let split = BlockClassifier.wireCredit(in: last.text) {
            blocks.removeLast()
            if let bodyText = split.body { blocks.append(Block(kind: .paragraph, text: bodyText)) }
            blocks.append(Block(kind: .credit, text: split.creditText, credit: split.agency))
            wire = split.agency
        }

        let title = hasHeadline ? blocks[0].text : ArticleParser.derivedTitle(blocks: blocks, path: path)
        let article = Article(path: path, title: title, date: date, credit: wire, blocks: blocks)
        return ParsedArticle(article: article, warnings: warnings)
    }

    /// `2024-11-18`, `2024-13-45` (shape only; validity is checked apart).
    static func looksLikeDate(_ s: Substring) -> Bool {
        // Digit counts of the three dash-separated fields: 4, then 1–2, then 1–2.
        var counts = [0, 0, 0]
        var field = 0
        for b in s.utf8 {
            if b == 0x2D {
                field += 1
                guard field < 3 else { return false }
            } else {
                guard b >= 0x30 && b <= 0x39, counts[field] < 4 else { return false }
                counts[field] += 1
            }
        }
        return field == 2 && counts[0] == 4 && (1...2).contains(counts[1]) && (1...2).contains(counts[2])
    }

    /// One short line that does not end like a sentence fragment.
    static func looksLikeTitle(_ p: SourceParagraph) -> Bool {
        guard p.lineCount == 1, p.text.count <= 120, let last = p.text.last else { return false }
        return !",;:".contains(last) && !(last == "." && p.text.count > 80)
    }
}
