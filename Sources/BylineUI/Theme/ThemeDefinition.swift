/// A theme as its file gives it, before the elements it leaves out are filled in from
/// the theme it `extends` (see ``ThemeCatalog``).
package struct ThemeDefinition: Sendable, Hashable {
    /// The theme's name: the file name without `.toml`.
    package var name: String
    /// The file's `description`, one line for `byline themes`.
    package var description: String?
    /// The theme whose styles fill in the elements this one leaves out; nil for the
    /// built-in default.
    package var extends: String?
    /// The styles the file gives.
    package var styles: [ThemeElement: Style]
    /// Where it was read from.
    package var file: String?
    /// The line of `extends` in the file, for problems with it.
    var extendsLine: Int?

    package init(name: String, description: String? = nil, extends: String? = nil,
                styles: [ThemeElement: Style], file: String? = nil) {
        self.name = name
        self.description = description
        self.extends = extends
        self.styles = styles
        self.file = file
    }

    /// The theme, with the elements this definition leaves out taken from `base`.
    package func theme(over base: Theme) -> Theme {
        Theme(name: name, styles: base.styles.merging(styles) { _, own in own })
    }
}
