/// A minimal JSON writer that keeps keys in the order written, so Byline's output reads
/// in the documented order (`file`, `path`, `title`, …).
struct JSONWriter {
    private(set) var output = ""

    mutating func raw(_ s: String) { output += s }

    mutating func string(_ s: String) {
        output.append("\"")
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                // Every scalar a terminal could act on (controls, C1, bidirectional
                // controls, U+2028/2029) is written as an escape, so a JSON line printed
                // on a terminal is safe and still holds the real text.
                // U+FEFF too: a JSON reader may take it for a byte-order mark and drop
                // it (Foundation's JSONSerialization does at the start of a string),
                // which would shift every offset after it.
                if TextSanitizer.isUnsafe(scalar) || scalar == "\u{FEFF}" {
                    if scalar.value > 0xFFFF {
                        let v = scalar.value - 0x10000
                        escape(0xD800 + (v >> 10))
                        escape(0xDC00 + (v & 0x3FF))
                    } else {
                        escape(scalar.value)
                    }
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output.append("\"")
    }

    private mutating func escape(_ unit: UInt32) {
        let hex = String(unit, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    mutating func optional(_ s: String?) {
        if let s { string(s) } else { output += "null" }
    }

    mutating func key(_ k: String) {
        string(k)
        output += ": "
    }
}
