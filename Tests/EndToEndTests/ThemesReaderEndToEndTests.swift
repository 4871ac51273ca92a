import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// Themes and the configuration file in the real reader, in a private tmux server.
@Suite("Themes and configuration in the reader", .serialized, .enabled(if: TmuxSession.isAvailable || TmuxSession.required))
struct ThemesReaderEndToEndTests {
    func start(_ args: [String], home: TempFolder, env: [String: String] = [:]) throws -> TmuxSession {
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        return try TmuxSession(command: [Binary.byline] + args, width: 100, height: 24,
                               environment: ["HOME": home.path, "XDG_CONFIG_HOME": home.path + "/.config"].merging(env) { $1 })
    }

    @Test("a rebound quit key, and a config problem in the status line")
    func reboundKeys() throws {
        let home = try TempFolder()
        try home.write(".config/byline/config.toml", "[keys]\nquit = \"x\"\nline_dwn = \"j\"\n")
        let tmux = try start([Fixtures.seed], home: home)
        defer { tmux.close() }
        let first = tmux.waitFor { $0.contains("config.toml:3") }
        #expect(first.ok, "screen:\n\(first.screen)")
        #expect(first.screen.contains("unknown action 'line_dwn'"))
        // Still there after a key: a problem is not cleared by the first scroll.
        tmux.send("j")
        #expect(tmux.waitFor { $0.contains("L2/") }.ok)
        #expect(tmux.capture().contains("unknown action 'line_dwn'"))
        tmux.send("q")
        #expect(tmux.exitStatus(timeout: 0.6) == nil, "q still quit after quit was rebound to x")
        tmux.send("x")
        #expect(tmux.exitStatus() == 0)
    }

    @Test("a configuration unbinding every action: the status line names the file, and q still quits")
    func everyActionUnbound() throws {
        let home = try TempFolder()
        try home.write(".config/byline/config.toml", "[keys]\n" + ["line_down", "quit", "help", "back"].map { "\($0) = []" }.joined(separator: "\n"))
        let tmux = try start([Fixtures.seed], home: home)
        defer { tmux.close() }
        let first = tmux.waitFor { $0.contains("config.toml:3: quit must keep a key") }
        #expect(first.ok, "screen:\n\(first.screen)")
        tmux.send("h")
        #expect(tmux.waitFor { $0.contains(Action.lineUp.summary) }.ok, "no help on h")
        tmux.send("q", "q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test("--theme light draws in the light theme's colours; T cycles live")
    func themeOptionAndCycling() throws {
        let home = try TempFolder()
        let tmux = try start(["--theme", "light", Fixtures.seed], home: home)
        defer { tmux.close() }
        // light's status line: white on colour 24.
        let light = tmux.waitFor(escapes: true) { $0.contains("North Korean") && $0.contains("48;5;24") }
        #expect(light.ok, "light's status line colour expected")
        tmux.send("T")
        let next = tmux.waitFor { $0.contains("Theme: mono") }
        #expect(next.ok, "screen:\n\(next.screen)")
        let mono = tmux.waitFor(escapes: true) { !$0.contains("48;5;24") }
        #expect(mono.ok)
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test("a broken theme file other than the starting one is reported once the reader is up; T cycles the others")
    func brokenOtherTheme() throws {
        let home = try TempFolder()
        try home.write(".config/byline/themes/mine.toml", "[text]\nfg = \"nope\"\n")
        let tmux = try start([Fixtures.seed], home: home)
        defer { tmux.close() }
        let screen = tmux.waitFor { $0.contains("mine.toml:2") }
        #expect(screen.ok, "screen:\n\(screen.screen)")
        #expect(screen.screen.contains("North Korean"))
        tmux.send("T")
        #expect(tmux.waitFor { $0.contains("Theme: high-contrast") }.ok)
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test("an unknown theme: the default theme, and the reason in the status line")
    func unknownTheme() throws {
        let home = try TempFolder()
        let tmux = try start(["--theme", "ligth", Fixtures.seed], home: home)
        defer { tmux.close() }
        let screen = tmux.waitFor { $0.contains("no theme named 'ligth'") }
        #expect(screen.ok, "screen:\n\(screen.screen)")
        #expect(screen.screen.contains("Using the default theme"))
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }
}
