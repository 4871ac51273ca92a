/// Who said a quotation: the reporting verb or colon near it, then the subject of that
/// verb (a named person or body, a pronoun resolved to one, a role such as "the judge"
/// resolved to a named person), or an unnamed source.
extension QuoteAnalysis {
    /// The outcome of looking for a speaker.
    enum Subject: Equatable {
        /// The canonical name of the speaker.
        case name(String)
        /// The words are attributed, but to no one the article names ("critics").
        case anonymous
        /// Nothing found.
        case none

        var name: String? { if case .name(let n) = self { return n }; return nil }
    }

    enum Cue { case verb, colon, according }

    /// How many tokens either side of a quotation the rules look at.
    static let window = 80

    struct Attribution {
        /// The sentence reports someone's words (a reporting verb, `according to`, a colon).
        var cue: Bool
        var subject: Subject
    }

    func cueKind(_ toks: [Token], _ t: Int) -> Cue? {
        let tok = toks[t]
        guard tok.mention < 0 else { return nil }
        switch tok.kind {
        case .punct:
            return tok.value == 0x3A ? .colon : nil
        case .word:
            guard SpeechLexicon.cues.contains(tok.value) else { return nil }
            if tok.value == SpeechLexicon.according {
                return t + 1 < toks.count && toks[t + 1].value == SpeechLexicon.to ? .according : nil
            }
            return .verb
        case .quote:
            return nil
        }
    }

    /// Finds the attribution of span `qi` within its sentence.
    mutating func attribute(_ qi: Int) -> Attribution {
        let b = spans[qi].block
        let bt = blockTokens(b)
        let toks = bt.tokens
        let qt = quoteToken[qi]
        // Sentences are looked at within a window, so that one huge sentence with many
        // quotations still costs linear time.
        let sS = max(bt.sentenceStart[qt], qt - Self.window)
        let sE = min(bt.sentenceEnd[qt], qt + Self.window)

        // 0. Introduced right before: `said "…"`, `said, "…"`, `X wrote: "…"`.
        if let v = introducingCue(toks, qt, sS) {
            let subject = v.colon ? colonSubject(block: b, colon: v.index, lowerBound: sS)
                : resolve(block: b, cue: v.index, lowerBound: sS, forwardLimit: qt)
            if subject != .none { return Attribution(cue: true, subject: subject) }
        }
        // 1. Right after the quotation: `"…," Mr Thompson said` / `"…," said Khan`.
        var t = qt + 1
        var rightCue = false
        if t < sE, looksLikeAttributionAfter(toks, qt, b) {
            var words = 0
            while t < sE, toks[t].kind != .quote, words < 6 {
                if toks[t].kind == .punct, toks[t].value == 0x3B || toks[t].value == 0x2E { break }
                if toks[t].kind == .word { words += 1 }
                if cueKind(toks, t) == .verb {
                    let subject = resolve(block: b, cue: t, lowerBound: qt + 1, forwardLimit: sE)
                    if subject != .none { return Attribution(cue: true, subject: subject) }
                    rightCue = true
                    break
                }
                t += 1
            }
        }
        // 2. Before it: `Mr Kim said "…"`, `according to X, "…"`, `X wrote: "…"`.
        t = qt - 1
        var colon = -1
        var according: Int? = nil
        while t >= sS {
            if let skipped = skipParenthetical(toks, t, sS) { t = skipped; continue }
            if toks[t].kind != .quote, let cue = cueKind(toks, t) {
                switch cue {
                case .according:
                    let s = subjectForward(block: b, from: t + 2, to: qt)
                    if s != .none { return Attribution(cue: true, subject: s) }
                    if according == nil { according = t }
                case .colon:
                    if colon < 0 { colon = t }
                case .verb:
                    return Attribution(cue: true, subject: resolve(block: b, cue: t, lowerBound: sS, forwardLimit: qt))
                }
            }
            t -= 1
        }
        if colon >= 0 {
            return Attribution(cue: true, subject: colonSubject(block: b, colon: colon, lowerBound: sS))
        }
        if according != nil { return Attribution(cue: true, subject: .anonymous) }
        // 3. Later in the sentence: `"…," according to NBC`, `… "…" by the police`.
        t = qt + 1
        while t < sE {
            if toks[t].kind != .quote, let cue = cueKind(toks, t) {
                switch cue {
                case .according:
                    return Attribution(cue: true, subject: subjectForward(block: b, from: t + 2, to: sE))
                case .verb:
                    return Attribution(cue: true, subject: resolve(block: b, cue: t, lowerBound: sS, forwardLimit: sE))
                case .colon:
                    break
                }
            }
            t += 1
        }
        return Attribution(cue: rightCue, subject: .none)
    }

