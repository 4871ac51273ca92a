import BylineTestSupport
import BylineUI
import Testing

/// Each bad configuration gets a message naming the file, the line and what is wrong;
/// the rest of the file still applies.
@Suite("Bad configuration files")
struct ConfigProblemTests {
    @Test func unknownSetting() {
        let loaded = ConfigLoader.parse("mouse = true\nsidebar = false\n", file: "config.toml")
        expectOneProblem(loaded.problems, file: "config.toml", line: 2, mentioning: "unknown setting 'sidebar' (did you mean 'sidebar_open'?)")
        #expect(loaded.value.mouse == true)
    }

    @Test func wrongType() {
        let loaded = ConfigLoader.parse("mouse = \"yes\"\n", file: "config.toml")
        expectOneProblem(loaded.problems, file: "config.toml", line: 1, mentioning: "'mouse' must be true or false", "string")
    }

    @Test func negativeWidth() {
        let loaded = ConfigLoader.parse("\nmax_text_width = -5\n", file: "config.toml")
        expectOneProblem(loaded.problems, file: "config.toml", line: 2, mentioning: "max_text_width")
        #expect(loaded.value.maxTextWidth == nil)
    }

    @Test func tomlSyntaxError() {
        let loaded = ConfigLoader.parse("theme = \"light\"\n[keys\nquit = \"x\"\n", file: "config.toml")
        expectOneProblem(loaded.problems, file: "config.toml", line: 2, mentioning: "TOML syntax error")
        #expect(loaded.value == .standard)
    }

    @Test func bindingToAnUnknownAction() {
        let text = "[keys]\nline_down = [\"x\"]\nline_dwn = [\"j\"]\n"
        let loaded = ConfigLoader.parse(text, file: "config.toml")
        expectOneProblem(loaded.problems, file: "config.toml", line: 3, mentioning: "unknown action 'line_dwn'", "did you mean 'line_down'")
        #expect(loaded.value.keyMap.action(for: .character("x")) == .lineDown)
    }

    @Test func unknownKeyName() {
        let text = "[keys]\nline_down = [\n  \"j\",\n  \"dwon\",\n]\n"
        let loaded = ConfigLoader.parse(text, file: "config.toml")
        expectOneProblem(loaded.problems, file: "config.toml", line: 4, mentioning: "unknown key 'dwon'")
        #expect(loaded.value.keyMap.keys(for: .lineDown) == [.character("j")])
    }

    @Test func twoActionsOnOneKey() {
        let text = "[keys]\nline_down = [\"x\"]\nquit = [\"q\", \"x\"]\n"
        let loaded = ConfigLoader.parse(text, file: "config.toml")
        expectOneProblem(loaded.problems, file: "config.toml", line: 3, mentioning: "'x' is bound to both line_down and quit")
        #expect(loaded.value.keyMap.action(for: .character("x")) == .lineDown)
        #expect(loaded.value.keyMap.action(for: .character("q")) == .quit)
    }

    @Test func keysMustBeNames() {
        let loaded = ConfigLoader.parse("[keys]\nquit = 3\n", file: "config.toml")
        expectOneProblem(loaded.problems, file: "config.toml", line: 2, mentioning: "quit must be a key name")
        #expect(loaded.value.keyMap.action(for: .character("q")) == .quit)
    }

    @Test func unknownThemeInTheConfigFile() throws {
        let home = try TempFolder()
        try home.write(".config/byline/config.toml", "# my settings\ntheme = \"solarised\"\n")
        let settings = ReaderSettings.load(bundledThemes: BundledThemes.directory, environment: ["HOME": home.path])
        expectOneProblem(settings.problems, file: "config.toml", line: 2, mentioning: "no theme named 'solarised'")
        #expect(settings.themes.first == Theme.builtinDefault)
        #expect(settings.statusMessage == "Using the default theme: config.toml:2: no theme named 'solarised'; themes: basic16, default, high-contrast, light, mono")
    }

    @Test func statusSummaryCountsTheRest() {
        let problems = [
            ConfigProblem(file: "/home/a/.config/byline/config.toml", line: 3, message: "one"),
            ConfigProblem(file: "x.toml", line: 1, message: "two"),
            ConfigProblem(file: "y.toml", message: "three"),
        ]
        #expect(problems.statusSummary == "config.toml:3: one (and 2 more problems; run byline themes to see them)")
        #expect([ConfigProblem]().statusSummary == nil)
    }
}
