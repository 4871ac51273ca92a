/// The kinds, keys and text of a span of tokens, and the keys a candidate is grouped by.
extension BlockScanner {
    @inline(__always) func kinds(_ i: Int) -> Gazetteer.Kinds { t[i].kinds }

    /// The key of tokens `a..<b`, words separated by one space, possessives included.
    func spanKey(_ a: Int, _ b: Int) -> NameKey {
        var k = NameKey.empty
        var lastSpace = false
        for p in t[a].start..<t[b - 1].end {
            let s = text[p]
            if EntityTokenizer.isSpace(s) {
                if !lastSpace { k.addSpace() }
                lastSpace = true
            } else {
                k.add(s)
                lastSpace = false
            }
        }
        return k
    }

    func spanKinds(_ a: Int, _ b: Int) -> Gazetteer.Kinds {
        b - a == 1 ? kinds(a) : g.kinds(spanKey(a, b))
    }

    /// Fills the name keys, word count, initials and text keys from tokens `a..<b`: the
    /// capitalised ones, or `all`.
    func setWords(_ c: inout EntityCandidate, _ a: Int, _ b: Int, all: Bool) {
        c.nameKeys = []
        c.initialsKey = .empty
        c.wordCount = 0
        for i in a..<b where all && t[i].isWord || t[i].has(.capitalized) || isNameToken(i) {
            c.wordCount += 1
            appendWords(t[i].start, t[i].end, to: &c)
        }
        setTextKeys(&c)
    }

    /// The keys of the whole text: folded with single spaces, without separators, and
    /// without a final `s`; diacritics left out (``NameKey/foldName(_:)``).
    func setTextKeys(_ c: inout EntityCandidate) {
        var norm = NameKey.empty
        var compact = NameKey.empty
        var stem = NameKey.empty
        var pendingSpace = false
        var last: UInt32 = 0
        var letters = 0
        var uppers = 0
        var tail: UInt64 = 0  // last five folded ASCII letters
        for p in c.start..<c.end {
            let s = text[p]
            let f = NameKey.foldName(s.value)
            if f == 0 { continue }
            if f == 0x2D || f == 0x2E || f == 0x20 || f == 0xA0 || f == 9 || f == 10 {
                if letters > 0 { pendingSpace = true }
                continue
            }
            if f == 0x27 { continue }
            if pendingSpace { norm.addSpace(); pendingSpace = false }
            // The stem key lags one scalar behind, so it misses the last one.
            if last != 0 {
                if let l = Unicode.Scalar(last) { stem.add(l) }
            }
            let fs = Unicode.Scalar(f) ?? s
            norm.add(fs)
            compact.add(fs)
            letters += 1
            if EntityTokenizer.isUpper(s) { uppers += 1 }
            tail = (tail << 8 | UInt64(f & 0xFF)) & 0xFF_FFFF_FFFF
            last = f
        }
        c.normKey = norm
        c.compactKey = compact
        c.stemKey = last == 0x73 && letters > 2 ? stem : nil
        c.isShire = tail == 0x73_68_69_72_65  // "shire"
        c.isAcronym = letters >= 2 && uppers == letters
    }

    /// Appends the keys of the folded words of `text[start..<end]` (split at hyphens and
    /// stops) and their initials.
    func appendWords(_ start: Int, _ end: Int, to c: inout EntityCandidate) {
        var word = NameKey.empty
        var inWord = false
        var atStart = true
        for p in start..<end {
            let s = text[p]
            let f = NameKey.foldName(s.value)
            if f == 0 { continue }
            if f == 0x2D || f == 0x2E {
                if inWord { c.nameKeys.append(word); word = .empty; inWord = false }
                atStart = true
                continue
            }
            if f == 0x27 { continue }
            let fs = Unicode.Scalar(f) ?? s
            if atStart, EntityTokenizer.isUpper(s) { c.initialsKey.add(fs) }
            atStart = false
            word.add(fs)
            inWord = true
        }
        if inWord { c.nameKeys.append(word) }
    }

    /// Only spaces between tokens `i` and `i + 1`.
    @inline(__always) func adjacent(_ i: Int) -> Bool {
        i + 1 < t.count && !t[i].has(.possessive)
    }
}
