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
}
