import BylineKit

/// The articles as plain text, as `byline dump` prints them: what `byline` writes when
/// its output is not a terminal.
enum PlainOutput {
    static func dump(paths: [String], width: Int, metadata: Bool = false) throws {
        let dump = ArticleDump(width: width, metadata: metadata)
        var first = true
        let inputs = ArticleInputs(paths: paths) { parsed in
            if !first { Console.line("\n" + String(repeating: "-", count: min(width, 40)) + "\n") }
            first = false
            Console.write(dump.render(parsed.article))
        }
        try inputs.finish()
    }
}
