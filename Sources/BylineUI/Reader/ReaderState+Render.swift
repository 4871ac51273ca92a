import BylineKit

/// Drawing the reader into a ``ScreenBuffer``.
extension ReaderState {
    /// Draws the whole screen. Mutating only because wrapping is lazy: paragraphs that
    /// come on screen for the first time are wrapped (and cached) here.
    package mutating func render() -> ScreenBuffer {
        var screen = ScreenBuffer(width: width, height: height)
        guard width > 0, height > 0 else { return screen }
        let l = paneLayout
        let cache = renderCache
        if !helpVisible && cache.showsHelp, let b = cache.beneathHelp {
            // The help closes: the panes are compared with the frame before it.
            cache.drawn = b
        }
        if helpVisible && !cache.showsHelp { cache.beneathHelp = cache.drawn }
        if !helpVisible { cache.beneathHelp = nil }
        cache.showsHelp = helpVisible
        let previous = cache.drawn.frame.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        var reused: [Rect] = []
        var scrolled: (rect: Rect, by: Int)?
        // The frame's number, what it copied, and the frame kept for the next one.
        func finished(_ screen: ScreenBuffer) -> ScreenBuffer {
            var screen = screen
            screen.serial = Self.nextGeneration()
            if let previous, !reused.isEmpty { screen.reused = (previous.serial, reused) }
            if let previous, let s = scrolled {
                if s.by == 0 {
                    screen.reused = (previous.serial, (screen.reused?.rects ?? []) + [s.rect])
                } else {
                    screen.scrolled = (previous.serial, s.rect, s.by)
                }
            }
            cache.drawn.frame = screen
            return screen
        }
        if helpVisible {
            // The help owns the screen; the status line stays only for the `?` prompt.
            let withPrompt = prompt?.showsHelp == true
            drawHelp(&screen, area: Rect(x: 0, y: 0, width: width, height: withPrompt ? (l.status?.y ?? height) : height))
            if withPrompt, let s = l.status { drawStatus(&screen, s) }
            cache.drawn = RenderCache.DrawnFrame()  // no pane of it to copy; `finished` keeps the frame
            return finished(screen)
        } else {
            // A side pane whose inputs did not change is copied from the last frame.
            if let r = l.list {
                let key = PaneKey(rect: r, headers: l.hasHeaders, focus: focus, generation: readingGeneration, current: current,
                                  theme: themeIndex, themes: themes.count)
                if let previous, cache.drawn.listKey == key {
                    screen.copy(r, from: previous)
                    reused.append(r)
                } else {
                    drawList(&screen, r, headers: l.hasHeaders)
                }
                cache.drawn.listKey = key
            } else {
                cache.drawn.listKey = nil
            }
            if let r = l.article {
                let drawn = drawArticle(&screen, r, headers: l.hasHeaders, previous: previous)
                scrolled = drawn.scrolled
                reused += drawn.reused
            } else {
                cache.drawn.articleKey = nil
            }
            if let r = l.sidebar {
                let key = PaneKey(rect: r, headers: l.hasHeaders, focus: focus, generation: readingGeneration, current: current,
                                  theme: themeIndex, themes: themes.count,
                                  sidebar: [Sidebar.Tab.allCases.firstIndex(of: sidebarTab) ?? 0, sidebarSelection, sidebarTop,
                                            analysing.contains(current) ? 1 : 0, sidebarRows.count],
                                  chosen: chosen)
                if let previous, cache.drawn.sidebarKey == key {
                    screen.copy(r, from: previous)
                    reused.append(r)
                } else {
                    drawSidebar(&screen, r, headers: l.hasHeaders)
                }
                cache.drawn.sidebarKey = key
            } else {
                cache.drawn.sidebarKey = nil
            }
            // A rule left of each pane that has a pane to its left: the same as in the
            // last frame while the panes and the theme are.
            let rules = [l.article, l.sidebar].compactMap { $0 }.filter { !l.isSingle && $0.x > 0 }
                .map { Rect(x: $0.x - 1, y: $0.y, width: 1, height: $0.height) }
            let rulesKey = RulesKey(rules: rules, theme: themeIndex, themes: themes.count)
            for r in rules {
                if let previous, cache.drawn.rulesKey == rulesKey {
                    screen.copy(r, from: previous)
                    reused.append(r)
                } else {
                    for y in r.y..<r.maxY { screen.put("│", x: r.x, y: y, style: theme[.border], element: .border) }
                }
            }
            cache.drawn.rulesKey = rulesKey
        }
        if let s = l.status { drawStatus(&screen, s) }
        return finished(screen)
    }

