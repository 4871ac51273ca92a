import ArgumentParser
import BylineKit

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on articles (the default command).",
        discussion: "With no path, opens the sample library: \(SeedLocator.searchDescription) When standard output is not a terminal, prints the articles as `byline dump` does."
    )

    @Argument(help: "Article files or folders; - for standard input.")
    var paths: [String] = []

    func run() throws {
        var paths = self.paths
        if paths.isEmpty {
            guard let seeds = SeedLocator.locate() else {
                throw ValidationError("no path given and no seeds/ folder found (\(SeedLocator.searchDescription))")
            }
            paths = [seeds]
        }
        // Until the reader lands, print the dump.
        let dump = ArticleDump(width: 80)
        let inputs = ArticleInputs(paths: paths) { parsed in
            print(dump.render(parsed.article))
        }
        try inputs.finish()
    }
}
