/// Breaks text into lines no wider than a given number of terminal columns.
///
/// Lines break at spaces; a word is cut only when it is wider than the whole line.
/// Each line is a range of Unicode-scalar offsets into the text (the spaces at a
/// break belong to no line), so styles given as scalar offsets map straight onto it.
///
/// ```swift
/// LineWrapper(width: 12).wrap("North Korean leader Kim")   // ["North Korean", "leader Kim"]
/// LineWrapper(width: 12).lines(in: "North Korean leader Kim")  // [0..<12, 13..<23]
/// ```
public struct LineWrapper: Sendable {
    /// The widest line, in terminal columns (at least 1).
    public var width: Int

    /// A wrapper for `width` columns: `LineWrapper(width: 72)`.
    public init(width: Int) {
        self.width = max(1, width)
    }

    /// The lines of `text` as scalar-offset ranges. Empty text gives one empty line.
    public func lines(in text: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var lineStart = 0          // scalar offset where the current line starts
        var lineWidth = 0
        var lastBreak: (end: Int, next: Int, widthAfter: Int)? = nil
        var offset = 0             // scalar offset of the current character
        var widthSinceBreak = 0
        var lineHasContent = false

        for ch in text {
            let n = ch.unicodeScalars.count
            if ch == " " {
                if lineHasContent {
                    // A run of spaces is one break: the line ends before its first space.
                    if let br = lastBreak, br.next == offset {
                        lastBreak = (end: br.end, next: offset + n, widthAfter: 0)
                    } else {
                        lastBreak = (end: offset, next: offset + n, widthAfter: 0)
                    }
                    widthSinceBreak = 0
                    lineWidth += 1
                } else {
                    lineStart = offset + n  // skip leading spaces of a wrapped line
                }
                offset += n
                continue
            }
            let w = DisplayWidth.of(ch)
            if lineWidth + w > width && lineHasContent {
                if let br = lastBreak {
                    result.append(lineStart..<br.end)
                    lineStart = br.next
                    lineWidth = widthSinceBreak
                } else {
                    result.append(lineStart..<offset)
                    lineStart = offset
                    lineWidth = 0
                    widthSinceBreak = 0
                }
                lastBreak = nil
            }
            lineWidth += w
            widthSinceBreak += w
            lineHasContent = true
            offset += n
        }
        // Trailing spaces are not part of the last line.
        var end = offset
        if lineHasContent, let br = lastBreak, widthSinceBreak == 0 { end = br.end }
        if lineHasContent || result.isEmpty { result.append(min(lineStart, end)..<end) }
        return result
    }

    /// The lines of `text` as strings.
    public func wrap(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return lines(in: text).map { r in
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[r])
            return String(v)
        }
    }
}
