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
    public func downsampled(to depth: ColorDepth) -> Style {
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
    /// Every style downsampled to `depth` (see ``Style/downsampled(to:)``).
    public func downsampled(to depth: ColorDepth) -> Theme {
        Theme(name: name, styles: styles.mapValues { $0.downsampled(to: depth) })
    }
}
