/// Where the hashed features of a candidate go: straight into the model's class scores
/// when analysing (``ScoreSink``), or into a list when writing training rows
/// (``FeatureList``, `byline-bench entity-features`).
protocol EntityFeatureSink {
    /// Adds one feature, a 32-bit hash of its template and value.
    mutating func add(_ hash: UInt32)
}

/// Sums the model's weights of each feature as it comes.
struct ScoreSink: EntityFeatureSink {
    let model: EntityModel
    var scores = EntityModel.Scores()

    @inline(__always) mutating func add(_ hash: UInt32) {
        model.add(hash >> UInt32(32 - model.bits), to: &scores)
    }
}

/// Keeps the feature hashes (training rows).
struct FeatureList: EntityFeatureSink {
    var hashes: [UInt32] = []
    mutating func add(_ hash: UInt32) { hashes.append(hash) }
}

/// The features of a candidate name, hashed: `(template, value)` pairs mixed into 32
/// bits; the model keeps the top ``EntityModel/bits`` of them as the bucket.
///
/// ```swift
/// // "Burnley Football Club beat Leeds" → rule:ORG/shape, last:club, next1:beat, shape:XXX,
/// // kind(last):orgWord, block:paragraph, …
/// ```
enum EntityFeatures {
    /// Feature templates: the first input of the hash. Numbers are part of the trained
    /// model; never renumber one, add new ones at the end.
    enum T: UInt64 {
        case bias = 1, ruleType, ruleEvidence, ruleFlags, words, word, firstWord, lastWord
        case lastSuffix, firstSuffix, shape, prev1, prev2, next1, next2, leftWindow, rightWindow
        case blockKind, blockRule, upperBlock, spanKind, firstKind, lastKind, innerKind
        case sentenceStart, blockStart, possessive, digitInside, lowerInside
        case ruleLast, rulePrev, ruleNext, upperNextNumber, finalType, finalEvidence, finalFlags
        case mentions, wordShape
    }

    @inline(__always) static func hash(_ t: T, _ value: UInt64) -> UInt32 {
        var z = t.rawValue &* 0x9E37_79B9_7F4A_7C15 ^ value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return UInt32(truncatingIfNeeded: z >> 32)
    }

    @inline(__always) static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a &* 0x100_0000_01b3) ^ (b &+ 0x9E37_79B9)
    }

    static func typeCode(_ t: EntityType) -> UInt64 {
        switch t {
        case .person: return 1
        case .org: return 2
        case .place: return 3
        case .norp: return 4
        case .date: return 5
        }
    }

    static func blockCode(_ k: Block.Kind) -> UInt64 {
        switch k {
        case .headline: return 1
        case .paragraph: return 2
        case .caption: return 3
        case .credit: return 4
        }
    }

    /// The candidate's own flags as one value (rules' reading of it).
    static func flags(_ c: EntityCandidate) -> UInt64 {
        var f: UInt64 = 0
        if c.fallback { f |= 1 }
        if c.weak { f |= 2 }
        if c.fromGazetteer { f |= 4 }
        if c.givenName { f |= 8 }
        if c.courtesy { f |= 16 }
        if c.isAcronym { f |= 32 }
        if c.afterPreposition { f |= 64 }
        if c.personContext { f |= 128 }
        if c.placeContext { f |= 256 }
        if c.list != 0 { f |= 512 }
        if c.direction { f |= 1024 }
        if c.inCredit { f |= 2048 }
        return f
    }

    /// Article-level features, once the article-wide pass has typed the candidate:
    /// its settled type with its evidence and flags, and how often the article names it.
    static func addArticle<S: EntityFeatureSink>(_ c: EntityCandidate, mentions: Int, into s: inout S) {
        let type = typeCode(c.type)
        s.add(hash(.finalType, type))
        s.add(hash(.finalEvidence, pair(type, UInt64(c.evidence.rawValue))))
        s.add(hash(.finalFlags, pair(type, flags(c))))
        s.add(hash(.mentions, pair(type, UInt64(min(mentions, 4)))))
        if let l = c.listType { s.add(hash(.finalFlags, pair(99, typeCode(l)))) }
    }
}

extension BlockScanner {
    /// Whether most words of the block are in capitals (`LONDON 1996-12-06`, an
    /// upper-case headline): such capitals say nothing of a name.
    func isUpperBlock() -> Bool {
        var caps = 0, other = 0
        for tok in t where tok.isWord && !tok.has(.number) {
            if tok.has(.allCaps) { caps += 1 } else { other += 1 }
            if caps + other >= 24 { break }
        }
        return caps >= 2 && caps * 2 > caps + other
    }

