/// Substring tests on UTF-8 bytes, for the class-name heuristics that run on
/// every element: Foundation's `contains` costs a locale-aware search each time.
///
/// ```swift
/// ByteMatch.containsAny("post-comments main", ["comment", "disqus"])   // true
/// ```
enum ByteMatch {
    static func containsAny(_ haystack: String, _ needles: [String]) -> Bool {
        var h = haystack
        return h.withUTF8 { hay in
            guard let base = hay.baseAddress, hay.count > 0 else { return false }
            for needle in needles {
                var n = needle
                let found = n.withUTF8 { nb -> Bool in
                    guard let nbase = nb.baseAddress, nb.count <= hay.count else { return false }
                    return find(nbase, nb.count, in: base, hay.count)
                }
                if found { return true }
            }
            return false
        }
    }

    private static func find(_ needle: UnsafePointer<UInt8>, _ n: Int, in hay: UnsafePointer<UInt8>, _ h: Int) -> Bool {
        guard n > 0 else { return true }
        let first = needle[0]
        var i = 0
        let last = h - n
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < n && hay[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }

    /// Whitespace as HTML and reader text see it: ASCII spaces, NBSP and the Unicode
    /// spaces, without a property lookup for the common scalars.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v == 0xA0 { return true }
        if v < 0x1680 { return false }
        return s.properties.isWhitespace
    }
}
