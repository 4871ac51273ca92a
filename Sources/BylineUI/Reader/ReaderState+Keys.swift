import BylineKit

/// What each key does: ``handle(_:)`` looks the key up in the key map and applies the
/// action to the focused pane.
extension ReaderState {
    /// Applies one key press.
    package mutating func handle(_ key: Key) {
        if let n = notice, n.keysLeft > 0, statusMessage == n.text {
            notice = (n.text, n.keysLeft - 1)
        } else {
            statusMessage = nil
            notice = nil
        }
        pendingMark = nil
        if prompt != nil { handlePrompt(key); return }
        switch key {
        case .wheelUp(let x, let y): wheel(x: x, y: y, by: -3); return
        case .wheelDown(let x, let y): wheel(x: x, y: y, by: 3); return
        case .click: return
        default: break
        }
        let action = keyMap.action(for: key)
        if helpVisible { handleHelp(action); return }
        // A count before a key, as in less: `5j`, `10G`, `50%`. Digits count only where
        // no action is bound to them.
        if action == nil, case .character(let c) = key, c.isASCII, let digit = c.wholeNumberValue {
            pendingCount = min(9_999_999, (pendingCount ?? 0) * 10 + digit)
            return
        }
        let count = pendingCount
        pendingCount = nil
        guard let action else { return }
        if count != nil, action == .back { return }  // Esc drops a count being typed
        perform(action, count: count)
    }

    /// Applies an action as if its key had been pressed after a count, as in less:
    /// `5j` scrolls five lines, `10G` goes to line 10, `50%` half way, `3'` to the third
    /// quotation from here. Actions that take no count ignore it.
    ///
    /// ```swift
    /// state.perform(.bottom, count: 10)   // line 10 at the top of the article pane
    /// ```
    package mutating func perform(_ action: Action, count: Int?) {
        guard let n = count else { perform(action); return }
        switch action {
        case .lineDown, .pageDown, .halfPageDown: move(n)  // less: `N space` scrolls N lines
        case .lineUp, .pageUp, .halfPageUp: move(-n)
        case .top, .bottom: goToLine(n)
        case .percent: goToPercent(n)
        case .nextArticle: stepArticle(n)
        case .previousArticle: stepArticle(-n)
        case .nextEntity, .previousEntity, .nextSameEntity, .nextQuote, .previousQuote, .nextMatch, .previousMatch:
            // Repeated while it still lands somewhere new; the last landing is reported.
            for _ in 0..<min(n, 10_000) {
                let before = (chosen, search?.current, top)
                perform(action)
                if (chosen, search?.current, top) == before { break }
            }
        default: perform(action)
        }
    }

    /// Applies an action as if its key had been pressed.
    package mutating func perform(_ action: Action) {
        switch action {
        case .quit: shouldQuit = true
        case .help: helpVisible = true; helpTop = 0
        case .lineDown: move(1)
        case .lineUp: move(-1)
        case .pageDown: move(page)
        case .pageUp: move(-page)
        case .halfPageDown: move(max(1, page / 2))
        case .halfPageUp: move(-max(1, page / 2))
        case .top: move(Int.min / 2)
        case .bottom: move(Int.max / 2)
        case .percent: goToPercent(0)
        case .open: openFocused()
        case .nextArticle: stepArticle(1)
        case .previousArticle: stepArticle(-1)
        case .searchForward: prompt = Prompt(kind: focus == .list ? .listFilter : .searchForward, text: "")
        case .searchBackward:
            // `?`: the help screen, with a backward search prompt (as in less) on the
            // status line: `?word` enter searches, `?` alone shows the keys.
            prompt = Prompt(kind: .searchBackward, text: "", showsHelp: true)
            helpVisible = true
            helpTop = 0
        case .librarySearch: prompt = Prompt(kind: .library, text: "")
        case .libraryRelated: askLibraryRelated()
        case .nextMatch: jumpToMatch(forward: !(search?.backward ?? false))
        case .previousMatch: jumpToMatch(forward: search?.backward ?? false)
        case .nextEntity: jumpToEntity(forward: true)
        case .previousEntity: jumpToEntity(forward: false)
        case .nextSameEntity: jumpToSameEntity()
        case .nextQuote: jumpToQuote(forward: true)
        case .previousQuote: jumpToQuote(forward: false)
        case .focusNext: cycleFocus(1)
        case .focusPrevious: cycleFocus(-1)
        case .toggleSidebar: toggleSidebar()
        case .switchSidebarTab:
            sidebarTab = sidebarTab == .quotes ? .entities : .quotes
            sidebarSelection = 0
            sidebarTop = 0
            rebuildSidebar()
            if !sidebarOpen && !paneLayout.isSingle {
                sidebarChosen = true
                setSidebar(open: true)
            }
        case .toggleList: toggleList()
        case .zoom: changeLayout { $0.zoomed.toggle(); if $0.zoomed { $0.focus = .article } }
        case .widerPane: resizeSidePane(by: 4)
        case .narrowerPane: resizeSidePane(by: -4)
        case .cycleTheme:
            themeIndex = (themeIndex + 1) % themes.count
            statusMessage = "Theme: \(theme.name)"
            effects.append(.preferencesChanged)
        case .bookmark: toggleBookmark()
        case .nextUnread: openNextUnread()
        case .filterUnread: toggleListFilter(.unread)
        case .filterBookmarks: toggleListFilter(.bookmarked)
        case .sortList: cycleListOrder()
        case .back: back()
        case .copyQuote: copyQuote()
        case .feeds: toggleFeedList()
        case .updateFeeds: requestFeedUpdate()
        }
    }

