/// A run of non-blank source lines joined into one paragraph, with the 1-based line
/// where it starts (for warnings).
struct SourceParagraph {
    var text: String
    var line: Int
    var lineCount: Int

    /// Splits text into paragraphs at blank lines; the lines of a paragraph are trimmed
    /// and joined with one space, so a name broken over a line end reads as one.
    ///
    /// ```swift
    /// SourceParagraph.split("Kim Jong\nUn said.\n\nNext.")
    /// // ["Kim Jong Un said." (line 1, 2 lines), "Next." (line 4)]
    /// ```
    static func split(_ text: Substring, firstLine: Int = 1) -> [SourceParagraph] {
        var result: [SourceParagraph] = []
        var text = text
        text.withUTF8 { bytes in
            var current: [UInt8] = []
            var lines = 0
            var start = firstLine
            var lineNumber = firstLine
            var i = 0
            let n = bytes.count
            func flush() {
                guard lines > 0 else { return }
                result.append(SourceParagraph(text: String(decoding: current, as: UTF8.self), line: start, lineCount: lines))
                current.removeAll(keepingCapacity: true)
                lines = 0
            }
            while i <= n {
                let end = ByteSearch.firstIndex(of: 0x0A, in: bytes, from: i)
                // Trim spaces, tabs, no-break spaces (C2 A0) and a byte-order mark (EF BB BF).
                var a = i, b = end
                while a < b {
                    if bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
                    else if bytes[a] == 0xC2, a + 1 < b, bytes[a + 1] == 0xA0 { a += 2 }
                    else if bytes[a] == 0xEF, a + 2 < b, bytes[a + 1] == 0xBB, bytes[a + 2] == 0xBF { a += 3 }
                    else { break }
                }
                while b > a {
                    if bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
                    else if b - a >= 2, bytes[b - 2] == 0xC2, bytes[b - 1] == 0xA0 { b -= 2 }
                    else { break }
                }
                if a == b {
                    flush()
                } else {
                    if lines == 0 { start = lineNumber } else { current.append(0x20) }
                    current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[a..<b]))
                    lines += 1
                }
                lineNumber += 1
                i = end + 1
            }
            flush()
        }
        return result
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (other whitespace kept).
    func trimmingSpaces() -> SubSequence {
        var s = self[...]
        while let f = s.first, f == " " || f == "\t" || f == "\u{A0}" || f == "\u{FEFF}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\u{A0}" { s = s.dropLast() }
        return s
    }
}
