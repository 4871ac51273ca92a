import ArgumentParser

/// `byline` — a terminal reader for news articles.
@main
struct Byline: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal reader for news articles, with highlighted entities and quotations.",
        discussion: """
        With no subcommand, opens the reader on the given files and folders. With no \
        path, it opens the sample library: \(SeedLocator.searchDescription)
        """,
        version: version,
        subcommands: [
            ReadCommand.self, AnalyzeCommand.self, DumpCommand.self, AddCommand.self, SearchCommand.self,
            ThemesCommand.self, BenchCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// The names of the subcommands, as ``configuration`` gives them (a test checks
    /// they agree): written out so that `byline PATH…` need not build every command's
    /// configuration (a third of a millisecond of reflection) to learn them.
    static let subcommandNames = ["read", "analyze", "dump", "add", "search", "themes", "bench"]

    /// `byline PATH…` opens the reader without going through the argument parser (see
    /// ``ReadCommand/plainPaths(_:subcommands:)``); anything else is parsed as usual.
    static func main() {
        if let paths = ReadCommand.plainPaths(Array(CommandLine.arguments.dropFirst()), subcommands: subcommandNames) {
            do { try ReadCommand.read(paths: paths) } catch { exit(withError: error) }
            return
        }
        main(nil)
    }
}
