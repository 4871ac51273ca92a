import BylineKit

/// Drawing the article pane. A frame whose article pane differs from the last one's
/// only by the first line shown (a line or a few scrolled) copies the rows still on
/// screen from the last frame, moved, and draws only the rows the scroll exposes; the
/// frame says so (``ScreenBuffer/scrolled``) so that a terminal backend can move the
/// rows it shows instead of comparing them.
///
/// ```swift
/// _ = state.render()
/// state.handle(.character("j"))
/// state.render().scrolled?.by   // 1: the article's rows moved up one, one row drawn
/// ```
extension ReaderState {
    /// Everything the article pane's cells depend on but the first line shown: equal
    /// keys and equal first lines, equal cells.
    struct ArticleKey: Hashable {
        /// What every pane depends on (rectangle, focus, articles, theme, mark).
        var pane: PaneKey
        var textWidth: Int
        var margin: Int
        var search: SearchState?
    }

    /// Draws the article pane in `r`; returns the rows it moved from `previous` (the
    /// last frame, of the same size), if it did, as the rectangle and the rows moved up,
    /// and the rectangles it copied unchanged from `previous` (its header row).
    mutating func drawArticle(_ screen: inout ScreenBuffer, _ r: Rect, headers: Bool,
                              previous: ScreenBuffer?) -> (scrolled: (rect: Rect, by: Int)?, reused: [Rect]) {
        let content = headers ? Rect(x: r.x, y: r.y + 1, width: r.width, height: r.height - 1) : r
        if layout.width != wantedTextWidth { layout.setWidth(wantedTextWidth) }
        let margin = textGeometry(paneWidth: content.width).margin
        let key = ArticleKey(pane: PaneKey(rect: r, headers: headers, focus: focus, generation: readingGeneration,
                                           current: current, theme: themeIndex, themes: themes.count, chosen: chosen),
                             textWidth: layout.width, margin: margin, search: search)
        let cache = renderCache
        let same = previous != nil && cache.drawn.articleKey == key
        // The header shows nothing the key does not hold: with the same key, the same row.
        let header = Rect(x: r.x, y: r.y, width: r.width, height: 1)
        var reused: [Rect] = []
        if headers {
            if same, let previous {
                screen.copy(header, from: previous)
                reused.append(header)
            } else {
                var detail = ""
                if let s = search {
                    detail = s.matches.isEmpty ? "/\(s.query): no match" : "/\(s.query): \((s.current ?? -1) + 1)/\(s.matches.count)"
                }
                drawHeader(&screen, header, pane: .article, title: "Article \(current + 1)/\(articles.count)", detail: detail)
            }
        }
        guard content.height > 0 else {
            cache.drawn.articleKey = nil
            return (nil, reused)
        }
        defer {
            cache.drawn.articleKey = key
            cache.drawn.articleTop = top
        }
        if same, let previous, let oldTop = cache.drawn.articleTop,
           let moved = lineDistance(from: oldTop, to: top, limit: content.height - 1) {
            // The rows still on screen, from the last frame; then the rows exposed.
            for row in 0..<content.height where row + moved >= 0 && row + moved < content.height {
                screen.copy(Rect(x: content.x, y: content.y + row, width: content.width, height: 1), from: previous,
                            fromY: content.y + row + moved)
            }
            let exposed = moved >= 0 ? (content.height - moved)..<content.height : 0..<(-moved)
            drawArticleRows(&screen, content, margin: margin, rows: exposed)
            return ((content, moved), reused)
        }
        drawArticleRows(&screen, content, margin: margin, rows: 0..<content.height)
        return (nil, reused)
    }

    /// Draws rows `rows` of the article's text area `content` (the rows from ``top``).
    mutating func drawArticleRows(_ screen: inout ScreenBuffer, _ content: Rect, margin: Int, rows: Range<Int>) {
        guard !rows.isEmpty else { return }
        var pos = top
        for row in 0..<rows.upperBound {
            if row >= rows.lowerBound, case .text(let item, let range) = layout.line(at: pos) {
                drawTextLine(&screen, item: item, range: range, x: content.x + margin, y: content.y + row,
                             maxX: content.maxX)
            }
            let next = layout.advance(pos, by: 1)
            if next == pos { return }
            pos = next
        }
    }

