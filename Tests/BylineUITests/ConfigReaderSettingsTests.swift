import BylineTestSupport
import BylineUI
import Testing

@Suite("Choosing the theme and the reader's settings")
struct ConfigReaderSettingsTests {
    func settings(theme: String? = nil, config: String? = nil, env: [String: String] = [:]) throws -> (ReaderSettings, TempFolder) {
        let home = try TempFolder()
        if let config { try home.write(".config/byline/config.toml", config) }
        let s = ReaderSettings.load(theme: theme, bundledThemes: BundledThemes.directory,
                                    environment: env.merging(["HOME": home.path]) { a, _ in a })
        return (s, home)
    }

    @Test func defaultThemeFirstAndEveryThemeToCycleThrough() throws {
        let (s, _) = try settings()
        #expect(s.themes.first?.name == "default")
        #expect(Set(s.themes.map(\.name)) == Set(BundledThemes.names))
        #expect(s.themes.count == BundledThemes.names.count)
        #expect(s.statusMessage == nil)
    }

    @Test func themeOptionWinsOverTheConfigFile() throws {
        let (s, _) = try settings(theme: "high-contrast", config: "theme = \"light\"\n")
        #expect(s.themes.first?.name == "high-contrast")
        // Cycling goes on from there, through every theme once.
        #expect(s.themes.map(\.name) == ["high-contrast", "light", "mono", "basic16", "default"])
    }

    @Test func configFileChoosesTheTheme() throws {
        let (s, _) = try settings(config: "theme = \"light\"\n")
        #expect(s.themes.first?.name == "light")
    }

    @Test func noColorStartsMonochrome() throws {
        #expect(try settings(env: ["NO_COLOR": "1"]).0.themes.first?.name == "mono")
        #expect(try settings(env: ["NO_COLOR": ""]).0.themes.first?.name == "default")
        // An explicit choice overrides NO_COLOR, as no-color.org asks.
        #expect(try settings(theme: "light", env: ["NO_COLOR": "1"]).0.themes.first?.name == "light")
    }

    @Test func aBadThemeStartsTheDefaultAndSaysSo() throws {
        let (s, home) = try settings(theme: "~/none.toml")
        _ = home
        #expect(s.themes.first == Theme.builtinDefault)
        #expect(s.statusMessage == "Using the default theme: none.toml: no such file")
    }

    @Test func aBadThemeUnderNoColorStartsMono() throws {
        let (s, _) = try settings(theme: "nope", env: ["NO_COLOR": "1"])
        #expect(s.themes.first?.name == "mono")
        #expect(s.statusMessage == "Using the mono theme: --theme: no theme named 'nope'; themes: basic16, default, high-contrast, light, mono")
    }

    @Test func aBrokenUserThemeIsReportedButNotChosen() throws {
        let home = try TempFolder()
        try home.write(".config/byline/themes/mine.toml", "[text]\nfg = \"nope\"\n")
        let s = ReaderSettings.load(bundledThemes: BundledThemes.directory, environment: ["HOME": home.path])
        #expect(s.themes.first?.name == "default")
        #expect(!s.themes.contains { $0.name == "mine" })
        expectOneProblem(s.problems, file: "mine.toml", line: 2, mentioning: "'nope' is not a colour")
        #expect(s.statusMessage == "mine.toml:2: text.fg: 'nope' is not a colour; use a name (red, bright-red, default, …), an index 0–255 or #rrggbb")
    }

    @Test func optionsFromTheConfigFile() throws {
        let (s, _) = try settings(config: "sidebar_open = false\nmax_text_width = 66\nmouse = true\n[keys]\nquit = \"x\"\n")
        #expect(s.config.sidebarOpen == false && s.config.mouse == true && s.config.maxTextWidth == 66)
        #expect(s.keyMap.action(for: .character("x")) == .quit)
    }

    @Test func anExplicitConfigFile() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("alt.toml", "mouse = true\n")
        let s = ReaderSettings.load(configFile: path, bundledThemes: nil, environment: ["HOME": tmp.path])
        #expect(s.config.mouse == true)
        #expect(s.themes.map(\.name) == ["default", "mono"])  // compiled in, no themes/ folder
        let missing = ReaderSettings.load(configFile: tmp.path + "/nope.toml", bundledThemes: nil, environment: ["HOME": tmp.path])
        #expect(missing.statusMessage == "nope.toml: no such file")
    }

    @Test func aRelativeThemePathInTheConfigFileIsRelativeToIt() throws {
        let home = try TempFolder()
        try home.write(".config/byline/mine/sepia.toml", "[text]\nfg = 94\n")
        try home.write(".config/byline/config.toml", "theme = \"mine/sepia.toml\"\n")
        let s = ReaderSettings.load(bundledThemes: BundledThemes.directory, environment: ["HOME": home.path])
        #expect(s.problems.isEmpty, "\(s.problems)")
        #expect(s.themes.first?.name == "sepia")
        #expect(s.themes.first?[.text].fg == .indexed(94))
    }

    @Test func theStartingThemeAloneFirstTheOthersLater() throws {
        let home = try TempFolder()
        try home.write(".config/byline/themes/mine.toml", "[text]\nfg = \"nope\"\n")
        try home.write(".config/byline/config.toml", "theme = \"light\"\n")
        let env = ["HOME": home.path]
        let first = ReaderSettings.load(bundledThemes: BundledThemes.directory, environment: env, otherThemes: false)
        #expect(first.themes.map(\.name) == ["light"])
        #expect(first.hasPendingThemes)
        // The broken theme file is not read yet, so not reported yet.
        #expect(first.statusMessage == nil)
        let later = first.withOtherThemes()
        let whole = ReaderSettings.load(bundledThemes: BundledThemes.directory, environment: env)
        #expect(!later.hasPendingThemes)
        #expect(later.themes.map(\.name) == whole.themes.map(\.name))
        #expect(later.problems == whole.problems)
        #expect(later.statusMessage == whole.statusMessage)
        #expect(later.statusMessage == "mine.toml:2: text.fg: 'nope' is not a colour; use a name (red, bright-red, default, …), an index 0–255 or #rrggbb")
    }
}
