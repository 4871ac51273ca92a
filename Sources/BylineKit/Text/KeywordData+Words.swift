/// Reading the lists of ``KeywordData``: one entry a line, a word and, in some lists, tags
/// after it (`said person`).
///
/// ```swift
/// KeywordData.words(KeywordData.articles)                       // ["the", "a", "an", …]
/// KeywordData.words(KeywordData.speechCues, tagged: "person")   // ["says", "said", "told", …]
/// KeywordData.lines(KeywordData.creditMarkers)                  // ["Photograph:", …, "Photo by", …]
/// ```
extension KeywordData {
    /// The word of each line of `list`, tags left out.
    static func words(_ list: String) -> [String] {
        list.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
    }

    /// Each line of `list` whole, for lists whose entries hold a space (`Photo by`).
    static func lines(_ list: String) -> [String] {
        list.split(separator: "\n").map(String.init)
    }

    /// The words of the lines of `list` that carry `tag`.
    static func words(_ list: String, tagged tag: String) -> [String] {
        list.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            return parts.dropFirst().contains(Substring(tag)) ? String(parts[0]) : nil
        }
    }
}
