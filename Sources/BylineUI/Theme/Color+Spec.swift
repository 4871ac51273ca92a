extension Color {
    /// The names a theme file may use for the 16 basic colours, with `default` for the
    /// terminal's own colour. `grey` and `gray` are bright black.
    static let namedColors: [(name: String, color: Color)] = [
        ("default", .default),
        ("black", .black), ("red", .red), ("green", .green), ("yellow", .yellow),
        ("blue", .blue), ("magenta", .magenta), ("cyan", .cyan), ("white", .white),
        ("bright-black", .brightBlack), ("bright-red", .brightRed), ("bright-green", .brightGreen),
        ("bright-yellow", .brightYellow), ("bright-blue", .brightBlue), ("bright-magenta", .brightMagenta),
        ("bright-cyan", .brightCyan), ("bright-white", .brightWhite),
    ]

    private static let aliases: [String: Color] = ["grey": .brightBlack, "gray": .brightBlack, "none": .default]

    /// Parses a colour as a theme file writes it: a name (`red`, `bright-red`; case,
    /// `-`, `_` and spaces do not matter), an index `0`–`255`, or `#rrggbb` / `#rgb`.
    /// Nil when the text is none of these.
    ///
    /// ```swift
    /// Color(spec: "Bright_Red")  // .indexed(9)
    /// Color(spec: "208")         // .indexed(208)
    /// Color(spec: "#ff8700")     // .rgb(255, 135, 0)
    /// Color(spec: "#f80")        // .rgb(255, 136, 0)
    /// Color(spec: "orange")      // nil
    /// ```
    package init?(spec: String) {
        let text = spec.trimmingSpaces
        if text.hasPrefix("#") {
            let hex = Array(text.dropFirst())
            guard hex.allSatisfy(\.isHexDigit) else { return nil }
            func value(_ s: String) -> UInt8 { UInt8(s, radix: 16)! }
            switch hex.count {
            case 6:
                self = .rgb(value(String(hex[0...1])), value(String(hex[2...3])), value(String(hex[4...5])))
            case 3:
                self = .rgb(value(String([hex[0], hex[0]])), value(String([hex[1], hex[1]])), value(String([hex[2], hex[2]])))
            default:
                return nil
            }
            return
        }
        if !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) {
            guard let n = Int(text), let color = Color(index: n) else { return nil }
            self = color
            return
        }
        let key = Color.normalisedName(text)
        if let named = Color.namedColors.first(where: { Color.normalisedName($0.name) == key }) {
            self = named.color
        } else if let alias = Color.aliases[key] {
            self = alias
        } else {
            return nil
        }
    }

    /// The indexed colour `index`; nil outside 0–255.
    package init?(index: Int) {
        guard (0...255).contains(index) else { return nil }
        self = .indexed(UInt8(index))
    }

    /// The colour as a theme file writes it: a name for `default` and the 16 basic
    /// colours, the index for the others, `#rrggbb` for RGB.
    ///
    /// ```swift
    /// Color.brightRed.spec          // "bright-red"
    /// Color.indexed(208).spec       // "208"
    /// Color.rgb(255, 135, 0).spec   // "#ff8700"
    /// ```
    package var spec: String {
        switch self {
        case .default: return "default"
        case .indexed(let i) where i < 16: return Color.namedColors[Int(i) + 1].name
        case .indexed(let i): return String(i)
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }

    private static func normalisedName(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
    }
}

extension Attributes {
    /// The attribute names a theme file may use, in the order they are written back.
    package static let named: [(name: String, attributes: Attributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
    ]

    /// Parses one attribute name (case does not matter); nil for an unknown one.
    ///
    /// ```swift
    /// Attributes(name: "Bold")  // .bold
    /// Attributes(name: "blink") // nil
    /// ```
    package init?(name: String) {
        let key = name.trimmingSpaces.lowercased()
        guard let found = Attributes.named.first(where: { $0.name == key }) else { return nil }
        self = found.attributes
    }

    /// The names of the attributes set, in a stable order.
    ///
    /// ```swift
    /// Attributes([.underline, .bold]).names  // ["bold", "underline"]
    /// ```
    package var names: [String] {
        Attributes.named.filter { contains($0.attributes) }.map(\.name)
    }
}

extension String {
    /// The string without the spaces and tabs at either end: the scalars of Foundation's
    /// `CharacterSet.whitespaces` (tab, space, no-break and the other Unicode spaces,
    /// U+200B), trimmed as `trimmingCharacters(in: .whitespaces)` trims them, without
    /// the trip through NSString that costs the reader's first screen a few hundred
    /// microseconds for a theme file.
    ///
    /// ```swift
    /// "\t bold\u{00A0}".trimmingSpaces  // "bold"
    /// ```
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isThemeSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isThemeSpace })!
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// A member of `CharacterSet.whitespaces` (as CoreFoundation defines it).
    fileprivate var isThemeSpace: Bool {
        switch value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
