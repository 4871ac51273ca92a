/// Recognises photo captions and wire credits among paragraphs; shared by every format.
enum BlockClassifier {
    /// Words that introduce a photo credit: `… Photograph: Michael M Santiago/AP`.
    static let creditMarkers = ["Photograph:", "Photographs:", "Photo:", "Photos:", "Photograph by", "Photo by",
                                "Illustration:", "Image:", "Picture:", "Composite:"]

    /// The credit of a caption paragraph, if the paragraph ends in a credit marker and a
    /// short credit.
    ///
    /// ```swift
    /// BlockClassifier.photoCredit(in: "Kim Jong Un in Pyongyang. Photograph: KCNA/AP")  // "KCNA/AP"
    /// ```
    static func photoCredit(in text: String) -> String? {
        // Cheap filter first: every marker has a colon or starts "Photo".
        let bytes = Array(text.utf8)
        guard bytes.contains(0x3A) || lastIndex(of: photoBytes, in: bytes) != nil else { return nil }
        for marker in creditMarkerBytes {
            guard let at = lastIndex(of: marker, in: bytes) else { continue }
            if at > 0 && bytes[at - 1] != 0x20 { continue }
            let creditBytes = bytes[(at + marker.count)...]
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
    static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
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
        let dashes: [Character] = ["–", "—", "-", "―"]
        guard let dashIndex = text.lastIndex(where: { dashes.contains($0) }) else { return nil }
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

    /// One to four capitalised words, at most 40 characters: `PA`, `AP`, `Reuters`,
    /// `PA Media`, `Agence France-Presse`.
    static func isAgency(_ s: Substring) -> Bool {
        guard !s.isEmpty, s.count <= 40 else { return false }
        let words = s.split(separator: " ")
        guard (1...4).contains(words.count) else { return false }
        return words.allSatisfy { w in
            guard let f = w.first, f.isUppercase else { return false }
            return w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "&" || $0 == "." || $0 == "/" }
        }
    }

    /// A title made from running text: its first sentence, at most `limit` characters,
    /// cut at a word with an ellipsis.
    ///
    /// ```swift
    /// BlockClassifier.title(from: "Kim has spoken. Then more.")  // "Kim has spoken."
    /// ```
    static func title(from text: String, limit: Int = 100) -> String {
        var sentence = Substring(text)
        var previous: Character = " "
        for i in text.indices {
            let c = text[i]
            if c == " " && previous == "." { sentence = text[..<i]; break }
            previous = c
        }
        if sentence.count <= limit { return String(sentence) }
        let cut = sentence.prefix(limit)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word.trimmingSpaces() + "…"
    }
}
