extension Color {
    /// The colour as a terminal of `depth` can show it: RGB to the nearest of the 256
    /// colours, 256 to the nearest of the 16 or 8 basic ones, `.default` when the
    /// terminal shows no colour.
    ///
    /// ```swift
    /// Color.rgb(255, 0, 0).downsampled(to: .indexed256)  // .indexed(196)
    /// Color.indexed(196).downsampled(to: .ansi8)         // .indexed(1)
    /// Color.rgb(95, 0, 0).downsampled(to: .ansi16)       // .indexed(1): dark red stays red
    /// Color.brightBlack.downsampled(to: .ansi8)          // .indexed(7): grey stays visible
    /// ```
    ///
    /// "Nearest" is the weighted "redmean" RGB distance, which follows the eye better
    /// than plain RGB distance. To 256 colours, RGB maps into the 6×6×6 cube and the grey
    /// ramp (16–255), never to 0–15, whose RGB values differ between terminals. To the
    /// basic colours, a clearly coloured value keeps a hue (a dark red becomes red, not
    /// black), because an entity colour that turns grey no longer tells entity types apart.
    package func downsampled(to depth: ColorDepth) -> Color {
        switch (self, depth) {
        case (.default, _), (_, .monochrome): return .default
        case (.indexed(let i), .indexed256): return .indexed(i)
        case (.rgb(let r, let g, let b), .indexed256): return .indexed(Color.nearest256((r, g, b)))
        case (.indexed(let i), .ansi16): return .indexed(i < 16 ? i : Color.nearestBasic(Color.rgbOf(i), count: 16))
        case (.indexed(let i), .ansi8): return .indexed(i < 8 ? i : Color.nearestBasic(Color.rgbOf(i), count: 8))
        case (.rgb(let r, let g, let b), .ansi16): return .indexed(Color.nearestBasic((r, g, b), count: 16))
        case (.rgb(let r, let g, let b), .ansi8): return .indexed(Color.nearestBasic((r, g, b), count: 8))
        }
    }

    /// xterm's default RGB for each of the 256 indexed colours.
    ///
    /// ```swift
    /// Color.rgbOf(196)  // (255, 0, 0)
    /// Color.rgbOf(244)  // (128, 128, 128)
    /// ```
    static func rgbOf(_ i: UInt8) -> (UInt8, UInt8, UInt8) {
        if i < 16 { return basicRGB[Int(i)] }
        if i >= 232 { let v = UInt8(8 + 10 * (Int(i) - 232)); return (v, v, v) }
        let n = Int(i) - 16
        return (cubeLevels[n / 36], cubeLevels[(n / 6) % 6], cubeLevels[n % 6])
    }

    private static let basicRGB: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    private static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// The "redmean" distance (squared, scaled by 256): red and blue weigh by how red
    /// the pair is, green weighs most.
    static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let meanRed = (Int(a.0) + Int(b.0)) / 2
        let dr = Int(a.0) - Int(b.0), dg = Int(a.1) - Int(b.1), db = Int(a.2) - Int(b.2)
        return (512 + meanRed) * dr * dr + 1024 * dg * dg + (767 - meanRed) * db * db
    }

    static func nearest256(_ c: (UInt8, UInt8, UInt8)) -> UInt8 {
        var best: UInt8 = 16
        var bestDistance = Int.max
        for i in 16...255 {
            let d = distance(c, rgbOf(UInt8(i)))
            if d < bestDistance { bestDistance = d; best = UInt8(i) }
        }
        return best
    }

    /// The nearest of the first `count` (8 or 16) basic colours. A clearly coloured value
    /// (chroma at least 40 % of its brightest channel, and not too dark) only considers the
    /// coloured basics, skipping black, white and the greys; a grey (chroma under 15 %,
    /// or very dark) only considers black, white and the greys, so it never turns cyan.
    static func nearestBasic(_ c: (UInt8, UInt8, UInt8), count: Int) -> UInt8 {
        let hi = max(c.0, c.1, c.2), lo = min(c.0, c.1, c.2)
        let chroma = Int(hi - lo)
        let chromatic = hi >= 64 && chroma * 10 >= Int(hi) * 4
        let greyish = hi < 48 || chroma * 100 <= Int(hi) * 15
        let greys: Set<Int> = [0, 7, 8, 15]
        var best: UInt8 = 0
        var bestDistance = Int.max
        for i in 0..<count where !(chromatic && greys.contains(i)) && !(greyish && !greys.contains(i)) {
            let d = distance(c, rgbOf(UInt8(i)))
            if d < bestDistance { bestDistance = d; best = UInt8(i) }
        }
        return best
    }
}
