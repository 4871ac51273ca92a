import ArgumentParser
import BylineKit

/// Loads the articles named on a command line one at a time, reporting each failure and
/// warning on standard error, and what was skipped (a link to a folder already
/// searched, a second name of a file already listed); one bad file does not stop the
/// others.
struct ArticleInputs {
    private(set) var failed = 0

    /// Calls `each` for every article that loads, in order.
    init(paths: [String], loader: ArticleLoader = ArticleLoader(), tooLarge: ((Int) -> String?)? = nil,
         each: (ParsedArticle) -> Void) {
        let walk = ArticleWalk(paths: paths)
        for e in walk.errors { Diagnostics.error(e) }
        for s in walk.skipped { Diagnostics.error(s) }
        failed = walk.errors.count
        for walked in walk.files {
            let file = walked.path
            // A file too big for what follows (`tooLarge` says why, from its size) is
            // said and skipped before it is read: reading it could already exhaust memory.
            if let tooLarge, let size = walked.status?.size, size >= 1 << 20, let problem = tooLarge(Int(size)) {
                Diagnostics.error("\(file): \(problem)")
                failed += 1
                continue
            }
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
