import BylineKit
import BylineTestSupport
import Foundation
import Testing

/// Issue 14: `--library` and `--config` paths whose names are not UTF-8 or hold control
/// characters work, or fail with a clear message naming them, and nothing a terminal
/// would act on reaches it.
@Suite("Option paths that are not UTF-8 or hold control characters")
struct OptionPathTests {
    let byline = BylineBinary.path

    /// ESC[2J (clear), OSC 52 (clipboard), BEL and a C1 CSI in one file name.
    static let controls = "x\u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{7}\u{9B}31m"
    /// `lib` + Latin-1 é (0xE9, not UTF-8).
    static let latin1 = PathBytes.string(Array("lib".utf8) + [0xE9])

    func expectClean(_ r: ProcessRunner.Result, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(TerminalBytes.unsafe(r.stdoutBytes) == [], "\(label): stdout", sourceLocation: sourceLocation)
        #expect(TerminalBytes.unsafe(r.stderrBytes) == [], "\(label): stderr \(r.stderr)", sourceLocation: sourceLocation)
    }

    @Test func aLibraryWhoseNameIsNotUTF8IsRefusedByNameAndNothingIsCreated() throws {
        let tmp = try TempFolder()
        let library = tmp.path + "/" + Self.latin1 + "/library.sqlite"
        for command in [["add", "--library", library, Fixtures.seed], ["search", "--library", library, "Kim"]] {
            let r = try ProcessRunner.run(byline, command)
            #expect(r.status == 2, "\(command[0]): \(r.stdout) \(r.stderr)")
            #expect(r.stderr.contains("library \(tmp.path)/lib\u{FFFD}/library.sqlite cannot be opened: its name is not valid UTF-8"),
                    "\(command[0]): \(r.stderr)")
            expectClean(r, command[0])
        }
        // Before, SQLite created a folder of another name (the bytes of U+10FEE9).
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path) == [])
    }

    @Test func aLibraryWhoseNameHoldsControlCharactersWorksAndIsShownSafely() throws {
        let tmp = try TempFolder()
        let library = tmp.path + "/" + Self.controls + ".sqlite"
        let add = try ProcessRunner.run(byline, ["add", "--library", library, Fixtures.seed])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.hasPrefix("1 added"), "\(add.stdout)")
        expectClean(add, "add")
        #expect(FileManager.default.fileExists(atPath: library))
        let search = try ProcessRunner.run(byline, ["search", "--library", library, "Kim"])
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.contains("000_7d5d3ea8b2b77ef2.txt"), "\(search.stdout)")
        expectClean(search, "search")
    }

    @Test func aConfigWhoseNameIsNotUTF8IsReadAndNamedWithAReplacementCharacter() throws {
        let tmp = try TempFolder()
        let config = tmp.path + "/" + PathBytes.string(Array("caf".utf8) + [0xE9]) + ".toml"
        let fd = PathBytes.withCString(config) { creat($0, 0o600) }
        #expect(fd >= 0)
        _ = Array("colour = 1\n".utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let r = try ProcessRunner.run(byline, ["themes", "--config", config])
        // Read (its one problem is reported at its line), not "no such file".
        #expect(r.stderr.contains("byline: \(tmp.path)/caf\u{FFFD}.toml:1: unknown setting 'colour'"), "\(r.stderr)")
        #expect(!r.stderr.contains("no such file"))
        expectClean(r, "themes")
    }

    @Test func aConfigWhoseNameHoldsControlCharactersIsReadAndShownSafely() throws {
        let tmp = try TempFolder()
        let config = try tmp.write(Self.controls + ".toml", "colour = 1\n")
        let r = try ProcessRunner.run(byline, ["themes", "--config", config])
        #expect(r.stderr.contains(":1: unknown setting 'colour'"), "\(r.stderr)")
        expectClean(r, "themes")
        let missing = try ProcessRunner.run(byline, ["themes", "--config", tmp.path + "/" + Self.controls + "-missing.toml"])
        #expect(missing.stderr.contains("-missing.toml: no such file"), "\(missing.stderr)")
        expectClean(missing, "themes, missing config")
    }
}
