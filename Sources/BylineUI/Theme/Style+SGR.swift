extension Style {
    /// The SGR escape sequence that draws text in this style on a terminal of `depth`,
    /// starting from a reset, so styles never leak into each other. For printing
    /// samples outside curses (`byline themes`); the reader draws through its backend.
    ///
    /// ```swift
    /// Style(fg: .indexed(117), attributes: .bold).sgr(depth: .indexed256)  // "\u{1B}[0;1;38;5;117m"
    /// Style(fg: .brightRed).sgr(depth: .ansi16)                           // "\u{1B}[0;91m"
    /// Style(fg: .red, attributes: .underline).sgr(depth: .monochrome)     // "\u{1B}[0;4m"
    /// ```
    package func sgr(depth: ColorDepth) -> String {
        let style = downsampled(to: depth)
        var codes = ["0"]
        let attributeCodes: [(Attributes, String)] = [(.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7")]
        for (a, code) in attributeCodes where style.attributes.contains(a) { codes.append(code) }
        if let fg = Style.sgrCode(style.fg, background: false) { codes.append(fg) }
        if let bg = Style.sgrCode(style.bg, background: true) { codes.append(bg) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// Resets every attribute and colour.
    package static let sgrReset = "\u{1B}[0m"

    private static func sgrCode(_ color: Color, background: Bool) -> String? {
        switch color {
        case .default: return nil
        case .indexed(let i) where i < 8: return String((background ? 40 : 30) + Int(i))
        case .indexed(let i) where i < 16: return String((background ? 100 : 90) + Int(i) - 8)
        case .indexed(let i): return "\(background ? 48 : 38);5;\(i)"
        case .rgb(let r, let g, let b): return "\(background ? 48 : 38);2;\(r);\(g);\(b)"
        }
    }
}
