/// A named set of styles, one per ``ThemeElement``.
///
/// ```swift
/// let theme = Theme.builtinDefault
/// theme[.person]   // Style(fg: .indexed(117))
/// ```
package struct Theme: Sendable, Hashable {
    package var name: String
    package var styles: [ThemeElement: Style]

    package init(name: String, styles: [ThemeElement: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style of an element; `.text`'s style for an element the theme leaves out.
    package subscript(element: ThemeElement) -> Style {
        styles[element] ?? styles[.text] ?? .plain
    }

    /// The theme compiled into Byline, used when no theme file can be read: a dark
    /// theme whose entity types differ by colour alone (no attribute to switch on and
    /// off around every name); ``downsampled(to:)`` adds attributes where colour
    /// cannot tell them apart. `themes/default.toml` gives the same styles.
    package static let builtinDefault = Theme(name: "default", styles: [
        .text: Style(),
        .headline: Style(fg: .brightWhite, attributes: .bold),
        .date: Style(fg: .indexed(244)),
        .caption: Style(fg: .indexed(250), attributes: .italic),
        .credit: Style(fg: .indexed(244), attributes: .dim),
        .quotation: Style(fg: .indexed(186)),
        .person: Style(fg: .indexed(117)),
        .org: Style(fg: .indexed(214)),
        .place: Style(fg: .indexed(114)),
        .norp: Style(fg: .indexed(176)),
        .dateEntity: Style(fg: .indexed(180)),
        .chosen: Style(fg: .black, bg: .indexed(220)),
        .searchMatch: Style(fg: .black, bg: .indexed(208)),
        .border: Style(fg: .indexed(240)),
        .focusedBorder: Style(fg: .brightCyan, attributes: .bold),
        .listItem: Style(),
        .listSelection: Style(attributes: .reverse),
        .sidebar: Style(fg: .indexed(252)),
        .sidebarHeading: Style(attributes: [.bold, .underline]),
        // Reverse video, not a colour pair: fewer bytes per line scrolled; the
        // position, rewritten on every line scrolled, plain.
        .statusLine: Style(attributes: .reverse),
        .statusPosition: Style(),
        .prompt: Style(attributes: [.reverse, .bold]),
        .help: Style(),
        .helpKey: Style(fg: .indexed(117), attributes: .bold),
    ])

    /// Attributes only, for NO_COLOR and monochrome terminals. `themes/mono.toml` gives
    /// the same styles.
    package static let builtinMonochrome = Theme(name: "mono", styles: [
        .text: Style(),
        .headline: Style(attributes: .bold),
        .date: Style(attributes: .dim),
        .caption: Style(attributes: .italic),
        .credit: Style(attributes: .dim),
        .quotation: Style(attributes: .italic),
        .person: Style(attributes: .bold),
        .org: Style(attributes: .underline),
        .place: Style(attributes: [.bold, .underline]),
        .norp: Style(attributes: [.italic, .underline]),
        .dateEntity: Style(attributes: .dim),
        .chosen: Style(attributes: .reverse),
        .searchMatch: Style(attributes: [.reverse, .underline]),
        .border: Style(),
        .focusedBorder: Style(attributes: .bold),
        .listItem: Style(),
        .listSelection: Style(attributes: .reverse),
        .sidebar: Style(),
        .sidebarHeading: Style(attributes: [.bold, .underline]),
        .statusLine: Style(attributes: .reverse),
        .statusPosition: Style(),
        .prompt: Style(attributes: [.reverse, .bold]),
        .help: Style(),
        .helpKey: Style(attributes: .bold),
    ])
}
