/// A terminal colour, independent of any terminal: the terminal's default, one of the
/// 256 indexed colours (0–15 are the basic ANSI colours), or an RGB value that the
/// backend maps to the nearest colour the terminal can show.
package enum Color: Sendable, Hashable {
    case `default`
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    package static let black = Color.indexed(0), red = Color.indexed(1), green = Color.indexed(2),
        yellow = Color.indexed(3), blue = Color.indexed(4), magenta = Color.indexed(5),
        cyan = Color.indexed(6), white = Color.indexed(7), brightBlack = Color.indexed(8),
        brightRed = Color.indexed(9), brightGreen = Color.indexed(10), brightYellow = Color.indexed(11),
        brightBlue = Color.indexed(12), brightMagenta = Color.indexed(13), brightCyan = Color.indexed(14),
        brightWhite = Color.indexed(15)
}
