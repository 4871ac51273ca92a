/// Finds the names and dates of one block: runs of capitalised words, cut at titles,
/// possessives and sentence starts, typed by the gazetteers and by the shape of the
/// name.
///
/// ```swift
/// // "US president Joe Biden met Mr Kim." → US (PLACE), Joe Biden (PERSON), Mr Kim (PERSON)
/// ```
struct BlockScanner {
    /// The most tokens one name may span (`Office of the UN High Commissioner for Human
    /// Rights` is 9): a longer run of capitalised words is cut into runs of at most this
    /// many, so every look-ahead and every split tried inside a run is bounded, whatever
    /// the input (a 10,000-word capitalised run costs 10,000 words' work, not their square).
    static let maxNameTokens = 12
    /// The most scalars one name may span; a longer run of name tokens (a word of a
    /// million letters) is no name.
    static let maxNameScalars = 256

    let g: Gazetteer
    let text: UnsafeBufferPointer<Unicode.Scalar>
    let t: [EntityToken]
    let block: Int
    let kind: Block.Kind
    /// Token index where the block's credit begins (`Photograph: …`), or `t.count`.
    let creditToken: Int
    /// Most words of the block are in capitals (an upper-case headline or dateline): only
    /// names the gazetteers know are taken from its upper-case words.
    var upperBlock = false

    /// Appends what it finds to `out`.
    func scan(into out: inout [EntityCandidate]) {
        let first = out.count
        scanRuns(into: &out)
        markLists(out: &out, from: first)
    }

    func scanRuns(into out: inout [EntityCandidate]) {
        var i = 0
        let m = t.count
        while i < m {
            if i == creditToken {
                scanCredit(from: i, into: &out)
                return
            }
            let tok = t[i]
            guard tok.isWord else { i += 1; continue }
            if let end = date(at: i) {
                out.append(candidate(i, end, .date, .known))
                i = end
                continue
            }
            if upperBlock, t[i].has(.allCaps) {
                // `STORMS BATTER COAST`, `LONDON 1996-12-06`: capitals say nothing here.
                if let end = knownEnd(from: i) { chunk(i, end, into: &out); i = end } else { i += 1 }
                continue
            }
            guard isNameToken(i) else { i += 1; continue }
            if isLedCompound(i) {
                // `Kurdish-led Syrian Democratic Forces`: `Kurdish` alone, then the name.
                chunk(i, i + 1, into: &out)
                i += 1
                continue
            }
            var end = runEnd(from: i)
            end = campusEnd(i, end)
            if i > 0, kinds(i - 1).contains(.otherWord), kinds(i - 1).contains(.nonEntity), t[i - 1].has(.capitalized) {
                i = end  // Hurricane Katrina
                continue
            }
            chunk(i, end, into: &out)
            i = end
        }
    }

    /// The end of the longest run of words from `i` that the gazetteers know as a name
    /// (`LONDON`, `NEW YORK`), or nil.
    func knownEnd(from i: Int) -> Int? {
        var best: Int?
        let limit = min(t.count, i + g.maxWords)
        var j = i + 1
        while j <= limit {
            guard t[j - 1].isWord, j - 1 == i || adjacent(j - 2) else { break }
            if !spanKinds(i, j).intersection(.known).isEmpty { best = j }
            j += 1
        }
        return best
    }

    // MARK: Lists

