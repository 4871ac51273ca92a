/// Recognises photo captions and wire credits among paragraphs; shared by every format.
package enum BlockClassifier {
    /// Words that introduce a photo credit: `… Photograph: Michael M Santiago/AP`, tried in
    /// order (`scripts/entities/keywords/credit-markers.txt`).
    static let creditMarkers = KeywordData.lines(KeywordData.creditMarkers)

    /// The credit of a caption paragraph, if the paragraph ends in a credit marker and a
    /// short credit.
    ///
    /// ```swift
    /// BlockClassifier.photoCredit(in: "Kim Jong Un in Pyongyang. Photograph: KCNA/AP")  // "KCNA/AP"
    /// ```
    package static func photoCredit(in text: String) -> String? {
        var text = text
        return text.withUTF8 { photoCredit(bytes: $0) }
    }

    private static func photoCredit(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // Cheap filter first: every marker has a colon or starts "Photo".
        guard ByteSearch.contains(0x3A, in: bytes) || ByteSearch.contains(photoBytes, in: bytes) else { return nil }
        for marker in creditMarkerBytes {
            guard ByteSearch.contains(marker, in: bytes), let at = lastIndex(of: marker, in: bytes) else { continue }
            if at > 0 && bytes[at - 1] != 0x20 { continue }
            let creditBytes = UnsafeBufferPointer(rebasing: bytes[(at + marker.count)...])
            let credit = String(decoding: creditBytes, as: UTF8.self).trimmingSpaces()
            guard !credit.isEmpty, credit.count <= 150, !credit.contains(". "),
                  credit.first.map({ $0.isUppercase || $0.isNumber }) == true
            else { continue }
            return String(credit)
        }
        return nil
    }

    static let photoBytes = Array("Photo".utf8)
    static let creditMarkerBytes: [[UInt8]] = creditMarkers.map { Array($0.utf8) }

    /// The start of the last occurrence of `needle` in `haystack`.
    static func lastIndex(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard needle.count <= haystack.count, let first = needle.first else { return nil }
        var i = haystack.count - needle.count
        while i >= 0 {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i -= 1
        }
        return nil
    }

    /// Splits a closing wire credit off the last paragraph.
    ///
    /// ```swift
    /// BlockClassifier.wireCredit(in: "…educational buildings. – PA")
    /// // (body: "…educational buildings.", creditText: "– PA", agency: "PA")
    /// BlockClassifier.wireCredit(in: "– PA")  // (body: nil, creditText: "– PA", agency: "PA")
    /// ```
    static func wireCredit(in text: String) -> (body: String?, creditText: String, agency: String)? {
        guard let dashIndex = lastDashIndex(in: text) else { return nil }
        let agency = text[text.index(after: dashIndex)...].trimmingSpaces()
        guard isAgency(agency) else { return nil }
        let body = text[..<dashIndex].trimmingSpaces()
        if body.isEmpty {
            return (nil, String(text.trimmingSpaces()), String(agency))
        }
        // The dash must stand apart from a finished sentence: "… buildings. – PA".
        guard dashIndex > text.startIndex, text[text.index(before: dashIndex)] == " ",
              let last = body.last, ".!?\"”’')".contains(last) else { return nil }
        return (String(body), String(text[dashIndex...]), String(agency))
    }

    private static let dashes: [Character] = ["–", "—", "-", "―"]

    /// The last character of `text` that is a dash (`-`, `–`, `—`, `―`), found from the
    /// end on the UTF-8 bytes rather than character by character.
    static func lastDashIndex(in text: String) -> String.Index? {
        var copy = text
        return copy.withUTF8 { bytes -> String.Index? in
            var k = bytes.count - 1
            while k >= 0 {
                // `-` is 2D; `–`, `—`, `―` are E2 80 93/94/95.
                var start = -1
                let b = bytes[k]
                if b == 0x2D {
                    start = k
                } else if b >= 0x93 && b <= 0x95, k >= 2, bytes[k - 1] == 0x80, bytes[k - 2] == 0xE2 {
                    start = k - 2
                }
                if start >= 0 {
                    // A dash scalar is a dash character when a character starts there and
                    // nothing is attached to it (a combining mark makes another character).
                    let index = text.utf8.index(text.utf8.startIndex, offsetBy: start)
                    if let boundary = String.Index(index, within: text), dashes.contains(text[boundary]) {
                        return boundary
                    }
                    k = start
                }
                k -= 1
            }
            return nil
        }
    }

    /// One to four capitalised words, at most 40 characters: `PA`, `AP`, `Reuters`,
    /// `PA Media`, `Agence France-Presse`.
    static func isAgency(_ s: Substring) -> Bool {
        guard !s.isEmpty, s.dropFirst(40).isEmpty else { return false }
        let words = s.split(separator: " ")
        guard (1...4).contains(words.count) else { return false }
        return words.allSatisfy { w in
            guard let f = w.first, f.isUppercase else { return false }
            return w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "&" || $0 == "." || $0 == "/" }
        }
    }

    /// A title made from running text: its whole first sentence, never cut with an
    /// ellipsis (only the list cuts a title to fit). A "sentence" longer than `limit`
    /// characters (text with no full stop) ends at its last clause break (`,` `;` `:`
    /// or a dash) before the limit, else at its last word.
    ///
    /// ```swift
    /// BlockClassifier.title(from: "Kim has spoken. Then more.")  // "Kim has spoken."
    /// ```
    static func title(from text: String, limit: Int = 300) -> String {
        var sentence = Substring(text)
        var previous: Character = " "
        var count = 0
        for i in text.indices {
            let c = text[i]
            if c == " " && previous == "." { sentence = text[..<i]; break }
            previous = c
            count += 1
            if count > limit + 1 { break }  // bounded: long text with no stop is cut below
        }
        if sentence.count <= limit { return String(sentence) }
        let cut = sentence.prefix(limit)
        let clause = cut.lastIndex { ",;:–—".contains($0) }.map { cut[..<$0] }
        if let clause, clause.count >= limit / 3 { return String(clause.trimmingSpaces()) }
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(word.trimmingSpaces())
    }
}
