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
        // The help screen shows the live bindings (x quits, f5 cycles the themes, no T).
        state.handle(.character("G"))
        assertWholeScreen(state.render(), lines: [
            "  shift-tab             focus the previous pane                             focus_previous",
            "  s                     show or hide the sidebar                            toggle_sidebar",
            "  t                     switch sidebar tab (Quotes / Entities)              sidebar_tab",
            "  a                     show or hide the article list                       toggle_list",
            "  z                     the article alone on the screen, and back           zoom",
            "  + =                   widen the list or sidebar                           wider_pane",
            "  -                     narrow the list or sidebar                          narrower_pane",
            "  backspace esc left    undo a filter, search or mark; back to the article  back",
            "",
            "The reading list",
            "  m                     bookmark this article, or remove its bookmark       bookmark",
            "  u                     open the next unread article                        next_unread",
            "  U                     list only unread articles, and back                 filter_unread",
            "  B                     list only bookmarked articles, and back             filter_bookmarks",
            "  o                     sort the list: date, source, title, as given        sort_list",
            "",
            "Library",
            "  S                     search the whole library                            library_search",
            "  L                     this entity or speaker in the library               library_related",
            "  F                     list the subscribed feeds (sources), and back       feeds",
            "  R                     update every feed, while you read                   update_feeds",
            "",
            "Help, themes, quitting",
            "  f5                    next theme                                          cycle_theme",
            "  H                     show this help                                      help",
            "  x                     quit                                                quit",
            "",
            "Highlights:  person  organisation  place  nationality or group  date  quotation",
            "  A count before a key repeats it or names a line, as in less: 5j, 10G, 50%.",
            "  In a prompt: enter searches, esc cancels, backspace deletes.",
        ])
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
        assertWholeScreen(state.render(), lines: [
            "▶ Article 1/1 ───────────────────────────────────────────────────────│  [Quotes 2] Entities 6 ──────",
            " Kim renews call                                                     │ Kim Jong-un: “limitless”",
            "                                                                     │ Kim Jong-un: “escalating",
            " 2024-11-18                                                          │ tensions”",
            "                                                                     │",
            " North Korean leader Kim Jong-un has renewed his call for a          │",
            " “limitless” expansion.                                              │",
            "                                                                     │",
            " Mr Kim said the United Nations was “escalating tensions” in Seoul.  │",
            "                                                                     │",
            " Joe Biden answered from Washington.                                 │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            "                                                                     │",
            " Using the default theme: config.toml:2: no theme named 'solarised'; themes: ba… L1/10 100%  ? help",
        ])
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
