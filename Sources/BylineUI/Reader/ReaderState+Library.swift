import BylineKit

/// Library look-ups from inside the reader: the list shows the answer (a search, the
/// articles that mention an entity, the articles quoting a speaker) until `back`.
///
/// The reader only asks (``ReaderEffect/articlesMentioning(entity:)``,
/// ``ReaderEffect/quotationsBy(speaker:)``, ``ReaderEffect/librarySearch(query:)``);
/// the loop queries the library and answers with ``showLibraryResults(_:paths:names:)``.
///
/// ```swift
/// state.perform(.libraryRelated)      // on "Kim Jong-un" in the Entities tab
/// state.takeEffects()                 // [.articlesMentioning(entity: "Kim Jong-un")]
/// state.showLibraryResults(.mentioning("Kim Jong-un"), paths: ["a.txt", "c.txt"])
/// // the list: "Mentioning Kim Jong-un 1/2"; enter opens a.txt at its first mention
/// ```
extension ReaderState {
    /// Shows only the articles at `paths` in the list (library search results); `back`
    /// in the list shows every article again.
    package mutating func showLibraryResults(query: String, paths: [String]) {
        showLibraryResults(.search(query), paths: paths)
    }

    /// Shows the answer to a library look-up in the list, in the order given (best
    /// first), and focuses the list. `names` gives, by path, how each article names the
    /// entity or speaker, so that opening it marks the right mention or quotation;
    /// `snippets` a search result's line of text around the match, shown on the status
    /// line while the list selects it.
    package mutating func showLibraryResults(_ filter: ArticleList.Filter, paths: [String], names: [String: String] = [:],
                                             snippets: [String: String] = [:]) {
        var indexOf: [String: Int] = [:]
        for i in articles.indices where indexOf[articles[i].article.path] == nil { indexOf[articles[i].article.path] = i }
        var seen = Set<Int>()
        let indices = paths.compactMap { indexOf[$0] }.filter { seen.insert($0).inserted }
        list.filter(filter, articles: indices)
        filterNames = names
        filterSnippets = snippets
        // The answer is in the list: show it where it was hidden (columns layout).
        if paneLayout.list == nil && !paneLayout.isSingle { changeLayout { $0.listShown = true; $0.zoomed = false } }
        focus = .list
        afterFocusChange()
        let n = indices.count
        let articlesWord = "\(n) article\(n == 1 ? "" : "s")"
        switch filter {
        case .search(let q):
            statusMessage = "\(articlesWord) match\(n == 1 ? "es" : "") “\(q)”"
        case .mentioning(let name):
            statusMessage = n == 0 ? "No article in the library mentions \(name)" : "\(articlesWord) mention\(n == 1 ? "s" : "") \(name)"
        case .quotesBy(let name):
            statusMessage = n == 0 ? "No quotation by \(name) in the library" : "Quotations by \(name) in \(articlesWord)"
        case .titles(let words):
            statusMessage = "\(articlesWord) with “\(words)” in the title"
        case .feed(let title):
            statusMessage = n == 0 ? "\(title): no item stored yet" : "\(title): \(n) item\(n == 1 ? "" : "s")"
        case .unread, .bookmarked:
            break
        }
    }

    /// `library_related`: asks the library about the entity or quotation selected in
    /// the sidebar (or marked in the article).
    mutating func askLibraryRelated() {
        var target: Sidebar.Target?
        if focus == .sidebar {
            target = sidebarRows.indices.contains(sidebarSelection) ? sidebarRows[sidebarSelection].target : nil
        } else if let c = chosen {
            switch c {
            case .entity(let i): target = .entity(i)
            case .quote(let i): target = .quote(i)
            }
        }
        switch target {
        case .entity(let i)? where article.entities.indices.contains(i):
            let name = article.entities[i].canonical
            effects.append(.articlesMentioning(entity: name))
            statusMessage = "Looking for \(name) in the library…"
        case .quote(let i)? where article.quotes.indices.contains(i):
            guard let speaker = article.quotes[i].speaker, !speaker.isEmpty else {
                statusMessage = "This quotation has no speaker to look up"
                return
            }
            effects.append(.quotationsBy(speaker: speaker))
            statusMessage = "Looking for quotations by \(speaker) in the library…"
        default:
            if analysing.contains(current) {
                statusMessage = "Still analysing…"
            } else {
                let sidebar = keyName(for: .toggleSidebar).map { " (\($0))" } ?? ""
                statusMessage = "Select an entity or a quotation in the sidebar\(sidebar) first"
            }
        }
    }

    /// After opening an article from a list filtered by entity or speaker: marks the
    /// first mention of the entity or the first quotation by the speaker, or waits for
    /// the analysis (``pendingMark``).
    mutating func markFromFilter() {
        pendingMark = nil
        let path = article.article.path
        switch list.filter {
        case .mentioning(let asked)?:
            let name = filterNames[path] ?? asked
            let same = article.entities.indices.filter { article.entities[$0].canonical == name }
            guard let first = same.first else { pendingMark = current; return }
            choose(.entity(first))
            let next = keyName(for: .nextSameEntity).map { "; \($0) for the next" } ?? ""
            statusMessage = "\(name): \(same.count) mention\(same.count == 1 ? "" : "s") here\(next)"
        case .quotesBy(let asked)?:
            let name = filterNames[path] ?? asked
            let said = article.quotes.indices.filter { article.quotes[$0].speaker == name }
            guard let first = said.first else { pendingMark = current; return }
            choose(.quote(first))
            let next = keyName(for: .nextQuote).map { "; \($0) for the next quotation" } ?? ""
            statusMessage = "\(name): \(said.count) quotation\(said.count == 1 ? "" : "s") here\(next)"
        case .search(let q)?:
            // An article only listed (its file read once opened) is searched when its
            // text arrives (``replaceArticle(_:at:)`` opens it again), not before.
            guard !article.article.blocks.isEmpty else { pendingMark = current; break }
            // Every word of the search highlighted as a search in the article, the
            // first match shown: the longest word stands for the query.
            let words = q.split { $0 == " " || $0 == "\"" || $0 == "*" }.map(String.init)
            guard let word = words.max(by: { $0.count < $1.count }), !word.isEmpty else { break }
            search = SearchState(query: word.lowercased(), backward: false, items: layout.items)
            jumpToMatch(forward: true)
        case .titles?, .unread?, .bookmarked?, .feed?, nil:
            break
        }
    }

    /// The name of a key bound to `action` for hints (a letter, else esc, else the
    /// first); nil when the user unbound it.
    func keyName(for action: Action) -> String? {
        let keys = keyMap.keys(for: action)
        let letter = keys.first { if case .character = $0 { return true } else { return false } }
        return (letter ?? keys.first { $0 == .escape } ?? keys.first)?.name
    }
}
