/// The working state of one extraction: the article's scalars, its quotation spans,
/// its entity mentions by block, and the tokens of the blocks that hold quotations.
///
/// ``QuotationExtractor`` builds one, asks it to judge every span (is it reported
/// speech? partial?) and to attribute it, then turns the result into ``Quotation``s.
struct QuoteAnalysis {
    let blocks: [Block]
    let scalars: BlockScalars
    let spans: [QuoteSpan]
    let mentions: [EntityMention]
    /// Mention indices per block, by start offset.
    let mentionsByBlock: [[Int]]
    /// Token index of each span's quote token in its block.
    var quoteToken: [Int]
    /// Tokens of the blocks that hold spans, made when first asked for (``blockTokens(_:)``)
    /// and dropped, oldest first, once more than ``cachedTokens`` are held (nil for the
    /// others): a 32 MB article's tokens for every block holding a quotation took
    /// about 100 MB, and the passes over the spans go in text order.
    private var tokens: [BlockTokens?]
    /// Blocks whose tokens are held, oldest first, from `tokenizedHead` on.
    private var tokenized: [Int] = []
    private var tokenizedHead = 0
    private var heldTokens = 0
    /// At most this many tokens are held, beside those of the block last tokenized
    /// (news articles have a few thousand: theirs are made once).
    static let cachedTokens = 1 << 18
    private let tokenBudget: Int
    /// Spans in each block.
    let spansByBlock: [[Int]]
    /// Word counts and capitals of each span, filled on first use.
    var shapes: [Shape?]
    /// Lower-case words of organisation names, to their canonical name
    /// (`foundation` → `Doris Day Animal Foundation`), for `the foundation said`.
    let orgForNoun: [UInt64: String]
    /// Places by prefix and the names of bodies, for ``placeName(for:)`` and ``isBody(_:)``.
    let places: PlaceIndex

    /// PERSON mentions in text order (indices into `mentions`), outside quotations.
    private(set) lazy var persons: [Int] = computePersons()
    /// Gender hints by canonical name: +1 masculine, -1 feminine.
    private(set) lazy var genders: [String: Int] = computeGenders()

    init(
        article: Article, scalars: BlockScalars, spans: [QuoteSpan], entities: [EntityMention],
        heldTokens: Int = QuoteAnalysis.cachedTokens
    ) {
        tokenBudget = heldTokens
        blocks = article.blocks
        self.scalars = scalars
        self.spans = spans
        mentions = entities
        var byBlock = Array(repeating: [Int](), count: scalars.count)
        // By index: a copy of a mention (three strings) costs more than the test.
        for i in entities.indices {
            let block = entities[i].location.block
            if block >= 0 && block < byBlock.count { byBlock[block].append(i) }
        }
        for b in byBlock.indices where byBlock[b].count > 1 {
            // The recogniser gives mentions in text order already.
            let list = byBlock[b]
            if zip(list, list.dropFirst()).contains(where: { !(entities[$0.0].location < entities[$0.1].location) }) {
                byBlock[b].sort { entities[$0].location < entities[$1].location }
            }
        }
        mentionsByBlock = byBlock
        var sb = Array(repeating: [Int](), count: scalars.count)
        for (i, s) in spans.enumerated() { sb[s.block].append(i) }
        spansByBlock = sb
        var orgWords: [UInt64: String] = [:]
        var previousOrg: String? = nil
        for i in entities.indices where entities[i].type == .org && entities[i].canonical != previousOrg {
            // Mentions of one organisation often follow each other: its words are in already.
            let canonical = entities[i].canonical
            previousOrg = canonical
            ScalarClass.forEachWord(of: canonical) { h, length in
                if length > 2, !SpeechLexicon.orgStopWords.contains(h), orgWords[h] == nil { orgWords[h] = canonical }
            }
        }
        orgForNoun = orgWords
        places = PlaceIndex(entities)
        quoteToken = Array(repeating: -1, count: spans.count)
        shapes = Array(repeating: nil, count: spans.count)
        tokens = Array(repeating: nil, count: scalars.count)
        for b in sb.indices where !sb[b].isEmpty { tokenize(b) }
    }

    /// Tokens of block `b`, computing them on first use.
    /// The tokens of block `b`, made now unless held.
    mutating func blockTokens(_ b: Int) -> BlockTokens {
        if let held = tokens[b] { return held }
        tokenize(b)
        return tokens[b]!
    }

