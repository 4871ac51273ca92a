import BylineTestSupport
import BylineUI
import Testing

@Suite("Bundled themes")
struct ThemeBundledTests {
    let catalog = ThemeCatalog(bundledDirectory: BundledThemes.directory, userDirectory: nil)

    @Test func theFiveRequiredThemesAreBundled() {
        for name in ["default", "light", "basic16", "high-contrast", "mono"] {
            #expect(BundledThemes.names.contains(name), "themes/\(name).toml is missing")
            #expect(catalog.entry(named: name)?.origin == .bundled)
        }
    }

    @Test(arguments: BundledThemes.names)
    func loadsAndStylesEveryElement(name: String) throws {
        let definition = catalog.definition(name)
        #expect(definition.problems.isEmpty, "\(definition.problems)")
        let styles = try #require(definition.value).styles
        let missing = ThemeElement.allCases.filter { styles[$0] == nil }
        #expect(missing.isEmpty, "themes/\(name).toml names no style for \(missing.map(\.rawValue))")
        let loaded = catalog.load(name)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.value?.name == name)
        #expect(definition.value?.description?.isEmpty == false, "themes/\(name).toml has no description")
    }

    @Test func defaultFileEqualsTheCompiledInDefault() throws {
        let theme = try #require(catalog.definition("default").value)
        #expect(theme.name == Theme.builtinDefault.name)
        for element in ThemeElement.allCases {
            #expect(theme.styles[element] == Theme.builtinDefault.styles[element], "\(element.rawValue)")
        }
        #expect(catalog.load("default").value == Theme.builtinDefault)
    }

    @Test func monoFileEqualsTheCompiledInMonochrome() throws {
        #expect(catalog.load("mono").value == Theme.builtinMonochrome)
    }

    @Test func monoUsesNoColour() throws {
        let mono = try #require(catalog.load("mono").value)
        for element in ThemeElement.allCases {
            #expect(mono[element].fg == .default && mono[element].bg == .default, "\(element.rawValue)")
        }
    }

    @Test func basic16UsesOnlyTheSixteenBasicColours() throws {
        let theme = try #require(catalog.load("basic16").value)
        for element in ThemeElement.allCases {
            for color in [theme[element].fg, theme[element].bg] {
                if case .indexed(let i) = color { #expect(i < 16, "\(element.rawValue)") }
                if case .rgb = color { Issue.record("\(element.rawValue) is RGB") }
            }
        }
    }

    /// Entity types must stay apart on screen: no two share a style in any theme, and at
    /// every colour depth (monochrome included, which keeps attributes only) no two look
    /// the same and none looks like plain text.
    @Test(arguments: BundledThemes.names)
    func entityTypesLookDifferent(name: String) throws {
        let theme = try #require(catalog.load(name).value)
        let entities = ThemeElement.entityTypes
        let styles = entities.map { theme[$0] }
        #expect(Set(styles).count == entities.count, "\(name): two entity types share a style")
        for depth in [ColorDepth.monochrome, .ansi8, .ansi16, .indexed256] {
            let shown = theme.downsampled(to: depth)
            let entityStyles = entities.map { shown[$0] }
            #expect(Set(entityStyles).count == entities.count, "\(name): two entity types look the same at \(depth)")
            #expect(!entityStyles.contains(shown[.text]), "\(name): an entity type looks like text at \(depth)")
        }
        #expect(theme[.chosen] != theme[.text] && theme[.searchMatch] != theme[.text])
        #expect(theme[.listSelection] != theme[.listItem])
    }

    @Test func withoutAThemesFolderTheCompiledInThemesRemain() {
        let bare = ThemeCatalog(bundledDirectory: nil, userDirectory: nil)
        #expect(bare.entries.map(\.name) == ["default", "mono"])
        #expect(bare.entries.allSatisfy { $0.origin == .builtin })
        #expect(bare.load("default").value == Theme.builtinDefault)
        #expect(bare.load("mono").value == Theme.builtinMonochrome)
    }
}