    /// The cue that introduces the quotation directly: `said "…"`, `said, "…"`,
    /// `wrote on Twitter, "…"`, `X said: "…"`.
    func introducingCue(_ toks: [Token], _ qt: Int, _ sS: Int) -> (index: Int, colon: Bool)? {
        var t = qt - 1
        guard t >= sS else { return nil }
        if toks[t].kind == .punct, toks[t].value == 0x3A { return (t, true) }
        if toks[t].kind == .punct, toks[t].value == 0x2C || toks[t].value == 0x2014 { t -= 1 }
        // Up to four words of adjunct: `said on TV,`, `wrote on Twitter,`, `said in a statement:`.
        var words = 0
        while t >= sS, words < 5 {
            let tok = toks[t]
            if tok.kind == .quote { return nil }
            if tok.kind == .punct { return nil }
            if cueKind(toks, t) == .verb { return (t, false) }
            words += 1
            t -= 1
        }
        return nil
    }

    /// Whether the words after a quotation read as its attribution: `"…," he said`,
    /// `"…" said Khan`, `"…", wrote X`; not the narrator's sentence going on
    /// (`a "limitless" expansion`).
    func looksLikeAttributionAfter(_ toks: [Token], _ qt: Int, _ b: Int) -> Bool {
        let next = toks[qt + 1]
        if next.kind == .punct { return next.value == 0x2C || next.value == 0x2014 }
        guard next.kind == .word else { return false }
        if SpeechLexicon.clauseStarters.contains(next.value) { return false }
        let span = spans[Int(toks[qt].value)]
        let last = scalars[b][span.end - 1]
        if last == 0x2C || last == 0x21 || last == 0x3F || last == 0x2014 { return true }
        return next.mention >= 0 || next.capitalized || SpeechLexicon.cues.contains(next.value)
            || SpeechLexicon.he.contains(next.value) || SpeechLexicon.she.contains(next.value)
    }

    /// Who a colon introduction belongs to: the subject of a reporting verb before the
    /// colon (`Bill Gerstenmaier of NASA spoke of … SpaceX:`), else the nearest name.
    mutating func colonSubject(block b: Int, colon: Int, lowerBound sS: Int) -> Subject {
        let toks = blockTokens(b).tokens
        var t = colon - 1
        while t >= sS, toks[t].kind != .quote {
            if cueKind(toks, t) == .verb { return resolve(block: b, cue: t, lowerBound: sS, forwardLimit: colon) }
            t -= 1
        }
        return subjectBackward(block: b, from: colon, lowerBound: sS)
    }

    /// When token `t` closes a parenthetical (`— which the BBC noted —`, `(…)`), the
    /// token before its opening, so the words inside are skipped.
    func skipParenthetical(_ toks: [Token], _ t: Int, _ lb: Int) -> Int? {
        let tok = toks[t]
        guard tok.kind == .punct else { return nil }
        let open: UInt64
        switch tok.value {
        case 0x2C:
            // `, which was approved by President Trump,` / `, who led the petition,`
            var k = t - 1
            while k > lb, k >= t - 30 {
                if toks[k].kind == .quote { return nil }
                if toks[k].kind == .punct {
                    if toks[k].value == 0x2C, toks[k + 1].kind == .word, SpeechLexicon.relativePronouns.contains(toks[k + 1].value) {
                        return k - 1
                    }
                    if toks[k].value != 0x28 && toks[k].value != 0x29 { return nil }
                }
                k -= 1
            }
            return nil
        case 0x29: open = 0x28
        case 0x2014, 0x2013: open = tok.value
        default: return nil
        }
        var k = t - 1
        while k >= lb, k >= t - 40 {
            if toks[k].kind == .quote { return nil }
            if toks[k].kind == .punct, toks[k].value == open { return k - 1 }
            k -= 1
        }
        return nil
    }

