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
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output.append("\"")
    }

    mutating func optional(_ s: String?) {
        if let s { string(s) } else { output += "null" }
    }

    mutating func key(_ k: String) {
        string(k)
        output += ": "
    }
}
