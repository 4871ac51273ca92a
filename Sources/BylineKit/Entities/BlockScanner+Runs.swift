/// Runs of name tokens: which words can be part of a name and where a run ends
/// (connectors such as `of`, `and`, `bin`; possessives; numbers).
extension BlockScanner {
    /// `University of California, San Diego`: a university named for a state, then a
    /// comma and the town of its campus, is one name.
    func campusEnd(_ a: Int, _ end: Int) -> Int {
        guard end == a + 3, t[a].key == Keys.university, t[a + 1].key == Keys.of,
              end + 1 < t.count, t[end].first == ",", !t[end - 1].has(.possessive) else { return end }
        for n in [2, 1] where end + n < t.count {
            let e = end + 1 + n
            guard e <= t.count, (end + 1..<e).allSatisfy({ t[$0].has(.capitalized) && t[$0].isWord }) else { continue }
            if g.kinds(spanKey(end + 1, e)).contains(.town), e == t.count || !isNameToken(e) {
                return e
            }
        }
        return end
    }

    /// A word that can be part of a name: capitalised (not a month, not a lone capital
    /// letter), or `al-Sham`. `continuing` allows words that cannot start a name
    /// (`Christmas` in `Great Orchestra of Christmas Charity`).
    func isNameToken(_ i: Int, continuing: Bool = false) -> Bool {
        let tok = t[i]
        guard tok.isWord else { return false }
        if tok.has(.capitalized) {
            if tok.has(.number) { return false }
            let k = kinds(i)
            if k.contains(.month) && !k.contains(.weakGiven) && !k.contains(.given) { return false }
            if continuing { return true }
            if k.contains(.nonEntity) { return false }
            if tok.length == 1 { return false }
            if tok.has(.allCaps), tok.length <= 4, isRomanNumeral(tok) { return false }
            // US$80 million: a currency, not a country.
            if tok.end < text.count, text[tok.end] == "$" { return false }
            return true
        }
        // al-Sham, el-Sisi: a lower-case particle fused to a capitalised name.
        if tok.has(.lower), tok.length > 3, tok.first == "a" || tok.first == "e",
           text[tok.start + 1] == "l", text[tok.start + 2] == "-",
           EntityTokenizer.isUpper(text[tok.start + 3]) {
            return true
        }
        return false
    }

    /// Whether the name token `j` may continue a run: a month only after a given name
    /// (`Theresa May`), a non-entity word only inside a name (`… of Christmas Charity`).
    func continues(_ j: Int) -> Bool {
        let k = kinds(j)
        if k.contains(.weekday) { return false }
        if k.contains(.month) {
            return kinds(j - 1).contains(.given) || kinds(j - 1).contains(.weakGiven)
        }
        if k.contains(.nonEntity) {
            return j + 1 < t.count && isNameToken(j + 1, continuing: true) && !t[j + 1].has(.sentenceStart)
        }
        return true
    }

    /// `People's Protection Units`, `Alachua Sheriff's Office`: a possessive inside an
    /// organisation's name: `People's` before any name, or an ordinary word or a title
    /// before words ending in an organisation word.
    func possessiveInName(_ p: Int, _ j: Int) -> Bool {
        if t[p].key == Keys.people { return true }
        let k = kinds(p)
        guard k.contains(.common) || k.contains(.jobTitle), k.intersection(.known).isEmpty,
              !k.contains(.given), !k.contains(.weakGiven) else { return false }
        var e = j
        let limit = min(t.count, j + Self.maxNameTokens)
        while e < limit, isNameToken(e, continuing: true), t[e].has(.capitalized), !t[e].has(.sentenceStart) {
            if t[e].has(.possessive) { return false }
            e += 1
        }
        return e > j && kinds(e - 1).contains(.orgWord)
    }

    /// A capitalised hyphenated word whose first part is a known name and whose last part
    /// is lower case (`Kurdish-led`, `US-backed`, `Luxembourg-based`): it modifies the
    /// name after it and is no part of it.
    func isLedCompound(_ i: Int) -> Bool {
        let tok = t[i]
        guard tok.has(.hyphenated), tok.has(.capitalized), tok.length > 4, !tok.has(.possessive) else { return false }
        var hyphen = -1
        var p = tok.end - 1
        while p > tok.start {
            if text[p] == "-" { hyphen = p; break }
            p -= 1
        }
        guard hyphen > tok.start, hyphen + 1 < tok.end, !EntityTokenizer.isUpper(text[hyphen + 1]) else { return false }
        var first = tok.start
        while first < hyphen, text[first] != "-" { first += 1 }
        return !g.kinds(NameKey(text, tok.start..<first)).intersection(.known).isEmpty
    }

