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

    /// `byline PATH…` opens the reader without going through the argument parser (see
    /// ``ReadCommand/plainPaths(_:subcommands:)``); anything else is parsed as usual.
    static func main() {
        let names = configuration.subcommands.map { $0.configuration.commandName ?? "" }
        if let paths = ReadCommand.plainPaths(Array(CommandLine.arguments.dropFirst()), subcommands: names) {
            do { try ReadCommand.read(paths: paths) } catch { exit(withError: error) }
            return
        }
        main(nil)
    }
}
