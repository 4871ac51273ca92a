import BylineKit
import BylineTestSupport
import Foundation
import Testing

/// File names and configuration values written to deceive a terminal, symbolic link
/// cycles, names that are not UTF-8, FIFOs and devices: every command ends, names
/// them, and writes nothing a terminal would act on (raw bytes captured).
@Suite("Hostile names and folders")
struct HostileInputTests {
    let byline = BylineBinary.path

    /// ESC[2J (clear), OSC 52 (clipboard), OSC 0 (title), DCS, BEL, C1 CSI, U+202E.
    static let evil = "\u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{7}\u{1B}]0;pwned\u{7}\u{1B}P1$qm\u{1B}\\\u{9B}31m\u{202E}txt"

    func expectClean(_ r: ProcessRunner.Result, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(TerminalBytes.unsafe(r.stdoutBytes) == [], "\(label): stdout", sourceLocation: sourceLocation)
        #expect(TerminalBytes.unsafe(r.stderrBytes) == [], "\(label): stderr \(r.stderr)", sourceLocation: sourceLocation)
    }

    @Test func symbolicLinkCyclesEndAndEachArticleIsListedOnce() throws {
        let tmp = try TempFolder()
        try tmp.write("a.txt", " date 2024-11-18 Headline\n\nKim Jong Un spoke in Pyongyang.\n")
        try FileManager.default.createSymbolicLink(atPath: tmp.path + "/s1", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: tmp.path + "/s2", withDestinationPath: ".")
        try tmp.write("sub/b.txt", "Second\n\nText.\n")
        try FileManager.default.createSymbolicLink(atPath: tmp.path + "/sub/up", withDestinationPath: "../")

        let analyze = try ProcessRunner.run(byline, ["analyze", tmp.path])
        #expect(analyze.status == 0, "\(analyze.stderr)")
        #expect(analyze.stdout.split(separator: "\n").count == 2)
        for link in ["s1", "s2", "sub/up"] {
            #expect(analyze.stderr.contains("byline: \(tmp.path)/\(link): skipped: symbolic link to "), "\(link): \(analyze.stderr)")
        }
        let dump = try ProcessRunner.run(byline, ["dump", tmp.path])
        #expect(dump.status == 0)
        #expect(dump.stdout.components(separatedBy: "Headline").count == 2)

        let library = try TempFolder()
        let add = try ProcessRunner.run(byline, ["add", "--library", library.path + "/l.sqlite", tmp.path])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.hasPrefix("2 added"), "\(add.stdout)")
        #expect(add.stderr.contains("\(tmp.path)/s1: skipped"))
    }

    @Test func escapesInFileNamesNeverReachTheTerminal() throws {
        let tmp = try TempFolder()
        let article = try tmp.write(Self.evil + ".txt", " date 2024-11-18 Headline\n\nKim Jong Un spoke in Pyongyang.\n")
        try tmp.write(Self.evil + "-empty.txt", "")
        try tmp.write(Self.evil + "-binary.txt", Data([0x41, 0, 0x42]))
        let library = try TempFolder()
        let runs: [(String, [String])] = [
            ("analyze", ["analyze", tmp.path]),
            ("analyze --json", ["analyze", "--json", tmp.path]),
            ("analyze missing", ["analyze", tmp.path + "/" + Self.evil + "-missing.txt"]),
            ("dump", ["dump", tmp.path]),
            ("reader to a pipe", [tmp.path]),
            ("add", ["add", "--library", library.path + "/l.sqlite", tmp.path]),
            ("search", ["search", "--library", library.path + "/l.sqlite", "Pyongyang"]),
            ("search entity", ["search", "--library", library.path + "/l.sqlite", "--entity", "Kim Jong Un"]),
            ("unknown option", ["analyze", "--x" + Self.evil, Fixtures.seed]),
            ("unknown command", ["themes", Self.evil]),
        ]
        for (label, arguments) in runs {
            let r = try ProcessRunner.run(byline, arguments)
            expectClean(r, label)
            #expect((r.stdout + r.stderr).contains("␛[2J"), "\(label) names the file with visible glyphs: \(r.stdout) \(r.stderr)")
        }
        // JSON keeps the real name, escaped as JSON.
        let json = try ProcessRunner.run(byline, ["analyze", "--json", article])
        #expect(json.stdout.contains("\\u001b[2J\\u001b]52;c;ZXZpbA==\\u0007"), "\(json.stdout)")
        #expect(json.stdout.contains("\\u009b31m\\u202etxt.txt"))
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["path"] as? String == article)
    }

    @Test func themesNeverEchoEscapesFromTheConfiguration() throws {
        let home = try TempFolder()
        try home.write(".config/byline/config.toml", """
            theme = "\\u001B[2J\\u001B]52;c;ZXZpbA==\\u0007"
            "\\u001B]0;pwned\\u0007" = 1
            [keys]
            "\\u009B31m" = "q"
            quit = ["\\u202Eq"]
            """)
        try home.write(".config/byline/themes/\(Self.evil).toml", "description = \"\\u001B[2Jcleared\\u0007\"\n")
        try home.write(".config/byline/themes/bad.toml", "description = \"x\"\n[\"\\u001B]52;c;eA==\\u0007\"]\nfg = \"\\u001B[5m\"\n")
        for styled in [false, true] {
            let r = try ProcessRunner.run(byline, ["themes"], environment: ["HOME": home.path])
            expectClean(r, "themes (styled: \(styled))")
            #expect(r.status == 1)
            #expect(r.stderr.contains("␛"), "\(r.stderr)")
        }
        let read = try ProcessRunner.run(byline, ["--config", home.path + "/.config/byline/config.toml", Fixtures.seed],
                                         environment: ["HOME": home.path])
        expectClean(read, "reader to a pipe with a hostile config")
    }

    @Test func aNameThatIsNotUTF8OpensAndShowsAReplacementCharacter() throws {
        let tmp = try TempFolder()
        let name = PathBytes.string(Array("caf".utf8) + [0xE9] + Array(".txt".utf8))
        let path = tmp.path + "/" + name
        let fd = PathBytes.withCString(path) { creat($0, 0o644) }
        #expect(fd >= 0)
        _ = Array(" date 2024-11-18 Café\n\nBody of the Latin-1 named file.\n".utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)

        let dump = try ProcessRunner.run(byline, ["dump", path])
        #expect(dump.status == 0, "\(dump.stderr)")
        #expect(dump.stdout.contains("Body of the Latin-1 named file."))
        let analyze = try ProcessRunner.run(byline, ["analyze", tmp.path])
        #expect(analyze.status == 0, "\(analyze.stderr)")
        #expect(analyze.stdoutBytes.starts(with: Array((tmp.path + "/caf\u{FFFD}.txt\t").utf8)), "\(analyze.stdout)")
        let json = try ProcessRunner.run(byline, ["analyze", "--json", path])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["file"] as? String == "caf\u{FFFD}.txt")
        let reader = try ProcessRunner.run(byline, [path])
        #expect(reader.status == 0, "\(reader.stderr)")
        let library = try TempFolder()
        let add = try ProcessRunner.run(byline, ["add", "--library", library.path + "/l.sqlite", tmp.path])
        #expect(add.stdout.hasPrefix("1 added"), "\(add.stdout) \(add.stderr)")
    }

    @Test func aFIFOADeviceAndALinkLoopAreSaidForWhatTheyAre() throws {
        let tmp = try TempFolder()
        #expect(mkfifo(tmp.path + "/pipe.txt", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: tmp.path + "/loop.txt", withDestinationPath: "loop.txt")
        for command in [["analyze"], ["dump"], []] {
            let r = try ProcessRunner.run(byline, command + [tmp.path + "/pipe.txt", "/dev/zero", tmp.path + "/loop.txt", Fixtures.seed])
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr.contains("byline: \(tmp.path)/pipe.txt: is a FIFO (named pipe), not a file"), "\(r.stderr)")
            #expect(r.stderr.contains("byline: /dev/zero: is a device, not a file"))
            #expect(r.stderr.contains("byline: \(tmp.path)/loop.txt: symbolic link loop"))
            #expect(!r.stderr.contains("permission denied"))
            #expect(!r.stdout.isEmpty, "the seed is still read")
        }
    }

    @Test func pathsAndOptionsMixInAnyOrder() throws {
        let out = try TempFolder()
        let tmp = try TempFolder()
        let dashed = try tmp.write("-dashed.txt", "Dashed\n\nText.\n")
        let r = try ProcessRunner.run(byline, ["analyze", Fixtures.corpus(1), "--out", out.path, Fixtures.corpus(3), "--json", "--", dashed])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == 3)
        let dump = try ProcessRunner.run(byline, ["dump", Fixtures.seed, "--width", "30"])
        #expect(dump.status == 0, "\(dump.stderr)")
        #expect(dump.stdout.split(separator: "\n").allSatisfy { $0.count <= 30 })
        let none = try ProcessRunner.run(byline, ["dump", "--width", "30"])
        #expect(none.status == 64)
    }
}
