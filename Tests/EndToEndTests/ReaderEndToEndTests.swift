import BylineKit
import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// The real binary in a private tmux server. Under CI (CI=true) these run and fail if
/// tmux is missing; elsewhere they are skipped without tmux.
@Suite("Reader end to end", .serialized, .enabled(if: TmuxSession.isAvailable || TmuxSession.required))
struct ReaderEndToEndTests {
    let seeds = Fixtures.root.appendingPathComponent("seeds").path

    func start(_ args: [String], width: Int = 80, height: Int = 24, env: [String: String] = [:], delay: Double = 0) throws -> TmuxSession {
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        return try TmuxSession(command: [Binary.byline] + args, width: width, height: height, environment: env, delay: delay)
    }

    @Test("open, scroll, open another article, resize, quit")
    func session() throws {
        let tmux = try start([seeds])
        defer { tmux.close() }
        let first = tmux.waitFor { $0.contains("North Korean leader") }
        #expect(first.ok, "first screen:\n\(first.screen)")
        // 80x24: the article alone, 23 rows of text; `a` shows the list beside it.
        #expect(!first.screen.contains("Articles 1/13"))
        tmux.send("a")
        #expect(tmux.waitFor { $0.contains("Articles 1/13") && $0.contains("│▶ Article 1/13") }.ok)
        tmux.send("a")
        #expect(tmux.waitFor { !$0.contains("Articles 1/13") }.ok)
        tmux.send("NPage")
        #expect(tmux.waitFor { $0.contains("L24/") }.ok)
        tmux.send("J")
        let second = tmux.waitFor { $0.contains("Magnitogorsk") }
        #expect(second.ok)
        tmux.resize(width: 50, height: 12)
        let narrow = tmux.waitFor { screen in screen.split(separator: "\n").allSatisfy { $0.count <= 50 } && screen.contains("Magnitogorsk") }
        #expect(narrow.ok, "after resize:\n\(narrow.screen)")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test("choosing a quotation in the sidebar scrolls to it",
          .enabled(if: !ArticleAnalyzer().analyze(try! ArticleLoader().load(path: Fixtures.seed).article).quotes.isEmpty))
    func sidebarQuote() throws {
        let article = try ArticleLoader().load(path: Fixtures.seed).article
        let quote = ArticleAnalyzer().analyze(article).quotes.last!
        let words = quote.text.split(separator: " ").prefix(3).joined(separator: " ")
        let tmux = try start([Fixtures.seed, "--sidebar"], width: 120, height: 30)
        defer { tmux.close() }
        #expect(tmux.waitFor { $0.contains("[Quotes ") && !$0.contains("analysing") }.ok)
        tmux.send("Tab", "G", "Enter")
        let screen = tmux.waitFor { screen in
            screen.split(separator: "\n").dropFirst(10).contains { $0.contains(words) }
        }
        #expect(screen.ok, "quotation \"\(words)\" not in the article pane:\n\(screen.screen)")
        tmux.send("q")
    }