    /// The subject of the reporting verb at token `v`: its agent when passive
    /// (`described by critics as`), else the nearest name before it, else after it.
    mutating func resolve(block b: Int, cue v: Int, lowerBound: Int, forwardLimit: Int) -> Subject {
        let toks = blockTokens(b).tokens
        let sE = min(blockTokens(b).sentenceEnd[v], v + Self.window)
        let isPassive = (v >= 1 && toks[v - 1].kind == .word && SpeechLexicon.passiveAux.contains(toks[v - 1].value))
            || (v >= 2 && toks[v - 2].kind == .word && SpeechLexicon.passiveAux.contains(toks[v - 2].value)
                && toks[v - 1].kind == .word && toks[v - 1].mention < 0)
        if isPassive {
            var t = v + 1
            while t < sE {
                if toks[t].kind == .word, toks[t].value == SpeechLexicon.by, toks[t].mention < 0 {
                    let s = subjectForward(block: b, from: t + 1, to: sE)
                    return s == .none ? .anonymous : s
                }
                t += 1
            }
            // `was quoted as saying`, `is said to`: the subject still speaks.
            if !(v + 1 < sE && toks[v + 1].kind == .word && (toks[v + 1].value == SpeechLexicon.asWord || toks[v + 1].value == SpeechLexicon.to)) {
                return .anonymous
            }
        }
        var s = subjectBackward(block: b, from: v, lowerBound: lowerBound)
        if s == .none { s = subjectForward(block: b, from: v + 1, to: forwardLimit) }
        return s
    }

