@testable import byline
import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// Bare `byline`, `byline --help`, a mistyped subcommand, and the manual's key table.
@Suite("First run")
struct FirstRunTests {
    let byline = BylineBinary.path

    @Test func bareBylineOpensTheLibraryWhenItHoldsArticles() throws {
        let tmp = try TempFolder()
        let news = tmp.path + "/news"
        try FileManager.default.createDirectory(atPath: news + "/world", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.corpus(1), toPath: news + "/world/one.txt")
        let environment = ["XDG_DATA_HOME": tmp.path + "/data", "HOME": tmp.path]
        let empty = try ProcessRunner.run(byline, [], environment: environment)
        #expect(empty.stdout.contains("Kim Jong Un"), "an empty library: the samples")
        #expect(empty.stderr.contains("byline add FOLDER"))

        let added = try ProcessRunner.run(byline, ["add", news], environment: environment)
        #expect(added.status == 0, "\(added.stderr)")
        let bare = try ProcessRunner.run(byline, [], environment: environment)
        #expect(bare.status == 0, "\(bare.stderr)")
        #expect(bare.stdout.contains("Magnitogorsk"))
        #expect(!bare.stdout.contains("Kim Jong Un"))
        #expect(bare.stderr.isEmpty)
    }

    @Test func helpSaysWhereTheFilesLive() throws {
        let help = try ProcessRunner.run(byline, ["--help"])
        for line in ["library          $XDG_DATA_HOME/byline/library.sqlite",
                     "configuration    $XDG_CONFIG_HOME/byline/config.toml",
                     "bundled themes   PREFIX/share/byline/themes/",
                     "sample articles  PREFIX/share/byline/seeds/"] {
            #expect(help.stdout.contains(line), "--help: \(line)")
        }
        // README's table of paths says the same.
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        for path in ["`$XDG_DATA_HOME/byline/library.sqlite`", "`$XDG_CONFIG_HOME/byline/config.toml`",
                     "`PREFIX/share/byline/themes/`", "`PREFIX/share/byline/seeds/`", "`$XDG_CONFIG_HOME/byline/themes/`"] {
            #expect(readme.contains(path), "README's Files table names \(path)")
        }
    }

    @Test func aMistypedSubcommandGetsASuggestionAndStatus64() throws {
        let typo = try ProcessRunner.run(byline, ["serach", "Trump"])
        #expect(typo.status == 64)
        #expect(typo.stderr == "byline: 'serach' is neither a command nor a file; did you mean 'search'?\n")
        #expect(Byline.suggestion(for: "themse") == "themes")
        #expect(Byline.suggestion(for: "analyse") == "analyze")
        // An existing file of that name is read, and words far from any command are paths.
        let tmp = try TempFolder()
        _ = try tmp.write("serach", "A note\n\nNot a command.")
        let file = try ProcessRunner.run("/bin/sh", ["-c", "cd \"$0\" && exec \"$1\" serach", tmp.path, byline])
        #expect(file.status == 0 && file.stdout.contains("Not a command."), "\(file.stderr)")
        #expect(Byline.suggestion(for: "zebra") == nil)
        #expect(Byline.suggestion(for: "news/") == nil)
    }

    @Test func theManualsKeyTableIsTheLiveKeyMap() {
        let page = Manual.page()
        let keys = page.components(separatedBy: ".SH KEYS\n")[1].components(separatedBy: ".SH ")[0]
        let lines = keys.split(separator: "\n").map(String.init)
        let tags = zip(lines, lines.dropFirst()).filter { $0.0 == ".TP" }.map(\.1)
        let named = Set(tags.flatMap { $0.replacingOccurrences(of: "\\fB", with: "").replacingOccurrences(of: "\\fR", with: "")
            .replacingOccurrences(of: "\\&", with: "").replacingOccurrences(of: "\\-", with: "-").split(separator: " ").map(String.init) })
        #expect(named == Set(KeyMap.standard.bindings.keys.map(\.name)))
        for (keys, summary) in Manual.keyTable(KeyMap.standard) {
            #expect(keys.split(separator: " ").allSatisfy { KeyMap.standard.action(for: Key(name: String($0))!)?.summary == summary })
        }
    }
}
