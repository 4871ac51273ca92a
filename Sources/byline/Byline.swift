import ArgumentParser
import BylineKit
import BylineUI
import BylineWeb
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `byline` — a terminal reader for news articles.
@main
struct Byline: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal reader for news articles, with highlighted entities and quotations.",
        discussion: """
        With no subcommand, opens the reader on the given files and folders. With no \
        path, it opens the folders of your library (`byline add`) when it holds articles, \
        else the sample articles.

        \(Byline.filesTable)
        """,
        version: version,
        subcommands: [
            ReadCommand.self, AnalyzeCommand.self, DumpCommand.self, AddCommand.self, SearchCommand.self,
            QuotesCommand.self, ThemesCommand.self, FeedsCommand.self, UpdateCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// The names of the subcommands, as ``configuration`` gives them (a test checks
    /// they agree): written out so that `byline PATH…` need not build every command's
    /// configuration (a third of a millisecond of reflection) to learn them.
    static let subcommandNames = ["read", "analyze", "dump", "add", "search", "quotes", "themes", "feeds", "update"]

    /// Where Byline's files live, for `--help` and the man page (README, "Files", says
    /// the same). PREFIX is the prefix the binary is installed under (`PREFIX/bin/byline`).
    static let filesTable = """
        Files (PREFIX: where this program is installed, as PREFIX/bin/byline):
          library          $XDG_DATA_HOME/byline/library.sqlite
                           (default ~/.local/share/byline/; $BYLINE_LIBRARY overrides)
          configuration    $XDG_CONFIG_HOME/byline/config.toml
                           (default ~/.config/byline/)
          your themes      $XDG_CONFIG_HOME/byline/themes/NAME.toml
          bundled themes   PREFIX/share/byline/themes/ ($BYLINE_THEMES overrides)
          sample articles  PREFIX/share/byline/seeds/ ($BYLINE_SEEDS overrides)
        """

    /// `byline PATH…` opens the reader without going through the argument parser (see
    /// ``ReadCommand/plainPaths(_:subcommands:)``); anything else is parsed as usual. A
    /// first word that is no file and is close to a subcommand's name is a typo:
    /// "did you mean 'search'?", exit status 64 (EX_USAGE).
    ///
    /// Paths are taken from the arguments' bytes (a name that is not UTF-8 still opens
    /// its file) and kept out of the parser (``PathArguments``); every message, the
    /// parser's included, goes out through ``Diagnostics`` and ``Console``.
    static func main() {
        MemoryBudget.configureAllocator()
        // Web pages through BylineKit's loader (BylineKit does not import BylineWeb).
        ArticleFormatRegistry.register(HTMLArticleFormat())
        ArticleFormatRegistry.register(FeedArticleFormat())  // tried first: a feed may hold markup
        let arguments = PathArguments.programArguments()
        if arguments == ["--generate-manual"] {
            // For scripts/install.sh: the man page (not in --help, as --generate-completion-script).
            Console.write(Manual.page())
            Console.flush()
            return
        }
        if let first = arguments.first, let suggestion = suggestion(for: first) {
            Diagnostics.error("'\(first)' is neither a command nor a file; did you mean '\(suggestion)'?")
            Diagnostics.exit(withError: ExitCode(64))
        }
        if let paths = ReadCommand.plainPaths(arguments, subcommands: subcommandNames) {
            do { try ReadCommand.read(paths: paths) } catch { Diagnostics.exit(withError: error) }
            Console.flush()
            return
        }
        do {
            let (parserArguments, paths) = PathArguments.split(arguments, subcommands: subcommandNames)
            var command = try parseAsRoot(parserArguments)
            if let paths, var withPaths = command as? any PathTakingCommand {
                withPaths.paths = paths
                command = withPaths
            }
            try command.run()
        } catch {
            Diagnostics.exit(withError: error)
        }
        Console.flush()
    }

    /// The subcommand `word` is probably a typo of, or nil: only for a word that is not
    /// an existing path, not an option, not a command, and close to a command's name.
    ///
    /// ```swift
    /// Byline.suggestion(for: "serach")   // "search"
    /// Byline.suggestion(for: "news/")    // nil: a path
    /// ```
    static func suggestion(for word: String) -> String? {
        guard word.count >= 3, !word.hasPrefix("-"), !word.contains("/"), !word.contains("."),
              !subcommandNames.contains(word), word != "help",
              PathBytes.withCString(word, { access($0, F_OK) }) != 0 else { return nil }
        return NameSuggestion.closest(to: word, in: subcommandNames + ["help"])
    }
}
