import Foundation

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
        for marker in creditMarkers {
            guard let r = text.range(of: marker, options: .backwards) else { continue }
            if r.lowerBound != text.startIndex {
                let before = text[text.index(before: r.lowerBound)]
                guard before == " " else { continue }
            }
            let credit = String(text[r.upperBound...].trimmingSpaces())
            guard !credit.isEmpty, credit.count <= 150, !credit.contains(". "),
                  credit.first.map({ $0.isUppercase || $0.isNumber }) == true
            else { continue }
            return credit
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
        if let r = text.range(of: ". ") { sentence = text[..<text.index(after: r.lowerBound)] }
        if sentence.count <= limit { return String(sentence) }
        let cut = sentence.prefix(limit)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word.trimmingSpaces() + "…"
    }
}