    // MARK: Headers

    /// A pane's header row: a focus marker (visible without colour), the name, a rule.
    func drawHeader(_ screen: inout ScreenBuffer, _ r: Rect, pane: Pane, title: String, detail: String = "") {
        let focused = focus == pane
        let element: ThemeElement = focused ? .focusedBorder : .border
        let style = theme[element]
        screen.fill(x: r.x, y: r.y, width: r.width, height: 1, style: style, element: element)
        var x = r.x
        x += screen.put(focused ? "▶ " : "  ", x: x, y: r.y, style: style, element: element, maxWidth: r.maxX - x)
        // A header too long for its pane ends with "…" rather than mid-word.
        let label = Self.truncated(detail.isEmpty ? title : title + " " + detail, to: r.maxX - x)
        x += screen.put(label, x: x, y: r.y, style: style, element: element, maxWidth: r.maxX - x)
        if x < r.maxX { x += screen.put(" ", x: x, y: r.y, style: style, element: element, maxWidth: r.maxX - x) }
        while x < r.maxX { x += max(1, screen.put("─", x: x, y: r.y, style: style, element: element, maxWidth: r.maxX - x)) }
    }

    /// Text cut to `width` columns with an ellipsis.
    static func truncated(_ s: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(s) <= width { return s }
        var out = ""
        var w = 0
        for ch in s {
            let cw = DisplayWidth.of(ch)
            if w + cw > width - 1 { break }
            out.append(ch)
            w += cw
        }
        return out + "…"
    }

    // MARK: List

    func drawList(_ screen: inout ScreenBuffer, _ r: Rect, headers: Bool) {
        var content = r
        if let f = feedList {
            if headers {
                drawHeader(&screen, Rect(x: r.x, y: r.y, width: r.width, height: 1), pane: .list, title: "Feeds", detail: feedListDetail)
                content = Rect(x: r.x, y: r.y + 1, width: r.width, height: r.height - 1)
            }
            var top = min(f.top, f.selected)
            if f.selected >= top + content.height { top = f.selected - content.height + 1 }
            drawFeeds(&screen, content, selected: f.selected, top: top)
            return
        }
        if headers {
            var detail = "\(list.entries.isEmpty ? 0 : list.selected + 1)/\(list.entries.count)"
            let counts = readingCounts
            if !counts.isEmpty && list.filter == nil { detail += " · " + counts }
            if list.filter != nil, let back = keyName(for: .back) { detail += " · \(back) all articles" }
            drawHeader(&screen, Rect(x: r.x, y: r.y, width: r.width, height: 1), pane: .list,
                       title: list.filter?.title ?? "Articles", detail: detail)
            content = Rect(x: r.x, y: r.y + 1, width: r.width, height: r.height - 1)
        }
        if list.entries.isEmpty {
            screen.put(" (no articles)", x: content.x, y: content.y, style: theme[.listItem], element: .listItem, maxWidth: content.width)
            return
        }
        var top = list.top
        if list.selected < top { top = list.selected }
        if list.selected >= top + content.height { top = list.selected - content.height + 1 }
        for row in 0..<content.height {
            let i = top + row
            guard i < list.entries.count else { break }
            let a = articles[list.entries[i]].article
            let selected = i == list.selected
            let element: ThemeElement = selected ? .listSelection : .listItem
            let style = theme[element]
            let y = content.y + row
            screen.fill(x: content.x, y: y, width: content.width, height: 1, style: style, element: element)
            var meta: [String] = []
            if let d = a.date { meta.append(d.description) }
            if let s = a.source { meta.append(s) }
            let right = meta.joined(separator: " ")
            // The open article, unread (N, as in mutt) and bookmarked (!) in three columns.
            let index = list.entries[i]
            let mark = (index == current ? "•" : " ") + (isUnread(index) ? "N" : " ") + (isBookmarked(index) ? "!" : " ")
            let rightWidth = content.width >= 40 ? DisplayWidth.of(right) : 0
            let titleWidth = max(0, content.width - 4 - (rightWidth > 0 ? rightWidth + 2 : 0))
            screen.put(mark + " " + ReaderState.truncated(a.title, to: titleWidth), x: content.x, y: y,
                       style: style, element: element, maxWidth: content.width)
            if rightWidth > 0 {
                screen.put(right, x: content.maxX - rightWidth - 1, y: y, style: style, element: element, maxWidth: rightWidth)
            }
        }
    }