    /// Lines a page key moves in the focused pane.
    var page: Int {
        let l = paneLayout
        let pane = l.isSingle ? focus : focus
        return max(1, l.content(of: pane)?.height ?? textRows)
    }

    // MARK: Moving

    /// `N g` / `N G`: line N of the focused pane at its top (the article), or entry N
    /// selected (the list, the sidebar).
    mutating func goToLine(_ n: Int) {
        switch focus {
        case .article:
            top = layout.advance(layout.start, by: max(0, n - 1))
            clampTop()
            noteLineWhileLoading(n)
        case .list:
            move(Int.min / 2)
            move(max(0, n - 1))
        case .sidebar:
            sidebarSelection = 0
            sidebarTop = 0
            moveSidebarSelection(by: max(0, n - 1))
        }
    }

    /// `N%` / `N p`: N percent of the way through the focused pane (as in less, the line
    /// there goes to the top).
    mutating func goToPercent(_ n: Int) {
        let percent = min(100, max(0, n))
        switch focus {
        case .article:
            let total = layout.lineNumber(of: top).total
            top = layout.advance(layout.start, by: total * percent / 100)
            clampTop()
            notePercentWhileLoading(percent)
        case .list: goToLine(list.entries.count * percent / 100 + 1)
        case .sidebar: goToLine(sidebarRows.count * percent / 100 + 1)
        }
    }

    mutating func move(_ n: Int) {
        switch focus {
        case .article: scroll(n)
        case .list where feedList != nil: moveFeedSelection(by: n)
        case .list:
            list.move(by: n)
            list.scrollToSelection(rows: listRows)
        case .sidebar: moveSidebarSelection(by: n)
        }
    }

    /// Scrolls the article by `n` lines.
    package mutating func scroll(_ n: Int) {
        let before = top
        if n <= Int.min / 4 { top = layout.start } else if n >= Int.max / 4 { top = layout.maxTop(rows: textRows) } else {
            top = layout.advance(top, by: n)
        }
        clampTop()
        noteScrollWhileLoading(n, from: before)
    }

    var listRows: Int { max(1, paneLayout.content(of: .list)?.height ?? 1) }
    var sidebarContentRows: Int { max(1, paneLayout.content(of: .sidebar)?.height ?? 1) }

    mutating func moveSidebarSelection(by n: Int) {
        guard !sidebarRows.isEmpty else { return }
        let step = n >= 0 ? 1 : -1
        var target = min(max(0, sidebarSelection + (abs(n) > sidebarRows.count ? step * sidebarRows.count : n)), sidebarRows.count - 1)
        // Skip headings in the direction of travel, else the other way.
        var i = target
        while i >= 0 && i < sidebarRows.count && sidebarRows[i].isHeading { i += step }
        if i < 0 || i >= sidebarRows.count {
            i = target
            while i >= 0 && i < sidebarRows.count && sidebarRows[i].isHeading { i -= step }
        }
        if i >= 0 && i < sidebarRows.count { target = i }
        sidebarSelection = target
        let rows = sidebarContentRows
        if sidebarSelection < sidebarTop + (sidebarSelection > 0 && sidebarRows[sidebarSelection - 1].isHeading ? 1 : 0) {
            sidebarTop = max(0, sidebarSelection - (sidebarSelection > 0 && sidebarRows[sidebarSelection - 1].isHeading ? 1 : 0))
        }
        if sidebarSelection >= sidebarTop + rows { sidebarTop = sidebarSelection - rows + 1 }
    }