    /// Walks back from token `v` to the subject of the clause.
    mutating func subjectBackward(block b: Int, from v: Int, lowerBound lb: Int) -> Subject {
        let toks = blockTokens(b).tokens
        var fallback: Subject = .none
        var t = v - 1
        while t >= lb {
            if let skipped = skipParenthetical(toks, t, lb) { t = skipped; continue }
            let tok = toks[t]
            if tok.kind == .quote {
                // `"…," said Khan, "…"`: the quotation right before the verb ends the
                // clause; one further back is part of it (`X gave its "…" and said`).
                if t >= v - 2 { break }
                t -= 1
                continue
            }
            if tok.mention >= 0 {
                let m = tok.mention
                var ms = t
                while ms > lb, toks[ms - 1].mention == m { ms -= 1 }
                let prepositional = isPrepositional(toks, ms)
                // `Some of the protesters Wikinews interviewed said`: a name inside a
                // clause about an unnamed group.
                if ms > lb, toks[ms - 1].kind == .word, toks[ms - 1].mention < 0,
                   SpeechLexicon.anonymousGroups.contains(toks[ms - 1].value),
                   ms - 2 >= lb, toks[ms - 2].kind == .word, SpeechLexicon.indefinite.contains(toks[ms - 2].value) {
                    return .anonymous
                }
                let possessive = toks[t].end > mentions[m].location.end
                let mention = mentions[m]
                switch mention.type {
                case .person:
                    // `X accused Y of …`, `X told Y …`: Y is spoken to, X speaks.
                    if isObjectOfVerb(toks, ms, lowerBound: lb) { break }
                    if !prepositional && !possessive { return .name(mention.canonical) }
                    if fallback == .none { fallback = .name(mention.canonical) }
                case .org:
                    if isObjectOfVerb(toks, ms, lowerBound: lb) { break }
                    if !prepositional {
                        // `Alexis Boon, the head of the Metropolitan Police …, said`:
                        // the person the clause opens with speaks.
                        if let p = clauseSubjectPerson(toks, before: ms, lowerBound: lb) { return .name(p) }
                        return .name(mention.canonical)
                    }
                    if fallback == .none { fallback = .name(mention.canonical) }
                case .place, .norp:
                    let nextIsOfficial = t + 1 < toks.count && toks[t + 1].kind == .word
                        && SpeechLexicon.spokespeople.contains(toks[t + 1].value)
                    if !prepositional, nextIsOfficial || t + 1 == v, let place = placeName(for: m) {
                        return .name(place)
                    }
                case .date:
                    break
                }
                t = ms - 1
                continue
            }
            if tok.kind == .word {
                let w = tok.value
                if SpeechLexicon.he.contains(w) || SpeechLexicon.she.contains(w) {
                    return resolvePronoun(feminine: SpeechLexicon.she.contains(w), block: b, offset: tok.start)
                }
                if SpeechLexicon.opaquePronouns.contains(w) { return fallback == .none ? .anonymous : fallback }
                let before: Token? = t - 1 >= lb ? toks[t - 1] : nil
                let afterIndefinite = before.map { $0.kind == .word && SpeechLexicon.indefinite.contains($0.value) } ?? true
                if SpeechLexicon.anonymousGroups.contains(w) || SpeechLexicon.spokespeople.contains(w)
                    || SpeechLexicon.anonymousSingles.contains(w) {
                    // `Jane Roe, a spokeswoman for Acme, said`: the named person speaks.
                    if let p = appositivePerson(toks, before: t, lowerBound: lb) { return .name(p) }
                    // The body they speak for: `Facebook officials`, `a spokesperson for Acme`.
                    if let before, before.mention >= 0, let owner = ownerName(before.mention) { return .name(owner) }
                    if SpeechLexicon.spokespeople.contains(w), let f = fallback.name, isBody(f) { return fallback }
                    if SpeechLexicon.anonymousGroups.contains(w), afterIndefinite || t + 1 == v { return .anonymous }
                    if afterIndefinite { return .anonymous }
                }
                if SpeechLexicon.roles.contains(w), let before, before.kind == .word,
                   SpeechLexicon.articles.contains(before.value) {
                    if let r = resolveRole(word: w, block: b, offset: tok.start) { return .name(r) }
                }
                // `the court`, and `the Court` for the court the article has named.
                if !tok.capitalized || (before.map { $0.kind == .word && $0.value == SpeechLexicon.theWord } ?? false),
                   !orgForNoun.isEmpty, let org = orgForNoun[w] ?? orgForNoun[stemHash(tok, b)], let before,
                   before.kind == .word || before.mention >= 0 {
                    if let p = clauseSubjectPerson(toks, before: t, lowerBound: lb) { return .name(p) }
                    return .name(org)
                }
            }
            t -= 1
        }
        return fallback
    }

    /// Whether the mention starting at token `ms` is the object of a verb of accusing,
    /// telling or the like (`accused Y`, `told Y`), not the subject of the clause.
    func isObjectOfVerb(_ toks: [Token], _ ms: Int, lowerBound lb: Int) -> Bool {
        let k = ms - 1
        guard k >= lb, toks[k].kind == .word, toks[k].mention < 0 else { return false }
        return SpeechLexicon.objectVerbs.contains(toks[k].value)
    }

    /// The person named just before a descriptive phrase that starts at `before` or
    /// with the article before it (`Jane Roe, a spokeswoman for …`, `Jane Roe, resident`).
    func appositivePerson(_ toks: [Token], before: Int, lowerBound lb: Int) -> String? {
        var k = before - 1
        var skipped = 0
        while k >= lb, skipped < 2, toks[k].kind == .word, toks[k].mention < 0,
              SpeechLexicon.indefinite.contains(toks[k].value) || SpeechLexicon.articles.contains(toks[k].value) {
            k -= 1
            skipped += 1
        }
        guard k - 1 >= lb, toks[k].kind == .punct, toks[k].value == 0x2C else { return nil }
        let m = toks[k - 1].mention
        guard m >= 0, mentions[m].type == .person, toks[k - 1].end <= mentions[m].location.end else { return nil }
        var ms = k - 1
        while ms > lb, toks[ms - 1].mention == m { ms -= 1 }
        return isPrepositional(toks, ms) ? nil : mentions[m].canonical
    }

