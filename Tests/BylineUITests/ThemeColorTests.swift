import BylineTestSupport
@testable import BylineUI
import Testing

@Suite("Colours in theme files and on terminals with fewer colours")
struct ThemeColorTests {
    @Test func colourSpecs() {
        #expect(Color(spec: "red") == .red)
        #expect(Color(spec: "Bright_Red") == .brightRed)
        #expect(Color(spec: "bright red") == .brightRed)
        #expect(Color(spec: "grey") == .brightBlack)
        #expect(Color(spec: "default") == .default)
        #expect(Color(spec: "0") == .indexed(0))
        #expect(Color(spec: "255") == .indexed(255))
        #expect(Color(spec: "#ff8700") == .rgb(255, 135, 0))
        #expect(Color(spec: "#FF8700") == .rgb(255, 135, 0))
        #expect(Color(spec: "#f80") == .rgb(255, 136, 0))
    }

    @Test(arguments: ["orange", "256", "-1", "#ff870", "#gg0000", "", "#", "rgb(1,2,3)", "١٢"])
    func badColourSpecs(spec: String) {
        #expect(Color(spec: spec) == nil)
    }

    @Test func specRoundTrips() {
        let colors: [Color] = [.default, .red, .brightWhite, .indexed(16), .indexed(208), .indexed(255), .rgb(0, 10, 255)]
        for c in colors { #expect(Color(spec: c.spec) == c, "\(c.spec)") }
        #expect(Color.rgb(0, 10, 255).spec == "#000aff")
        #expect(Color.brightCyan.spec == "bright-cyan")
    }

    @Test func spacesAroundAColourOrAttributeAreIgnoredAsFoundationTrimsThem() {
        // CharacterSet.whitespaces: tab, space, no-break and the other Unicode spaces,
        // and U+200B; not line breaks.
        #expect(Color(spec: " \tred\u{00A0}") == .red)
        #expect(Color(spec: "\u{2003}#f80\u{200B}") == .rgb(255, 136, 0))
        #expect(Color(spec: "\u{3000}208 ") == .indexed(208))
        #expect(Color(spec: " \u{2007}\t ") == nil)
        #expect(Color(spec: "red\n") == nil)
        #expect(Color(spec: "\u{2028}red") == nil)
        #expect(Attributes(name: "\u{202F}Bold\t") == .bold)
        #expect(Attributes(name: "bold\r") == nil)
        // A combining mark after a trimmed space stays (trimming is by scalar).
        #expect(Color(spec: " \u{0301}red") == nil)
    }

    @Test func attributeNames() {
        #expect(Attributes(name: "Bold") == .bold)
        #expect(Attributes(name: "blink") == nil)
        #expect(Attributes([.underline, .bold, .reverse]).names == ["bold", "underline", "reverse"])
    }

    // MARK: nearest colours

    @Test func exactCubeAndGreyColoursMapToThemselves() {
        for i in 16...255 {
            let (r, g, b) = Color.rgbOf(UInt8(i))
            let mapped = Color.rgb(r, g, b).downsampled(to: .indexed256)
            #expect(mapped.downsampledRGB == [r, g, b], "index \(i) → \(mapped)")
        }
        #expect(Color.rgb(255, 0, 0).downsampled(to: .indexed256) == .indexed(196))
        #expect(Color.rgb(128, 128, 128).downsampled(to: .indexed256) == .indexed(244))
        #expect(Color.rgb(0, 0, 0).downsampled(to: .indexed256) == .indexed(16))
    }

    @Test func rgbGoesToTheClosestOf256() {
        // Between cube levels 95 and 135: 110 is nearer 95.
        #expect(Color.rgb(110, 0, 0).downsampled(to: .indexed256) == .indexed(52))
        // A near grey goes to the grey ramp, not the cube's coarser greys.
        #expect(Color.rgb(100, 101, 99).downsampled(to: .indexed256) == .indexed(241))
        // Every RGB value maps into 16–255, whose RGB values terminals agree on.
        for r in stride(from: 0, through: 255, by: 51) {
            for g in stride(from: 0, through: 255, by: 51) {
                if case .indexed(let i) = Color.rgb(UInt8(r), UInt8(g), 200).downsampled(to: .indexed256) { #expect(i >= 16) }
            }
        }
    }

    @Test func basicColoursKeepTheirHue() {
        // Dark red is nearer black by distance, but must stay red.
        #expect(Color.rgb(95, 0, 0).downsampled(to: .ansi16) == .red)
        #expect(Color.indexed(22).downsampled(to: .ansi16) == .green)        // dark green
        #expect(Color.indexed(214).downsampled(to: .ansi8) == .yellow)       // orange
        #expect(Color.indexed(117).downsampled(to: .ansi16) == .brightCyan) // light blue
        // Greys stay grey.
        #expect(Color.indexed(244).downsampled(to: .ansi16) == .brightBlack)
        #expect(Color.indexed(252).downsampled(to: .ansi16) == .white)
        #expect(Color.indexed(234).downsampled(to: .ansi16) == .black)
    }

    @Test func brightColoursOnEightColourTerminals() {
        #expect(Color.brightRed.downsampled(to: .ansi8) == .red)
        #expect(Color.brightBlue.downsampled(to: .ansi8) == .blue)
        #expect(Color.brightWhite.downsampled(to: .ansi8) == .white)
        // Grey must not become black: it would vanish on a dark background.
        #expect(Color.brightBlack.downsampled(to: .ansi8) == .white)
        for i in 0...255 {
            if case .indexed(let j) = Color.indexed(UInt8(i)).downsampled(to: .ansi8) { #expect(j < 8) }
            if case .indexed(let j) = Color.indexed(UInt8(i)).downsampled(to: .ansi16) { #expect(j < 16) }
        }
    }

    @Test func noColourWithoutColours() {
        #expect(Color.rgb(1, 2, 3).downsampled(to: .monochrome) == .default)
        #expect(Color.red.downsampled(to: .monochrome) == .default)
        #expect(Color.default.downsampled(to: .ansi8) == .default)
    }

    @Test func highlightsStayVisibleWithoutColour() {
        let chosen = Style(fg: .black, bg: .indexed(220))
        #expect(chosen.downsampled(to: .monochrome) == Style(attributes: .reverse))
        #expect(Style(fg: .red, attributes: .bold).downsampled(to: .monochrome) == Style(attributes: .bold))
    }

    @Test func defaultThemeMarksNamesByColourAloneWhereColoursTellThemApart() {
        let shown = Theme.builtinDefault.downsampled(to: .indexed256)
        for element in ThemeElement.entityTypes {
            #expect(shown[element].attributes.isEmpty, "\(element.rawValue): \(shown[element])")
            #expect(shown[element].fg != .default)
        }
    }

    @Test func entityTypesTakeMonochromeAttributesWhereColoursCannotTellThemApart() {
        let mono = Theme.builtinDefault.downsampled(to: .monochrome)
        for element in ThemeElement.entityTypes {
            #expect(mono[element] == Theme.builtinMonochrome[element], "\(element.rawValue): \(mono[element])")
        }
        // Styled elements that would vanish into the text take their attributes too.
        #expect(mono[.quotation] == Style(attributes: .italic))
        #expect(mono[.date] == Style(attributes: .dim))
        #expect(mono[.text] == Style())
        // Two types of the same colour: every type gets its attributes, colour kept.
        var styles = Theme.builtinDefault.styles
        styles[.org] = Style(fg: .indexed(117))
        let clash = Theme(name: "clash", styles: styles).downsampled(to: .indexed256)
        #expect(clash[.person] == Style(fg: .indexed(117), attributes: .bold))
        #expect(clash[.org] == Style(fg: .indexed(117), attributes: .underline))
        #expect(clash[.place] == Style(fg: .indexed(114), attributes: [.bold, .underline]))
        // A theme's own attributes give way: mixed with the monochrome ones, two types
        // could still end up alike (bold + bold-underline vs bold-underline).
        styles[.person] = Style(fg: .indexed(117), attributes: [.bold, .underline])
        styles[.org] = Style(fg: .indexed(214), attributes: .bold)
        let replaced = Theme(name: "replaced", styles: styles).downsampled(to: .monochrome)
        #expect(replaced[.person] == Style(attributes: .bold))
        #expect(replaced[.org] == Style(attributes: .underline))
    }

    @Test func textNeverTakesItsBackgroundColour() {
        let style = Style(fg: .indexed(236), bg: .indexed(234)).downsampled(to: .ansi16)
        #expect(style.fg != style.bg)
        #expect(style.bg == .black)
        let light = Style(fg: .indexed(255), bg: .indexed(254)).downsampled(to: .ansi8)
        #expect(light.fg == .black)
    }

    @Test(arguments: ["default", "light", "basic16", "high-contrast"])
    func bundledThemesKeepTextReadableAtEveryDepth(name: String) throws {
        let catalog = ThemeCatalog(bundledDirectory: BundledThemes.directory, userDirectory: nil)
        let theme = try #require(catalog.load(name).value)
        for depth in [ColorDepth.ansi8, .ansi16, .indexed256] {
            for (element, style) in theme.downsampled(to: depth).styles where style.fg != .default {
                #expect(style.fg != style.bg, "\(name) \(element.rawValue) at \(depth)")
            }
        }
    }

    // MARK: SGR for `byline themes`

    @Test func sgrSequences() {
        #expect(Style(fg: .indexed(117), attributes: .bold).sgr(depth: .indexed256) == "\u{1B}[0;1;38;5;117m")
        #expect(Style(fg: .brightRed).sgr(depth: .ansi16) == "\u{1B}[0;91m")
        #expect(Style(fg: .black, bg: .yellow).sgr(depth: .ansi8) == "\u{1B}[0;30;43m")
        #expect(Style(fg: .rgb(255, 0, 0), bg: .brightBlue).sgr(depth: .indexed256) == "\u{1B}[0;38;5;196;104m")
        #expect(Style(fg: .red, attributes: [.underline, .italic]).sgr(depth: .monochrome) == "\u{1B}[0;3;4m")
        #expect(Style.plain.sgr(depth: .indexed256) == "\u{1B}[0m")
    }
}

extension Color {
    /// The RGB a terminal shows for an indexed colour (for comparing mappings).
    fileprivate var downsampledRGB: [UInt8] {
        if case .indexed(let i) = self { let (r, g, b) = Color.rgbOf(i); return [r, g, b] }
        return []
    }
}
