import BylineKit

/// Jumps inside the open article: search matches, entity mentions, quotations, and
/// what the sidebar chooses.
extension ReaderState {
    /// Where "next" counts from: the chosen span if any, else the top of the screen.
    mutating func reference() -> (item: Int, offset: Int, inclusive: Bool) {
        if let c = chosen, let loc = location(of: c), let item = layout.item(forBlock: loc.block) {
            return (item, loc.start, false)
        }
        return (top.item, layout.offset(at: top), true)
    }

    func location(of c: Chosen) -> TextLocation? {
        switch c {
        case .entity(let i): return article.entities.indices.contains(i) ? article.entities[i].location : nil
        case .quote(let i): return article.quotes.indices.contains(i) ? article.quotes[i].location : nil
        }
    }

    /// Scrolls so that `range` of `item` is on screen (with a little context above).
    package mutating func reveal(item: Int, range: Range<Int>) {
        let start = layout.position(item: item, offset: range.lowerBound)
        let end = layout.position(item: item, offset: max(range.lowerBound, range.upperBound - 1))
        let rows = textRows
        let bottom = layout.advance(top, by: rows - 1)
        if start >= top && end <= bottom { return }
        top = layout.advance(start, by: -min(2, rows / 3))
        clampTop()
    }

    /// Marks a sidebar item or jump target and scrolls the article to it.
    package mutating func choose(_ c: Chosen) {
        guard let loc = location(of: c), let item = layout.item(forBlock: loc.block) else { return }
        chosen = c
        if case .quote(let i) = c { sidebarSyncQuote(i) }
        reveal(item: item, range: loc.start..<loc.end)
    }

    /// Says on the status line where a jump landed, so that it can be read with the
    /// sidebar closed: "Quote 2 of 8 · Kim Jong-un", "Joe Biden · person · mention 1 of 3".
    ///
    /// ```swift
    /// state.handle(.character("'"))
    /// state.statusMessage   // "Quote 1 of 1 · Kim Jong-un"
    /// ```
    package func landing(_ c: Chosen) -> String? {
        switch c {
        case .quote(let i):
            let quotes = article.quotes
            guard quotes.indices.contains(i) else { return nil }
            let who = quotes[i].speaker.map { " · \($0)" } ?? " · unattributed"
            return "Quote \(i + 1) of \(quotes.count)\(who)"
        case .entity(let i):
            let mentions = article.entities
            guard mentions.indices.contains(i) else { return nil }
            let m = mentions[i]
            var n = 0, total = 0
            for (j, other) in mentions.enumerated() where other.canonical == m.canonical {
                total += 1
                if j <= i { n += 1 }
            }
            return "\(m.canonical) · \(ReaderState.entityTypeName(m.type)) · mention \(n) of \(total)"
        }
    }

    /// Marks `c`, scrolls to it and says where it is.
    mutating func jump(to c: Chosen, note: String? = nil) {
        choose(c)
        guard chosen == c, let where_ = landing(c) else { return }
        statusMessage = note.map { "\(where_) (\($0))" } ?? where_
    }

    mutating func sidebarSyncQuote(_ i: Int) {
        guard sidebarTab == .quotes, let row = sidebarRows.firstIndex(where: { $0.target == .quote(i) }) else { return }
        sidebarSelection = row
        moveSidebarSelection(by: 0)
    }

    mutating func jumpToMatch(forward: Bool) {
        guard var s = search else { statusMessage = "No search yet: / searches forward, ? backward"; return }
        guard !s.matches.isEmpty else { statusMessage = "Pattern not found: \(s.query)"; return }
        let from: (Int, Int)
        if let c = s.current, s.matches.indices.contains(c) {
            from = (s.matches[c].item, s.matches[c].range.lowerBound)
        } else {
            let r = reference()
            from = (r.item, r.offset - (forward ? 1 : 0))
        }
        guard let i = s.next(after: from.0, offset: from.1, forward: forward) else { return }
        if let c = s.current, forward ? i <= c : i >= c { statusMessage = "Search wrapped" }
        s.current = i
        search = s
        let m = s.matches[i]
        reveal(item: m.item, range: m.range)
        if statusMessage == nil { statusMessage = "Match \(i + 1) of \(s.matches.count)" }
    }

