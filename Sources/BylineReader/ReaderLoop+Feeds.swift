import BylineKit
import BylineStore
import BylineUI
import Foundation

/// `R` in the reader: the feeds updated in the background (``FeedUpdateJob``) while
/// reading goes on; progress and the summary on the status line; the new items join the
/// list when it ends.
extension ReaderLoop {
    /// Starts an update of every feed, or says on the status line why it cannot run.
    func startFeedUpdate() {
        guard feedJob == nil else { return }
        switch library.feedsToUpdate() {
        case .failure(let problem):
            state.finishFeedUpdate(problem.message, feeds: nil)
        case .success(let (path, feeds)):
            feedJob = FeedUpdateJob.start(libraryPath: path, feeds: feeds, options: fetchOptions)
            state.showFeedUpdate(done: 0, total: feeds.count)
        }
    }

    /// At quit, an update still running is stopped (``FeedUpdateJob/stop(waitingUpTo:)``):
    /// no feed starts any more, fetches end at once, a feed being committed finishes.
    /// The status line says so meanwhile; what was done goes to standard error with the
    /// other problems, once the terminal is restored.
    func stopFeedUpdate() {
        guard let job = feedJob else { return }
        feedJob = nil
        state.statusMessage = "Stopping the feed update…"
        terminal.draw(state.render())
        if let note = job.stop(waitingUpTo: Self.feedStopWait) { problems.append(note) }
    }

    /// The longest quitting waits for a feed update to stop: a feed's commit takes
    /// milliseconds, the analysis of the item under way (before anything is written)
    /// well under a second.
    static let feedStopWait = 5.0

    /// Progress of the update running, or its end: the feeds read again from the
    /// library, the summary shown, the new items added to the list (listed from the
    /// index, each read when opened).
    func takeFeedUpdate() {
        guard let job = feedJob else { return }
        guard let summary = job.takeResult() else {
            let progress = job.progress
            if let shown = state.updatingFeeds, shown != progress {
                state.showFeedUpdate(done: progress.done, total: progress.total)
                needsDraw = true
            }
            return
        }
        feedJob = nil
        needsDraw = true
        let before = Set(state.feeds.flatMap(\.items))
        let sources = library.feedSources()
        state.finishFeedUpdate(summary, feeds: sources?.feeds, read: sources?.read ?? [])
        let open = Set(state.articles.map { Library.absolute($0.article.path) })
        let new = (sources?.feeds ?? []).flatMap(\.items).filter { !before.contains($0) && !open.contains($0) }
        guard !new.isEmpty else { return }
        let listed = library.listedArticles(in: Array(Set(new.map { ($0 as NSString).deletingLastPathComponent })))
        let added = new.compactMap { path in
            listed[path].map { e in
                AnalyzedArticle(article: Article(path: e.path, title: e.title, date: e.date, author: e.author, source: e.source, blocks: []))
            }
        }
        opener.listed(state.appendArticles(added))
    }
}
