import BylineKit
import BylineTestSupport
import BylineUI
import Foundation
import Testing

@Suite("What the reader remembers between sessions")
struct ReaderMemoryTests {
    @Test("saved 0600 in a 0700 folder and read back")
    func roundTrip() throws {
        let home = try TempFolder()
        let path = ReaderMemory.defaultPath(environment: ["HOME": home.path])
        #expect(path == home.path + "/.local/state/byline/reader.toml")
        #expect(ReaderMemory(theme: "light", listWidth: 36, sidebarWidth: 44).save(path: path) == nil)
        #expect(ReaderMemory.load(path: path) == ReaderMemory(theme: "light", listWidth: 36, sidebarWidth: 44))
        var file = stat(), folder = stat()
        #expect(stat(path, &file) == 0 && file.st_mode & 0o777 == 0o600)
        #expect(stat(home.path + "/.local/state/byline", &folder) == 0 && folder.st_mode & 0o777 == 0o700)
    }

    @Test("a missing, malformed or hostile file is no memory at all")
    func badFiles() throws {
        let home = try TempFolder()
        #expect(ReaderMemory.load(path: home.path + "/none.toml") == ReaderMemory())
        let bad = try home.write("bad.toml", "theme = [unclosed")
        #expect(ReaderMemory.load(path: bad) == ReaderMemory())
        let hostile = try home.write("hostile.toml", "theme = \"x\\u001B]52;c;AAAA\\u0007\"\nlist_width = 3\n")
        #expect(ReaderMemory.load(path: hostile) == ReaderMemory())
    }

    @Test("the remembered theme starts the reader unless --theme, the configuration file or NO_COLOR says otherwise")
    func rememberedTheme() throws {
        let home = try TempFolder()
        let plain = ReaderSettings.load(bundledThemes: BundledThemes.directory, environment: ["HOME": home.path], remembered: "light")
        #expect(plain.themes.first?.name == "light")
        let option = ReaderSettings.load(theme: "mono", bundledThemes: BundledThemes.directory, environment: ["HOME": home.path], remembered: "light")
        #expect(option.themes.first?.name == "mono")
        let noColor = ReaderSettings.load(bundledThemes: BundledThemes.directory, environment: ["HOME": home.path, "NO_COLOR": "1"], remembered: "light")
        #expect(noColor.themes.first?.name == "mono")
        let gone = ReaderSettings.load(bundledThemes: BundledThemes.directory, environment: ["HOME": home.path], remembered: "deleted-theme")
        #expect(gone.themes.first?.name == "default" && gone.problems.isEmpty)
    }

    @Test("T and + ask the host to remember")
    func effects() {
        var s = ReaderState(articles: [ScreenSamples.news], themes: [.builtinDefault, .builtinMonochrome], width: 120, height: 24)
        _ = s.takeEffects()
        s.handle(.character("T"))
        #expect(s.takeEffects() == [.preferencesChanged])
        s.handle(.character("+"))
        #expect(s.takeEffects() == [.preferencesChanged])
    }
}
