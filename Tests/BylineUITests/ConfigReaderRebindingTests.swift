import BylineTestSupport
import BylineUI
import Testing

/// From the configuration file to the reader: settings loaded as the executable loads
/// them, handed to a ``ReaderState``, and keys pressed.
@Suite("Configuration in the reader")
struct ConfigReaderRebindingTests {
    func reader(config: String, theme: String? = nil) throws -> (ReaderState, ReaderSettings) {
        let home = try TempFolder()
        try home.write(".config/byline/config.toml", config)
        let settings = ReaderSettings.load(theme: theme, bundledThemes: BundledThemes.directory, environment: ["HOME": home.path])
        var state = ReaderState(articles: [ScreenSamples.news], themes: settings.themes, keyMap: settings.keyMap,
                                width: 100, height: 30)
        state.statusMessage = settings.statusMessage
        return (state, settings)
    }

    @Test("themes read after the first paint join the T cycle after the starting one")
    func themesAddedLater() throws {
        let home = try TempFolder()
        let first = ReaderSettings.load(theme: "light", bundledThemes: BundledThemes.directory,
                                        environment: ["HOME": home.path], otherThemes: false)
        var state = ReaderState(articles: [ScreenSamples.news], themes: first.themes, width: 100, height: 30)
        state.handle(.character("T"))
        #expect(state.theme.name == "light")  // nothing else to cycle to yet
        let all = first.withOtherThemes().themes
        state.addThemes(all)
        #expect(state.themes.map(\.name) == all.map(\.name))  // light not twice
        var seen: [String] = []
        for _ in all { state.handle(.character("T")); seen.append(state.theme.name) }
        #expect(seen == Array(all.dropFirst().map(\.name)) + ["light"])
    }

    @Test func reboundKeysDriveTheReader() throws {
        var (state, settings) = try reader(config: """
            theme = "light"
            [keys]
            quit = "x"
            cycle_theme = "f5"
            help = ["H"]
            """)
        #expect(settings.problems.isEmpty)
        #expect(state.theme.name == "light")

        state.handle(.character("T"))  // the default key no longer cycles
        #expect(state.theme.name == "light")
        state.handle(.function(5))
        #expect(state.theme.name == settings.themes[1].name)
        #expect(state.theme.name != "light")

        state.handle(.character("H"))
        #expect(state.helpVisible)
        // The help screen shows the live bindings.
        #expect(state.helpLines.contains { $0.contains("f5") && $0.contains(Action.cycleTheme.summary) })
        #expect(state.helpLines.contains { $0.hasPrefix("  x ") && $0.contains(Action.quit.summary) })
        #expect(!state.helpLines.contains { $0.contains(" T ") })
        state.handle(.escape)
        #expect(!state.helpVisible)

        state.handle(.character("q"))
        #expect(!state.shouldQuit)
        state.handle(.character("x"))
        #expect(state.shouldQuit)
    }

    @Test func aConfigProblemShowsInTheStatusLine() throws {
        var (state, _) = try reader(config: "# mine\ntheme = \"solarised\"\n")
        #expect(state.theme == Theme.builtinDefault)
        let screen = state.render().lines()
        let status = try #require(screen.last)
        #expect(status.contains("config.toml:2"), "\(status)")
        #expect(status.contains("no theme named 'solarised'"), "\(status)")
    }

    @Test func cyclingVisitsEveryThemeAndComesBack() throws {
        var (state, settings) = try reader(config: "", theme: "basic16")
        var seen: [String] = []
        for _ in settings.themes {
            seen.append(state.theme.name)
            state.handle(.character("T"))
        }
        #expect(state.theme.name == "basic16")
        #expect(Set(seen) == Set(BundledThemes.names))
    }
}
