/// A minimal JSON writer that keeps keys in the order written, so Byline's output reads
/// in the documented order (`file`, `path`, `title`, …).
///
/// It writes UTF-8 bytes into one byte buffer: a string's runs that need no escaping are
/// copied at once from its UTF-8 (``string(_:)``), keys and punctuation are static bytes
/// and numbers are written digit by digit, so nothing goes through a `String` on the way.
/// With a sink, the buffer is handed over whenever 64 KB are ready (and at ``flush()``):
/// an article's JSON is never held whole in memory, and an article under 64 KB reaches
/// the sink in one piece. Without a sink the bytes stay in ``output``.
///
/// ```swift
/// var w = JSONWriter()
/// w.raw("{"); w.key("title"); w.string("Kim \"said\""); w.raw("}")
/// w.text   // {"title": "Kim \"said\""}
/// ```
struct JSONWriter {
    private(set) var output: [UInt8] = []
    private let sink: (([UInt8]) -> Void)?
    static let chunk = 64 * 1024

    init(sink: (([UInt8]) -> Void)? = nil) {
        self.sink = sink
        output.reserveCapacity(sink != nil ? Self.chunk + 4096 : 4096)
    }

    /// What was written and not yet handed to the sink, as a string.
    var text: String { String(decoding: output, as: UTF8.self) }

    /// Hands the buffered bytes to the sink.
    mutating func flush() {
        guard let sink, !output.isEmpty else { return }
        sink(output)
        output.removeAll(keepingCapacity: true)
    }

    @inline(__always) private mutating func spill() {
        if sink != nil, output.count >= Self.chunk { flush() }
    }

    /// Bytes written as they are (punctuation, `null`, `true`): ASCII with nothing to escape.
    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { output.append(contentsOf: $0) }
        spill()
    }

    /// A decimal integer.
    mutating func integer(_ n: Int) {
        if n < 0 { output.append(0x2D) }
        var m = n.magnitude
        // Digits into a small inline buffer, least significant first.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let count = withUnsafeMutableBytes(of: &digits) { buffer -> Int in
            var k = 0
            repeat {
                buffer[k] = UInt8(truncatingIfNeeded: m % 10) &+ 0x30
                m /= 10
                k += 1
            } while m > 0
            return k
        }
        withUnsafeBytes(of: &digits) { buffer in
            for k in stride(from: count - 1, through: 0, by: -1) { output.append(buffer[k]) }
        }
    }

    mutating func bool(_ b: Bool) {
        if b { raw("true") } else { raw("false") }
    }

    /// A JSON string: `"`, `\` and line breaks escaped; every scalar a terminal could
    /// act on (controls, C1, bidirectional controls, U+2028/2029, as
    /// ``TextSanitizer/isUnsafe(_:)`` says) and U+FEFF written as a `\u` escape, so a JSON
    /// line printed on a terminal is safe and still holds the real text.
    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { escaped($0) }
    }

    /// The UTF-8 of a valid string, quoted and escaped: runs of bytes that need no escape
    /// are found eight ASCII bytes at a time and copied at once.
    private mutating func escaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        output.append(0x22)
        guard let base = bytes.baseAddress else { output.append(0x22); return }
        let n = bytes.count
        var i = 0
        var run = 0
        while i < n {
            // At most a chunk per pass, so a long text reaches the sink in pieces.
            let limit = min(n, i + Self.chunk)
            while i < limit {
                if i + 8 <= limit {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if Self.isPlainASCII(w) { i += 8; continue }
                }
                let b = base[i]
                if b >= 0x20, b < 0x7F {
                    if b != 0x22, b != 0x5C { i += 1; continue }
                } else if b >= 0x80, !Self.leadMayBeUnsafe(b) {
                    i += 1
                    continue
                }
                // A byte that may need an escape: copy the run before it, then it.
                append(base, run, i)
                i += escapeAt(base, i, n)
                run = i
            }
            append(base, run, i)
            run = i
            spill()
        }
        output.append(0x22)
    }

    @inline(__always) private mutating func append(_ base: UnsafePointer<UInt8>, _ from: Int, _ to: Int) {
        if to > from { output.append(contentsOf: UnsafeBufferPointer(start: base + from, count: to - from)) }
    }

    /// Whether eight bytes are all printable ASCII other than `"` and `\`.
    @inline(__always) static func isPlainASCII(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let below20 = (w &- 0x20 &* ones) & ~w & highs
        let quote = w ^ (0x22 &* ones), backslash = w ^ (0x5C &* ones), del = w ^ (0x7F &* ones)
        let zeros = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((del &- ones) & ~del)
        return (w & highs) | below20 | (zeros & highs) == 0
    }

    /// Lead bytes of the only non-ASCII scalars that are escaped: C1 (C2), U+061C (D8),
    /// U+200E/F, U+2028–202E and U+2066–2069 (E2), U+FEFF (EF), a file name's raw bytes
    /// U+10FE80–10FEFF (F4).
    @inline(__always) static func leadMayBeUnsafe(_ b: UInt8) -> Bool {
        b == 0xC2 || b == 0xD8 || b == 0xE2 || b == 0xEF || b == 0xF4
    }

    /// Writes the scalar starting at byte `i`, escaped if it must be; returns its length.
    private mutating func escapeAt(_ base: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        let b = base[i]
        switch b {
        case 0x22: output.append(0x5C); output.append(0x22); return 1
        case 0x5C: output.append(0x5C); output.append(0x5C); return 1
        case 0x0A: output.append(0x5C); output.append(0x6E); return 1
        case 0x0D: output.append(0x5C); output.append(0x72); return 1
        case 0x09: output.append(0x5C); output.append(0x74); return 1
        case ..<0x80: escape(UInt32(b)); return 1
        default: break
        }
        // A valid string: the sequence is whole.
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var v = UInt32(b) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for k in 1..<length { v = v << 6 | UInt32(base[i + k] & 0x3F) }
        if v == 0xFEFF || TextSanitizer.isUnsafe(Unicode.Scalar(v)!) {
            // U+FEFF too: a JSON reader may take it for a byte-order mark and drop it
            // (Foundation's JSONSerialization does at the start of a string), which
            // would shift every offset after it.
            if v > 0xFFFF {
                escape(0xD800 + ((v - 0x10000) >> 10))
                escape(0xDC00 + ((v - 0x10000) & 0x3FF))
            } else {
                escape(v)
            }
        } else {
            append(base, i, i + length)
        }
        return length
    }

    private static let hex: StaticString = "0123456789abcdef"

    /// `\u` and four hex digits.
    private mutating func escape(_ v: UInt32) {
        output.append(0x5C); output.append(0x75)
        Self.hex.withUTF8Buffer { hex in
            for shift: UInt32 in [12, 8, 4, 0] { output.append(hex[Int((v >> shift) & 0xF)]) }
        }
    }

    mutating func optional(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    /// A key and its `: `; keys are ASCII with nothing to escape.
    mutating func key(_ k: StaticString) {
        output.append(0x22)
        k.withUTF8Buffer { output.append(contentsOf: $0) }
        output.append(0x22); output.append(0x3A); output.append(0x20)
    }
}
