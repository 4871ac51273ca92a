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

    @Flag(name: .long, inversion: .prefixedNo, help: "Start with the sidebar open (default: open from 120 columns).")
    var sidebar: Bool?

    @Option(name: .long, help: "Widest line of article text, in columns.")
    var maxWidth: Int = 100

    @Flag(name: .long, help: "Let the mouse wheel scroll the pane under the pointer.")
    var mouse = false

    @Argument(help: "Article files or folders; - for standard input.")
    var paths: [String] = []

    func validate() throws {
        if maxWidth < 10 { throw ValidationError("--max-width must be at least 10") }
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
        let options = ReaderOptions(sidebarOpen: sidebar, maxTextWidth: maxWidth, mouse: mouse)
        let status = MainActor.assumeIsolated { ReaderLoop.run(paths: paths, options: options) }
        if status != 0 { throw ExitCode(status) }
    }
}