    @Test("? shows the help with a ? prompt; ?pattern enter searches backward; ? then q closes the help without quitting")
    func helpAndBackwardSearch() throws {
        let tmux = try start([Fixtures.seed])
        defer { tmux.close() }
        #expect(tmux.waitFor { $0.contains("North Korean leader") }.ok)
        tmux.send("G")
        #expect(tmux.waitFor { $0.contains("100%") }.ok)
        func helpShown(_ screen: String) -> Bool {
            screen.contains(Action.lineDown.summary) && screen.split(separator: "\n").last?.hasPrefix("?") == true
        }
        tmux.send("?")
        let help = tmux.waitFor(helpShown)
        #expect(help.ok, "no help with a ? prompt:\n\(help.screen)")
        tmux.type("North Korean")
        tmux.send("Enter")
        let found = tmux.waitFor { !$0.contains(Action.lineDown.summary) && $0.contains("North Korean") && !$0.contains("100%") }
        #expect(found.ok, "no backward search:\n\(found.screen)")
        tmux.send("?")
        #expect(tmux.waitFor(helpShown).ok)
        tmux.send("q")
        let closed = tmux.waitFor { !$0.contains(Action.lineDown.summary) && $0.contains("North Korean") }
        #expect(closed.ok, "? then q did not close the help:\n\(closed.screen)")
        #expect(tmux.exitStatus(timeout: 0.5) == nil, "q in the ? prompt quit the reader")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test("escape sequences in an article are shown, never sent raw")
    func escapeSequences() throws {
        let folder = try TempFolder()
        defer { withExtendedLifetime(folder) {} }  // the log is read at the end
        let evil = "Evil \u{1B}]2;PWNED-TITLE\u{07} title\n\nBody \u{1B}[5;7mBLINK\u{1B}[0m and \u{1B}]52;c;SGFja2Vk\u{07} clip, bell\u{07}\u{07}, back\u{08}\u{08}space, csi \u{9B}6n, bidi \u{202E}reversed\u{202C} end.\n"
        let file = try folder.write("evil.txt", evil)
        let log = folder.path + "/raw.log"
        let tmux = try start([file], delay: 0.5)
        defer { tmux.close() }
        tmux.logOutput(to: log)
        let screen = tmux.waitFor { $0.contains("BLINK") }
        #expect(screen.ok, "\(screen.screen)")
        #expect(screen.screen.contains("␛[5;7mBLINK"))
        #expect(screen.screen.contains("␛]52;c;SGFja2Vk␇"))
        tmux.send("q")
        _ = tmux.exitStatus()
        let raw = try Data(contentsOf: URL(fileURLWithPath: log))
        let bytes = [UInt8](raw)
        func contains(_ s: String) -> Bool {
            let n = [UInt8](s.utf8)
            guard bytes.count >= n.count else { return false }
            return (0...(bytes.count - n.count)).contains { Array(bytes[$0..<($0 + n.count)]) == n }
        }
        #expect(!bytes.isEmpty)
        #expect(!contains("\u{1B}]52"), "OSC 52 reached the terminal")
        #expect(!contains("\u{1B}]2;PWNED"), "a title-setting OSC reached the terminal")
        #expect(!contains("\u{1B}[5;7m"), "the article's SGR reached the terminal")
        #expect(!bytes.contains(0x07), "BEL reached the terminal")
        #expect(!bytes.contains(0x08), "backspace reached the terminal")
        #expect(!contains("\u{C2}\u{9B}") && !contains("\u{E2}\u{80}\u{AE}"), "C1 CSI or a bidi override reached the terminal")
    }

    /// Over ssh every byte counts: one line down must scroll the terminal (a scroll
    /// region, then the new line) rather than repaint the 20 article rows, and each
    /// highlighted name must cost one colour change, not a full attribute reset.
    @Test("a line down sends one scrolled line, not a repaint")
    func lineDownBytes() throws {
        let folder = try TempFolder()
        defer { withExtendedLifetime(folder) {} }  // the log is read at the end
        let log = folder.path + "/raw.log"
        let tmux = try start([Fixtures.seed])
        defer { tmux.close() }
        tmux.logOutput(to: log)
        // The analysis arrives after the first paint: wait for the people's colour.
        let highlighted = tmux.waitFor(escapes: true) { $0.contains("38;5;117m") && $0.contains(" L1/") }
        #expect(highlighted.ok, "no highlights:\n\(highlighted.screen)")
        usleep(300_000)
        let before = (try? Data(contentsOf: URL(fileURLWithPath: log)).count) ?? 0
        let lines = 5
        for n in 2...(lines + 1) {
            tmux.send("j")
            #expect(tmux.waitFor { $0.contains(" L\(n)/") }.ok, "line \(n) not reached")
        }
        usleep(300_000)
        let raw = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log)).dropFirst(before))
        tmux.send("q")
        _ = tmux.exitStatus()
        let text = String(decoding: raw, as: UTF8.self)
        #expect(text.contains("\u{1B}[1;23r"), "no scroll region set for the article rows")
        // A repaint of the article rows would be ~2 KB a line; a scrolled line with its
        // names is ~140 B (less sends 61 on this article, mostly blank lines).
        #expect(raw.count / lines < 160, "\(raw.count / lines) bytes a line: \(text.debugDescription)")
        // Names are colour changes inside the line: no attribute reset around them.
        #expect(!text.contains("\u{1B}[39m\u{1B}(B\u{1B}[m"), "a name ended with a full reset")
    }

    /// An interactive shell in tmux running the reader (signals reach the reader, not
    /// the test's wrapper).
    func shellRunningReader(_ options: String = "") throws -> TmuxSession {
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        let tmux = try TmuxSession(command: ["sh", "-i"], width: 80, height: 24, environment: ["PS1": "PROMPT$ "])
        #expect(tmux.waitFor { $0.contains("PROMPT$") }.ok)
        tmux.type("\(Binary.byline) \(options) \(Fixtures.seed)")
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains("North Korean") }.ok)
        #expect(tmux.tmux("display-message", "-p", "-t", "0", "#{alternate_on}").output.hasPrefix("1"))
        return tmux
    }

    @Test("Ctrl-C leaves the terminal as it was")
    func interrupt() throws {
        let tmux = try shellRunningReader()
        defer { tmux.close() }
        tmux.send("C-c")
        let back = tmux.waitFor { $0.contains("PROMPT$") && !$0.contains("? help") }
        #expect(back.ok, "\(back.screen)")
        #expect(tmux.tmux("display-message", "-p", "-t", "0", "#{alternate_on}").output.hasPrefix("0"))
        tmux.type("echo status=$?")
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains("status=130") }.ok)
    }

    @Test("SIGTERM and SIGHUP leave the terminal as it was", arguments: [SIGTERM, SIGHUP])
    func terminate(signal: Int32) throws {
        let tmux = try shellRunningReader()
        defer { tmux.close() }
        let shell = tmux.tmux("display-message", "-p", "-t", "0", "#{pane_pid}").output.trimmingCharacters(in: .whitespacesAndNewlines)
        // The wrapper's child is the interactive shell; its child is the reader.
        func children(_ pid: String) -> [String] {
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? "").split(separator: " ").map(String.init)
        }
        let reader = children(shell).flatMap { [$0] + children($0) }.first { pid in
            ((try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? "").hasPrefix("byline")
        }
        let pid = try #require(reader.flatMap { Int32($0) }, "reader process not found under \(shell)")
        kill(pid, signal)
        let back = tmux.waitFor { $0.contains("PROMPT$") && !$0.contains("? help") }
        #expect(back.ok, "\(back.screen)")
        #expect(tmux.tmux("display-message", "-p", "-t", "0", "#{alternate_on}").output.hasPrefix("0"))
        tmux.type("echo status=$?")
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains("status=\(128 + signal)") }.ok)
    }

    @Test("Ctrl-Z then fg: the shell gets a normal terminal, the reader comes back in the same modes and reads the first arrow key",
          arguments: ["", "--mouse"])
    func suspend(options: String) throws {
        let tmux = try shellRunningReader(options)
        defer { tmux.close() }
        // Idle, waiting for a key with no time-out (while background work runs the
        // loop polls, and each new read set the keypad mode again, hiding the bug).
        #expect(tmux.waitFor { !$0.contains("analysing") }.ok)
        usleep(700_000)
        let before = tmux.modes()
        #expect(before.contains("cursor-keys=1"), "keypad-transmit mode not set: \(before)")
        tmux.send("C-z")
        let suspended = tmux.waitFor { $0.contains("PROMPT$") && !$0.contains("? help") }
        #expect(suspended.ok, "\(suspended.screen)")
        #expect(tmux.modes().contains("alternate=0 cursor-keys=0 keypad=0 cursor=1 mouse=0"), "suspended: \(tmux.modes())")
        tmux.type("fg")
        tmux.send("Enter")
        let back = tmux.waitFor { $0.contains("? help") && $0.contains("North Korean") }
        #expect(back.ok, "\(back.screen)")
        // Modes are set just after the repaint: wait for them rather than read once.
        let deadline = Date().addingTimeInterval(3)
        while tmux.modes() != before && Date() < deadline { usleep(30_000) }
        #expect(tmux.modes() == before, "after fg")
        // The first arrow key after fg scrolls the article (it was read as Esc, [ and B:
        // back, previous article, and the focus on the list).
        tmux.send("Down")
        let moved = tmux.waitFor { $0.contains("L2/") && $0.contains("? help") }
        #expect(moved.ok, "Down after fg:\n\(moved.screen)")
        tmux.send("q")
        #expect(tmux.waitFor { $0.contains("PROMPT$") && !$0.contains("? help") }.ok)
    }

    @Test("NO_COLOR: attributes, no colours")
    func noColor() throws {
        let tmux = try start([Fixtures.seed], env: ["NO_COLOR": "1"])
        defer { tmux.close() }
        let screen = tmux.waitFor(escapes: true) { $0.contains("North Korean") }
        #expect(screen.ok)
        let sgr = screen.screen.components(separatedBy: "\u{1B}[").dropFirst().map { $0.prefix { $0 != "m" } }
        let colours = sgr.filter { $0.split(separator: ";").contains { p in
            (p.count == 2 && (p.hasPrefix("3") || p.hasPrefix("4")) && p != "39" && p != "49") || p == "38" || p == "48"
        } }
        #expect(colours.isEmpty, "colour SGR under NO_COLOR: \(colours.prefix(5))")
        #expect(sgr.contains { $0.split(separator: ";").contains("7") || $0.split(separator: ";").contains("1") })
        tmux.send("q")
    }

    @Test("colours on a 256-colour terminal")
    func colours() throws {
        let tmux = try start([Fixtures.seed])
        defer { tmux.close() }
        let screen = tmux.waitFor(escapes: true) { $0.contains("North Korean") }
        #expect(screen.screen.contains("38;5;"), "256-colour SGR expected")
        tmux.send("q")
    }

    @Test("TERM=dumb: a clear message and exit status 2")
    func dumbTerminal() throws {
        let tmux = try start([Fixtures.seed], env: ["TERM": "dumb"])
        defer { tmux.close() }
        #expect(tmux.exitStatus() == 2)
        #expect(tmux.capture().contains("cannot move the cursor"))
    }

    @Test("unknown TERM (a kitty or foot over ssh): drawn as xterm-256color, and the status line says so")
    func unknownTerminal() throws {
        let tmux = try start([Fixtures.seed], env: ["TERM": "no-such-terminal"])
        defer { tmux.close() }
        let screen = tmux.waitFor { $0.contains("Unknown TERM no-such-terminal: using xterm-256color") }
        #expect(screen.ok, "\(screen.screen)")
        #expect(screen.screen.contains("North Korean"))
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test("y copies the marked quotation with OSC 52, and nothing is sent to the clipboard otherwise")
    func copyQuote() throws {
        let folder = try TempFolder()
        defer { withExtendedLifetime(folder) {} }  // the log is read at the end
        let log = folder.path + "/raw.log"
        let tmux = try start([Fixtures.seed])
        defer { tmux.close() }
        tmux.logOutput(to: log)
        // The analysis arrives after the first paint: wait for the people's colour.
        #expect(tmux.waitFor(escapes: true) { $0.contains("38;5;117m") && !$0.contains("analysing") }.ok)
        tmux.send("j", "y")
        #expect(tmux.waitFor { $0.contains("Mark a quotation first") }.ok)
        usleep(200_000)
        var raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: log)), as: UTF8.self)
        #expect(!raw.contains("\u{1B}]52;"), "OSC 52 sent without a quotation marked")
        tmux.send("g", "'")
        #expect(tmux.waitFor { $0.contains("Quote 1 of") }.ok, "the analysis never marked a quotation")
        tmux.send("y")
        let copied = tmux.waitFor { $0.contains("Copied quote 1 of") && $0.contains("to the clipboard") }
        #expect(copied.ok, "\(copied.screen)")
        usleep(200_000)
        raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: log)), as: UTF8.self)
        let osc = try #require(raw.firstMatch(of: /\x1B\]52;c;([A-Za-z0-9+\/=]+)\x07/), "no OSC 52 after y")
        let text = String(decoding: Data(base64Encoded: String(osc.1)) ?? Data(), as: UTF8.self)
        let quote = ArticleAnalyzer().analyze(try ArticleLoader().load(path: Fixtures.seed).article).quotes[0]
        #expect(text.hasPrefix("“\(quote.text)”"), "\(text)")
        #expect(text.hasSuffix("”") && text.contains(" — "), "\(text)")
        tmux.send("q")
    }

    @Test("the configuration file's theme problem, key bindings and mouse wheel reach the first screen")
    func configurationOnFirstScreen() throws {
        // The settings are read on another thread while the terminal starts: what they
        // say must still be in the first paint, the first key and the terminal's modes.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("byline"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        /// The status line of the first screen and every byte written, for a config.toml.
        func run(_ config: String, quit: String) throws -> (status: String, raw: String) {
            try config.write(to: dir.appendingPathComponent("byline/config.toml"), atomically: true, encoding: .utf8)
            let log = dir.appendingPathComponent("raw.log").path
            try? FileManager.default.removeItem(atPath: log)
            let tmux = try start([Fixtures.seed], env: ["XDG_CONFIG_HOME": dir.path], delay: 0.5)
            defer { tmux.close() }
            tmux.logOutput(to: log)
            var first = tmux.waitFor { $0.contains("North Korean leader") }
            #expect(first.ok, "first screen:\n\(first.screen)")
            // The whole first paint, not a capture taken while it was being written (the
            // status line, the last row, comes last): the same screen twice running.
            var previous = ""
            let settled = Date().addingTimeInterval(2)
            while first.screen != previous && Date() < settled {
                previous = first.screen
                usleep(50_000)
                first.screen = tmux.capture()
            }
            if quit != "q" {
                tmux.send("q")
                #expect(tmux.exitStatus(timeout: 0.5) == nil, "q quit although config.toml binds quit to \(quit)")
            }
            tmux.send(quit)
            #expect(tmux.exitStatus() == 0)
            let raw = (try? Data(contentsOf: URL(fileURLWithPath: log))) ?? Data()
            return (first.screen.split(separator: "\n").last.map(String.init) ?? "", String(decoding: raw, as: UTF8.self))
        }
        let problem = "Using the default theme: config.toml:1: no them"  // cut to fit the status line
        let mouse = try run("theme = \"nosuch\"\nmouse = true\n\n[keys]\nquit = \"Q\"\n", quit: "Q")
        #expect(mouse.status.contains(problem), "status line: \(mouse.status)")
        // ncurses asks the terminal for button events (mode 1000) only with mouse = true.
        #expect(mouse.raw.contains("1000h"), "no mouse mode: \(mouse.raw.prefix(300).debugDescription)")
        let plain = try run("theme = \"nosuch\"\n", quit: "q")
        #expect(plain.status.contains(problem), "status line: \(plain.status)")
        #expect(!plain.raw.contains("1000h"), "mouse mode without mouse = true")
    }
}

@Suite("Reader without a terminal")
struct PlainOutputTests {
    @Test("stdout to a pipe: plain text as byline dump prints it, exit 0")
    func pipe() {
        let read = Spawn.run([Binary.byline, Fixtures.seed], environment: Spawn.environment(["TERM": "xterm-256color"]))
        let dump = Spawn.run([Binary.byline, "dump", Fixtures.seed])
        #expect(read.status == 0)
        #expect(read.output == dump.output)
        #expect(read.output.contains("North Korean leader Kim Jong-un"))
        #expect(!read.output.contains("\u{1B}"))
    }
}
