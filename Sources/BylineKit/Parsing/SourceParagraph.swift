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
        var current: [Substring] = []
        var start = firstLine
        var lineNumber = firstLine
        func flush() {
            guard !current.isEmpty else { return }
            result.append(SourceParagraph(text: current.joined(separator: " "), line: start, lineCount: current.count))
            current.removeAll(keepingCapacity: true)
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty {
                flush()
            } else {
                if current.isEmpty { start = lineNumber }
                current.append(trimmed)
            }
            lineNumber += 1
        }
        flush()
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
