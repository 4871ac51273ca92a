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

    @Argument(help: "Article files or folders; - for standard input.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one article file or folder") }
        if width < 10 { throw ValidationError("--width must be at least 10") }
    }

    func run() throws {
        try PlainOutput.dump(paths: paths, width: width)
    }
}