    mutating func wheel(x: Int, y: Int, by n: Int) {
        let l = paneLayout
        for pane in l.visiblePanes where l.rect(of: pane)?.contains(x: x, y: y) == true {
            let saved = focus
            focus = pane
            move(n)
            focus = saved
        }
    }

    // MARK: Panes

    mutating func cycleFocus(_ step: Int) {
        let l = paneLayout
        if zoomed { return }
        // Side by side, Tab also reaches a hidden list or sidebar, and shows it.
        let order: [Pane] = l.isSingle || options.layout == .columns ? Pane.allCases : l.visiblePanes
        guard let i = order.firstIndex(of: focus) else { focus = .article; return }
        let next = order[(i + step + order.count) % order.count]
        if !l.isSingle && l.rect(of: next) == nil {
            changeLayout { s in
                if next == .list { s.listShown = true; s.listChosen = true }
                if next == .sidebar { s.sidebarOpen = true; s.sidebarChosen = true }
                s.focus = next
            }
            if paneLayout.rect(of: next) == nil { focus = .article }  // no room for it here
        } else {
            focus = next
        }
        afterFocusChange()
    }

    /// Changes what the panes are, keeping the first paragraph on screen first.
    mutating func changeLayout(_ change: (inout ReaderState) -> Void) {
        let anchorItem = top.item
        let offset = layout.offset(at: top)
        let onBlank = top.line == 0 && top.item > 0
        change(&self)
        let l = paneLayout
        if !l.isSingle && l.rect(of: focus) == nil { focus = .article }
        relayout(anchorItem: anchorItem, offset: offset, onBlank: onBlank)
    }

    mutating func toggleList() {
        if paneLayout.isSingle {
            focus = focus == .list ? .article : .list
            afterFocusChange()
            return
        }
        changeLayout { s in
            s.zoomed = false
            s.listShown = !(s.paneLayout.list != nil)
            s.listChosen = true
            if s.listShown && s.options.layout == .stacked { s.focus = .list }
        }
        // Too narrow for all three: the pane asked for last wins over the sidebar.
        if options.layout == .columns && paneLayout.list == nil && listShown && sidebarOpen {
            changeLayout { s in s.sidebarOpen = false; s.sidebarChosen = true; s.focus = .list }
        }
    }

    /// `+` / `-`: the focused side pane (else the sidebar, else the list) four columns
    /// wider or narrower; the article keeps its narrowest.
    mutating func resizeSidePane(by n: Int) {
        let l = paneLayout
        guard options.layout == .columns, !l.isSingle else { return }
        let pane: Pane? = focus != .article ? focus : l.sidebar != nil ? .sidebar : l.list != nil ? .list : nil
        guard let pane, let r = l.rect(of: pane), let article = l.article else { return }
        let most = r.width + article.width - PaneLayout.minimumArticleWidth
        let wanted = min(max(PaneLayout.minimumSideWidth, r.width + n), max(r.width, most))
        changeLayout { s in
            if pane == .list { s.listWidth = wanted } else { s.sidebarWidth = wanted }
        }
        effects.append(.preferencesChanged)
        statusMessage = "\(pane == .list ? "List" : "Sidebar"): \(paneLayout.rect(of: pane)?.width ?? wanted) columns"
    }

    mutating func afterFocusChange() {
        // Away from the list, its selection is the open article (they never disagree).
        if focus != .list { list.select(article: current) }
        // The article pane may have changed height (single-pane mode).
        clampTop()
        list.scrollToSelection(rows: listRows)
    }

    mutating func setSidebar(open: Bool) {
        changeLayout { s in
            s.sidebarOpen = open
            if open { s.zoomed = false }
            if !open && s.focus == .sidebar { s.focus = .article }
        }
        // Too narrow for all three: the sidebar asked for wins over the list.
        if open && paneLayout.sidebar == nil && paneLayout.list != nil && !paneLayout.isSingle {
            changeLayout { s in s.listShown = false; s.listChosen = true }
        }
    }

    mutating func toggleSidebar() {
        if paneLayout.isSingle {
            focus = focus == .sidebar ? .article : .sidebar
            afterFocusChange()
        } else {
            sidebarChosen = true
            setSidebar(open: !sidebarOpen)
        }
    }

