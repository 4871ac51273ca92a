/// Character classes the quotation scanner needs, on raw scalar values, with an ASCII
/// fast path (no `Character`, no `String` in the hot loop); the scalars of a string and
/// back. Words are hashed by ``NameKey``.
///
/// ```swift
/// ScalarClass.isDoubleMark(0x201C)        // true: “
/// ScalarClass.scalars(of: "Né")           // [0x4E, 0xE9]
/// ```
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

    /// A straight or curly apostrophe / single quotation mark.
    @inline(__always)
    static func isSingleMark(_ c: UInt32) -> Bool { c < 0x80 ? c == 0x27 : (c >= 0x2018 && c <= 0x201B) }

    /// A straight or curly double quotation mark, or a guillemet.
    @inline(__always)
    static func isDoubleMark(_ c: UInt32) -> Bool {
        c < 0x80 ? c == 0x22 : ((c >= 0x201C && c <= 0x201F) || c == 0xAB || c == 0xBB)
    }

    /// Punctuation after which an opening mark may follow directly (`("…"`, `—'…'`).
    @inline(__always)
    static func isOpeningContext(_ c: UInt32) -> Bool {
        c == 0x28 || c == 0x5B || c == 0x7B || c == 0x2014 || c == 0x2013 || c == 0x2D || c == 0x2F
            || isDoubleMark(c) || c == 0x2018 || c == 0x3A
    }

    /// Calls `body` with the key (``NameKey``'s value) and the length (in characters) of each word of `text`
    /// split at spaces, as `text.split(separator: " ")` would cut it, without building
    /// strings when the text is printable ASCII.
    ///
    /// ```swift
    /// ScalarClass.forEachWord(of: "Doris Day Foundation") { hash, length in … }  // 3 words
    /// ```
    static func forEachWord(of text: String, _ body: (_ hash: UInt64, _ length: Int) -> Void) {
        var text = text
        let done = text.withUTF8 { bytes -> Bool in
            // In printable ASCII every scalar is a character.
            for b in bytes where b < 0x20 || b >= 0x7F { return false }
            var k = NameKey.empty
            var length = 0
            for b in bytes {
                if b == 0x20 {
                    if length > 0 { body(k.value, length) }
                    k = .empty
                    length = 0
                } else {
                    k.add(value: UInt32(b))
                    length += 1
                }
            }
            if length > 0 { body(k.value, length) }
            return true
        }
        if !done {
            for word in text.split(separator: " ") { body(NameKey(word).value, word.count) }
        }
    }

    /// The key (``NameKey``'s value) of the first word of `text` split at spaces, or 0 when it has none.
    static func firstWordHash(of text: String) -> UInt64 {
        var first: UInt64? = nil
        // Only the first word is wanted; the others cost a few byte comparisons.
        forEachWord(of: text) { h, _ in if first == nil { first = h } }
        return first ?? 0
    }

    /// The scalar values of a string, decoded straight from its UTF-8.
    static func scalars(of text: String) -> [UInt32] {
        var text = text
        return text.withUTF8 { u in
            let n = u.count
            return [UInt32](unsafeUninitializedCapacity: n) { out, count in
                var i = 0
                var k = 0
                let bytes = UnsafeRawPointer(u.baseAddress)
                while i < n {
                    // Eight ASCII bytes at a time, widened together.
                    if i + 8 <= n, let bytes {
                        let w = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        if w & 0x8080_8080_8080_8080 == 0 {
                            let widened = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(w, to: SIMD8<UInt8>.self))
                            UnsafeMutableRawPointer(out.baseAddress! + k).storeBytes(of: widened, as: SIMD8<UInt32>.self)
                            i += 8
                            k += 8
                            continue
                        }
                    }
                    let b0 = UInt32(u[i])
                    if b0 < 0x80 {
                        out[k] = b0; i += 1
                    } else if b0 < 0xE0, i + 1 < n {
                        out[k] = (b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F); i += 2
                    } else if b0 < 0xF0, i + 2 < n {
                        out[k] = (b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F); i += 3
                    } else if i + 3 < n {
                        out[k] = (b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6
                            | UInt32(u[i + 3] & 0x3F)
                        i += 4
                    } else {
                        i += 1  // not reached for valid UTF-8, which a String always is
                        continue
                    }
                    k += 1
                }
                count = k
            }
        }
    }

    /// The string of `s[range]`, encoded to UTF-8 in one buffer.
    static func string(_ s: [UInt32], _ range: Range<Int>) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(range.count + 8)
        for k in range {
            let c = s[k]
            if c < 0x80 {
                bytes.append(UInt8(c))
            } else if c < 0x800 {
                bytes.append(UInt8(0xC0 | c >> 6)); bytes.append(UInt8(0x80 | c & 0x3F))
            } else if c < 0x10000 {
                bytes.append(UInt8(0xE0 | c >> 12)); bytes.append(UInt8(0x80 | (c >> 6) & 0x3F)); bytes.append(UInt8(0x80 | c & 0x3F))
            } else {
                bytes.append(UInt8(0xF0 | c >> 18)); bytes.append(UInt8(0x80 | (c >> 12) & 0x3F))
                bytes.append(UInt8(0x80 | (c >> 6) & 0x3F)); bytes.append(UInt8(0x80 | c & 0x3F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
