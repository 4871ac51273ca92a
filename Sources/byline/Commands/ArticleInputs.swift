import ArgumentParser
import BylineKit

/// Loads the articles named on a command line one at a time, reporting each failure and
/// warning on standard error; one bad file does not stop the others.
struct ArticleInputs {
    private(set) var failed = 0

    /// Calls `each` for every article that loads, in order.
    init(paths: [String], loader: ArticleLoader = ArticleLoader(), each: (ParsedArticle) -> Void) {
        let (files, errors) = loader.articleFiles(in: paths)
        for e in errors { Diagnostics.error(e) }
        failed = errors.count
        for file in files {
            let parsed: ParsedArticle
            do {
                parsed = try loader.load(path: file)
            } catch {
                Diagnostics.error(error)
                failed += 1
                continue
            }
            for w in parsed.warnings { Diagnostics.error(w) }
            each(parsed)
        }
    }

    /// Exit 1 when any input failed.
    func finish() throws {
        if failed > 0 { throw ExitCode(1) }
    }
}