    // MARK: Sidebar

    func drawSidebar(_ screen: inout ScreenBuffer, _ r: Rect, headers: Bool) {
        var content = r
        if headers {
            // Each tab counts what it names: "[Quotes 8] Entities 12".
            let busy = analysing.contains(current)
            let tabs = Sidebar.Tab.allCases.map { tab in
                let count = tab == .quotes ? article.quotes.count : Set(article.entities.map(\.canonical)).count
                let label = busy ? tab.rawValue : "\(tab.rawValue) \(count)"
                return tab == sidebarTab ? "[\(label)]" : label
            }.joined(separator: " ")
            drawHeader(&screen, Rect(x: r.x, y: r.y, width: r.width, height: 1), pane: .sidebar, title: tabs,
                       detail: busy ? "(analysing…)" : "")
            content = Rect(x: r.x, y: r.y + 1, width: r.width, height: r.height - 1)
        }
        let maxLines = max(1, content.height)
        // Each row wrapped once per frame, though both the fitting and the drawing ask.
        var wrapped: [Int: [String]] = [:]
        func lines(_ i: Int) -> [String] {
            if let known = wrapped[i] { return known }
            // In full: the selected quotation while the sidebar has the focus or it is marked.
            let whole = i == sidebarSelection && (focus == .sidebar || sidebarRows[i].target.map(Chosen.init) == chosen)
            let result = sidebarLines(sidebarRows[i], width: content.width, selected: whole, maxLines: maxLines)
            wrapped[i] = result
            return result
        }
        // The first row drawn: the remembered one, moved so the selection fits whole.
        var top = min(sidebarTop, sidebarSelection)
        if sidebarRows.indices.contains(sidebarSelection) {
            var used = (top...sidebarSelection).reduce(0) { $0 + lines($1).count }
            while used > content.height && top < sidebarSelection {
                used -= lines(top).count
                top += 1
            }
        }
        var y = content.y
        var i = top
        while y < content.maxY && i < sidebarRows.count {
            let item = sidebarRows[i]
            let selected = i == sidebarSelection && !item.isHeading && item.target != nil
            let element: ThemeElement =
                item.isHeading ? .sidebarHeading : selected ? .listSelection : item.type.map(ReaderState.element(for:)) ?? .sidebar
            let style = theme[element]
            let detail = item.detail ?? ""
            let dw = DisplayWidth.of(detail)
            for (n, line) in lines(i).enumerated() where y < content.maxY {
                if selected { screen.fill(x: content.x, y: y, width: content.width, height: 1, style: style, element: element) }
                screen.put(" " + line, x: content.x, y: y, style: style, element: element, maxWidth: content.width)
                if n == 0 && dw > 0 && content.width > dw + 4 {
                    screen.put(detail, x: content.maxX - dw - 1, y: y, style: style, element: element, maxWidth: dw)
                }
                y += 1
            }
            i += 1
        }
    }

