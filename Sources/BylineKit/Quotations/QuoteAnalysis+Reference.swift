/// Resolving `he`/`she` and role nouns (`the archbishop`) to a named person.
extension QuoteAnalysis {
    /// The person a `he` or `she` at (`block`, `offset`) refers to: the most recent
    /// person of fitting gender mentioned as a subject, else the most recent one of
    /// fitting gender.
    mutating func resolvePronoun(feminine: Bool, block b: Int, offset: Int) -> Subject {
        let ps = persons
        let gs = genders
        // Last person mention before the pronoun.
        var lo = 0
        var hi = ps.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let l = mentions[ps[mid]].location
            if l.block < b || (l.block == b && l.start < offset) { lo = mid + 1 } else { hi = mid }
        }
        var nearest: String? = nil
        var nearestFree: String? = nil
        var seen = 0
        var looked = 0
        var idx = lo - 1
        // At most 12 people of fitting gender, among at most 200 mentions.
        while idx >= 0, seen < 12, looked < 200 {
            looked += 1
            let mi = ps[idx]
            idx -= 1
            let m = mentions[mi]
            if m.location.block < b - 4 { break }
            let g = gs[m.canonical] ?? 0
            if g != 0, (g < 0) != feminine { continue }
            seen += 1
            if nearest == nil { nearest = m.canonical }
            let prepositional = wordsBefore(block: m.location.block, offset: m.location.start, count: 1).first
                .map(SpeechLexicon.prepositions.contains) ?? false
            if prepositional { continue }
            if nearestFree == nil { nearestFree = m.canonical }
            // The subject of a reporting verb (`Brudziński wrote …`) or of its sentence.
            if let w = wordAfter(block: m.location.block, offset: m.location.end), SpeechLexicon.cues.contains(w) {
                return .name(m.canonical)
            }
            if isSubjectLike(mi) { return .name(m.canonical) }
        }
        if let n = nearestFree ?? nearest { return .name(n) }
        return .none
    }

    /// A mention that opens its sentence's first name, not after a preposition and not a
    /// possessive: `Refusing to give up power, Mugabe agreed …`.
    func isSubjectLike(_ mi: Int) -> Bool {
        let m = mentions[mi]
        let b = m.location.block
        let s = scalars[b]
        if m.location.end < s.count, s[m.location.end] == 0x27 || s[m.location.end] == 0x2019 { return false }
        if let w = wordsBefore(block: b, offset: m.location.start, count: 1).first,
           SpeechLexicon.prepositions.contains(w) { return false }
        // Find the sentence start.
        var i = m.location.start - 1
        // No sentence end within 400 scalars: the sentence is taken to start there.
        var floor = max(0, m.location.start - 400)
        while i > 0, m.location.start - i < 400 {
            let c = s[i]
            if (c == 0x2E || c == 0x21 || c == 0x3F), i + 1 < s.count, ScalarClass.isSpace(s[i + 1]) { floor = i; break }
            i -= 1
        }
        // Mentions of the block are sorted: look back from this one to the sentence start.
        let list = mentionsByBlock[b]
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[list[mid]].location.start < m.location.start { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0 {
            let o = mentions[list[k]]
            if o.location.start < floor { break }
            if o.location.end <= m.location.start, o.type == .person || o.type == .org { return false }
            k -= 1
        }
        return true
    }

    /// The person a role noun refers back to: the latest person named right after that
    /// role before this point (`archbishop Jorge Scheinig` … `the archbishop said`).
    func resolveRole(word: UInt64, block b: Int, offset: Int) -> String? {
        var bi = b
        var looked = 0
        while bi >= 0, bi >= b - 30, looked < 300 {
            for mi in mentionsByBlock[bi].reversed() {
                looked += 1
                if looked > 300 { return nil }
                let m = mentions[mi]
                guard m.type == .person, bi < b || m.location.end <= offset else { continue }
                if wordsBefore(block: bi, offset: m.location.start, count: 3).contains(word) { return m.canonical }
                // `Dunn's mother, Charlotte Charles`
                if m.text.split(separator: " ").contains(where: { NameKey($0).value == word }) { return m.canonical }
            }
            bi -= 1
        }
        return nil
    }
}