    private mutating func tokenize(_ b: Int) {
        guard tokens[b] == nil else { return }
        let bt = BlockTokens(
            scalars: scalars[b],
            spans: spansByBlock[b].map { ($0, spans[$0]) },
            mentions: mentionsByBlock[b].map { ($0, mentions[$0].location) })
        for (t, tok) in bt.tokens.enumerated() where tok.kind == .quote {
            quoteToken[Int(tok.value)] = t
        }
        // Made again alike when asked for after being dropped.
        while heldTokens + bt.tokens.count > tokenBudget, tokenizedHead < tokenized.count {
            let oldest = tokenized[tokenizedHead]
            tokenizedHead += 1
            heldTokens -= tokens[oldest]?.tokens.count ?? 0
            tokens[oldest] = nil
        }
        if tokenizedHead > 4096, tokenizedHead * 2 > tokenized.count {
            tokenized.removeFirst(tokenizedHead)
            tokenizedHead = 0
        }
        tokenized.append(b)
        heldTokens += bt.tokens.count
        tokens[b] = bt
    }

    /// Whether a scalar offset of block `b` lies inside one of its quotation spans (they
    /// are in text order and do not overlap: a binary search).
    func insideQuote(block b: Int, offset: Int) -> Bool {
        let list = spansByBlock[b]
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[list[mid]].open <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && offset <= spans[list[lo - 1]].close
    }

    /// How far back ``wordsBefore(block:offset:count:)`` and forward
    /// ``wordAfter(block:offset:)`` read, in scalars: the words they look for are short,
    /// and a bounded look keeps every caller linear whatever the text.
    static let wordReach = 160

    /// The word hashes of up to `count` words ending just before `offset` in block `b`,
    /// nearest first.
    func wordsBefore(block b: Int, offset: Int, count: Int) -> FewWords {
        precondition(count <= FewWords.capacity)
        let s = scalars[b]
        var result = FewWords()
        var i = min(offset, s.count) - 1
        let floor = max(-1, i - Self.wordReach)
        while i > floor, result.count < count {
            while i > floor, !ScalarClass.isWord(s[i]) {
                // Stop at sentence punctuation.
                if s[i] == 0x2E || s[i] == 0x3B || s[i] == 0x21 || s[i] == 0x3F { return result }
                i -= 1
            }
            let end = i + 1
            while i > floor, ScalarClass.isWord(s[i]) || ((s[i] == 0x27 || s[i] == 0x2019 || s[i] == 0x2D) && i > 0 && ScalarClass.isWord(s[i - 1])) { i -= 1 }
            // A word cut by the reach is not a whole word.
            if i == floor, floor >= 0, ScalarClass.isWord(s[floor]) { return result }
            if end > i + 1 { result.append(NameKey(values: s, (i + 1)..<end).value) }
        }
        return result
    }

    /// The first word after `offset` in block `b`, if any.
    func wordAfter(block b: Int, offset: Int) -> UInt64? {
        let s = scalars[b]
        let limit = min(s.count, offset + Self.wordReach)
        var i = offset
        while i < limit, ScalarClass.isSpace(s[i]) { i += 1 }
        let start = i
        while i < limit, ScalarClass.isWord(s[i]) || s[i] == 0x2D { i += 1 }
        // A word cut by the reach is not a whole word.
        if i == limit, limit < s.count, ScalarClass.isWord(s[limit]) || s[limit] == 0x2D { return nil }
        return i > start ? NameKey(values: s, start..<i).value : nil
    }

    private func computePersons() -> [Int] {
        var result: [Int] = []
        for b in mentionsByBlock.indices {
            for m in mentionsByBlock[b] where mentions[m].type == .person {
                if !insideQuote(block: b, offset: mentions[m].location.start) { result.append(m) }
            }
        }
        return result
    }

