import BylineTestSupport
import Foundation
import Testing

@Suite("byline themes")
struct ThemesCommandTests {
    let byline = BylineBinary.path

    @Test func listsTheBundledThemesPlainWhenNotATerminal() throws {
        let home = try TempFolder()
        let r = try ProcessRunner.run(byline, ["themes"], environment: ["HOME": home.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        #expect(!r.stdout.contains("\u{1B}"))
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == BundledThemes.names.count)
        for name in BundledThemes.names {
            #expect(lines.contains { $0.dropFirst(2).hasPrefix(name + " ") && $0.contains("bundled") }, "\(name)")
        }
        #expect(lines.contains { $0.hasPrefix("* default ") })
    }

    @Test func userThemesAreListedAndOverride() throws {
        let home = try TempFolder()
        try home.write(".config/byline/themes/sepia.toml", "description = \"brown on cream\"\n[text]\nfg = 94\nbg = 230\n")
        try home.write(".config/byline/themes/light.toml", "extends = \"default\"\n")
        let r = try ProcessRunner.run(byline, ["themes"], environment: ["HOME": home.path])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("sepia") && $0.contains("user") && $0.contains("brown on cream") })
        #expect(lines.contains { $0.contains("light") && $0.contains("user, overrides bundled") })
    }

    @Test func theConfigFileAndNoColorChooseTheStartingTheme() throws {
        let home = try TempFolder()
        try home.write(".config/byline/config.toml", "theme = \"light\"\n")
        let r = try ProcessRunner.run(byline, ["themes"], environment: ["HOME": home.path])
        #expect(r.stdout.split(separator: "\n").contains { $0.hasPrefix("* light ") })
        let plain = try ProcessRunner.run(byline, ["themes"], environment: ["HOME": home.path + "/none", "NO_COLOR": "1"])
        #expect(plain.stdout.split(separator: "\n").contains { $0.hasPrefix("* mono ") })
    }

    @Test func problemsGoToStandardErrorWithFileAndLine() throws {
        let home = try TempFolder()
        try home.write(".config/byline/config.toml", "# keys\n[keys]\nqiut = \"x\"\n")
        try home.write(".config/byline/themes/bad.toml", "[PERSON]\n\nfg = \"orange\"\n")
        let r = try ProcessRunner.run(byline, ["themes"], environment: ["HOME": home.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("config.toml:3: unknown action 'qiut' (did you mean 'quit'?)"), "\(r.stderr)")
        #expect(r.stderr.contains("bad.toml:3: PERSON.fg: 'orange' is not a colour"), "\(r.stderr)")
        #expect(r.stdout.contains("bad"))
    }

    @Test func anUnknownThemeOptionIsReported() throws {
        let home = try TempFolder()
        let r = try ProcessRunner.run(byline, ["themes", "--theme", "ligth"], environment: ["HOME": home.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("--theme: no theme named 'ligth' (did you mean 'light'?)"))
    }

    @Test func bylineThemesVariableNamesTheBundledFolder() throws {
        let folder = try TempFolder()
        try folder.write("only.toml", "description = \"the only one\"\n")
        let r = try ProcessRunner.run(byline, ["themes"], environment: ["HOME": folder.path, "BYLINE_THEMES": folder.path])
        let names = r.stdout.split(separator: "\n").map { $0.dropFirst(2).split(separator: " ").first.map(String.init) ?? "" }
        #expect(names == ["default", "mono", "only"])  // the compiled-in two remain
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func samplesInEachThemesColoursOnATerminal() throws {
        let home = try TempFolder()
        let command = "'\(byline)' themes"
        let r = try ProcessRunner.run("/usr/bin/script", ["-qfec", command, "/dev/null"], environment: ["HOME": home.path])
        #expect(r.status == 0)
        // The default theme's PERSON: colour 117 alone.
        #expect(r.stdout.contains("\u{1B}[0;38;5;117mperson"), "\(r.stdout)")
        // The mono theme's sample has attributes only.
        #expect(r.stdout.contains("\u{1B}[0;1mperson"))
        let noColor = try ProcessRunner.run("/usr/bin/script", ["-qfec", command, "/dev/null"], environment: ["HOME": home.path, "NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("\u{1B}["))
        #expect(noColor.stdout.contains("default"))
    }
}

extension ThemesCommandTests {
    @Test func aThemeFileByPathIsCheckedAndMarked() throws {
        let tmp = try TempFolder()
        let good = try tmp.write("mine.toml", "extends = \"light\"\n[text]\nfg = 1\n")
        let r = try ProcessRunner.run(byline, ["themes", "--theme", good], environment: ["HOME": tmp.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").contains { $0.hasPrefix("* mine ") && $0.contains(good) })
        let bad = try tmp.write("bad.toml", "[text]\nfg = 1\nfg = 2\n")
        let b = try ProcessRunner.run(byline, ["themes", "--theme", bad], environment: ["HOME": tmp.path])
        #expect(b.status == 1)
        #expect(b.stderr.contains("bad.toml:3"), "\(b.stderr)")
        #expect(b.stdout.split(separator: "\n").contains { $0.hasPrefix("* default ") })
    }
}