    /// `e` / `E`: the next or previous entity mention after the chosen one or the top of
    /// the screen.
    mutating func jumpToEntity(forward: Bool) {
        let mentions = article.entities
        guard !mentions.isEmpty else { statusMessage = analysing.contains(current) ? "Still analysing…" : "No entities in this article"; return }
        let r = reference()
        func key(_ m: EntityMention) -> (Int, Int) { (layout.item(forBlock: m.location.block) ?? 0, m.location.start) }
        let target: Int?
        if forward {
            target = mentions.indices.first { r.inclusive ? key(mentions[$0]) >= (r.item, r.offset) : key(mentions[$0]) > (r.item, r.offset) }
        } else {
            target = mentions.indices.last { key(mentions[$0]) < (r.item, r.offset) }
        }
        guard let t = target else { statusMessage = forward ? "No more entity mentions" : "No earlier entity mention"; return }
        jump(to: .entity(t))
    }

    /// `*`: the next mention of the chosen entity (from "Mr Kim" to "Kim Jong-un"),
    /// wrapping to the first. With nothing chosen, starts from the first mention on
    /// screen.
    mutating func jumpToSameEntity() {
        let mentions = article.entities
        guard !mentions.isEmpty else { statusMessage = "No entities in this article"; return }
        guard case .entity(let c)? = chosen, mentions.indices.contains(c) else {
            jumpToEntity(forward: true)
            return
        }
        let name = mentions[c].canonical
        let same = mentions.indices.filter { mentions[$0].canonical == name }
        let next = same.first { $0 > c } ?? same.first!
        jump(to: .entity(next), note: next <= c ? "back to the first" : nil)
    }

    mutating func jumpToQuote(forward: Bool) {
        let quotes = article.quotes
        guard !quotes.isEmpty else { statusMessage = analysing.contains(current) ? "Still analysing…" : "No quotations in this article"; return }
        let r = reference()
        func key(_ q: Quotation) -> (Int, Int) { (layout.item(forBlock: q.location.block) ?? 0, q.location.start) }
        let target: Int?
        if forward {
            target = quotes.indices.first { r.inclusive ? key(quotes[$0]) >= (r.item, r.offset) : key(quotes[$0]) > (r.item, r.offset) }
        } else {
            target = quotes.indices.last { key(quotes[$0]) < (r.item, r.offset) }
        }
        guard let t = target else { statusMessage = forward ? "No more quotations" : "No earlier quotation"; return }
        jump(to: .quote(t))
    }
}

extension ReaderState {
    /// `y`: copies the marked quotation (or the one selected in the sidebar) — its
    /// words, speaker and article title, made safe — to the terminal's clipboard, and
    /// says what was copied. Nothing is sent unless this key is pressed, nor when the
    /// configuration says `clipboard = false`.
    mutating func copyQuote() {
        var index: Int?
        if case .quote(let i)? = chosen { index = i }
        if focus == .sidebar, sidebarRows.indices.contains(sidebarSelection), case .quote(let i)? = sidebarRows[sidebarSelection].target {
            index = i
        }
        guard let i = index, article.quotes.indices.contains(i) else {
            let mark = keyName(for: .nextQuote).map { "\($0) or " } ?? ""
            let sidebar = keyName(for: .toggleSidebar).map { " \($0)" } ?? ""
            statusMessage = "Mark a quotation first (\(mark)the sidebar\(sidebar))"
            return
        }
        guard options.clipboard else { statusMessage = "Copying is off (clipboard = false in the configuration)"; return }
        let q = article.quotes[i]
        let who = q.speaker.map { " — \($0)" } ?? ""
        let text = TextSanitizer.sanitize("“\(q.text)”\(who), “\(article.article.title)”")
        effects.append(.copyToClipboard(text: text))
        statusMessage = "Copied quote \(i + 1) of \(article.quotes.count)\(q.speaker.map { " (\($0))" } ?? "") to the clipboard"
    }
}
