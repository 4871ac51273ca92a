/// A person's name as a speaker, without the words a recogniser may glue to it: an age
/// before it (`Twelve-year-old Sam Smith` → `Sam Smith`), a courtesy title before a full
/// name (`Dr Jane Roe` → `Jane Roe`), a place named just before it (`Freedonia Jane
/// Roe`, from `the president of Freedonia Jane Roe`), or post-nominal letters after it (`Jane Roe KC`,
/// `John Doe MP` → `Jane Roe`, `John Doe`). The guidelines leave all of them out of a
/// name (GUIDELINES.md: titles before a full name and post-nominals such as `QC` are dropped).
///
/// ```swift
/// SpeakerName.person("Jane Roe KC")                       // "Jane Roe"
/// SpeakerName.person("Freedonia Jane Roe", places: ["Freedonia"])  // "Jane Roe"
/// SpeakerName.person("Mr Kim")                            // "Mr Kim" (a title before a bare surname stays)
/// ```
enum SpeakerName {
    /// Letters after a name: honours, offices, professional ranks (upper case as written;
    /// `scripts/entities/keywords/post-nominals.txt`).
    static let postNominals = Set(KeywordData.words(KeywordData.postNominals).map { Substring($0) })

    /// Courtesy titles dropped before a full name (two words or more after them;
    /// `scripts/entities/keywords/courtesy-titles.txt`).
    static let titles = Set(KeywordData.words(KeywordData.courtesyTitles).map { Substring($0) })

    /// The name without what is not part of it; the name itself when too little would
    /// be left. `places` are the article's place and nationality names.
    static func person(_ name: String, places: Set<String> = []) -> String {
        var words = name.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2 else { return name }
        var changed = false
        if words[0].lowercased().hasSuffix("-year-old") {
            words.removeFirst()
            changed = true
        }
        while words.count >= 2, postNominals.contains(words[words.count - 1]) {
            words.removeLast()
            if words[words.count - 1].hasSuffix(",") { words[words.count - 1] = words[words.count - 1].dropLast() }
            changed = true
        }
        if words.count >= 3, titles.contains(words[0]) {
            words.removeFirst()
            changed = true
        }
        if !places.isEmpty {
            // The longest run of leading words that names a place, two words of name left.
            for k in stride(from: min(3, words.count - 2), through: 1, by: -1)
            where places.contains(words[0..<k].joined(separator: " ")) {
                words.removeFirst(k)
                changed = true
                break
            }
        }
        guard changed, !words.isEmpty else { return name }
        return words.joined(separator: " ")
    }
}
