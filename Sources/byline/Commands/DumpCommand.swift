import ArgumentParser
import BylineKit

struct DumpCommand: PathTakingCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print articles as plain text for a pipe.",
        discussion: "Title, date, paragraphs wrapped by display width; captions and credits marked. Control characters in the article are shown as visible glyphs."
    )

    @Option(name: .long, help: "Wrap lines at this many columns.")
    var width: Int = 80

    @Argument(help: "Article files or folders, web addresses (http://, https://); - for standard input.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one article file or folder") }
        if width < 10 { throw ValidationError("--width must be at least 10") }
    }

    func run() throws {
        // Addresses are fetched and stored as `byline URL` does (WebInputs).
        let web = WebInputs(paths: paths, history: WebInputs.historyAllowed(config: nil, paths: paths))
        if web.failed > 0, web.paths.isEmpty { throw ExitCode(1) }
        try withExtendedLifetime(web) { try PlainOutput.dump(paths: web.paths, width: width) }
        if web.failed > 0 { throw ExitCode(1) }
    }
}
