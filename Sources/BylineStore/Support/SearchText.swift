/// Prepares text for the FTS5 `unicode61` tokenizer so that Chinese, Japanese and Korean
/// words can be found, and turns user input into an FTS5 query.
///
/// `unicode61` treats a run of CJK characters with no spaces as one token, so `东京`
/// would match only the whole run `在东京举行`. Byline indexes each CJK character as
/// its own token by putting a zero-width space (U+200B, a separator for unicode61)
/// between consecutive CJK characters, and searches a CJK word as a phrase of its
/// characters (`"东 京"`), which matches them adjacent and in order. English text is
/// left as it is, so its BM25 ranking is unchanged. (The `trigram` tokenizer was the
/// other candidate: it cannot match words shorter than three characters, which most
/// Chinese words are, and it ranks English poorly.)
///
/// ```swift
/// SearchText.indexable("在东京举行")       // "在\u{200B}东\u{200B}京\u{200B}举\u{200B}行"
/// SearchText.query("东京 election")      // "\"东 京\" \"election\"*"
/// ```
enum SearchText {
    static let separator: Unicode.Scalar = "\u{200B}"

    /// Whether a scalar is written without spaces between words (Han, kana, Hangul).
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3040...0x30FF,   // Hiragana, Katakana
             0x3400...0x4DBF,   // CJK Extension A
             0x4E00...0x9FFF,   // CJK Unified Ideographs
             0xAC00...0xD7AF,   // Hangul syllables
             0xF900...0xFAFF,   // CJK Compatibility Ideographs
             0x20000...0x2FA1F: // Extensions B and later
            return true
        default:
            return false
        }
    }

    /// `text` with a zero-width space between consecutive CJK characters; unchanged (and
    /// not copied) when it has none.
    static func indexable(_ text: String) -> String {
        // Fast path: CJK scalars are all 3 or 4 UTF-8 bytes, lead byte >= 0xE3.
        guard text.utf8.contains(where: { $0 >= 0xE3 }),
              text.unicodeScalars.contains(where: isCJK) else { return text }
        var result = String.UnicodeScalarView()
        var previousCJK = false
        for s in text.unicodeScalars {
            let cjk = isCJK(s)
            if cjk, previousCJK { result.append(separator) }
            result.append(s)
            previousCJK = cjk
        }
        return String(result)
    }

    /// Removes the separators ``indexable(_:)`` inserted (from snippets).
    static func display(_ text: String) -> String {
        guard text.unicodeScalars.contains(separator) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != separator }))
    }

    /// An FTS5 query for what a user typed: every word must appear (a word also matches
    /// longer words it begins: `elect` finds "election"); `"quoted words"` must appear
    /// together; a CJK word must appear as written. Nil when the input has no words.
    static func query(_ input: String) -> String? {
        var parts: [String] = []
        for (text, quoted) in phrases(in: input) {
            let words = words(in: text)
            if words.isEmpty { continue }
            if quoted {
                parts.append("\"" + words.joined(separator: " ") + "\"")
            } else {
                for word in words {
                    if word.unicodeScalars.contains(where: isCJK) {
                        parts.append("\"" + word + "\"")
                    } else {
                        parts.append("\"" + word + "\"*")
                    }
                }
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Splits input at double quotes: `a "b c" d` → [("a ", false), ("b c", true), (" d", false)].
    private static func phrases(in input: String) -> [(String, Bool)] {
        let normalized = input.replacingOccurrences(of: "\u{201C}", with: "\"")
            .replacingOccurrences(of: "\u{201D}", with: "\"")
        var result: [(String, Bool)] = []
        for (i, piece) in normalized.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            result.append((String(piece), i % 2 == 1))
        }
        return result
    }

    /// The search terms in `text`: runs of letters and digits (as unicode61 sees them),
    /// with each CJK character separated by a space so a CJK run becomes a phrase.
    private static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var previousCJK = false
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
            previousCJK = false
        }
        for s in text.unicodeScalars {
            let props = s.properties
            let isWord = props.isAlphabetic || props.numericType != nil || props.generalCategory == .privateUse
                || props.generalCategory == .nonspacingMark
            if !isWord { flush(); continue }
            let cjk = isCJK(s)
            if !current.isEmpty, cjk != previousCJK {
                flush()  // CJK next to Latin: two words
            } else if cjk, previousCJK {
                current.append(" ")
            }
            current.append(s)
            previousCJK = cjk
        }
        flush()
        return words
    }
}