    func isRomanNumeral(_ tok: EntityToken) -> Bool {
        for p in tok.start..<tok.end {
            switch text[p] {
            case "I", "V", "X", "L", "C", "D", "M": continue
            default: return false
            }
        }
        return true
    }

    @inline(__always) func isOrgHead(_ i: Int) -> Bool {
        let k = kinds(i)
        return k.contains(.orgWord) || k.contains(.placeWord) || t[i].key == Keys.house
    }

    /// The end of the run of name tokens starting at `i`, with connectors (`of`, `for`,
    /// `and`, `&`, `bin`, `van` …) where the words around them call for it.
    func runEnd(from i: Int) -> Int {
        var j = i + 1
        var hasOrgWord = isOrgHead(i)
        var allTitles = kinds(i).contains(.jobTitle)
        var connected = false
        let limit = min(t.count, i + Self.maxNameTokens)
        while j < limit {
            if t[j - 1].has(.possessive) {
                // Jehovah's Witnesses (a gazetteer name); Fishmongers' Hall, Kurdistan
                // Workers' Party (a plural possessive before an organisation or place word).
                if isNameToken(j), g.kinds(spanKey(i, j + 1)).intersection(.known) != [] {
                    j += 1; continue
                }
                let prev = t[j - 1]
                if isNameToken(j), !t[j].has(.sentenceStart), possessiveInName(j - 1, j) {
                    hasOrgWord = true
                    j += 1; continue
                }
                if isNameToken(j), text[prev.end - 1] == "s", j + 1 <= t.count, isOrgHead(j),
                   prev.end < text.count, EntityTokenizer.isApostrophe(text[prev.end]) {
                    hasOrgWord = true
                    j += 1; continue
                }
                break
            }
            if isNameToken(j, continuing: true) && !t[j].has(.sentenceStart) && continues(j) && !isLedCompound(j) {
                if isOrgHead(j) { hasOrgWord = true }
                if !kinds(j).contains(.jobTitle) { allTitles = false }
                j += 1
                continue
            }
            let k = t[j].key
            if k == Keys.of || k == Keys.for || k == Keys.on {
                // Medical University of Gdańsk, Movement for Democratic Change, Joint
                // Chiefs of Staff; not `President of`, `Archbishop of`.
                var n = j + 1
                if k == Keys.of, n < t.count, t[n].key == Keys.the { n += 1 }
                guard n < t.count, isNameToken(n, continuing: true), t[n].has(.capitalized), !t[n].has(.sentenceStart), !allTitles,
                      !kinds(n).contains(.weekday) else { break }  // not `Senate on Sunday`
                // Whether the name after the connector is one word (`Chiefs of Staff`).
                let oneWord = !(n + 1 < t.count && isNameToken(n + 1, continuing: true) && t[n + 1].has(.capitalized)
                                && !t[n + 1].has(.sentenceStart) && !t[n].has(.possessive))
                if hasOrgWord || (k == Keys.of && oneWord && kinds(n).contains(.orgWord) && !kinds(i).contains(.given)) {
                    connected = true
                    j = n + 1
                    continue
                }
                break
            }
            if k == Keys.and || k == Keys.amp {
                // Food and Agriculture Organization: the run after `and` ends in an
                // organisation word; Science and Engineering inside a `for` name.
                var n = j + 1
                while n < limit, isNameToken(n, continuing: true), t[n].has(.capitalized), !t[n].has(.sentenceStart), !t[n - 1].has(.possessive) { n += 1 }
                if n > j + 1, kinds(n - 1).contains(.orgWord) || k == Keys.amp || (connected && hasOrgWord) {
                    j = n
                    continue
                }
                break
            }
            if kinds(j).contains(.particle), t[j].has(.lower), j + 1 < limit, isNameToken(j + 1),
               !hasOrgWord, !t[j + 1].has(.sentenceStart) {
                // Mohammad bin Salman, Ludwig van Beethoven.
                j += 2
                continue
            }
            // Route 66, Area 51; not a score (`Leeds United 2–1`, `Manchester City 3 Burnley 1`).
            if t[j].has(.number), t[j].length <= 3, !t[j].has(.hyphenated), !isScore(j),
               isOrgHead(j - 1) || t[j - 1].key == Keys.area || t[j - 1].key == Keys.interstate {
                j += 1
                continue
            }
            break
        }
        return j
    }

    /// Whether the number at `j` reads as a score: a dash or another number after it, or
    /// a capitalised name (`Arsenal 2 Chelsea 1`).
    func isScore(_ j: Int) -> Bool {
        guard j + 1 < t.count else { return false }
        let n = t[j + 1]
        if !n.isWord { return n.first == "-" || n.first == "\u{2013}" || n.first == "\u{2014}" }
        return n.has(.number) || n.has(.capitalized) && adjacent(j)
    }
}
