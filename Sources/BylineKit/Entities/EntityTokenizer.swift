/// Splits a block's scalars into ``EntityToken``s in one pass, without building strings.
///
/// ```swift
/// // "Mr Kim’s U.S. trip." → Mr | Kim (possessive) | U.S. | trip | .
/// ```
///
/// Words run over letters, digits and combining marks, and over a hyphen, an
/// apostrophe or a full stop that sits between two letters (`Jong-un`, `O'Brien`,
/// `C.Suthorn`, `oe24.at`).
struct EntityTokenizer {
    /// Keys of words whose following full stop belongs to them (`Mr.`, `Jr.`).
    let abbreviations: KeySet

    init(abbreviations: [String]) {
        self.abbreviations = KeySet(abbreviations)
    }

    /// A letter as ``ScalarClass/isLetter(_:)`` has it, or a combining mark, which continues
    /// a word written with decomposed accents (`e` + U+0301).
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return ScalarClass.isLetter(v) || (v >= 0x300 && v <= 0x36F)
    }

    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool { ScalarClass.isUpper(s.value) }

    /// An ASCII digit only: other numerals do not make entity tokens.
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 48 && s.value <= 57
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        isDigit(s) || isLetter(s)
    }

    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}"
    }

    @inline(__always) static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{A0}" || s == "\t" || s == "\n" || s == "\r" || s == "\u{2009}" || s == "\u{202F}"
    }

    /// Tokens of `text`, appended to `tokens` (cleared first).
    func tokenize(_ text: UnsafeBufferPointer<Unicode.Scalar>, into tokens: inout [EntityToken]) {
        tokens.removeAll(keepingCapacity: true)
        let n = text.count
        var i = 0
        var sentenceStart = true
        while i < n {
            let s = text[i]
            if Self.isSpace(s) { i += 1; continue }
            if !Self.isWordScalar(s) {
                var t = EntityToken(start: i, end: i + 1, key: .empty, flags: [], first: s)
                t.key.add(s)
                tokens.append(t)
                switch s {
                case ".", "!", "?", ":", ";", "\u{2026}", "\u{201C}":
                    sentenceStart = true
                case "\"":
                    if i + 1 < n, !Self.isSpace(text[i + 1]) { sentenceStart = true }
                case "\u{2013}", "\u{2014}":
                    if i + 1 < n, Self.isSpace(text[i + 1]) || tokens.count == 1 { sentenceStart = true }
                default: break
                }
                i += 1
                continue
            }
            // A word.
            let start = i
            var key = NameKey.empty
            var flags: EntityToken.Flags = .word
            var letters = 0
            var uppers = 0
            var digits = 0
            var innerUpper = false
            if Self.isUpper(s) { flags.insert(.capitalized) } else if Self.isLetter(s) { flags.insert(.lower) }
            var j = i
            var internalDot = false
            while j < n {
                let c = text[j]
                let v = c.value
                if v < 0x80 {
                    // ASCII letters and digits, the common case, without branching on case.
                    let folded = v | 0x20
                    if folded &- 97 < 26 {
                        let upper = v < 0x5B
                        letters &+= 1
                        uppers &+= upper ? 1 : 0
                        innerUpper = innerUpper || (upper && j > start)
                        key.value = (key.value ^ UInt64(folded)) &* 0x100_0000_01b3
                        j += 1
                        continue
                    }
                    if v &- 48 < 10 {
                        digits &+= 1
                        key.value = (key.value ^ UInt64(v)) &* 0x100_0000_01b3
                        j += 1
                        continue
                    }
                } else if Self.isLetter(c) {
                    letters += 1
                    if Self.isUpper(c) {
                        uppers += 1
                        if j > start { innerUpper = true }
                    }
                    key.add(c); j += 1; continue
                }
                if Self.isDigit(c) { digits += 1; key.add(c); j += 1; continue }
                // Joiners between word scalars.
                let nextIsWord = j + 1 < n && Self.isWordScalar(text[j + 1])
                if Self.isHyphen(c) && nextIsWord && j > start {
                    flags.insert(.hyphenated)
                    key.add("-"); j += 1; continue
                }
                // An en dash between two capitalised words joins them: `Export–Import`.
                if c == "\u{2013}", j > start, flags.contains(.capitalized), j + 1 < n, Self.isUpper(text[j + 1]),
                   Self.isLetter(text[j - 1]) {
                    flags.insert(.hyphenated)
                    key.add("-"); j += 1; continue
                }
                if Self.isApostrophe(c) {
                    // Possessive 's: stop here.
                    if j + 1 < n, text[j + 1] == "s" || text[j + 1] == "S",
                       j + 2 >= n || !Self.isWordScalar(text[j + 2]) {
                        flags.insert(.possessive)
                        break
                    }
                    if nextIsWord { key.add("'"); j += 1; continue }
                    // Plural possessive: Witnesses' — only after an s.
                    if j > start, text[j - 1] == "s", !(j + 1 < n && Self.isWordScalar(text[j + 1])) {
                        flags.insert(.possessive)
                    }
                    break
                }
                if c == "." && nextIsWord && j > start {
                    internalDot = true
                    key.add("."); j += 1; continue
                }
                break
            }
            var end = j
            // An abbreviation or initial keeps its stop: `Mr.`, `A.`, `U.S.`, `Jr.`.
            if end < n, text[end] == ".", !flags.contains(.possessive) {
                let isInitial = letters == 1 && uppers == 1 && digits == 0
                if isInitial || internalDot && uppers >= 1 || abbreviations.contains(key) {
                    key.add(".")
                    end += 1
                    flags.insert(.dotted)
                }
            }
            if digits > 0 { flags.insert(.digit) }
            if letters == 0 { flags.insert(.number) }
            if letters >= 2 && uppers == letters { flags.insert(.allCaps) }
            if innerUpper { flags.insert(.innerCaps) }
            if sentenceStart { flags.insert(.sentenceStart) }
            sentenceStart = false
            tokens.append(EntityToken(start: start, end: end, key: key, flags: flags, first: s))
            i = end
            if flags.contains(.possessive) {
                // Skip the apostrophe and the s (or the lone apostrophe after a plural).
                if i < n, Self.isApostrophe(text[i]) { i += 1 }
                if i < n, text[i] == "s" || text[i] == "S", i > 0, Self.isApostrophe(text[i - 1]) { i += 1 }
            }
        }
    }
}
