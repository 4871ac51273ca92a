import ArgumentParser
import BylineKit
import BylineUI
import Glibc

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on articles (the default command).",
        discussion: """
        With no path, opens the sample library: \(SeedLocator.searchDescription) When standard \
        output is not a terminal, prints the articles as `byline dump` does. Exit status 2 when \
        the terminal cannot run a full-screen program (TERM=dumb or unknown). Keys: docs/keys.md, \
        or h inside the reader.
        """
    )

    @OptionGroup var appearance: ThemeOptions

    @Flag(name: .long, inversion: .prefixedNo, help: "Start with the sidebar open, whatever the width (default: open from 120 columns; config sidebar_open = false keeps it closed).")
    var sidebar: Bool?

    @Option(name: .long, help: "Widest line of article text, in columns (default: config max_text_width, else 100).")
    var maxWidth: Int?

    @Flag(name: .long, help: "Let the mouse wheel scroll the pane under the pointer (also config mouse = true).")
    var mouse = false

    @Argument(help: "Article files or folders; - for standard input.")
    var paths: [String] = []

    func validate() throws {
        if let maxWidth, maxWidth < 10 { throw ValidationError("--max-width must be at least 10") }
    }

    func run() throws {
        var paths = self.paths
        if paths.isEmpty {
            guard let seeds = SeedLocator.locate() else {
                throw ValidationError("no path given and no seeds/ folder found (\(SeedLocator.searchDescription))")
            }
            paths = [seeds]
        }
        if isatty(STDOUT_FILENO) != 1 {
            // Not a terminal: plain text, exactly as `byline dump` prints it.
            try PlainOutput.dump(paths: paths, width: 80)
            return
        }
        let settings = appearance.loadSettings()
        // config sidebar_open = true (its default) means "open when there is room":
        // at 80x24 the sidebar comes on a key, as the layout promises.
        let options = ReaderOptions(
            sidebarOpen: sidebar ?? (settings.sidebarOpen ? nil : false),
            maxTextWidth: maxWidth ?? settings.maxTextWidth ?? 100,
            mouse: mouse || settings.mouse)
        let status = MainActor.assumeIsolated { ReaderLoop.run(paths: paths, options: options, settings: settings) }
        if status != 0 { throw ExitCode(status) }
    }
}
