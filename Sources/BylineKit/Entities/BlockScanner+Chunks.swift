/// Cutting a run into names: a leading `The` or sentence start trimmed, courtesy titles,
/// hyphenated compounds, names the gazetteers know whole.
extension BlockScanner {
    func candidate(_ a: Int, _ b: Int, _ type: EntityType, _ evidence: EntityCandidate.Evidence) -> EntityCandidate {
        var c = EntityCandidate(block: block, start: t[a].start, end: t[b - 1].end, type: type, evidence: evidence)
        if type != .date {
            setWords(&c, a, b, all: false)
        }
        c.inBody = kind == .paragraph
        if a > 0 {
            let p = t[a - 1].key
            c.afterPreposition = Keys.locative.contains(p)
            if Keys.personNouns.contains(p) { c.personContext = true }
        }
        if b < t.count {
            if Keys.personCues.contains(t[b].key) { c.personContext = true }
        }
        return c
    }

    func isCommon(_ i: Int) -> Bool {
        let k = kinds(i)
        return k.contains(.common) && !t[i].has(.allCaps) && k.intersection(.known).isEmpty
    }

    func knownKinds(_ a: Int, _ b: Int) -> Gazetteer.Kinds {
        spanKinds(a, b).intersection(.known)
    }

    /// Cuts, trims and types the run `a..<b`.
    func chunk(_ a0: Int, _ b: Int, into out: inout [EntityCandidate]) {
        var a = a0
        guard a < b, t[b - 1].end - t[a].start <= Self.maxNameScalars else { return }
        // The whole run is a known name.
        if b - a > 1, let whole = g.lookup(spanKey(a, b)), !whole.kinds.intersection(.known).isEmpty {
            out.append(known(a, b, whole))
            return
        }
        // A leading `The`, or an ordinary word starting a sentence, is not part of the name.
        while a < b {
            if t[a].key == Keys.the || !t[a].has(.capitalized) && a > a0 { a += 1; continue }
            guard t[a].has(.sentenceStart), b - a > 1 else { break }
            let k = kinds(a)
            if !k.intersection(.known).isEmpty || k.contains(.courtesy) || k.contains(.royal) { break }
            if knownKinds(a, min(b, a + 2)) != [] { break }
            if k.contains(.given) { break }
            if k.contains(.function) || k.contains(.jobTitle) { a += 1; continue }
            if k.contains(.weakGiven), !isCommon(a + 1) { break }
            // `Acme Widgets Ltd`: ordinary words before an organisation word are its name.
            if k.contains(.common), kinds(b - 1).contains(.orgWord), !kinds(b - 1).contains(.placeWord), b - a >= 3 { break }
            if k.contains(.common) {
                // `Johns Hopkins`: an ordinary word before an unknown one may be a name.
                let next = kinds(a + 1)
                if !next.contains(.common) && !next.contains(.given) && next.intersection(.known).isEmpty
                    && !t[a + 1].has(.allCaps) { break }
                a += 1
                continue
            }
            break
        }
        guard a < b else { return }
        if b - a == 1, kinds(a).contains(.function), !t[a].has(.allCaps) {
            return  // `Most`: a capitalised function word is no name (but `US`, `WHO` are).
        }
        if b - a > 2, (a + 1..<b).contains(where: {
            let k = kinds($0)
            return k.contains(.function) && t[$0].has(.capitalized) && !t[$0].has(.allCaps)
                && !k.contains(.particle) && !k.contains(.given) && !k.contains(.weakGiven)
        }) {
            return  // a title: `The Man Who Knew Too Much`, `Love Me or Leave Me`
        }
        if a != a0 {
            if b - a == 1, t[a].length == 1 { return }
            if date(at: a) != nil { return }
            return chunk(a, b, into: &out)
        }
        if kinds(a).contains(.otherWord) && kinds(a).contains(.nonEntity) { return }  // Hurricane Katrina

        // A hyphenated compound of known words: `Luxembourg-based`, `Turkish-Libyan`.
        if b - a == 1, compound(a, into: &out) { return }

        // Event, law, product and work names are not entities ("Geneva Convention").
        if b - a > 1, kinds(b - 1).contains(.otherWord) { return }
        if b - a >= 2, t[b - 1].key == Keys.no, kinds(b - 2).contains(.otherWord) { return }  // Republic Act No. 3846

        let k0 = kinds(a)
        // Courtesy titles: `Mr Kim` stays, `Dr Gary Mortimer` → `Gary Mortimer`.
        if k0.contains(.courtesy) {
            if b - a == 1 { return }  // a lone "Mr" or "Sir"
            if b - a == 2 {
                if kinds(a + 1).contains(.jobTitle) && !kinds(a + 1).contains(.given) { return }  // Lord President
                var c = candidate(a, b, .person, .known)
                c.courtesy = true
                // Words and text keys of the surname alone: `Mr Kim` groups with `Kim`.
                c.start = t[a + 1].start
                setWords(&c, a + 1, b, all: true)
                c.start = t[a].start
                out.append(c)
                return
            }
            return named(a + 1, b, into: &out, titled: true)
        }
        if k0.contains(.royal), b - a == 1 { return }  // a lone "Queen" or "Pope"
        named(a, b, into: &out, titled: false)
    }

    /// Emits the known parts of a hyphenated word; false when it has none.
    func compound(_ i: Int, into out: inout [EntityCandidate]) -> Bool {
        let tok = t[i]
        guard kinds(i).intersection(.known).isEmpty else { return false }
        var parts: [(Int, Int)] = []
        var s = tok.start
        for p in tok.start..<tok.end where text[p] == "-" || text[p] == "\u{2013}" {
            parts.append((s, p)); s = p + 1
        }
        guard !parts.isEmpty else { return false }
        parts.append((s, tok.end))
        var found: [EntityCandidate] = []
        var allKnownOrLower = true
        for (ps, pe) in parts where pe > ps {
            let key = NameKey(text, ps..<pe)
            if let e = g.lookup(key), !e.kinds.intersection(.known).isEmpty, EntityTokenizer.isUpper(text[ps]) {
                var c = known(i, i + 1, e)
                c.start = ps; c.end = pe
                c.nameKeys = []
                c.initialsKey = .empty
                c.wordCount = 1
                appendWords(ps, pe, to: &c)
                setTextKeys(&c)
                found.append(c)
            } else if EntityTokenizer.isUpper(text[ps]) {
                allKnownOrLower = false
            }
        }
        guard !found.isEmpty, allKnownOrLower else { return false }
        out.append(contentsOf: found)
        return true
    }

    func known(_ a: Int, _ b: Int, _ e: Gazetteer.Entry) -> EntityCandidate {
        let type: EntityType = e.kinds.contains(.norp) ? .norp : e.kinds.intersection(.place).isEmpty ? .org : .place
        var c = candidate(a, b, type, .known)
        if e.kinds.contains(.org) && !e.kinds.intersection([.country, .region]).isEmpty {
            c.type = .place  // US, UK: the country, not an organisation of that name
        }
        if type == .place && e.kinds.intersection([.country, .region]).isEmpty {
            c.evidence = .shape  // a town name may be a person's (`Downey`, `David`)
        }
        c.gazetteerCanonicalKey = e.canonical.map(EntityLinker.normKey)
        c.fromGazetteer = true
        c.givenName = b - a == 1 && (e.kinds.contains(.given) || e.kinds.contains(.weakGiven))
        return c
    }
}
