import BylineKit
import BylineUI

/// What the loop does for each of the reader's effects: one exhaustive `switch`, so an
/// effect added to ``ReaderEffect`` does not build until the loop handles it.
extension ReaderLoop {
    func perform(_ effect: ReaderEffect) {
        switch effect {
        case .openedArticle(let index, let path):
            if let problem = opener.opened(index, path: path, state: &state) {
                problems.append(problem)
                failed += 1
            } else {
                library.markRead(path: path)
            }
        case .positionChanged(let path, let block):
            library.savePosition(path: path, block: block)
        case .bookmark(let path):
            let block = state.firstVisibleBlock
            let blocks = state.article.article.blocks
            let text = blocks.indices.contains(block) ? blocks[block].text : state.article.article.title
            if let message = library.bookmark(path: path, block: block, text: text) { state.statusMessage = message }
        case .removeBookmark(let path):
            library.removeBookmarks(path: path)
        case .preferencesChanged:
            guard library.keepsHistory, let memoryPath else { break }
            let memory = ReaderMemory(theme: state.theme.name, listWidth: state.listWidth, sidebarWidth: state.sidebarWidth)
            if let problem = memory.save(path: memoryPath) { state.showNotice(problem) }
        case .librarySearch(let query):
            show(library.lookUp(.search(query), openPaths: state.articles.map(\.article.path)))
        case .articlesMentioning(let name):
            show(library.lookUp(.mentioning(name), openPaths: state.articles.map(\.article.path)))
        case .quotationsBy(let name):
            show(library.lookUp(.quotesBy(name), openPaths: state.articles.map(\.article.path)))
        case .copyToClipboard(let text):
            terminal.sendRaw(Clipboard.osc52(text))
        case .updateFeeds:
            startFeedUpdate()
        case .openFeed(let id):
            let title = state.feeds.first { $0.id == id }?.title ?? "Feed"
            show(library.feedItems(feed: id, title: title, openPaths: state.articles.map(\.article.path)))
        }
    }

    /// Shows a look-up's answer in the list: results not open in the reader join it
    /// first (listed; each file is read when opened).
    func show(_ answer: LibrarySession.Answer) {
        switch answer {
        case .problem(let message):
            state.statusMessage = message
        case .found(let found):
            opener.listed(state.appendArticles(found.added))
            state.showLibraryResults(found.filter, paths: found.paths, names: found.names, snippets: found.snippets)
            if found.stillIndexing {
                state.statusMessage = [state.statusMessage ?? "", "still indexing, so some may be missing"].joined(separator: "; ")
            }
        }
    }
}
