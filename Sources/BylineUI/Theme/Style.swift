/// Text attributes that work without colour.
package struct Attributes: OptionSet, Sendable, Hashable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    package static let bold = Attributes(rawValue: 1 << 0)
    package static let underline = Attributes(rawValue: 1 << 1)
    package static let reverse = Attributes(rawValue: 1 << 2)
    package static let italic = Attributes(rawValue: 1 << 3)
    package static let dim = Attributes(rawValue: 1 << 4)
}

/// How a cell is drawn: foreground, background and attributes.
///
/// ```swift
/// Style(fg: .yellow, attributes: .bold)
/// ```
package struct Style: Sendable, Hashable {
    package var fg: Color
    package var bg: Color
    package var attributes: Attributes

    package init(fg: Color = .default, bg: Color = .default, attributes: Attributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    package static let plain = Style()
}