    /// The token range `a..<b` a candidate covers (a part of a hyphenated word: that word).
    func tokenRange(of c: EntityCandidate) -> (Int, Int) {
        var lo = 0, hi = t.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if t[mid].end <= c.start { lo = mid + 1 } else { hi = mid }
        }
        var b = lo
        while b < t.count, t[b].start < c.end { b += 1 }
        return (lo, max(b, min(lo + 1, t.count)))
    }

    /// A word's shape: `X` capitalised, `A` all capitals, `x` lower case, `9` number,
    /// `d` other with a digit, `.` with an abbreviation's stop, `-` hyphenated.
    @inline(__always) func shapeCode(_ i: Int) -> UInt64 {
        let tok = t[i]
        guard tok.isWord else { return UInt64(tok.first.value) | 0x1000 }
        var c: UInt64 = tok.has(.number) ? 57 : tok.has(.digit) ? 100 : tok.has(.allCaps) ? 65
            : tok.has(.capitalized) ? 88 : 120
        if tok.has(.dotted) { c |= 0x100 }
        if tok.has(.hyphenated) { c |= 0x200 }
        if tok.has(.innerCaps) { c |= 0x400 }
        return c
    }

    /// The folded key of a word's last (or first) three scalars.
    @inline(__always) func affix(_ i: Int, last: Bool) -> UInt64 {
        let tok = t[i]
        let n = min(3, tok.length)
        var k = NameKey.empty
        let from = last ? tok.end - n : tok.start
        for p in from..<(from + n) { k.add(text[p]) }
        return k.value
    }

    @inline(__always) func wordValue(_ i: Int) -> UInt64 {
        t[i].isWord ? t[i].key.value : UInt64(t[i].first.value) | 0x1_0000_0000
    }

    @inline(__always) func addBits<S: EntityFeatureSink>(_ bits: UInt32, _ t: EntityFeatures.T, into s: inout S) {
        var w = bits & 0x3F_FFFF
        while w != 0 {
            s.add(EntityFeatures.hash(t, UInt64(w.trailingZeroBitCount)))
            w &= w - 1
        }
    }

    /// The block-level features of candidate `c`: its words, affixes and shape, the words
    /// around it and a window of cue words, the block it stands in, the gazetteers' kinds
    /// of its words, and the type and flags the rules gave it.
    func addFeatures<S: EntityFeatureSink>(of c: EntityCandidate, upperBlock: Bool, into s: inout S) {
        typealias F = EntityFeatures
        let (a, b) = tokenRange(of: c)
        guard a < b else { return }
        let rule = F.typeCode(c.type)
        s.add(F.hash(.bias, 0))
        s.add(F.hash(.ruleType, rule))
        s.add(F.hash(.ruleEvidence, F.pair(rule, UInt64(c.evidence.rawValue))))
        s.add(F.hash(.ruleFlags, F.pair(rule, F.flags(c))))
        let n = UInt64(min(b - a, 5))
        s.add(F.hash(.words, n))
        var shape: UInt64 = 0
        var digit = false, lower = false
        for i in a..<b {
            s.add(F.hash(.word, wordValue(i)))
            shape = F.pair(shape, shapeCode(i))
            if i > a && i < b - 1 {
                if t[i].has(.digit) { digit = true }
                if t[i].isWord && t[i].has(.lower) { lower = true }
                if t[i].isWord { s.add(F.hash(.innerKind, UInt64(t[i].kinds.rawValue & 0x1F_FFFF))) }
            }
            s.add(F.hash(.wordShape, shapeCode(i)))
        }
        s.add(F.hash(.shape, shape))
        s.add(F.hash(.firstWord, wordValue(a)))
        s.add(F.hash(.lastWord, wordValue(b - 1)))
        s.add(F.hash(.ruleLast, F.pair(rule, wordValue(b - 1))))
        s.add(F.hash(.lastSuffix, affix(b - 1, last: true)))
        s.add(F.hash(.firstSuffix, affix(a, last: false)))
        // Gazetteer kinds, one feature per kind bit set.
        let whole = b - a == 1 ? t[a].kinds : g.kinds(spanKey(a, b))
        addBits(whole.rawValue, .spanKind, into: &s)
        addBits(t[a].kinds.rawValue, .firstKind, into: &s)
        addBits(t[b - 1].kinds.rawValue, .lastKind, into: &s)
        if digit { s.add(F.hash(.digitInside, rule)) }
        if lower { s.add(F.hash(.lowerInside, rule)) }
        // Neighbours and a window of cue words.
        let none: UInt64 = 0x2_0000_0000
        let p1 = a > 0 ? wordValue(a - 1) : none
        let n1 = b < t.count ? wordValue(b) : none
        s.add(F.hash(.prev1, p1))
        s.add(F.hash(.prev2, a > 1 ? wordValue(a - 2) : none))
        s.add(F.hash(.next1, n1))
        s.add(F.hash(.next2, b + 1 < t.count ? wordValue(b + 1) : none))
        s.add(F.hash(.rulePrev, F.pair(rule, p1)))
        s.add(F.hash(.ruleNext, F.pair(rule, n1)))
        var seen = 0, i = a - 1
        while i >= 0 && seen < 4 {
            if t[i].isWord { s.add(F.hash(.leftWindow, t[i].key.value)); seen += 1 }
            i -= 1
        }
        seen = 0; i = b
        while i < t.count && seen < 4 {
            if t[i].isWord { s.add(F.hash(.rightWindow, t[i].key.value)); seen += 1 }
            i += 1
        }
        // Where it stands.
        let bk = F.blockCode(kind)
        s.add(F.hash(.blockKind, bk))
        s.add(F.hash(.blockRule, F.pair(bk, rule)))
        if upperBlock { s.add(F.hash(.upperBlock, F.pair(rule, t[a].has(.allCaps) ? 1 : 0))) }
        if t[a].has(.sentenceStart) { s.add(F.hash(.sentenceStart, F.pair(rule, n))) }
        if a <= 1 { s.add(F.hash(.blockStart, F.pair(rule, t[a].has(.allCaps) ? 1 : 0))) }
        if t[b - 1].has(.possessive) { s.add(F.hash(.possessive, rule)) }
        if t[a].has(.allCaps), b < t.count, t[b].has(.digit) || !t[b].isWord {
            s.add(F.hash(.upperNextNumber, F.pair(rule, t[b].has(.digit) ? 1 : UInt64(t[b].first.value))))
        }
    }
}
