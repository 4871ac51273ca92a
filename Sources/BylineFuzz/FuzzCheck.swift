import BylineKit
import BylineUI
import Foundation

/// Runs one input through everything Byline does with an article — parse, analysis,
/// JSON, dump, layout — and checks what must hold whatever the input:
///
/// - the parser either refuses the input with a message naming it, or gives blocks of
///   non-empty text with nothing a terminal would act on (title and metadata too);
/// - every entity and quotation lies inside its block (`0 ≤ start ≤ end ≤ length`), with
///   its `text` equal to that span for an entity;
/// - the JSON line is valid JSON holding the same blocks, with no raw control character;
/// - `byline dump` writes no line wider than its width and no control character;
/// - the reader's layout covers each paragraph with lines in order, each no wider than
///   the text column, and moving from the first line to the last ends.
///
/// ```swift
/// FuzzCheck().run(bytes, path: "fuzz.txt").problems   // [] when every invariant holds
/// ```
package struct FuzzCheck: Sendable {
    package init() {}

    /// What one input did: refused by the parser (empty, binary: a message, not a
    /// failure), and the invariants that failed.
    package struct Outcome: Sendable {
        package var refused = false
        package var problems: [String] = []
    }

    let loader = ArticleLoader()
    let analyzer = ArticleAnalyzer()

    /// The invariants that failed (empty when all hold). Crashes and hangs are caught by
    /// the runner, not here.
    /// Widths the dump and the layout are checked at; input `n` takes one of each
    /// (`n` modulo their counts), so a run covers them all at a fraction of the cost.
    static let dumpWidths = [10, 37, 80, 13]
    static let layoutWidths = [1, 20, 80, 200, 33]

    package func run(_ bytes: [UInt8], path: String, variant: Int = 0) -> Outcome {
        var problems: [String] = []
        let parsed: ParsedArticle
        do {
            parsed = try loader.parse(data: Data(bytes), path: path)
        } catch {
            if !error.description.hasPrefix(path + ": ") { problems.append("refusal does not name the file: \(error)") }
            return Outcome(refused: true, problems: problems)
        }
        let article = parsed.article
        checkArticle(article, &problems)
        let analyzed = analyzer.analyze(article)
        checkAnalysis(analyzed, &problems)
        checkJSON(analyzed, &problems)
        checkDump(article, width: Self.dumpWidths[variant % Self.dumpWidths.count], &problems)
        checkLayout(article, width: Self.layoutWidths[variant % Self.layoutWidths.count], &problems)
        return Outcome(problems: problems)
    }

    private func unsafeScalar(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: TextSanitizer.isUnsafe)
    }

    func checkArticle(_ a: Article, _ problems: inout [String]) {
        if a.blocks.isEmpty { problems.append("an article with no block") }
        for field in [a.title, a.author ?? "", a.source ?? "", a.credit ?? ""] {
            if let s = unsafeScalar(field) { problems.append("unsafe U+\(hex(s)) in title or metadata") }
        }
        for (i, b) in a.blocks.enumerated() {
            if b.text.isEmpty { problems.append("block \(i) is empty") }
            if let s = unsafeScalar(b.text) { problems.append("unsafe U+\(hex(s)) in block \(i)") }
            if let s = unsafeScalar(b.credit ?? "") { problems.append("unsafe U+\(hex(s)) in block \(i)'s credit") }
            if let r = b.creditRange, r.lowerBound < 0 || r.upperBound > b.text.unicodeScalars.count {
                problems.append("block \(i): credit range \(r) outside its \(b.text.unicodeScalars.count) scalars")
            }
        }
    }

    func checkAnalysis(_ analyzed: AnalyzedArticle, _ problems: inout [String]) {
        let blocks = analyzed.article.blocks.map { Array($0.text.unicodeScalars) }
        func inRange(_ l: TextLocation) -> Bool {
            l.block >= 0 && l.block < blocks.count && l.start >= 0 && l.start <= l.end && l.end <= blocks[l.block].count
        }
        for e in analyzed.entities {
            guard inRange(e.location) else {
                problems.append("entity '\(e.text)' at \(e.location) is outside its block")
                continue
            }
            var span = String.UnicodeScalarView()
            span.append(contentsOf: blocks[e.location.block][e.location.start..<e.location.end])
            if String(span) != e.text { problems.append("entity '\(e.text)' at \(e.location) reads '\(String(span))'") }
            if e.canonical.isEmpty { problems.append("entity '\(e.text)' has an empty canonical name") }
        }
        for q in analyzed.quotes where !inRange(q.location) {
            problems.append("quotation at \(q.location) is outside its block")
        }
    }

    func checkJSON(_ analyzed: AnalyzedArticle, _ problems: inout [String]) {
        let line = analyzed.jsonLine()
        if line.unicodeScalars.contains(where: { $0.value < 0x20 || TextSanitizer.isUnsafe($0) }) {
            problems.append("raw control character in the JSON line")
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            problems.append("invalid JSON")
            return
        }
        let blocks = object["blocks"] as? [[String: Any]] ?? []
        if blocks.count != analyzed.article.blocks.count { problems.append("JSON holds \(blocks.count) blocks, not \(analyzed.article.blocks.count)") }
        for (b, block) in zip(blocks, analyzed.article.blocks) where b["text"] as? String != block.text {
            problems.append("a block's text changed in JSON")
            break
        }
        if (object["entities"] as? [Any])?.count != analyzed.entities.count { problems.append("JSON entity count differs") }
        if (object["quotes"] as? [Any])?.count != analyzed.quotes.count { problems.append("JSON quotation count differs") }
    }

    func checkDump(_ article: Article, width: Int, _ problems: inout [String]) {
        let text = ArticleDump(width: width, metadata: true).render(article)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let w = DisplayWidth.of(String(line))
            if w > width { problems.append("dump at width \(width): a line of \(w) columns: \(quoted(line))"); break }
            if let s = unsafeScalar(String(line)) { problems.append("dump: unsafe U+\(hex(s))"); break }
        }
    }

    func checkLayout(_ article: Article, width: Int, _ problems: inout [String]) {
        var layout = ArticleLayout(article: article, width: width)
        for i in layout.items.indices {
            let item = layout.items[i]
            let count = item.text.unicodeScalars.count
            let scalars = Array(item.text.unicodeScalars)
            var previous = 0
            for r in layout.textLines(of: i) {
                if r.lowerBound < previous || r.upperBound > count {
                    problems.append("layout at width \(width): item \(i) line \(r) out of order or past \(count)")
                    return
                }
                previous = r.upperBound
                var line = String.UnicodeScalarView()
                line.append(contentsOf: scalars[r])
                let columns = DisplayWidth.of(String(line))
                if columns > max(1, width - item.indent), columns > 2 {
                    // A character wider than the column (a wide one in one column) is put alone.
                    problems.append("layout at width \(width): item \(i) has a line of \(columns) columns: \(quoted(String(line)))")
                    return
                }
            }
        }
        // From the first line to the last, one page at a time: ends, and never goes back.
        var position = layout.start
        let end = layout.end()
        var pages = 0
        while position < end {
            let next = layout.advance(position, by: 23)
            if !(position < next) { problems.append("layout at width \(width): paging stuck at \(position)"); return }
            position = next
            pages += 1
            if pages > 10_000_000 { problems.append("layout at width \(width): paging does not end"); return }
        }
    }

    /// A line for a message: escaped, and cut after 80 scalars.
    private func quoted(_ line: some StringProtocol) -> String {
        String(line.unicodeScalars.prefix(80).map { $0.escaped(asASCII: true) }.joined())
    }

    private func hex(_ s: Unicode.Scalar) -> String {
        String(s.value, radix: 16, uppercase: true)
    }
}