    /// A sidebar row's lines at a pane width: a quotation wraps to at most four lines
    /// (the last cut with "…"), the selected one in full; other rows take one line.
    func sidebarLines(_ row: Sidebar.Row, width: Int, selected: Bool, maxLines: Int) -> [String] {
        let detailWidth = row.detail.map { DisplayWidth.of($0) + 2 } ?? 0
        let textWidth = max(1, width - 1 - detailWidth)
        guard case .quote? = row.target, textWidth >= 12 else { return [ReaderState.truncated(row.text, to: textWidth)] }
        var wrapped = LineWrapper(width: textWidth).wrap(row.text)
        let cap = selected ? maxLines : min(4, maxLines)
        if wrapped.count > cap {
            wrapped = Array(wrapped.prefix(cap))
            wrapped[cap - 1] = ReaderState.truncated(wrapped[cap - 1] + " …", to: textWidth)
            if !wrapped[cap - 1].hasSuffix("…") { wrapped[cap - 1] += "…" }
        }
        return wrapped
    }

    // MARK: Status line

    /// While the list shows library search results and has the focus, the selected
    /// result's snippet (`…resume nuclear talks with the United States…`).
    var selectedSnippet: String? {
        guard focus == .list, case .search = list.filter, list.entries.indices.contains(list.selected) else { return nil }
        return filterSnippets[articles[list.entries[list.selected]].article.path]
    }

    mutating func drawStatus(_ screen: inout ScreenBuffer, _ r: Rect) {
        let style = theme[.statusLine]
        screen.fill(x: r.x, y: r.y, width: r.width, height: 1, style: style, element: .statusLine)
        if let p = prompt {
            let ps = theme[.prompt]
            screen.fill(x: r.x, y: r.y, width: r.width, height: 1, style: ps, element: .prompt)
            // Keep the end of a long query visible.
            var text = p.marker + p.text
            while DisplayWidth.of(text) > r.width - 1, !text.isEmpty { text.removeFirst() }
            let w = screen.put(text, x: r.x, y: r.y, style: ps, element: .prompt, maxWidth: r.width - 1)
            screen.put("▏", x: r.x + w, y: r.y, style: ps, element: .prompt)
            return
        }
        let (line, total) = layout.lineNumber(of: top)
        let rows = textRows
        let bottomLine = min(total, line + rows - 1)
        let percent = total <= rows ? 100 : min(100, bottomLine * 100 / total)
        let approx = layout.isFullyWrapped ? "" : "~"
        var right = r.width >= 40 ? "\(approx)L\(line)/\(approx)\(total) \(percent)%" : "\(percent)%"
        if let u = updatingFeeds, r.width >= 50 {
            right = "updating feeds \(u.done)/\(u.total)… " + right
        } else if loading.contains(current) && r.width >= 50 {
            right = "loading… " + right
        } else if analysing.contains(current) && r.width >= 50 {
            right = "analysing… " + right
        }
        right = " " + right + (r.width >= 30 ? "  \(helpKeyName) help " : " ")
        let rw = min(r.width, DisplayWidth.of(right))
        let left = statusMessage ?? selectedFeedError ?? selectedSnippet ?? article.article.title
        let leftWidth = max(0, r.width - rw - 1)
        if leftWidth > 0 {
            screen.put(" " + ReaderState.truncated(left, to: leftWidth), x: r.x, y: r.y, style: style, element: .statusLine,
                       maxWidth: leftWidth + 1)
        }
        // The position in a style of its own (plain by default): it changes on every
        // line scrolled, and rewriting digits with no attribute change is cheapest.
        let position = theme[.statusPosition]
        screen.fill(x: r.maxX - rw, y: r.y, width: rw, height: 1, style: position, element: .statusPosition)
        screen.put(right, x: r.maxX - rw, y: r.y, style: position, element: .statusPosition, maxWidth: rw)
    }
}
