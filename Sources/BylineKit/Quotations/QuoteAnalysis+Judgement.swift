/// Telling reported speech from names, titles, terms, placards and scare quotes, and
/// partial quotations from full ones.
extension QuoteAnalysis {
    struct Shape {
        var words: Int
        var startsUpper: Bool
        var endsWithPunctuation: Bool
        var titleCase: Bool
        /// One or more sentences, or a clause long enough to be one.
        var sentenceLike: Bool { (words >= 4 && (startsUpper || endsWithPunctuation)) || words >= 8 }
    }

    /// The shape of span `qi`, computed once.
    mutating func shape(_ qi: Int) -> Shape {
        if let s = shapes[qi] { return s }
        let s = computeShape(spans[qi])
        shapes[qi] = s
        return s
    }

    private func computeShape(_ span: QuoteSpan) -> Shape {
        let s = scalars[span.block]
        var words = 0
        var inWord = false
        var firstLetter: UInt32? = nil
        var capitalizedLong = 0
        var lowerLong = 0
        var wordStart = 0
        var firstWordUpper = false
        s.withUnsafeBufferPointer { s in
            for k in span.start..<span.end {
                let c = s[k]
                if ScalarClass.isWord(c) || ((c == 0x27 || c == 0x2019 || c == 0x2D) && inWord) {
                    if !inWord {
                        inWord = true
                        words += 1
                        wordStart = k
                        if firstLetter == nil, ScalarClass.isLetter(c) { firstLetter = c; firstWordUpper = ScalarClass.isUpper(c) }
                    }
                } else if inWord {
                    inWord = false
                    if k - wordStart > 5 { if ScalarClass.isUpper(s[wordStart]) { capitalizedLong += 1 } else { lowerLong += 1 } }
                }
            }
        }
        if inWord, span.end - wordStart > 5 {
            if ScalarClass.isUpper(s[wordStart]) { capitalizedLong += 1 } else { lowerLong += 1 }
        }
        let last = s[span.end - 1]
        let punct = last == 0x2E || last == 0x21 || last == 0x3F || last == 0x2C || last == 0x2026 || last == 0x5D
        return Shape(words: words, startsUpper: firstLetter.map(ScalarClass.isUpper) ?? false,
                     endsWithPunctuation: punct, titleCase: firstWordUpper && lowerLong == 0 && words <= 6)
    }

    /// The most words a title in marks is taken to have, after a work or an event.
    static let longestTitle = 6

    /// Whether span `qi` reports someone's words.
    mutating func isQuotation(_ qi: Int) -> Bool {
        let span = spans[qi]
        let b = span.block
        let bt = blockTokens(b)
        let toks = bt.tokens
        let qt = quoteToken[qi]
        let sS = max(bt.sentenceStart[qt], qt - Self.window)
        let sE = min(bt.sentenceEnd[qt], qt + Self.window)
        if span.continuesPrevious || span.runsOn { return true }
        let sh = shape(qi)

        // Text on a banner, placard or sign.
        for t in sS..<sE where toks[t].kind == .word && toks[t].mention < 0 && SpeechLexicon.displays.contains(toks[t].value) {
            return false
        }
        // A name, title or term: `nicknamed "Ripley"`, `known as the "Blue House"`.
        var p = qt - 1
        while p >= sS, toks[p].kind == .word, SpeechLexicon.articles.contains(toks[p].value) { p -= 1 }
        if p >= sS, toks[p].kind == .word {
            let w = toks[p].value
            let w2: UInt64? = p - 1 >= sS && toks[p - 1].kind == .word ? toks[p - 1].value : nil
            if SpeechLexicon.naming.contains(w) { return false }
            // A short title right after a work or an event: `her post "I failed"`, `the film
            // 'Faust'`; a long span there is still speech (`on the programme "It is a great loss …"`).
            if SpeechLexicon.works.contains(w), sh.words <= Self.longestTitle { return false }
            if w == SpeechLexicon.asWord, let w2, SpeechLexicon.namingBeforeAs.contains(w2) { return false }
            if w == SpeechLexicon.called, (w2.map(SpeechLexicon.namingAdverbs.contains) ?? false) || sh.titleCase {
                return false
            }
        }
        var hasCue = false
        for t in sS..<sE where toks[t].kind != .quote {
            if let c = cueKind(toks, t), c != .colon { hasCue = true; break }
        }
        // A title or name in capitals with nobody said to use it: `ABC's "A Tribute For a King"`.
        if sh.titleCase, !hasCue { return false }
        if sh.titleCase, qt > 0, toks[qt - 1].kind == .word, toks[qt - 1].end < toks[qt].start,
           isPossessive(toks[qt - 1], b) { return false }
        if sh.sentenceLike || hasCue { return true }
        if sh.words >= 3, qt > 0, toks[qt - 1].kind == .punct, toks[qt - 1].value == 0x3A { return true }
        return false
    }

    func isPossessive(_ tok: Token, _ b: Int) -> Bool {
        let s = scalars[b]
        guard tok.end - tok.start >= 3 else { return false }
        let a = s[tok.end - 2]
        return (a == 0x27 || a == 0x2019) && (s[tok.end - 1] | 0x20) == 0x73
    }

    /// Whether span `qi` is a fragment woven into the narrator's sentence.
    mutating func isPartial(_ qi: Int) -> Bool {
        let span = spans[qi]
        if span.continuesPrevious || span.runsOn { return false }
        let bt = blockTokens(span.block)
        let toks = bt.tokens
        let qt = quoteToken[qi]
        let sh = shape(qi)
        var introduced = qt == bt.sentenceStart[qt]
        if qt > 0 {
            let prev = toks[qt - 1]
            if prev.kind == .punct, prev.value == 0x3A || prev.value == 0x2C { introduced = true }
            if prev.kind == .word, prev.mention < 0, SpeechLexicon.cues.contains(prev.value) { introduced = true }
        }
        if introduced, sh.words >= 3 || sh.startsUpper { return false }
        if sh.startsUpper, sh.words >= 4, sh.endsWithPunctuation { return false }
        return true
    }

    /// Whether the quotation opens its sentence (`"…," he said.` or a whole paragraph).
    mutating func opensSentence(_ qi: Int) -> Bool {
        let bt = blockTokens(spans[qi].block)
        let qt = quoteToken[qi]
        return qt == bt.sentenceStart[qt]
    }
}
