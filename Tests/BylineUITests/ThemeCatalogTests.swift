import BylineKit
import BylineTestSupport
import BylineUI
import Testing

@Suite("Finding themes: bundled, user, by path, extends")
struct ThemeCatalogTests {
    @Test func userThemesOverrideBundledOnes() throws {
        let home = try TempFolder()
        try home.write(".config/byline/themes/light.toml", "description = \"mine\"\n[text]\nfg = \"red\"\n")
        try home.write(".config/byline/themes/sepia.toml", "[text]\nfg = 94\nbg = 230\n")
        let paths = XDGPaths(environment: ["HOME": home.path])
        let catalog = ThemeCatalog(bundledDirectory: BundledThemes.directory, userDirectory: paths.userThemesDirectory.path)

        #expect(catalog.entry(named: "light")?.origin == .user)
        #expect(catalog.entry(named: "light")?.overrides == .bundled)
        #expect(catalog.entry(named: "sepia")?.origin == .user)
        #expect(catalog.entry(named: "default")?.origin == .bundled)
        #expect(catalog.entry(named: "default")?.overrides == .builtin)
        let light = try #require(catalog.load("light").value)
        #expect(light[.text].fg == .red)
        let sepia = try #require(catalog.load("sepia").value)
        #expect(sepia[.text] == Style(fg: .indexed(94), bg: .indexed(230)))
    }

    @Test func xdgConfigHomeIsHonoured() throws {
        let config = try TempFolder()
        try config.write("byline/themes/night.toml", "[headline]\nfg = \"#ff0000\"\n")
        let paths = XDGPaths(environment: ["HOME": "/nonexistent", "XDG_CONFIG_HOME": config.path])
        let catalog = ThemeCatalog(bundledDirectory: nil, userDirectory: paths.userThemesDirectory.path)
        #expect(catalog.load("night").value?[.headline].fg == .rgb(255, 0, 0))
    }

    @Test func leftOutElementsComeFromTheDefault() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("small.toml", "[PERSON]\nfg = \"red\"\n")
        let theme = try #require(ThemeCatalog(bundledDirectory: nil, userDirectory: nil).load(path).value)
        #expect(theme.name == "small")
        #expect(theme[.person] == Style(fg: .red))
        #expect(theme[.org] == Theme.builtinDefault[.org])
        #expect(theme[.statusLine] == Theme.builtinDefault[.statusLine])
    }

    @Test func extendsAnotherTheme() throws {
        let tmp = try TempFolder()
        try tmp.write("paper.toml", "extends = \"light\"\n[text]\nbg = 230\n")
        let catalog = ThemeCatalog(bundledDirectory: BundledThemes.directory, userDirectory: tmp.path)
        let paper = try #require(catalog.load("paper").value)
        let light = try #require(catalog.load("light").value)
        #expect(paper[.text] == Style(bg: .indexed(230)))
        #expect(paper[.person] == light[.person])
        #expect(paper[.person] != Theme.builtinDefault[.person])
    }

    @Test func aThemeFileByPath() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("dir/odd name.toml", "[text]\nattributes = \"bold\"\n")
        let loaded = ThemeCatalog(bundledDirectory: nil, userDirectory: nil).load(path)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.value?.name == "odd name")
        #expect(loaded.value?[.text].attributes == .bold)
    }

    @Test func loadAllSkipsBrokenThemesAndSaysWhich() throws {
        let tmp = try TempFolder()
        try tmp.write("broken.toml", "[text]\nfg = \"orange\"\n")
        let catalog = ThemeCatalog(bundledDirectory: BundledThemes.directory, userDirectory: tmp.path)
        let all = catalog.loadAll()
        #expect(!all.value.contains { $0.name == "broken" })
        #expect(Set(all.value.map(\.name)) == Set(BundledThemes.names))
        expectOneProblem(all.problems, file: "broken.toml", line: 2, mentioning: "orange")
    }

    @Test func aFolderWrittenAnyWayListsTheSameAbsolutePaths() throws {
        let tmp = try TempFolder()
        try tmp.write("themes/sepia.toml", "[text]\nfg = 94\n")
        try tmp.write("themes/.hidden.toml", "[text]\nfg = 1\n")
        try tmp.write("themes/notes.txt", "not a theme")
        let plain = ThemeCatalog(bundledDirectory: tmp.path + "/themes", userDirectory: nil)
        let sepia = try #require(plain.entry(named: "sepia"))
        #expect(sepia.path == tmp.path + "/themes/sepia.toml")
        #expect(plain.entries.map(\.name) == ["default", "mono", "sepia"])
        // As URL(fileURLWithPath:).appendingPathComponent gives them: a trailing slash
        // dropped, nothing else tidied.
        for folder in ["/themes/", "//themes", "/./themes", "/themes/../themes"].map({ tmp.path + $0 }) {
            let other = ThemeCatalog(bundledDirectory: folder, userDirectory: nil)
            let expected = (folder.hasSuffix("/") ? String(folder.dropLast()) : folder) + "/sepia.toml"
            #expect(other.entry(named: "sepia")?.path == expected, "\(folder)")
            #expect(other.entries.map(\.name) == ["default", "mono", "sepia"])
        }
        #expect(ThemeCatalog(bundledDirectory: tmp.path + "/missing", userDirectory: nil).entries.map(\.name) == ["default", "mono"])
        #expect(ThemeCatalog(bundledDirectory: tmp.path + "/themes/notes.txt", userDirectory: nil).entries.map(\.name) == ["default", "mono"])
    }

    @Test func themeNamesComeFromTheLastPathComponent() {
        #expect(ThemeLoader.themeName(forPath: "themes/high-contrast.toml") == "high-contrast")
        #expect(ThemeLoader.themeName(forPath: "/a/b/sepia.toml") == "sepia")
        #expect(ThemeLoader.themeName(forPath: "sepia.toml") == "sepia")
        #expect(ThemeLoader.themeName(forPath: "/a/dark/") == "dark")
        #expect(ThemeLoader.themeName(forPath: "/a/b.toml/.") == ".")
        #expect(ThemeLoader.themeName(forPath: "a//") == "a")
        #expect(ThemeLoader.themeName(forPath: "/") == "/")
    }
}