    /// How many lines `to` is after `from` (negative: before), if at most `limit` lines
    /// apart; nil when farther or not reached line by line.
    mutating func lineDistance(from: ArticlePosition, to: ArticlePosition, limit: Int) -> Int? {
        if from == to { return 0 }
        guard limit >= 1 else { return nil }
        let step = to > from ? 1 : -1
        var pos = from
        for n in 1...limit {
            let next = layout.advance(pos, by: step)
            if next == pos { return nil }
            pos = next
            if pos == to { return n * step }
            if step > 0 ? pos > to : pos < to { return nil }
        }
        return nil
    }

    /// A styled span over an item's scalars.
    struct Span {
        var range: Range<Int>
        var element: ThemeElement
    }

    /// The spans over item `item` that change its style, in increasing priority.
    func spans(item: Int) -> [Span] {
        var out: [Span] = []
        let it = layout.items[item]
        if let c = it.creditRange { out.append(Span(range: c, element: .credit)) }
        if let block = it.block {
            let quotes = article.quotes
            var qi = firstIndex(in: quotes.count) { quotes[$0].location.block >= block }
            while qi < quotes.count, quotes[qi].location.block == block {
                let loc = quotes[qi].location
                out.append(Span(range: loc.start..<loc.end, element: .quotation))
                qi += 1
            }
            let ents = article.entities
            var ei = firstIndex(in: ents.count) { ents[$0].location.block >= block }
            while ei < ents.count, ents[ei].location.block == block {
                let loc = ents[ei].location
                out.append(Span(range: loc.start..<loc.end, element: ReaderState.element(for: ents[ei].type)))
                ei += 1
            }
            if let c = chosen, let loc = location(of: c), loc.block == block {
                out.append(Span(range: loc.start..<loc.end, element: .chosen))
            }
        }
        if let s = search {
            let ms = s.matches
            var mi = firstIndex(in: ms.count) { ms[$0].item >= item }
            while mi < ms.count, ms[mi].item == item {
                out.append(Span(range: ms[mi].range, element: .searchMatch))
                mi += 1
            }
        }
        return out
    }

    /// Binary search: the first index in 0..<count where `isAtOrAfter` holds (it must
    /// be monotonic).
    func firstIndex(in count: Int, where isAtOrAfter: (Int) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isAtOrAfter(mid) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    static func element(for type: EntityType) -> ThemeElement {
        switch type {
        case .person: return .person
        case .org: return .org
        case .place: return .place
        case .norp: return .norp
        case .date: return .dateEntity
        }
    }

    static func baseElement(_ kind: ArticleLayout.Kind) -> ThemeElement {
        switch kind {
        case .headline, .heading: return .headline
        case .meta: return .date
        case .paragraph: return .text
        case .caption: return .caption
        case .credit: return .credit
        }
    }

    /// Draws one display line of item `item` (its scalars `range`), in the item's style
    /// with its spans (names, quotations, matches) over it.
    func drawTextLine(_ screen: inout ScreenBuffer, item: Int, range: Range<Int>, x: Int, y: Int, maxX: Int) {
        let it = layout.items[item]
        let base = ReaderState.baseElement(it.kind)
        let baseStyle = theme[base]
        // Each span's style looked up once per line, not once per character.
        let styled = spans(item: item).compactMap { s -> (span: Span, style: Style)? in
            s.range.overlaps(range) ? (s, theme[s.element]) : nil
        }
        let scalars = it.text.unicodeScalars
        let lo = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        let hi = scalars.index(lo, offsetBy: range.count)
        let text = Substring(scalars[lo..<hi])
        var col = x + it.indent
        var offset = range.lowerBound
        for ch in text {
            var element = base
            var style = baseStyle
            if !styled.isEmpty {
                var attributes = baseStyle.attributes
                for s in styled where s.span.range.contains(offset) {
                    element = s.span.element
                    style = s.style
                    attributes.formUnion(s.style.attributes)
                }
                if element != .searchMatch && element != .chosen { style.attributes = attributes }
            }
            if col >= maxX { break }
            if !screen.put(ch, x: col, y: y, style: style, element: element, limit: maxX, advance: &col) { break }
            offset += ch.unicodeScalars.count
        }
    }
}
