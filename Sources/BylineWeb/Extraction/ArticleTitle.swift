/// The article's title from a page's `<title>`, without the site's name around it
/// (`Headline | Site`, `Site: Headline`), as reader modes cut it.
///
/// ```swift
/// ArticleTitle.cut("Storm hits the coast - The Daily News", headings: [])  // "Storm hits the coast"
/// ```
enum ArticleTitle {
    static let separators: Set<Character> = ["|", "-", "\\", "/", ">", "»", "–", "—"]
    static let hierarchical: Set<Character> = ["\\", "/", ">", "»"]

    static func fromTitleTag(_ document: HTMLDocument, siteName: String? = nil) -> String? {
        guard let title = document.title else { return nil }
        let headings = document.body.map { $0.descendants(["h1", "h2"]).map { $0.textContent.collapsingWhitespace() } } ?? []
        let cut = cut(title, headings: headings, h1s: document.body?.descendants(["h1"]).map { $0.textContent.collapsingWhitespace() } ?? [],
                      siteName: siteName)
        return cut.isEmpty ? nil : cut
    }

    static func cut(_ original: String, headings: [String], h1s: [String] = [], siteName: String? = nil) -> String {
        let orig = original.collapsingWhitespace()
        var cur = orig
        var hadHierarchical = false
        let chars = Array(orig)
        // Separators count only with a space on each side: "Site - Headline".
        let sepPositions = chars.indices.filter { i in
            i > 0 && i < chars.count - 1 && separators.contains(chars[i]) && chars[i - 1] == " " && chars[i + 1] == " "
        }
        if let last = sepPositions.last, let first = sepPositions.first {
            hadHierarchical = sepPositions.contains { hierarchical.contains(chars[$0]) }
            cur = String(chars[..<last]).collapsingWhitespace()
            if wordCount(cur) < 3 { cur = String(chars[(first + 1)...]).collapsingWhitespace() }
        } else if orig.contains(": ") {
            if !headings.contains(orig) {
                if let r = orig.range(of: ": ", options: .backwards) { cur = String(orig[r.upperBound...]) }
                if wordCount(cur) < 3, let r = orig.range(of: ": ") {
                    cur = String(orig[r.upperBound...])
                } else if let r = orig.range(of: ": "), wordCount(orig[..<r.lowerBound]) > 5 {
                    cur = orig
                }
            }
        } else if orig.count > 150 || orig.count < 15, h1s.count == 1 {
            cur = h1s[0]
        }
        cur = cur.collapsingWhitespace()
        let curWords = wordCount(cur)
        // A short title stays cut when what was cut off is the site's name, or when
        // the page's heading says the same.
        let cutOffIsSite = siteName.map { orig.lowercased().hasSuffix($0.lowercased()) || orig.lowercased().hasPrefix($0.lowercased()) } ?? false
        if curWords <= 4 && !sepPositions.isEmpty && cur != orig && (cutOffIsSite || headings.contains(cur)) { return cur }
        if curWords <= 4 {
            let origWithoutSeparators = String(chars.enumerated().filter { !sepPositions.contains($0.offset) }.map(\.element))
            if !hadHierarchical || curWords != wordCount(origWithoutSeparators) - 1 { cur = orig }
        }
        return cur
    }

    static func wordCount<S: StringProtocol>(_ s: S) -> Int {
        s.split(whereSeparator: { $0.isWhitespace }).count
    }

    /// Share of `b`'s words missing from `a`, turned into a similarity (1 = same words).
    static func similarity(_ a: String, _ b: String) -> Double {
        let ta = Set(words(a)), tb = words(b)
        guard !ta.isEmpty, !tb.isEmpty else { return 0 }
        let extra = tb.filter { !ta.contains($0) }
        let lengthB = tb.joined(separator: " ").count
        guard lengthB > 0 else { return 0 }
        return 1 - Double(extra.joined(separator: " ").count) / Double(lengthB)
    }

    private static func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
