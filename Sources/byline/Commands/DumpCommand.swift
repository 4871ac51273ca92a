import ArgumentParser
import BylineKit

struct DumpCommand: PathTakingCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print articles as plain text for a pipe.",
        discussion: "The title, then the article's text wrapped by display width, as a reader mode shows it; captions and credits marked. With --metadata, a line of date, author and site under the title (analyze --json gives them too). Control characters in the article are shown as visible glyphs."
    )

    @Option(name: .long, help: "Wrap lines at this many columns.")
    var width: Int = 80

    @Flag(name: .long, help: "Print the date, author and site on a line under the title.")
    var metadata = false

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
        try withExtendedLifetime(web) { try PlainOutput.dump(paths: web.paths, width: width, metadata: metadata) }
        if web.failed > 0 { throw ExitCode(1) }
    }
}