    /// Gender hints: honorifics and gendered nouns next to a name (`Mr Kim`, `his wife
    /// Ann Lee`, `Ann Lee, the fiancée of …`), and a `he`/`she`/`his`/`her` shortly after
    /// a name in the same sentence with no other name between (`Mr Kim … his`).
    private func computeGenders() -> [String: Int] {
        var votes: [String: Int] = [:]
        for b in mentionsByBlock.indices {
            for mi in mentionsByBlock[b] where mentions[mi].type == .person {
                let location = mentions[mi].location
                let first = ScalarClass.firstWordHash(of: mentions[mi].text)
                var v = 0
                if SpeechLexicon.maleTitles.contains(first) { v += 3 }
                if SpeechLexicon.femaleTitles.contains(first) { v -= 3 }
                for w in wordsBefore(block: b, offset: location.start, count: 2) {
                    if SpeechLexicon.maleNouns.contains(w) { v += 2 }
                    if SpeechLexicon.femaleNouns.contains(w) { v -= 2 }
                }
                // `Ann Lee, the fiancée of …`
                let s = scalars[b]
                var i = location.end
                if i < s.count, s[i] == 0x2C {
                    i += 1
                    var words = 0
                    while i < s.count, words < 3 {
                        while i < s.count, ScalarClass.isSpace(s[i]) { i += 1 }
                        let st = i
                        while i < s.count, ScalarClass.isLetter(s[i]) { i += 1 }
                        guard i > st else { break }
                        let h = NameKey(values: s, st..<i).value
                        if SpeechLexicon.maleNouns.contains(h) { v += 2 }
                        if SpeechLexicon.femaleNouns.contains(h) { v -= 2 }
                        words += 1
                    }
                }
                if v != 0 { votes[mentions[mi].canonical, default: 0] += v }
            }
        }
        for b in scalars.indices {
            guard mentionsByBlock[b].contains(where: { mentions[$0].type == .person }) else { continue }
            let s = scalars[b]
            let ms = mentionsByBlock[b].filter { mentions[$0].type == .person }
            var i = 0
            let n = s.count
            var k = 0  // next person mention index in ms
            var last = -1
            var lastEnd = 0
            let quoted = spansByBlock[b].map { spans[$0].open...spans[$0].close }
            var qk = 0
            while i < n {
                // Nothing votes before the next person mention once the last one is out
                // of reach (a sentence ended, or 100 scalars went by): go to it.
                if last < 0 || i - lastEnd >= 100 {
                    guard k < ms.count else { break }
                    i = max(i, mentions[ms[k]].location.start)
                    guard i < n else { break }
                }
                // Pronouns inside quotations refer to someone else.
                while qk < quoted.count, quoted[qk].upperBound < i { qk += 1 }
                if qk < quoted.count, quoted[qk].contains(i) { i = quoted[qk].upperBound + 1; continue }
                while k < ms.count, mentions[ms[k]].location.start <= i {
                    last = ms[k]; lastEnd = mentions[ms[k]].location.end; k += 1
                }
                let c = s[i]
                if c == 0x2E || c == 0x3F || c == 0x21 || c == 0x3B { last = -1 }
                if !ScalarClass.isLetter(c) { i += 1; continue }
                var j = i + 1
                while j < n, ScalarClass.isLetter(s[j]) { j += 1 }
                if last >= 0, j - i <= 7, i >= lastEnd, i - lastEnd < 100 {
                    let h = NameKey(values: s, i..<j).value
                    if SpeechLexicon.masculine.contains(h) { votes[mentions[last].canonical, default: 0] += 1 }
                    else if SpeechLexicon.feminine.contains(h) { votes[mentions[last].canonical, default: 0] -= 1 }
                }
                i = j
            }
        }
        return votes
    }
}

/// Up to three word hashes, nearest first, kept inline (no array to allocate): what
/// ``QuoteAnalysis/wordsBefore(block:offset:count:)`` returns.
struct FewWords: Sequence {
    static let capacity = 3
    private var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
    private(set) var count = 0

    mutating func append(_ word: UInt64) {
        switch count {
        case 0: words.0 = word
        case 1: words.1 = word
        default: words.2 = word
        }
        count += 1
    }

    var first: UInt64? { count > 0 ? words.0 : nil }

    struct Iterator: IteratorProtocol {
        fileprivate let words: FewWords
        fileprivate var index = 0

        mutating func next() -> UInt64? {
            guard index < words.count else { return nil }
            defer { index += 1 }
            switch index {
            case 0: return words.words.0
            case 1: return words.words.1
            default: return words.words.2
            }
        }
    }

    func makeIterator() -> Iterator { Iterator(words: self) }
}
