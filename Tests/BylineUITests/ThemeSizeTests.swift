import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// Theme and configuration files far larger than any real one: refused or reported
/// with a message naming the file, in time linear in their size
/// (`scripts/config-scaling.py` prints the times).
@Suite("Oversized theme and configuration files")
struct ThemeSizeTests {
    @Test("a theme of 20,000 elements is refused with one problem naming the file; the reader starts with the default theme and says why")
    func tooManyElements() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("huge.toml", (0..<20_000).map { "[e\($0)]\nfg = \"red\"\n" }.joined())
        let loaded = ThemeLoader.load(path: path)
        #expect(loaded.value == nil)
        #expect(loaded.problems.count == 1)
        #expect(loaded.problems.first?.description == "\(path): 20000 elements; a theme has at most \(ThemeLoader.maximumElements) (Byline draws \(ThemeElement.allCases.count)), so this file is not read")
        let settings = ReaderSettings.load(theme: path, bundledThemes: BundledThemes.directory, environment: ["HOME": tmp.path])
        #expect(settings.themes.first?.name == "default")
        #expect(settings.statusMessage == "Using the default theme: huge.toml: 20000 elements; a theme has at most \(ThemeLoader.maximumElements) (Byline draws \(ThemeElement.allCases.count)), so this file is not read")
    }

    @Test("a theme with hundreds of problems lists the first 50 and says there are more")
    func manyProblems() throws {
        let text = "[text]\n" + (0..<300).map { "k\($0) = \"red\"" }.joined(separator: "\n")
        let loaded = ThemeLoader.parse(text, name: "noisy", file: "noisy.toml")
        #expect(loaded.value == nil)
        #expect(loaded.problems.count == ThemeLoader.maximumProblems + 1)
        #expect(loaded.problems.first?.line == 2)
        #expect(loaded.problems.last?.message.hasPrefix("more problems not listed") == true)
    }

    @Test("a theme or configuration file over 1 MB is not read, and the message says why")
    func tooLarge() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("big.toml", "description = \"" + String(repeating: "x", count: 2 << 20) + "\"\n")
        let loaded = ThemeLoader.load(path: path)
        #expect(loaded.value == nil)
        #expect(loaded.problems.first?.description.hasPrefix("\(path): is \(2 << 20 + 17) bytes; a theme or configuration file is at most") == true,
                "\(loaded.problems)")
        let config = ConfigLoader.load(path: path)
        #expect(config.problems.first?.message.contains("is at most 1048576 bytes") == true)
    }

    @Test("1,000 unknown actions: the first 50 are reported at their own lines, the rest counted")
    func manyConfigProblems() {
        let text = "[keys]\n" + (0..<1000).map { "action\($0) = \"x\"" }.joined(separator: "\n") + "\n"
        let loaded = ConfigLoader.parse(text, file: "config.toml")
        #expect(loaded.problems.count == ConfigLoader.maximumProblems + 1)
        #expect(loaded.problems.prefix(ConfigLoader.maximumProblems).enumerated().allSatisfy {
            $0.element.line == $0.offset + 2 && $0.element.message.hasPrefix("unknown action 'action\($0.offset)'")
        })
        #expect(loaded.problems.last?.description == "config.toml: 950 more problems not listed (at most 50 are)")
    }
}
