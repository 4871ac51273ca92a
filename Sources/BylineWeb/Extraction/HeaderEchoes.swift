import BylineKit

/// Blocks at the top of an extracted article that only repeat what the reader's header
/// already shows: the page's own `<h1>` (the title, or the title without the site's name
/// after it), the author's name on a line of its own (or with co-authors or the date after
/// it), a publication stamp. Reader modes drop them (Readability's duplicate-title check);
/// Byline prints title, date and author once, above the text. A stamp that says what it
/// dates ("First published: …", "Updated …") is dropped wherever it stands.
///
/// ```swift
/// HeaderEchoes.dropped(from: [
///     Block(kind: .headline, text: "Storm hits the coast"),
///     Block(kind: .paragraph, text: "JANE DOE"),
///     Block(kind: .paragraph, text: "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"),
///     Block(kind: .paragraph, text: "The storm reached the coast at dawn."),
/// ], links: [], title: "Storm hits the coast", author: "Jane Doe").blocks
/// // [.paragraph "The storm reached the coast at dawn."]
/// ```
enum HeaderEchoes {
    /// How far down the article an echo is looked for.
    static let reach = 6

    /// The blocks without the echoes, each link kept with its block (`ArticleLink.block`
    /// renumbered; a link in a dropped block goes with it).
    static func dropped(from blocks: [Block], links: [ArticleLink], title: String, author: String?) -> (blocks: [Block], links: [ArticleLink]) {
        let titleKey = key(title)
        let authorKey = author.map(key)
        var kept: [Block] = []
        kept.reserveCapacity(blocks.count)
        var newIndex: [Int?] = []
        for (i, block) in blocks.enumerated() {
            let echo = i < reach && (isEcho(block.text, titleKey: titleKey, authorKey: authorKey) || isTitleWithSite(block.text, title: title))
            if block.kind != .caption, echo || isPublicationStamp(block.text) {
                newIndex.append(nil)
                continue
            }
            newIndex.append(kept.count)
            kept.append(block)
        }
        let keptLinks = links.compactMap { link -> ArticleLink? in
            guard link.block < newIndex.count, let n = newIndex[link.block] else { return nil }
            var l = link
            l.block = n
            return l
        }
        return (kept, keptLinks)
    }

    static func isEcho(_ text: String, titleKey: String, authorKey: String?) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        let k = key(text)
        if k.isEmpty { return false }
        if k == titleKey { return true }
        if let authorKey, !authorKey.isEmpty {
            if k == authorKey || k == "by " + authorKey { return true }
            // "By Jane Doe, John Roe and Ann Poe", "By Jane Doe on Monday, November 18th, 2019":
            // the author line with more names or its date.
            if k.hasPrefix("by " + authorKey + " "), k.split(separator: " ").count <= 16 { return true }
        }
        return isStamp(text)
    }

    /// The page's heading when the title is that heading with the site's name after a
    /// separator: `Open thread` under the title `Open thread - The Example Blog`.
    static func isTitleWithSite(_ text: String, title: String) -> Bool {
        // A paragraph longer than the title is not the title cut short (cheap, before any copy).
        guard text.utf8.count < 2 * title.utf8.count + 16 else { return false }
        let t = text.collapsingWhitespace()
        guard ArticleTitle.wordCount(t) >= 2, title.count > t.count, title.lowercased().hasPrefix(t.lowercased()) else { return false }
        let rest = title.dropFirst(t.count)
        guard rest.first == " ", let separator = rest.dropFirst().first else { return false }
        return ArticleTitle.separators.contains(separator) && rest.dropFirst(2).first == " "
    }

    static let publicationWords: Set<String> = ["published", "updated", "posted", "modified"]

    /// The publication words' stems in lower and upper case (`Published`, `UPDATED`): a
    /// block without one is no publication stamp, found on its bytes before any key is made.
    static let publicationStems = ["ublish", "pdat", "osted", "odifi", "UBLISH", "PDAT", "OSTED", "ODIFI"]

    /// A stamp that says what it dates (`First Published: Tuesday, November 19, 2019 08:38 AM`)
    /// is left out wherever it stands in the article; a bare date is left out only at the top.
    static func isPublicationStamp(_ text: String) -> Bool {
        guard text.utf8.count <= 200, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
              ByteMatch.containsAny(text, publicationStems), isStamp(text) else { return false }
        return key(text).split(separator: " ").contains { publicationWords.contains(String($0.drop(while: \.isNumber))) }
    }

    /// Lower-cased letters and digits, one space between words: `By JANE DOE.` → `by jane doe`.
    static func key(_ s: String) -> String {
        var out = ""
        var space = false
        for c in s.lowercased().unicodeScalars {
            if c.properties.isAlphabetic || ("0"..."9").contains(c) {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.unicodeScalars.append(c)
            } else {
                space = true
            }
        }
        return out
    }

    static let stampWords: Set<String> = [
        "published", "updated", "posted", "modified", "last", "first", "on", "at", "am", "pm", "a", "m", "p",
        "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "ist", "aest", "aedt",
        "pt", "et", "ct", "mt", "hst", "jst", "kst", "hkt", "sgt", "msk", "nzst", "nzdt", "awst", "acst",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "update", "date", "time",
    ]

    /// A line made only of dates, times and words such as "Published" and "Updated":
    /// `Updated 5:27 am CST, Wednesday, November 20, 2019`, `Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.`.
    static func isStamp(_ text: String) -> Bool {
        let words = key(text).split(separator: " ")
        guard words.count >= 2, words.count <= 24, words.contains(where: { $0.first!.isNumber }) else { return false }
        for w in words {
            if w.allSatisfy(\.isNumber) { continue }
            if stampWords.contains(String(w)) { continue }
            // "2019updated", "20th", "1st": digits glued to a stamp word or an ordinal.
            let letters = w.drop(while: \.isNumber)
            if letters.count < w.count, stampWords.contains(String(letters)) || ["st", "nd", "rd", "th"].contains(String(letters)) { continue }
            return false
        }
        return true
    }
}