    mutating func openFocused() {
        switch focus {
        case .list where feedList != nil: openSelectedFeed()
        case .list:
            guard let a = list.selectedArticle else { return }
            if a != current { open(a) }
            markFromFilter()
            focus = .article
            afterFocusChange()
        case .sidebar:
            guard sidebarRows.indices.contains(sidebarSelection), let target = sidebarRows[sidebarSelection].target else { return }
            switch target {
            case .quote(let i): jump(to: .quote(i))
            case .entity(let i): jump(to: .entity(i))
            }
        case .article: break
        }
    }

    mutating func stepArticle(_ step: Int) {
        let entries = list.entries
        guard !entries.isEmpty else { return }
        let pos = entries.firstIndex(of: current) ?? list.selected
        let next = pos + step
        guard next >= 0, next < entries.count else {
            statusMessage = step > 0 ? "This is the last article" : "This is the first article"
            return
        }
        open(entries[next])
        markFromFilter()
        list.scrollToSelection(rows: listRows)
    }

    /// Esc: undoes the last thing shown — a filtered list, a search, a mark — and from
    /// the list or the sidebar goes back to the article. It never moves the focus away
    /// from the article being read.
    mutating func back() {
        if feedList != nil {
            toggleFeedList()
            return
        }
        if list.filter != nil {
            list.clearFilter(selecting: current)
            list.scrollToSelection(rows: listRows)
            return
        }
        if focus != .article {
            focus = .article
            afterFocusChange()
            return
        }
        if search != nil { search = nil; return }
        if chosen != nil { chosen = nil; return }
    }

    /// `/` in the list: only the articles whose title holds every word typed (any case),
    /// as newsboat's filter; an empty query shows them all again.
    mutating func filterTitles(_ query: String) {
        guard !query.isEmpty else {
            if case .titles? = list.filter { list.clearFilter(selecting: current) }
            return
        }
        let words = query.lowercased().split(separator: " ")
        let matching = articles.indices.filter { i in
            let title = articles[i].article.title.lowercased()
            return words.allSatisfy { title.contains($0) }
        }
        guard !matching.isEmpty else { statusMessage = "No title holds “\(query)”"; return }
        list.filter(.titles(query), articles: matching)
        list.scrollToSelection(rows: listRows)
        statusMessage = "\(matching.count) article\(matching.count == 1 ? "" : "s") with “\(query)” in the title"
    }

    // MARK: Prompt

    mutating func handlePrompt(_ key: Key) {
        guard var p = prompt else { return }
        if p.showsHelp {
            // The `?` prompt over the help screen: keys that cannot be part of a
            // pattern scroll the help; the quit key, `?` again, enter or backspace on
            // an empty prompt close both.
            switch key {
            case .down: helpTop += 1; return
            case .up: helpTop = max(0, helpTop - 1); return
            case .pageDown: helpTop += max(1, height - 2); return
            case .pageUp: helpTop = max(0, helpTop - max(1, height - 2)); return
            default: break
            }
            var closing: Bool {
                guard p.text.isEmpty else { return false }
                if [.enter, .backspace, .delete].contains(key) { return true }
                switch keyMap.action(for: key) {
                case .quit?, .searchBackward?: return true
                case .help?: if case .character = key { return false } else { return true }  // F1, not h
                default: return false
                }
            }
            let closes = key == .escape || closing
            if closes || key == .enter {
                prompt = nil
                helpVisible = false
                if !closes { commit(p) }
                return
            }
        }
        switch key {
        case .escape: prompt = nil; return
        case .enter:
            prompt = nil
            commit(p)
            return
        case .backspace, .delete:
            if p.text.isEmpty { prompt = nil; return }
            p.text.removeLast()
        case .ctrl("u"): p.text = ""
        case .character(let c):
            if p.text.count < 200 { p.text.append(c) }
        default: break
        }
        prompt = p
    }

    mutating func commit(_ p: Prompt) {
        switch p.kind {
        case .library:
            let q = p.text.trimmingCharacters()
            if !q.isEmpty { effects.append(.librarySearch(query: q)) }
        case .listFilter: filterTitles(p.text.trimmingCharacters())
        case .searchForward, .searchBackward:
            let backward = p.kind == .searchBackward
            if p.text.isEmpty {
                // An empty query repeats the last search, as in less.
                guard var s = search else { return }
                s.backward = backward
                search = s
            } else {
                search = SearchState(query: p.text, backward: backward, items: layout.items)
            }
            jumpToMatch(forward: !backward)
        }
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
