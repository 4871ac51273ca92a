import ArgumentParser
import BylineKit

/// Loads the articles named on a command line one at a time, reporting each failure and
/// warning on standard error, and what was skipped (a link to a folder already
/// searched, a second name of a file already listed); one bad file does not stop the
/// others.
struct ArticleInputs {
    private(set) var failed = 0

    /// Calls `each` for every article that loads, in order.
    init(paths: [String], loader: ArticleLoader = ArticleLoader(), each: (ParsedArticle) -> Void) {
        let walk = ArticleWalk(paths: paths)
        for e in walk.errors { Diagnostics.error(e) }
        for s in walk.skipped { Diagnostics.error(s) }
        failed = walk.errors.count
        for file in walk.files.map(\.path) {
            let articles: [ParsedArticle]
            do {
                articles = try loader.loadAll(path: file)  // a feed gives one per item
            } catch {
                Diagnostics.error(error)
                failed += 1
                continue
            }
            for parsed in articles {
                for w in parsed.warnings { Diagnostics.error(w) }
                each(parsed)
            }
        }
    }

    /// Exit 1 when any input failed.
    func finish() throws {
        if failed > 0 { throw ExitCode(1) }
    }
}
