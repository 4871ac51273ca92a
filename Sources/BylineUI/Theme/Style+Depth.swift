extension Style {
    /// The style as a terminal of `depth` shows it: colours downsampled (see
    /// ``Color/downsampled(to:)``), and two fixes so that nothing disappears:
    ///
    /// - without colour, a style that marks its cells with a background (a highlight,
    ///   the status line) is drawn reversed instead;
    /// - when foreground and background become the same colour, the foreground becomes
    ///   black or white, whichever stands out.
    ///
    /// ```swift
    /// Style(fg: .black, bg: .indexed(220)).downsampled(to: .monochrome)
    /// // Style(attributes: .reverse)
    /// Style(fg: .indexed(236), bg: .indexed(234)).downsampled(to: .ansi16)
    /// // Style(fg: .indexed(15), bg: .indexed(0))
    /// ```
    package func downsampled(to depth: ColorDepth) -> Style {
        var style = Style(fg: fg.downsampled(to: depth), bg: bg.downsampled(to: depth), attributes: attributes)
        if depth == .monochrome, bg != .default, !attributes.contains(.reverse) {
            style.attributes.insert(.reverse)
        }
        if style.fg == style.bg, case .indexed(let i) = style.bg {
            let (r, g, b) = Color.rgbOf(i)
            let light = 299 * Int(r) + 587 * Int(g) + 114 * Int(b) > 128_000
            style.fg = light ? .black : (depth == .ansi8 ? .white : .brightWhite)
        }
        return style
    }
}

extension Theme {
    /// Every style downsampled to `depth` (see ``Style/downsampled(to:)``), with the
    /// monochrome theme's attributes wherever colour no longer tells elements apart:
    ///
    /// - when two entity types would look the same, or one like plain text, every
    ///   entity type takes the attributes of ``builtinMonochrome`` in place of its own
    ///   (person bold, organisation underlined, …; its colours stay), so types stay
    ///   apart at any depth;
    /// - any other element that would look like plain text but is styled in the theme
    ///   (a quotation, a date) adds its monochrome attributes.
    ///
    /// ```swift
    /// let shown = Theme.builtinDefault.downsampled(to: .monochrome)
    /// shown[.person]     // Style(attributes: .bold): colour 117 is gone
    /// shown[.quotation]  // Style(attributes: .italic)
    /// Theme.builtinDefault.downsampled(to: .indexed256)[.person]  // Style(fg: .indexed(117))
    /// ```
    package func downsampled(to depth: ColorDepth) -> Theme {
        var shown = styles.mapValues { $0.downsampled(to: depth) }
        let text = shown[.text] ?? .plain
        let mono = Theme.builtinMonochrome
        let entities = ThemeElement.entityTypes
        let entityStyles = entities.map { shown[$0] ?? text }
        if Set(entityStyles).count < entities.count || entityStyles.contains(text) {
            for (element, style) in zip(entities, entityStyles) {
                shown[element] = Style(fg: style.fg, bg: style.bg, attributes: mono[element].attributes)
            }
        }
        for element in ThemeElement.allCases where !entities.contains(element) && element != .text {
            if let own = styles[element], own != styles[.text], let style = shown[element], style == text {
                shown[element] = Style(fg: style.fg, bg: style.bg, attributes: style.attributes.union(mono[element].attributes))
            }
        }
        return Theme(name: name, styles: shown)
    }
}
