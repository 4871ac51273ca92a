import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// The documentation lists what the code accepts, so a new action or element cannot
/// be left out of it.
@Suite("Configuration and theme documentation")
struct ConfigDocumentationTests {
    func read(_ relative: String) throws -> String {
        try String(contentsOf: Fixtures.root.appendingPathComponent(relative), encoding: .utf8)
    }

    @Test func everyActionIsInTheConfigurationGuide() throws {
        let doc = try read("docs/configuration.md")
        for action in Action.allCases {
            #expect(doc.contains("| `\(action.rawValue)` |"), "docs/configuration.md does not list \(action.rawValue)")
        }
    }

    @Test func everyElementIsInTheThemeGuide() throws {
        let doc = try read("themes/README.md")
        for element in ThemeElement.allCases {
            #expect(doc.contains("`\(element.rawValue)`"), "themes/README.md does not list \(element.rawValue)")
        }
    }

    @Test func theExampleConfigurationInTheGuideLoads() throws {
        let doc = try read("docs/configuration.md")
        let start = try #require(doc.range(of: "```toml\n"))
        let end = try #require(doc.range(of: "```", range: start.upperBound..<doc.endIndex))
        let loaded = ConfigLoader.parse(String(doc[start.upperBound..<end.lowerBound]), file: "example")
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        #expect(loaded.value.theme == "light" && loaded.value.maxTextWidth == 72)
    }

    @Test func theExampleThemeInTheGuideLoads() throws {
        let doc = try read("themes/README.md")
        let start = try #require(doc.range(of: "```toml\n"))
        let end = try #require(doc.range(of: "```", range: start.upperBound..<doc.endIndex))
        let catalog = ThemeCatalog(bundledDirectory: BundledThemes.directory, userDirectory: nil)
        let tmp = try TempFolder()
        let path = try tmp.write("sepia.toml", String(doc[start.upperBound..<end.lowerBound]))
        let loaded = catalog.load(path)
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        #expect(loaded.value?[.text].bg == .rgb(0xfd, 0xf6, 0xe3))
    }
}
