/// Picture and agency credits: `Photograph: Korean Central News Agency/AP`.
extension BlockScanner {
    /// `Photograph: Korean Central News Agency/Korea News Service/AP`, `Image: John
    /// Lubbock (flickr).`, `– PA`: each part between slashes is one name; a person
    /// unless it reads as an organisation.
    func scanCredit(from i0: Int, into out: inout [EntityCandidate]) {
        var i = i0
        while i < t.count {
            // Skip the lead word and its colon, dashes, slashes, brackets.
            while i < t.count, !t[i].isWord || (i + 1 < t.count && t[i + 1].first == ":" && !t[i + 1].isWord) {
                i += 1
            }
            guard i < t.count else { return }
            var j = i
            while j < t.count, t[j].isWord || (t[j].first != "/" && t[j].first != "(" && t[j].first != ")"
                                                 && t[j].first != "," && t[j].first != ";" && t[j].first != "."
                                                 && t[j].first != "!") {
                j += 1
            }
            // j is at a separator.
            creditPart(i, j, into: &out)
            i = j + 1
        }
    }

    func creditPart(_ a: Int, _ b: Int, into out: inout [EntityCandidate]) {
        guard a < b, b - a <= Self.maxNameTokens, t[b - 1].end - t[a].start <= Self.maxNameScalars else { return }
        if let e = g.lookup(spanKey(a, b)), !e.kinds.intersection(.known).isEmpty {
            var c = known(a, b, e)
            c.inCredit = true
            out.append(c)
            return
        }
        var c: EntityCandidate
        let last = kinds(b - 1)
        if last.contains(.orgWord) || t[a].has(.allCaps) || (b - a == 1 && t[a].has(.lower)) {
            c = candidate(a, b, .org, .known)
        } else {
            c = candidate(a, b, .person, .known)
        }
        c.inCredit = true
        setWords(&c, a, b, all: true)
        out.append(c)
    }
}