    /// Marks names listed together (`Denmark, France, and the Netherlands`): only
    /// commas, `and`, `or` and `the` between them. A list after a plural noun such as
    /// `firms including` or `countries such as` takes that noun's type.
    func markLists(out: inout [EntityCandidate], from first: Int) {
        guard out.count - first >= 1 else { return }
        var k = first
        // Names up to here are joined by commas alone (no conjunction follows): a list
        // starting among them ends where theirs did, without one. Each gap is then read
        // once, however long a comma-separated run (`Denmark, France, Spain, …`).
        var commasOnlyUntil = first
        while k < out.count {
            guard out[k].type != .date, !out[k].inCredit else { k += 1; continue }
            var e = k + 1
            var conjunction = false
            if k + 1 >= commasOnlyUntil {
                while e < out.count, out[e].type != .date, !out[e].inCredit {
                    let gap = listGap(out[e - 1].end, out[e].start)
                    guard gap > 0 else { break }
                    if gap == 2 { conjunction = true }
                    e += 1
                    if gap == 2 { break }
                }
                if !conjunction { commasOnlyUntil = e }
            }
            // Commas alone may be an apposition (`the mayor of London, Sadiq Khan`).
            if !conjunction { e = k + 1 }
            let head = headNounType(before: out[k].start)
            if e - k >= 2 || head != nil {
                for p in k..<e {
                    out[p].list = k + 1
                    out[p].listType = head
                }
            }
            k = e
        }
    }

    /// Only spaces, commas and the words `and`, `or`, `the` between two names: 2 with a
    /// conjunction, 1 with a comma only, else 0.
    func listGap(_ a: Int, _ b: Int) -> Int {
        guard b > a, b - a <= 10 else { return 0 }
        var conjunction = false
        var joined = false
        var p = a
        while p < b {
            let s = text[p]
            if s == "," { joined = true; p += 1; continue }
            if EntityTokenizer.isSpace(s) { p += 1; continue }
            var q = p
            var key = NameKey.empty
            while q < b, EntityTokenizer.isLetter(text[q]) { key.add(text[q]); q += 1 }
            guard q > p else { return 0 }
            if key == Keys.and || key == Keys.or { joined = true; conjunction = true } else if key != Keys.the || text[p] == "T" { return 0 }
            p = q
        }
        return conjunction ? 2 : joined ? 1 : 0
    }

    /// `firms including`, `companies such as`, `countries like` right before `start`.
    func headNounType(before start: Int) -> EntityType? {
        // The token at `start`.
        var lo = 0, hi = t.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if t[mid].start < start { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        guard k >= 1 else { return nil }
        let link = t[k].key
        if link == Keys.as, k >= 2, t[k - 1].key == Keys.such { k -= 1 } else if link != Keys.including && link != Keys.like {
            return nil
        }
        let noun = t[k - 1].key
        if Keys.orgNouns.contains(noun) { return .org }
        if Keys.placeNouns.contains(noun) { return .place }
        return nil
    }

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

    // MARK: Tokens

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

    func string(_ a: Int, _ b: Int) -> String {
        Self.makeString(text, t[a].start, t[b - 1].end)
    }

    /// `text[start..<end]` as a String, encoded to UTF-8 in one go (appending scalars to
    /// a `UnicodeScalarView` one by one is several times slower).
    static func makeString(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity((end - start) * 2)
        for p in start..<end {
            let v = text[p].value
            switch v {
            case 0..<0x80: bytes.append(UInt8(v))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | (v >> 6))); bytes.append(UInt8(0x80 | (v & 0x3F)))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | (v >> 12))); bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            default:
                bytes.append(UInt8(0xF0 | (v >> 18))); bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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
    /// without a final `s`.
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
            let f = NameKey.fold(s.value)
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
            let f = NameKey.fold(s.value)
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

