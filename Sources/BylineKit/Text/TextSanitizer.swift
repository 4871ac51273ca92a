/// Makes untrusted article text safe to show on a terminal, one scalar for one scalar
/// (so analysis offsets stay valid).
///
/// C0 controls become their Control Pictures glyph (ESC → `␛`, BEL → `␇`), DEL becomes
/// `␡`, C1 controls, bidirectional overrides/isolates and the bytes of a file name that
/// are not UTF-8 (``PathBytes``) become `�`; a tab becomes a space. Nothing of an escape sequence can then reach the terminal raw:
///
/// ```swift
/// TextSanitizer.sanitize("a\u{1B}[31mred")  // "a␛[31mred"
/// ```
public enum TextSanitizer {
    /// Whether a scalar must not be written to a terminal raw.
    @inlinable
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || v == 0x7F { return true }
        if v < 0x80 { return false }
        return (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x2028 || v == 0x2029 || v == 0x200E || v == 0x200F || v == 0x061C
            || PathBytes.isByteScalar(s)
    }

    /// The visible stand-in for an unsafe scalar, or the scalar itself.
    @inlinable
    public static func replacement(for s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v == 0x09 || v == 0x2028 || v == 0x2029 { return " " }
        if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
        if v == 0x7F { return "\u{2421}" }
        if isUnsafe(s) { return "\u{FFFD}" }
        return s
    }

    /// A byte-level pre-check: false means no scalar of `text` is unsafe. Unsafe scalars
    /// are C0/DEL bytes, C1 (C2 80–9F), U+061C (D8 9C), U+200E/F and U+2028–202E
    /// (E2 80 8E/8F/A8–AE), U+2066–2069 (E2 81 A6–A9), and a file name's raw bytes
    /// (U+10FE80–10FEFF, F4 8F BA/BB xx: any F4 lead byte counts).
    static func mayBeUnsafe(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(mayBeUnsafe)
    }

    static func mayBeUnsafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let n = bytes.count
        var i = 0
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        while i < n {
            // Eight printable ASCII bytes (20–7E) at a time, when no sequence is open.
            if previous < 0x80, beforePrevious < 0x80, i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let high = w & 0x8080_8080_8080_8080
                let below20 = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
                let x = w ^ 0x7F7F_7F7F_7F7F_7F7F
                let del = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
                if high | below20 | del == 0 {
                    i += 8
                    previous = 0x20
                    beforePrevious = 0x20
                    continue
                }
            }
            let b = base[i]
            if b < 0x20 || b == 0x7F || b == 0xF4 { return true }
            if previous == 0xC2 && b < 0xA0 && b >= 0x80 { return true }
            if previous == 0xD8 && b == 0x9C { return true }
            if beforePrevious == 0xE2 {
                if previous == 0x80 && (b == 0x8E || b == 0x8F || (0xA8...0xAE).contains(b)) { return true }
                if previous == 0x81 && (0xA6...0xA9).contains(b) { return true }
            }
            beforePrevious = previous
            previous = b
            i += 1
        }
        return false
    }

    /// The text with every unsafe scalar replaced; the same string when there is none.
    public static func sanitize(_ text: String) -> String {
        guard mayBeUnsafe(text) else { return text }
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(replacement(for: s)) }
        return String(out)
    }

    /// Text of several lines made safe for a terminal: as ``sanitize(_:)``, but line
    /// feeds and tabs are kept (a carriage return is not: it could overwrite what a line
    /// shows).
    ///
    /// ```swift
    /// TextSanitizer.sanitizeLines("a\u{1B}]52;c;eA==\u{7}\nb")  // "a␛]52;c;eA==␇\nb"
    /// ```
    public static func sanitizeLines(_ text: String) -> String {
        guard mayBeUnsafe(text) else { return text }
        guard text.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && isUnsafe($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(s == "\n" || s == "\t" ? s : replacement(for: s)) }
        return String(out)
    }
}
