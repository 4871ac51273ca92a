import BylineKit
import BylineTestSupport
import BylineUI
import Testing

@Suite("The configuration file")
struct ConfigLoadingTests {
    @Test func everySetting() {
        let text = """
            theme = "light"
            sidebar_open = false
            max_text_width = 72
            mouse = true
            layout = "stacked"
            list_open = false
            list_width = 36
            sidebar_width = 44

            [keys]
            quit = "x"
            """
        let loaded = ConfigLoader.parse(text, file: "config.toml")
        #expect(loaded.problems.isEmpty)
        #expect(loaded.value.theme == "light")
        #expect(loaded.value.sidebarOpen == false)
        #expect(loaded.value.maxTextWidth == 72)
        #expect(loaded.value.mouse == true)
        #expect(loaded.value.layout == .stacked)
        #expect(loaded.value.listOpen == false)
        #expect(loaded.value.listWidth == 36 && loaded.value.sidebarWidth == 44)
        #expect(loaded.value.keyMap.action(for: .character("x")) == .quit)
    }

    @Test("a layout it does not know, or a pane narrower than 20 columns, is a problem that names the line")
    func badLayout() {
        let loaded = ConfigLoader.parse("layout = \"sideways\"\nsidebar_width = 5\n", file: "config.toml")
        #expect(loaded.problems.map(\.description) == [
            "config.toml:1: 'layout' must be \"columns\" or \"stacked\", not a string",
            "config.toml:2: 'sidebar_width' must be a number of columns from 20 to 500, not an integer",
        ])
        #expect(loaded.value.layout == nil && loaded.value.sidebarWidth == nil)
    }

    @Test func anEmptyFileMeansTheStandardSettings() {
        let loaded = ConfigLoader.parse("# nothing yet\n", file: "config.toml")
        #expect(loaded.problems.isEmpty)
        #expect(loaded.value == .standard)
        #expect(loaded.value.keyMap == .standard)
        #expect(loaded.value.sidebarOpen == nil && loaded.value.mouse == nil && loaded.value.maxTextWidth == nil)
    }

    @Test func zeroWidthMeansNoLimit() {
        let loaded = ConfigLoader.parse("max_text_width = 0", file: "c")
        #expect(loaded.problems.isEmpty)
        #expect(loaded.value.maxTextWidth == 0)
    }

    @Test func tooNarrowAWidthIsRaised() {
        let loaded = ConfigLoader.parse("max_text_width = 3", file: "config.toml")
        expectOneProblem(loaded.problems, file: "config.toml", line: 1, mentioning: "too narrow")
        #expect(loaded.value.maxTextWidth == ConfigLoader.minimumTextWidth)
    }

    @Test func noConfigFileIsFine() throws {
        let home = try TempFolder()
        let paths = XDGPaths(environment: ["HOME": home.path])
        let loaded = ConfigLoader.load(path: paths.configFile.path)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.value == .standard)
    }

    @Test func aNamedConfigFileMustExist() {
        let loaded = ConfigLoader.load(path: "/nonexistent/byline.toml", required: true)
        expectOneProblem(loaded.problems, file: "/nonexistent/byline.toml", line: nil, mentioning: "no such file")
        #expect(loaded.value == .standard)
    }

    @Test func readingSettingsWritesNothing() throws {
        let home = try TempFolder()
        _ = ReaderSettings.load(bundledThemes: BundledThemes.directory, environment: ["HOME": home.path])
        let contents = try FileManager.default.contentsOfDirectory(atPath: home.path)
        #expect(contents.isEmpty)
    }
}

import Foundation