    /// Whether the mention starting at token `ms` is the object of a preposition
    /// (`of the Labour Party`, `to BBC`).
    func isPrepositional(_ toks: [Token], _ ms: Int) -> Bool {
        var k = ms - 1
        var skipped = 0
        // Articles and up to three lower-case words: `for news agency PA Media`.
        while k >= 0, toks[k].kind == .word, toks[k].mention < 0, !SpeechLexicon.prepositions.contains(toks[k].value),
              SpeechLexicon.articles.contains(toks[k].value) || (!toks[k].capitalized && skipped < 3
                  && !SpeechLexicon.cues.contains(toks[k].value)) {
            skipped += 1
            k -= 1
        }
        return k >= 0 && toks[k].kind == .word && toks[k].mention < 0 && SpeechLexicon.prepositions.contains(toks[k].value)
    }

    /// A person named as the subject earlier in the clause `lb..<before`, not after a
    /// preposition and not a possessive.
    func clauseSubjectPerson(_ toks: [Token], before: Int, lowerBound lb: Int) -> String? {
        var k = lb
        while k < before {
            let m = toks[k].mention
            if m >= 0 {
                var e = k
                while e + 1 < before, toks[e + 1].mention == m { e += 1 }
                if mentions[m].type == .person, !isPrepositional(toks, k), toks[e].end <= mentions[m].location.end {
                    return mentions[m].canonical
                }
                k = e + 1
                continue
            }
            if toks[k].kind == .quote { return nil }
            k += 1
        }
        return nil
    }

    /// Looks forward from token `f` for the speaker named after a verb (`said Khan`,
    /// `according to the BBC`).
    mutating func subjectForward(block b: Int, from f: Int, to limit: Int) -> Subject {
        let toks = blockTokens(b).tokens
        var t = f
        var words = 0
        // The first name phrase after the verb, up to punctuation: `said Ashton Bumhira,
        // director of …`; its last person is the head (`Rutgers University political
        // scholar Kelly Dittmar`), else its first organisation.
        var firstBody: String? = nil
        var lastPerson: String? = nil
        // A word such as `spokesperson` was read: a person named after a comma speaks
        // for the body (`said a spokesperson for Acme, Jane Roe`).
        var spokesperson = false
        while t < min(limit, toks.count), words < 10 {
            let tok = toks[t]
            if tok.kind == .quote { break }
            if tok.kind == .punct {
                if spokesperson, lastPerson == nil, tok.value == 0x2C, t + 1 < min(limit, toks.count),
                   toks[t + 1].mention >= 0, mentions[toks[t + 1].mention].type == .person {
                    return .name(mentions[toks[t + 1].mention].canonical)
                }
                if firstBody != nil || lastPerson != nil { break }
                if tok.value == 0x2E || tok.value == 0x3B { break }
                t += 1
                continue
            }
            if tok.mention >= 0 {
                let m = mentions[tok.mention]
                var e = t
                while e + 1 < toks.count, toks[e + 1].mention == tok.mention { e += 1 }
                switch m.type {
                case .person: lastPerson = m.canonical
                case .org: if firstBody == nil, lastPerson == nil { firstBody = m.canonical }
                case .place, .norp:
                    if e + 1 < toks.count, toks[e + 1].kind == .word, SpeechLexicon.spokespeople.contains(toks[e + 1].value),
                       let place = placeName(for: tok.mention), firstBody == nil, lastPerson == nil {
                        firstBody = place
                    }
                case .date: break
                }
                t = e + 1
                continue
            }
            words += 1
            if SpeechLexicon.spokespeople.contains(tok.value) { spokesperson = true }
            if lastPerson != nil {
                // A lower-case word after a person ends the phrase (`Kerry Lee told …`).
                if !tok.capitalized { break }
                t += 1
                continue
            }
            if firstBody != nil {
                // `Rutgers University political scholar Kelly Dittmar`: go on to the person.
                t += 1
                continue
            }
            let w = tok.value
            if SpeechLexicon.he.contains(w) || SpeechLexicon.she.contains(w) {
                return resolvePronoun(feminine: SpeechLexicon.she.contains(w), block: b, offset: tok.start)
            }
            if SpeechLexicon.opaquePronouns.contains(w) { return .anonymous }
            if SpeechLexicon.anonymousGroups.contains(w) { return .anonymous }
            if SpeechLexicon.roles.contains(w), t > 0, toks[t - 1].kind == .word, SpeechLexicon.articles.contains(toks[t - 1].value),
               !(t + 1 < toks.count && toks[t + 1].mention >= 0) {
                if let r = resolveRole(word: w, block: b, offset: tok.start) { return .name(r) }
            }
            t += 1
        }
        if let p = lastPerson { return .name(p) }
        if let o = firstBody { return .name(o) }
        return .none
    }

