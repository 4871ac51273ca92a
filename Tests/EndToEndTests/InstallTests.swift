import BylineTestSupport
import Foundation
import Testing

/// `scripts/install.sh` into a temporary prefix, then the installed binary run as a new
/// user would: from another folder, with an empty home folder.
@Suite("byline installed under a prefix")
struct InstallTests {
    let tmp: TempFolder
    let prefix: String
    let elsewhere: String
    let home: String

    init() throws {
        tmp = try TempFolder()
        prefix = tmp.path + "/prefix"
        elsewhere = tmp.path + "/elsewhere"
        home = tmp.path + "/home"
        for folder in [elsewhere, home] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
    }

    /// Runs the install script (the tests' debug build stands for the release binary).
    private func install(_ arguments: [String] = []) throws -> ProcessRunner.Result {
        let script = Fixtures.root.appendingPathComponent("scripts/install.sh").path
        return try ProcessRunner.run("/bin/sh", [script] + arguments + [prefix], environment: ["BYLINE_BIN": BylineBinary.path])
    }

    /// Runs `binary` from the `elsewhere` folder with the empty home folder.
    private func run(_ binary: String, _ arguments: [String]) throws -> ProcessRunner.Result {
        try ProcessRunner.run("/bin/sh", ["-c", "cd \"$0\" && exec \"$@\"", elsewhere, binary] + arguments,
                              environment: ["HOME": home])
    }

    @Test func installedBinaryHasItsThemesSamplesManualAndCompletionsAnywhere() throws {
        let installed = try install()
        #expect(installed.status == 0, "\(installed.stderr)")
        let byline = prefix + "/bin/byline"

        let themes = try run(byline, ["themes"])
        #expect(themes.status == 0, "\(themes.stderr)")
        for name in ["basic16", "default", "high-contrast", "light", "mono"] {
            #expect(themes.stdout.split(separator: "\n").contains { $0.contains(" \(name) ") && $0.contains("bundled") },
                    "byline themes lists \(name) as bundled: \(themes.stdout)")
        }
        let light = try run(byline, ["themes", "--theme", "light"])
        #expect(light.status == 0 && light.stdout.contains("* light"), "\(light.stdout)\(light.stderr)")
        let reading = try run(byline, ["--theme", "light"])
        #expect(reading.status == 0 && !reading.stderr.contains("no theme"), "\(reading.stderr)")

        // Bare byline, piped: a sample article, and a one-line hint on standard error.
        let bare = try run(byline, [])
        #expect(bare.status == 0, "\(bare.stderr)")
        #expect(bare.stdout.contains("Kim Jong Un has criticised the United States"))
        #expect(bare.stderr == "byline: Sample articles. Yours: byline FOLDER, or byline add FOLDER to keep them in the library\n")

        let typo = try run(byline, ["serach", "Trump"])
        #expect(typo.status == 64)
        #expect(typo.stderr == "byline: 'serach' is neither a command nor a file; did you mean 'search'?\n")

        let manual = try ProcessRunner.run("/bin/sh", ["-c", "MANWIDTH=80 man -l \"$0\"", prefix + "/share/man/man1/byline.1"])
        #expect(manual.status == 0, "\(manual.stderr)")
        for heading in ["BYLINE(1)", "SYNOPSIS", "COMMANDS", "KEYS", "CONFIGURATION", "FILES", "ENVIRONMENT", "EXIT STATUS"] {
            #expect(manual.stdout.contains(heading), "man -l byline.1 shows \(heading)")
        }
        #expect(manual.stdout.contains("PREFIX/share/byline/themes/"))
        #expect(!manual.stderr.contains("warning"), "\(manual.stderr)")

        for completion in ["share/bash-completion/completions/byline", "share/zsh/site-functions/_byline",
                           "share/fish/vendor_completions.d/byline.fish"] {
            let text = try String(contentsOfFile: prefix + "/" + completion, encoding: .utf8)
            #expect(text.contains("search") && text.contains("themes"), "\(completion) completes the subcommands")
        }

        let removed = try install(["--uninstall"])
        #expect(removed.status == 0, "\(removed.stderr)")
        let left = FileManager.default.enumerator(atPath: prefix)?.compactMap { $0 as? String }
            .filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: prefix + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
            } ?? []
        #expect(left.isEmpty, "uninstall leaves \(left)")
    }

    @Test func aBinaryCopiedAloneSaysWhatToDoRatherThanWhereItLooked() throws {
        let bin = tmp.path + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        // Copied by cp: a copy written in this process can leave its descriptor open in a
        // child another test forks meanwhile, and exec then fails with "text file busy".
        let copy = try ProcessRunner.run("/bin/cp", [BylineBinary.path, bin + "/byline"])
        try #require(copy.status == 0, "\(copy.stderr)")
        // The current folder holds themes/ and seeds/ as a checkout would: never used.
        for folder in ["themes", "seeds"] {
            try FileManager.default.copyItem(atPath: Fixtures.root.appendingPathComponent(folder).path, toPath: elsewhere + "/" + folder)
        }
        let bare = try run(bin + "/byline", [])
        #expect(bare.status == 1)
        #expect(bare.stderr == "byline: nothing to read yet: open a folder with `byline FOLDER`, or add one to your library with `byline add FOLDER`\n")
        let themes = try run(bin + "/byline", ["themes"])
        #expect(!themes.stdout.contains("light"), "themes are never taken from the current folder")
    }
}
