import BylineUI
import CNcursesw

/// Turns platform-neutral ``Style`` values into curses attributes and colour pairs,
/// allocating a pair the first time a colour combination is drawn.
///
/// Colours are first brought down to what the terminal shows
/// (``Color/downsampled(to:)``); on a monochrome terminal, or with NO_COLOR, only the
/// attributes remain.
struct ColorPalette {
    let depth: ColorDepth
    /// Whether colour -1 (the terminal's own foreground/background) may be used.
    let defaultColors: Bool
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int32 = 1
    private let maxPairs: Int32

    private struct PairKey: Hashable {
        var fg: Int16
        var bg: Int16
    }

    init(depth: ColorDepth, defaultColors: Bool, maxPairs: Int32) {
        self.depth = depth
        self.defaultColors = defaultColors
        self.maxPairs = min(maxPairs, 32767)
    }

    /// The attributes and colour pair for a style.
    mutating func attributes(for style: Style) -> (attr_t, Int16) {
        var a = nc_a_normal()
        let s = style.attributes
        if s.contains(.bold) { a |= nc_a_bold() }
        if s.contains(.underline) { a |= nc_a_underline() }
        if s.contains(.reverse) { a |= nc_a_reverse() }
        if s.contains(.italic) { a |= nc_a_italic() }
        if s.contains(.dim) { a |= nc_a_dim() }
        return (a, pair(fg: style.fg, bg: style.bg))
    }

    private func number(_ c: Color, isForeground: Bool) -> Int16 {
        switch c.downsampled(to: depth) {
        case .default: return defaultColors ? -1 : (isForeground ? 7 : 0)
        case .indexed(let i): return Int16(i)
        case .rgb: return defaultColors ? -1 : (isForeground ? 7 : 0)  // not reached after downsampling
        }
    }

    /// The colour pair for `fg` on `bg`. The terminal's own colours get a pair of
    /// their own too, not pair 0: text in pair 0 with no attribute is curses' "normal",
    /// and returning to normal after a highlight costs a colour reset plus a full
    /// attribute reset (`\e[39m\e(B\e[m`), where a change of pair costs one colour
    /// (`\e[39m`): 6–11 bytes less per highlighted name on every line scrolled.
    private mutating func pair(fg: Color, bg: Color) -> Int16 {
        guard depth != .monochrome else { return 0 }
        let key = PairKey(fg: number(fg, isForeground: true), bg: number(bg, isForeground: false))
        if let p = pairs[key] { return p }
        guard nextPair < maxPairs else { return 0 }
        let p = Int16(nextPair)
        guard init_pair(p, key.fg, key.bg) != ERR else {
            pairs[key] = 0
            return 0
        }
        nextPair += 1
        pairs[key] = p
        return p
    }
}