    @inline(__always) static func appendUTF8(_ v: UInt32, to bytes: inout [UInt8]) {
        switch v {
        case 0..<0x80: bytes.append(UInt8(v))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (v >> 6))); bytes.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (v >> 12))); bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (v >> 18))); bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Only spaces between tokens `i` and `i + 1`.
    @inline(__always) func adjacent(_ i: Int) -> Bool {
        i + 1 < t.count && !t[i].has(.possessive)
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

    // MARK: Chunks

    func candidate(_ a: Int, _ b: Int, _ type: EntityType, _ evidence: EntityCandidate.Evidence) -> EntityCandidate {
        var c = EntityCandidate(block: block, start: t[a].start, end: t[b - 1].end, type: type,
                                evidence: evidence, text: string(a, b))
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
            if Keys.speech.contains(t[b].key) { c.personContext = true }
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
                c.text = Self.makeString(text, ps, pe)
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
        c.gazetteerCanonical = e.canonical
        c.fromGazetteer = true
        c.givenName = b - a == 1 && (e.kinds.contains(.given) || e.kinds.contains(.weakGiven))
        return c
    }

    /// Job titles, splits and typing of a run without a leading courtesy title.
    func named(_ a0: Int, _ b: Int, into out: inout [EntityCandidate], titled: Bool) {
        var a = a0
        var titled = titled
        guard a < b else { return }
        // Job titles: `Prime Minister Mateusz Morawiecki` → `Mateusz Morawiecki`;
        // `UK Prime Minister Theresa May` → `UK` + `Theresa May`; `Labour MP Tom
        // Watson` → `Labour` + `Tom Watson`. A title alone is no name.
        let hasConnector = (a..<b).contains { !t[$0].has(.capitalized) && !kinds($0).contains(.particle) && !isNameToken($0) }
        if !titled && !hasConnector {
            var lastHead = -1
            for p in a..<b where kinds(p).contains(.titleHead) && !kinds(p).contains(.royal) { lastHead = p }
            if lastHead >= 0 {
                let endsAsOrg = isOrgHead(b - 1) && lastHead < b - 1
                if !endsAsOrg {
                    // What stands before the title words: a known place, nationality or
                    // organisation is kept (`UK`, `Labour`); ordinary words are not.
                    var q = lastHead
                    while q > a, kinds(q - 1).contains(.jobTitle) && knownKinds(q - 1, q) == [] { q -= 1 }
                    if q > a {
                        var e = q
                        while e > a, knownKinds(a, e) == [] { e -= 1 }
                        if e > a { chunk(a, e, into: &out) }
                    }
                    a = lastHead + 1
                    titled = true
                    guard a < b else { return }
                }
            } else if b - a >= 3 {
                // `Broadcaster Piers Morgan`, `Scotland Nicola Sturgeon`: words before a
                // given name that are known names stay apart, ordinary ones go.
                for p in (a + 1)..<(b - 1) where kinds(p).contains(.given) && !kinds(p - 1).contains(.given) {
                    let before = knownKinds(a, p)
                    if before != [] {
                        chunk(a, p, into: &out)
                        a = p
                        titled = true
                    } else if (a..<p).allSatisfy({ isCommon($0) || kinds($0).contains(.jobTitle) }) {
                        a = p
                        titled = true
                    }
                    break
                }
            }
        }

        // `President of Argentina Alberto Fernández`, `Mayor of London Sadiq Khan`: a
        // place right before a name of two or more words.
        if b - a > 2, !titled, !isOrgHead(b - 1), !kinds(a).contains(.given), !kinds(a).contains(.weakGiven) {
            for p in (a + 1)..<(b - 1) where !knownKinds(a, p).intersection(.place).isEmpty {
                if knownKinds(a, b) == [], (p..<b).allSatisfy({ !isOrgHead($0) && t[$0].has(.capitalized) }),
                   (p..<b).contains(where: { !isCommon($0) }), knownKinds(p, b) == [] {
                    chunk(a, p, into: &out)
                    named(p, b, into: &out, titled: true)
                    return
                }
            }
        }
        // `Democrat Spearman`, `Russian Vladimir Putin`: a nationality or group before a name.
        if b - a >= 2, !titled, !isOrgHead(b - 1) {
            var p = min(b - 1, a + 3)
            while p > a, !spanKinds(a, p).contains(.norp) { p -= 1 }
            if p > a, knownKinds(a, b) == [], knownKinds(p, b) == [],
               (p..<b).allSatisfy({ t[$0].has(.capitalized) && !isOrgHead($0) }),
               (p..<b).contains(where: { !isCommon($0) }) {
                chunk(a, p, into: &out)
                named(p, b, into: &out, titled: true)
                return
            }
        }
        // `Amnesty International Ukraine`: a known organisation followed by a place.
        if b - a > 2 {
            for p in (a + 1)..<b where knownKinds(a, p).contains(.org) {
                let rest = knownKinds(p, b)
                if !rest.intersection(.place).isEmpty || rest.contains(.norp) {
                    chunk(a, p, into: &out)
                    chunk(p, b, into: &out)
                    return
                }
            }
        }
        // Known whole name after trimming (an acronym only as a country, region or
        // organisation, not as a small town: `MAGA`).
        if let e = g.lookup(spanKey(a, b)), !e.kinds.intersection(.known).isEmpty,
           !(b - a == 1 && t[a].has(.allCaps) && e.kinds.intersection(.known) == .town) {
            // `in Spanish`, `in Hindi`: a language, not a people.
            if b - a == 1, e.kinds.contains(.norp), a > 0, t[a - 1].key == Keys.in { return }
            out.append(known(a, b, e))
            return
        }
        // `Zimbabwean State`, `Roman Catholic Christianity`: a nationality or country and
        // ordinary words (but `Syrian Democratic Forces`, `Kennedy Space Center`).
        if b - a > 1, !titled {
            var p = b - 1
            while p > a, spanKinds(a, p).intersection([.norp, .country, .region]) == [] { p -= 1 }
            if p > a, (p..<b).allSatisfy({ (isCommon($0) || kinds($0).contains(.nonEntity)) && !isOrgHead($0) }) {
                chunk(a, p, into: &out)
                return
            }
        }
        if let c = typed(a, b, titled: titled) { out.append(c) }
    }

    /// The type of a name nothing in the gazetteers covers whole; nil when it reads as
    /// ordinary words (`Storm Shadow`, `Pillow Talk`).
    func typed(_ a: Int, _ b: Int, titled: Bool) -> EntityCandidate? {
        let first = kinds(a)
        let last = kinds(b - 1)
        let n = b - a
        if titled || first.contains(.royal) && n > 1 { return candidate(a, b, .person, .known) }
        var hasConnector = false
        var hasCaps = false
        var hasDigit = false
        var allCommon = true
        for i in a..<b {
            if !t[i].has(.capitalized) { hasConnector = true }
            if t[i].has(.allCaps) { hasCaps = true }
            if t[i].has(.digit) { hasDigit = true }
            if t[i].has(.capitalized) && !isCommon(i) { allCommon = false }
        }
        if n > 1, last.contains(.orgWord) && !last.contains(.placeWord) { return candidate(a, b, .org, .shape) }
        if hasConnector && (first.contains(.orgWord) || t[a].key == Keys.house) { return candidate(a, b, .org, .shape) }
        if n > 1, last.contains(.org), t[b - 1].length >= 4, !first.contains(.given) {
            return candidate(a, b, .org, .shape)  // Kataeb Hezbollah
        }
        if n > 1, last.contains(.placeWord) {
            // `House of Commons` is an organisation, `Blue House` a place.
            if hasConnector, isOrgHead(a), !first.contains(.placeWord) || t[a].key == Keys.house { return candidate(a, b, .org, .shape) }
            return candidate(a, b, .place, .shape)
        }
        if hasConnector && (first.contains(.orgWord) || t[a].key == Keys.house) { return candidate(a, b, .org, .shape) }
        if n > 1, first.contains(.placeHead) { return candidate(a, b, .place, .shape) }
        if n == 2, t[b - 1].has(.number), t[a].key == Keys.interstate || t[a].key == Keys.area || first.contains(.placeWord) {
            return candidate(a, b, .place, .shape)  // Interstate 75, Route 66, Area 51
        }
        if n > 1, Keys.orgFirst.contains(t[a].key) { return candidate(a, b, .org, .shape) }  // Daily Xtra
        if n > 1, Keys.directions.contains(t[a].key), !knownKinds(a + 1, b).intersection(.place).isEmpty {
            return candidate(a, b, .place, .shape)
        }
        if n > 1, !first.intersection(.place).isEmpty || first.contains(.norp) {
            // `UK Parliament`, `US Embassy`.
            if isOrgHead(a + 1) || last.contains(.orgWord) { return candidate(a, b, .org, .shape) }
        }
        if n > 1 && (first.contains(.given) || first.contains(.weakGiven)) && !hasCaps {
            return candidate(a, b, .person, .shape)
        }
        if n > 1 {
            // `Youth Forum Zimbabwe`, `Akhil Bharat Hindu Mahasabha`: a country or a
            // nationality inside a longer name makes it an organisation.
            for i in (a + 1)..<b where kinds(i).contains(.norp) || kinds(i).contains(.country) {
                return candidate(a, b, .org, .shape)
            }
        }
        if n == 1 {
            var c = candidate(a, b, .org, .guess)
            c.fallback = true
            if t[a].has(.allCaps) || t[a].has(.digit) || t[a].has(.innerCaps) && !isMacName(a) {
                c.evidence = .shape
                return c
            }
            if Keys.directions.contains(t[a].key), a > 0, t[a - 1].key == Keys.the {
                c.type = .place
                c.direction = true
                c.evidence = .known
                return c
            }
            if first.contains(.common) { c.weak = true }
            return c
        }
        if n > 1, (a..<(b - 1)).contains(where: { t[$0].has(.possessive) }) {
            return candidate(a, b, .org, .shape)  // People's Vote, Sheriff's Office
        }
        if allCommon { return nil }
        if hasCaps || hasDigit { return candidate(a, b, .org, .shape) }
        if n <= 4 && !hasConnector {
            var c = candidate(a, b, .person, .shape)
            c.fallback = true
            // `at Ain Issa`, `in La Jolla`: unknown words, no given name, after `in` or `at`.
            if a > 0, Keys.strongLocative.contains(t[a - 1].key), !first.contains(.given), !first.contains(.weakGiven),
               !t[b - 1].has(.possessive) {
                c.placeContext = true
            }
            return c
        }
        return candidate(a, b, .org, .shape)
    }

    /// `McCarrick`, `MacDonald`, `O'Brien`: inner capitals of a surname, not a brand.
    func isMacName(_ i: Int) -> Bool {
        let s = t[i].start
        guard t[i].length > 3 else { return false }
        if text[s] == "M", text[s + 1] == "c" { return true }
        if text[s] == "M", text[s + 1] == "a", text[s + 2] == "c" { return true }
        if text[s + 1] == "'" || text[s + 1] == "\u{2019}" { return true }
        var hyphen = false
        for p in s..<t[i].end where text[p] == "-" { hyphen = true }
        return hyphen
    }

    // MARK: Credits

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

    // MARK: Dates

    /// The end of a date starting at token `i`: `2019`, `Monday`, `14 May 2019`,
    /// `May 14, 2019`, `2024-11-18`.
    func date(at i: Int) -> Int? {
        let tok = t[i]
        if tok.has(.number) {
            if isYear(i) { return i + 1 }
            if isDay(i), i + 1 < t.count, kinds(i + 1).contains(.month) {
                var e = i + 2
                if e < t.count, isYear(e) { e += 1 }
                return e
            }
            return nil
        }
        if tok.has(.digit), tok.length == 10, text[tok.start + 4] == "-", text[tok.start + 7] == "-" {
            return i + 1
        }
        guard tok.has(.capitalized) else { return nil }
        let k = kinds(i)
        if k.contains(.weekday) { return i + 1 }
        if k.contains(.month) {
            var e = i + 1
            var dated = false
            if e < t.count, isDay(e) {
                e += 1
                dated = true
                if e + 1 < t.count, t[e].first == ",", isYear(e + 1) { e += 2 }
            }
            if e < t.count, isYear(e) { e += 1; dated = true }
            if dated { return e }
            // A bare month: `in May`, `last March`; not `Theresa May`.
            if tok.length <= 3 && tok.key != Keys.may { return nil }
            if i > 0, Keys.beforeMonth.contains(t[i - 1].key) { return e }
            if tok.key == Keys.may { return nil }
            if i > 0, t[i - 1].has(.capitalized), t[i - 1].isWord { return nil }
            return e
        }
        return nil
    }

    func isYear(_ i: Int) -> Bool {
        let tok = t[i]
        guard tok.has(.number), tok.length == 4 else { return false }
        let c = text[tok.start].value
        let d = text[tok.start + 1].value
        return (c == 49 && d >= 53) || (c == 50 && d == 48)  // 1500–2099
    }

    func isDay(_ i: Int) -> Bool {
        let tok = t[i]
        guard tok.has(.number), tok.length <= 2 else { return false }
        var v = 0
        for p in tok.start..<tok.end { v = v * 10 + Int(text[p].value - 48) }
        return v >= 1 && v <= 31
    }
}

