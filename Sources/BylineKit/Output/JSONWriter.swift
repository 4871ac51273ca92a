/// A minimal JSON writer that keeps keys in the order written, so Byline's output reads
/// in the documented order (`file`, `path`, `title`, …).
///
/// It writes UTF-8 bytes into a small buffer and hands them to `sink` whenever 64 KB
/// are ready (and at ``flush()``), so an article's JSON is never held whole in memory;
/// without a sink the bytes stay in ``output``.
///
/// ```swift
/// var w = JSONWriter()
/// w.raw("{"); w.key("title"); w.string("Kim \"said\""); w.raw("}")
/// w.text   // {"title": "Kim \"said\""}
/// ```
struct JSONWriter {
    private(set) var output: [UInt8] = []
    private let sink: (([UInt8]) -> Void)?
    private static let chunk = 64 * 1024

    init(sink: (([UInt8]) -> Void)? = nil) {
        self.sink = sink
        if sink != nil { output.reserveCapacity(Self.chunk + 4096) }
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

    mutating func raw(_ s: String) {
        output.append(contentsOf: s.utf8)
        spill()
    }

    /// A JSON string: `"`, `\` and line breaks escaped; every scalar a terminal could
    /// act on (controls, C1, bidirectional controls, U+2028/2029, as
    /// ``TextSanitizer/isUnsafe(_:)`` says) written as a `\u` escape, so a JSON line
    /// printed on a terminal is safe and still holds the real text.
    mutating func string(_ s: String) {
        output.append(0x22)
        var count = 0
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x22: output.append(0x5C); output.append(0x22)
            case 0x5C: output.append(0x5C); output.append(0x5C)
            case 0x0A: output.append(0x5C); output.append(0x6E)
            case 0x0D: output.append(0x5C); output.append(0x72)
            case 0x09: output.append(0x5C); output.append(0x74)
            case 0x20..<0x7F: output.append(UInt8(v))
            default:
                // U+FEFF too: a JSON reader may take it for a byte-order mark and drop
                // it (Foundation's JSONSerialization does at the start of a string),
                // which would shift every offset after it.
                if TextSanitizer.isUnsafe(scalar) || v == 0xFEFF {
                    if v > 0xFFFF {
                        escape(0xD800 + ((v - 0x10000) >> 10))
                        escape(0xDC00 + ((v - 0x10000) & 0x3FF))
                    } else {
                        escape(v)
                    }
                } else {
                    output.append(contentsOf: String(scalar).utf8)
                }
            }
            count += 1
            if count & 0xFFF == 0 { spill() }
        }
        output.append(0x22)
        spill()
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// `\u` and four hex digits.
    private mutating func escape(_ v: UInt32) {
        output.append(0x5C); output.append(0x75)
        for shift: UInt32 in [12, 8, 4, 0] { output.append(Self.hex[Int((v >> shift) & 0xF)]) }
    }

    mutating func optional(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    mutating func key(_ k: String) {
        string(k)
        raw(": ")
    }
}