    /// The hash of a word without its possessive `'s` (`court's` → `court`).
    func stemHash(_ tok: Token, _ b: Int) -> UInt64 {
        let s = scalars[b]
        guard tok.end - tok.start > 2, s[tok.end - 2] == 0x27 || s[tok.end - 2] == 0x2019 else { return tok.value }
        return NameKey(values: s, tok.start..<(tok.end - 2)).value
    }

    /// An organisation or country that a mention of type ORG, PLACE or NORP stands for.
    func ownerName(_ m: Int) -> String? {
        switch mentions[m].type {
        case .org: return mentions[m].canonical
        case .place, .norp: return placeName(for: m)
        default: return nil
        }
    }

    /// Whether `canonical` names an organisation or a place of the article.
    func isBody(_ canonical: String) -> Bool {
        places.bodies.contains(canonical)
    }

    /// The country a PLACE mention names, or the country a NORP adjective belongs to
    /// (`Freedonian` → `Freedonia`), by the longest shared prefix with a PLACE of the article.
    func placeName(for m: Int) -> String? {
        let mention = mentions[m]
        if mention.type == .place { return mention.canonical }
        guard mention.type == .norp else { return nil }
        let adjective = Array(mention.text.lowercased().unicodeScalars)
        var best: (Int, String)? = nil
        // The places of the article in text order that share the adjective's first four
        // letters (a repeated one never wins: `k` must grow).
        guard adjective.count >= 4 else { return nil }
        for (place, name) in (places.byPrefix[PlaceIndex.prefix(adjective)] ?? []).prefix(PlaceIndex.maxCandidates) {
            var k = 0
            while k < min(name.count, adjective.count), name[k] == adjective[k] { k += 1 }
            if k >= 4, k * 3 >= name.count * 2, best.map({ k > $0.0 }) ?? true { best = (k, place) }
        }
        return best?.1
    }
}

extension QuoteAnalysis {
    /// A short attribution in the sentence after the quotation's own
    /// (`"… routine." Trump said.`).
    mutating func attributionInNextSentence(_ qi: Int) -> Subject {
        let b = spans[qi].block
        let bt = blockTokens(b)
        let toks = bt.tokens
        let sE = bt.sentenceEnd[quoteToken[qi]]
        guard sE < toks.count else { return .none }
        let nE = bt.sentenceEnd[sE]
        guard nE - sE <= 12 else { return .none }
        var t = sE
        while t < min(nE, sE + 5) {
            if toks[t].kind == .quote { return .none }
            if cueKind(toks, t) == .verb { return resolve(block: b, cue: t, lowerBound: sE, forwardLimit: nE) }
            t += 1
        }
        return .none
    }
}

