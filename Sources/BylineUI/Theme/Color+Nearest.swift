extension Color {
    /// The colour as a terminal of `depth` can show it: RGB to the nearest of the 256
    /// colours, 256 to the nearest of the 16 or 8 basic ones, `.default` when the
    /// terminal shows no colour.
    ///
    /// ```swift
    /// Color.rgb(255, 0, 0).downsampled(to: .indexed256)  // .indexed(196)
    /// Color.indexed(196).downsampled(to: .ansi8)         // .indexed(1)
    /// ```
    public func downsampled(to depth: ColorDepth) -> Color {
        switch (self, depth) {
        case (.default, _), (_, .monochrome): return .default
        case (.indexed(let i), .indexed256): return .indexed(i)
        case (.rgb(let r, let g, let b), .indexed256): return .indexed(Color.nearest256(r, g, b))
        case (.indexed(let i), .ansi16): return i < 16 ? .indexed(i) : .indexed(Color.nearestBasic(Color.rgbOf(i), count: 16))
        case (.indexed(let i), .ansi8): return .indexed(i < 8 ? i : (i < 16 ? i - 8 : Color.nearestBasic(Color.rgbOf(i), count: 8)))
        case (.rgb(let r, let g, let b), .ansi16): return .indexed(Color.nearestBasic((r, g, b), count: 16))
        case (.rgb(let r, let g, let b), .ansi8): return .indexed(Color.nearestBasic((r, g, b), count: 8))
        }
    }

    /// xterm's default RGB for each of the 256 indexed colours.
    static func rgbOf(_ i: UInt8) -> (UInt8, UInt8, UInt8) {
        let basic: [(UInt8, UInt8, UInt8)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if i < 16 { return basic[Int(i)] }
        if i >= 232 { let v = UInt8(8 + 10 * (Int(i) - 232)); return (v, v, v) }
        let n = Int(i) - 16
        let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
        return (levels[n / 36], levels[(n / 6) % 6], levels[n % 6])
    }

    static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0), dg = Int(a.1) - Int(b.1), db = Int(a.2) - Int(b.2)
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }

    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        var best: UInt8 = 16
        var bestDistance = Int.max
        for i in 16...255 {
            let d = distance((r, g, b), rgbOf(UInt8(i)))
            if d < bestDistance { bestDistance = d; best = UInt8(i) }
        }
        return best
    }

    static func nearestBasic(_ c: (UInt8, UInt8, UInt8), count: Int) -> UInt8 {
        var best: UInt8 = 0
        var bestDistance = Int.max
        for i in 0..<count {
            let d = distance(c, rgbOf(UInt8(i)))
            if d < bestDistance { bestDistance = d; best = UInt8(i) }
        }
        return best
    }
}
