import BylineTestSupport
import BylineUI
import Testing

/// Each bad theme gets one message naming the file, the line and what is wrong.
@Suite("Bad theme files")
struct ThemeProblemTests {
    func load(_ text: String) throws -> (Loaded<Theme?>, TempFolder) {
        let tmp = try TempFolder()
        let path = try tmp.write("bad.toml", text)
        return (ThemeCatalog(bundledDirectory: BundledThemes.directory, userDirectory: nil).load(path), tmp)
    }

    @Test func colourThatDoesNotParse() throws {
        let (loaded, _) = try load("description = \"x\"\n\n[PERSON]\nfg = \"orange\"\n")
        #expect(loaded.value == nil)
        expectOneProblem(loaded.problems, file: "bad.toml", line: 4, mentioning: "PERSON.fg", "'orange' is not a colour")
    }

    @Test func colourIndexOutOfRange() throws {
        let (loaded, _) = try load("[text]\nbg = 300\n")
        expectOneProblem(loaded.problems, file: "bad.toml", line: 2, mentioning: "300", "0–255")
    }

    @Test func badHexColourInAnInlineTable() throws {
        let (loaded, _) = try load("text = {}\nheadline = { fg = \"#12345\", attributes = [\"bold\"] }\n")
        expectOneProblem(loaded.problems, file: "bad.toml", line: 2, mentioning: "headline.fg", "#12345")
    }

    @Test func unknownElement() throws {
        let (loaded, _) = try load("[text]\n\n[persn]\nfg = \"red\"\n")
        expectOneProblem(loaded.problems, file: "bad.toml", line: 3, mentioning: "unknown element 'persn'", "PERSON")
    }

    @Test func unknownKeyInAStyle() throws {
        let (loaded, _) = try load("[ORG]\nfg = \"red\"\nforeground = \"blue\"\n")
        expectOneProblem(loaded.problems, file: "bad.toml", line: 3, mentioning: "unknown key 'foreground'", "[ORG]")
    }

    @Test func unknownAttributeInAMultiLineArray() throws {
        let (loaded, _) = try load("[ORG]\nattributes = [\n  \"bold\",\n  \"blink\",\n]\n")
        expectOneProblem(loaded.problems, file: "bad.toml", line: 4, mentioning: "unknown attribute 'blink'")
    }

    @Test func elementThatIsNotATable() throws {
        let (loaded, _) = try load("headline = \"bold\"\n")
        expectOneProblem(loaded.problems, file: "bad.toml", line: 1, mentioning: "'headline' must be a table")
    }

    @Test func tomlSyntaxError() throws {
        let (loaded, _) = try load("[text]\nfg = \"red\"\n\n[headline\nfg = 1\n")
        expectOneProblem(loaded.problems, file: "bad.toml", line: 4, mentioning: "TOML syntax error")
        #expect(loaded.problems.first?.column != nil)
    }

    @Test func duplicateElementIsASyntaxError() throws {
        let (loaded, _) = try load("[text]\nfg = \"red\"\n[text]\nfg = \"blue\"\n")
        #expect(loaded.value == nil)
        #expect(loaded.problems.first?.line == 3)
    }

    @Test func missingFile() {
        let loaded = ThemeCatalog(bundledDirectory: nil, userDirectory: nil).load("/nonexistent/theme.toml")
        expectOneProblem(loaded.problems, file: "/nonexistent/theme.toml", line: nil, mentioning: "no such file")
    }

    @Test func unknownThemeName() {
        let loaded = ThemeCatalog(bundledDirectory: BundledThemes.directory, userDirectory: nil).load("ligth")
        expectOneProblem(loaded.problems, file: "--theme", line: nil, mentioning: "no theme named 'ligth'", "did you mean 'light'")
    }

    @Test func notUTF8() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("latin1.toml", Data([0x5B, 0x74, 0x65, 0x78, 0x74, 0x5D, 0x0A, 0xE9, 0xFF]))
        let loaded = ThemeCatalog(bundledDirectory: nil, userDirectory: nil).load(path)
        expectOneProblem(loaded.problems, file: "latin1.toml", line: nil, mentioning: "not UTF-8")
    }

    @Test func extendsAnUnknownTheme() throws {
        let (loaded, _) = try load("# mine\nextends = \"nope\"\n")
        #expect(loaded.value == nil)
        #expect(loaded.problems.first?.line == 2)
        #expect(loaded.problems.first?.file.hasSuffix("bad.toml") == true)
        #expect(loaded.problems.first?.message.contains("no theme named 'nope'") == true)
    }

    @Test func themesThatExtendEachOther() throws {
        let tmp = try TempFolder()
        try tmp.write("a.toml", "extends = \"b\"\n")
        try tmp.write("b.toml", "\nextends = \"a\"\n")
        let loaded = ThemeCatalog(bundledDirectory: nil, userDirectory: tmp.path).load("a")
        #expect(loaded.value == nil)
        #expect(loaded.problems.contains { $0.message.contains("loop") && $0.line != nil })
    }

    @Test func everyProblemInAFileIsReported() throws {
        let (loaded, _) = try load("[text]\nfg = \"nope\"\nbg = \"nada\"\n[zzz]\n")
        #expect(loaded.problems.map(\.line) == [2, 3, 4])
    }
}

import Foundation
