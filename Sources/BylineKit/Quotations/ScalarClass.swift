/// Character classes the quotation scanner needs, on raw scalar values, with an ASCII
/// fast path (no `Character`, no `String` in the hot loop).
enum ScalarClass {
    @inline(__always)
    static func isSpace(_ c: UInt32) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0xA0
            || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000
    }

    @inline(__always)
    static func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        guard let s = Unicode.Scalar(c) else { return false }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isDigit(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        guard let s = Unicode.Scalar(c) else { return false }
        return s.properties.numericType != nil
    }

    @inline(__always)
    static func isWord(_ c: UInt32) -> Bool { isLetter(c) || isDigit(c) }

    @inline(__always)
    static func isUpper(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A }
        guard let s = Unicode.Scalar(c) else { return false }
        return s.properties.isUppercase
    }

    /// Lower-cases ASCII letters; other scalars are returned unchanged.
    @inline(__always)
    static func foldASCII(_ c: UInt32) -> UInt32 {
        c >= 0x41 && c <= 0x5A ? c | 0x20 : c
    }

    /// A straight or curly apostrophe / single quotation mark.
    @inline(__always)
    static func isSingleMark(_ c: UInt32) -> Bool { c == 0x27 || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B }

    /// A straight or curly double quotation mark, or a guillemet.
    @inline(__always)
    static func isDoubleMark(_ c: UInt32) -> Bool {
        c == 0x22 || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB || c == 0xBB
    }

    /// Punctuation after which an opening mark may follow directly (`("…"`, `—'…'`).
    @inline(__always)
    static func isOpeningContext(_ c: UInt32) -> Bool {
        c == 0x28 || c == 0x5B || c == 0x7B || c == 0x2014 || c == 0x2013 || c == 0x2D || c == 0x2F
            || isDoubleMark(c) || c == 0x2018 || c == 0x3A
    }

    /// FNV-1a hash of a word, ASCII case folded, so lexicon look-ups need no `String`.
    @inline(__always)
    static func hash(_ s: [UInt32], _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for i in range {
            var c = foldASCII(s[i])
            if c == 0x2019 { c = 0x27 }  // curly apostrophe hashes like a straight one
            h = (h ^ UInt64(c)) &* 0x100000001b3
        }
        return h
    }

    static func hash(_ word: String) -> UInt64 {
        let s = word.unicodeScalars.map(\.value)
        return hash(s, 0..<s.count)
    }
}
