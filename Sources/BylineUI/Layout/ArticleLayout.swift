import BylineKit

/// A position in an ``ArticleLayout``: an item (a paragraph) and a display line in it.
/// Line 0 of every item but the first is the blank line that separates it from the
/// one before.
package struct ArticlePosition: Sendable, Hashable, Comparable {
    package var item: Int
    package var line: Int

    package init(item: Int, line: Int) {
        self.item = item
        self.line = line
    }

    package static func < (a: ArticlePosition, b: ArticlePosition) -> Bool {
        (a.item, a.line) < (b.item, b.line)
    }
}

/// The article as display lines, wrapped to a width *lazily*: an item (paragraph) is
/// wrapped only when a line of it is needed, so opening a 6 MB article wraps only
/// the paragraphs on screen.
///
/// Items are the headline (or the derived title), a meta line (date, author,
/// source) and then one item per block; captions are indented.
///
/// ```swift
/// var layout = ArticleLayout(article: article, width: 40)
/// layout.line(at: ArticlePosition(item: 0, line: 0))  // .text(item: 0, range: 0..<38)
/// layout.advance(ArticlePosition(item: 0, line: 0), by: 10)
/// ```
package struct ArticleLayout: Sendable {
    /// What an item shows, which decides its style.
    package enum Kind: Sendable, Hashable {
        case headline, meta, paragraph, caption, credit, heading
    }

    package struct Item: Sendable, Hashable {
        package var kind: Kind
        package var text: String
        /// The article block the item shows; nil for the derived title and the meta line.
        package var block: Int?
        /// Columns of indent.
        package var indent: Int
        /// Scalar range styled as a credit (a caption's `Photograph: …` credit).
        package var creditRange: Range<Int>?
        /// UTF-8 length of `text` (constant time), for line estimates only.
        package var size: Int
    }

    /// One display line.
    package enum Line: Sendable, Hashable {
        case blank
        /// Scalar offsets `range` of item `item`'s text.
        case text(item: Int, range: Range<Int>)
    }

    package private(set) var items: [Item]
    /// Columns available for text.
    package private(set) var width: Int
    private var wrapped: [[Range<Int>]?]
    private var itemOfBlock: [Int]
    private var wrappedCount = 0
    /// Total UTF-8 bytes of text, for deciding whether to wrap everything at once.
    package let totalSize: Int

    package init(article: Article, width: Int) {
        var items: [Item] = []
        func item(_ kind: Kind, _ text: String, block: Int?, indent: Int = 0, credit: Range<Int>? = nil) -> Item {
            Item(kind: kind, text: text, block: block, indent: indent, creditRange: credit,
                 size: text.utf8.count)
        }
        var itemOfBlock = Array(repeating: 0, count: article.blocks.count)
        let startsWithHeadline = article.blocks.first?.kind == .headline
        if startsWithHeadline {
            items.append(item(.headline, article.blocks[0].text, block: 0))
        } else {
            items.append(item(.headline, article.title, block: nil))
        }
        var meta: [String] = []
        if let date = article.date { meta.append(date.description) }
        if let author = article.author { meta.append("by " + author) }
        if let source = article.source { meta.append(source) }
        if !meta.isEmpty { items.append(item(.meta, meta.joined(separator: " · "), block: nil)) }
        for (i, block) in article.blocks.enumerated() {
            if i == 0 && startsWithHeadline { continue }
            itemOfBlock[i] = items.count
            switch block.kind {
            case .headline: items.append(item(.heading, block.text, block: i))
            case .paragraph: items.append(item(.paragraph, block.text, block: i))
            case .caption: items.append(item(.caption, block.text, block: i, indent: 2, credit: block.creditRange))
            case .credit: items.append(item(.credit, block.text, block: i))
            }
        }
        self.items = items
        self.itemOfBlock = itemOfBlock
        self.width = max(1, width)
        wrapped = Array(repeating: nil, count: items.count)
        totalSize = items.reduce(0) { $0 + $1.size }
    }

    /// The item showing article block `block`.
    package func item(forBlock block: Int) -> Int? {
        block >= 0 && block < itemOfBlock.count ? itemOfBlock[block] : nil
    }

    /// Re-wraps for a new width (lazily: caches are dropped).
    package mutating func setWidth(_ newWidth: Int) {
        let w = max(1, newWidth)
        guard w != width else { return }
        width = w
        wrapped = Array(repeating: nil, count: items.count)
        wrappedCount = 0
    }

    /// The wrapped text lines of an item, as scalar ranges of its text.
    package mutating func textLines(of item: Int) -> [Range<Int>] {
        if let w = wrapped[item] { return w }
        let it = items[item]
        let lines = LineWrapper(width: max(1, width - it.indent)).lines(in: it.text)
        wrapped[item] = lines
        wrappedCount += 1
        return lines
    }

    /// Display lines of an item: its text lines plus, for every item but the first, a
    /// blank line before them.
    package mutating func lineCount(of item: Int) -> Int {
        textLines(of: item).count + (item > 0 ? 1 : 0)
    }

    /// The line at a position.
    package mutating func line(at p: ArticlePosition) -> Line {
        guard p.item >= 0, p.item < items.count else { return .blank }
        let lead = p.item > 0 ? 1 : 0
        if p.line < lead { return .blank }
        let lines = textLines(of: p.item)
        let i = p.line - lead
        guard i >= 0, i < lines.count else { return .blank }
        return .text(item: p.item, range: lines[i])
    }

    package var start: ArticlePosition { ArticlePosition(item: 0, line: 0) }

    /// The last display line.
    package mutating func end() -> ArticlePosition {
        let last = items.count - 1
        return ArticlePosition(item: last, line: lineCount(of: last) - 1)
    }

    /// The position `n` lines after (or before, for negative `n`) `p`, stopping at the
    /// first and last lines.
    package mutating func advance(_ p: ArticlePosition, by n: Int) -> ArticlePosition {
        var pos = p
        var remaining = n
        while remaining > 0 {
            let count = lineCount(of: pos.item)
            let room = count - 1 - pos.line
            if remaining <= room { pos.line += remaining; return pos }
            if pos.item + 1 >= items.count { pos.line = count - 1; return pos }
            remaining -= room + 1
            pos = ArticlePosition(item: pos.item + 1, line: 0)
        }
        while remaining < 0 {
            if -remaining <= pos.line { pos.line += remaining; return pos }
            if pos.item == 0 { pos.line = 0; return pos }
            remaining += pos.line + 1
            pos = ArticlePosition(item: pos.item - 1, line: lineCount(of: pos.item - 1) - 1)
        }
        return pos
    }

    /// The furthest top line that still fills `rows` rows.
    package mutating func maxTop(rows: Int) -> ArticlePosition {
        advance(end(), by: -(max(1, rows) - 1))
    }

    /// The display line of item `item` holding scalar `offset`.
    package mutating func position(item: Int, offset: Int) -> ArticlePosition {
        guard item >= 0, item < items.count else { return start }
        let lines = textLines(of: item)
        let lead = item > 0 ? 1 : 0
        for (i, r) in lines.enumerated() where offset < r.upperBound || i == lines.count - 1 {
            return ArticlePosition(item: item, line: i + lead)
        }
        return ArticlePosition(item: item, line: lead)
    }

    /// The scalar offset where the line at `p` starts (0 for a blank line).
    package mutating func offset(at p: ArticlePosition) -> Int {
        if case .text(_, let r) = line(at: p) { return r.lowerBound }
        return 0
    }

    /// Whether every item is wrapped at the current width (line numbers are exact).
    package var isFullyWrapped: Bool { wrappedCount == items.count }

    /// Wraps every item when the article is small enough for that to be instant (up to
    /// `limit` bytes of text), so line numbers are exact; larger articles keep estimates.
    package mutating func wrapAllIfSmall(limit: Int = 400_000) {
        guard !isFullyWrapped, totalSize <= limit else { return }
        for i in items.indices where wrapped[i] == nil { _ = textLines(of: i) }
    }

    /// Lines of an item: exact when wrapped, else estimated from its length.
    func estimatedLineCount(of item: Int) -> Int {
        let lead = item > 0 ? 1 : 0
        if let w = wrapped[item] { return w.count + lead }
        let perLine = max(1, width - items[item].indent)
        return max(1, (items[item].size + perLine - 1) / perLine) + lead
    }

    /// The 1-based number of the line at `p` and the total number of lines, exact when
    /// ``isFullyWrapped``, otherwise estimated for the paragraphs never wrapped.
    package func lineNumber(of p: ArticlePosition) -> (line: Int, total: Int) {
        var before = 0
        var total = 0
        for i in items.indices {
            let c = estimatedLineCount(of: i)
            if i < p.item { before += c }
            total += c
        }
        return (before + p.line + 1, max(1, total))
    }
}
