/// Terminal display width of text, independent of the process locale.
///
/// Follows `wcwidth` as glibc implements it for UTF-8 locales: East Asian wide and
/// fullwidth characters and emoji with emoji presentation take two columns,
/// combining marks and zero-width formatting characters none, everything else one.
///
/// ```swift
/// DisplayWidth.of("Kim")     // 3
/// DisplayWidth.of("東京")     // 4
/// DisplayWidth.of("e\u{301}") // 1 (e + combining acute)
/// ```
public enum DisplayWidth {
    /// The width of one scalar: 0, 1 or 2. Control characters count 1, because
    /// Byline always shows them as a visible replacement glyph.
    @inlinable
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        return slowWidth(v, scalar)
    }

    @usableFromInline
    static func slowWidth(_ v: UInt32, _ scalar: Unicode.Scalar) -> Int {
        if v == 0x200B || (0x200C...0x200F).contains(v) || (0x2060...0x2064).contains(v) || v == 0xFEFF {
            return 0
        }
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }  // Hangul jamo medial/final
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return 0
        case .format where !(0x600...0x605).contains(v) && v != 0x6DD: return 0
        default: break
        }
        if isWide(v) { return 2 }
        if v >= 0x1F000, scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        return (0x1100...0x115F).contains(v) || v == 0x2329 || v == 0x232A
            || (0x231A...0x231B).contains(v) || (0x23E9...0x23EC).contains(v) || v == 0x23F0 || v == 0x23F3
            || (0x25FD...0x25FE).contains(v) || (0x2614...0x2615).contains(v)
            || (0x2648...0x2653).contains(v) || v == 0x267F || v == 0x2693 || v == 0x26A1
            || (0x26AA...0x26AB).contains(v) || (0x26BD...0x26BE).contains(v) || (0x26C4...0x26C5).contains(v)
            || v == 0x26CE || v == 0x26D4 || v == 0x26EA || (0x26F2...0x26F3).contains(v) || v == 0x26F5
            || v == 0x26FA || v == 0x26FD || v == 0x2705 || (0x270A...0x270B).contains(v) || v == 0x2728
            || v == 0x274C || v == 0x274E || (0x2753...0x2755).contains(v) || v == 0x2757
            || (0x2795...0x2797).contains(v) || v == 0x27B0 || v == 0x27BF || (0x2B1B...0x2B1C).contains(v)
            || v == 0x2B50 || v == 0x2B55
            || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v) || (0xA960...0xA97F).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE10...0xFE19).contains(v)
            || (0xFE30...0xFE6F).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
            || (0x16FE0...0x16FE4).contains(v) || (0x17000...0x18CFF).contains(v) || (0x1B000...0x1B2FF).contains(v)
            || (0x1F200...0x1F202).contains(v) || (0x1F210...0x1F23B).contains(v) || (0x1F240...0x1F248).contains(v)
            || (0x1F250...0x1F251).contains(v) || (0x20000...0x2FFFD).contains(v) || (0x30000...0x3FFFD).contains(v)
    }

    /// The width of one grapheme cluster: that of its base scalar, made two columns
    /// by an emoji presentation selector (U+FE0F) or a regional-indicator pair (flags).
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var it = scalars.makeIterator()
        guard let first = it.next() else { return 0 }
        var width = of(first)
        if first.value < 0x300 && scalars.count == 1 { return width }
        for s in scalars.dropFirst() {
            if s.value == 0xFE0F && first.properties.isEmoji { width = 2 }
            if width == 0 { width = of(s) }
        }
        if (0x1F1E6...0x1F1FF).contains(first.value) && scalars.count >= 2 { width = 2 }
        return min(width, 2)
    }

    /// The total width of a string, grapheme by grapheme.
    public static func of(_ string: some StringProtocol) -> Int {
        var total = 0
        for c in string { total += of(c) }
        return total
    }
}