/// Keys of the few words the scanner tests by identity.
enum Keys {
    static let of = NameKey("of")
    static let `for` = NameKey("for")
    static let on = NameKey("on")
    static let `in` = NameKey("in")
    static let and = NameKey("and")
    static let amp = NameKey("&")
    static let the = NameKey("the")
    static let house = NameKey("house")
    static let may = NameKey("may")
    static let area = NameKey("area")
    static let interstate = NameKey("interstate")
    static let or = NameKey("or")
    static let `as` = NameKey("as")
    static let such = NameKey("such")
    static let including = NameKey("including")
    static let like = NameKey("like")
    static let university = NameKey("university")
    static let people = NameKey("people")
    static let no = NameKey("no.")
    static let orgFirst = KeySet(["daily", "radio", "banco", "banque", "deutsche", "groupe", "grupo", "air"])
    static let strongLocative = KeySet(["in", "at", "near", "outside", "inside", "throughout"])
    static let orgNouns = KeySet(["firms", "companies", "airlines", "carriers", "groups", "organisations", "organizations", "outlets", "newspapers", "broadcasters", "banks", "retailers", "supermarkets", "brands", "manufacturers", "makers", "universities", "agencies", "parties", "clubs", "teams", "networks", "platforms", "websites", "charities", "chains", "stores", "businesses", "corporations", "publications", "insurers", "automakers", "carmakers", "giants", "operators", "providers", "sites", "services", "media", "papers", "channels", "broadcasters", "unions", "institutions", "hospitals", "schools", "colleges"])
    static let placeNouns = KeySet(["countries", "nations", "cities", "states", "towns", "regions", "provinces", "places", "destinations", "capitals", "villages", "territories", "islands", "neighbourhoods", "neighborhoods", "districts", "counties"])
    static let directions = KeySet(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"])
    static let locative = KeySet(["in", "at", "from", "near", "to", "into", "across", "outside", "inside", "throughout", "towards", "toward", "via", "through", "around", "across", "visited", "visit"])
    static let speech = KeySet(["said", "says", "told", "added", "wrote", "tweeted", "stated", "explained", "noted", "argued", "asked", "claimed", "insisted", "believes", "thinks", "died", "who", "urged", "announced", "replied", "recalled", "admitted", "denied", "warned"])
    static let personNouns = KeySet(["president", "minister", "spokesman", "spokeswoman", "spokesperson", "researcher", "professor", "actor", "actress", "singer", "drummer", "leader", "chief", "director", "officer", "judge", "mayor", "governor", "senator", "author", "journalist", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "founder", "ceo", "chairman", "secretary", "prosecutor", "lawyer", "attorney", "player", "coach", "manager", "captain", "musician", "guitarist", "bassist", "artist", "writer", "editor", "reporter", "correspondent", "analyst", "expert", "doctor", "surgeon", "scientist", "economist", "historian", "politician", "mp", "deputy", "ambassador", "envoy", "commissioner", "activist", "campaigner", "lecturer", "student", "teacher", "suspect", "victim", "mr", "mrs", "ms", "dr"])
    static let beforeMonth = KeySet(["in", "since", "until", "till", "by", "from", "to", "last", "next", "this", "early", "late", "mid", "of", "during", "through", "before", "after", "on", "between", "and"])
}
