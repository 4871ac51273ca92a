/// One word, punctuation mark or whole quotation of a block.
///
/// 24 bytes (offsets and the mention index are 32-bit: an article is at most 32 MiB):
/// the quotation pass keeps the tokens of every block that holds a quotation, about
/// one token every five scalars.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, punct, quote }
    /// Words: the word's ``NameKey`` value. Punctuation: the scalar value.
    /// Quotations: the index of the span in the article's span list.
    var value: UInt64
    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedMention: Int32
    var kind: Kind
    /// Words: the first scalar is upper case.
    var capitalized: Bool

    init(kind: Kind, start: Int, end: Int, value: UInt64, capitalized: Bool, mention: Int) {
        self.value = value
        storedStart = Int32(clamping: start)
        storedEnd = Int32(clamping: end)
        storedMention = Int32(clamping: mention)
        self.kind = kind
        self.capitalized = capitalized
    }

    /// The first scalar of the token in its block.
    var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }
    /// The scalar just after the token.
    var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(clamping: newValue) }
    }
    /// Index of the entity mention the token lies in, or -1.
    var mention: Int {
        get { Int(storedMention) }
        set { storedMention = Int32(clamping: newValue) }
    }
}

/// Token indices, one per token, held as 32-bit numbers (``BlockTokens/sentenceStart``).
struct TokenIndices: Sendable {
    private var values: [Int32]

    init(repeating value: Int, count: Int) {
        values = Array(repeating: Int32(clamping: value), count: count)
    }

    subscript(i: Int) -> Int {
        get { Int(values[i]) }
        set { values[i] = Int32(clamping: newValue) }
    }
}

/// A block cut into tokens and sentences, with each quotation as a single token, so
/// the attribution rules can look at the words around a quotation.
///
/// ```swift
/// // “Yes,” Mr Kim said.  →  [quote] [,]? [Mr] [Kim] [said] [.]
/// ```
struct BlockTokens: Sendable {
    var tokens: [Token] = []
    /// For every token, the index of the first token of its sentence.
    var sentenceStart = TokenIndices(repeating: 0, count: 0)
    /// For every token, the index one past the last token of its sentence.
    var sentenceEnd = TokenIndices(repeating: 0, count: 0)

    /// - Parameters:
    ///   - s: the block's scalars.
    ///   - spans: `(index, span)` of the quotations in this block, in order.
    ///   - mentions: `(index, location)` of the entity mentions in this block, by start.
    init(scalars s: [UInt32], spans: [(Int, QuoteSpan)], mentions: [(Int, TextLocation)]) {
        tokens = s.withUnsafeBufferPointer { Self.tokens(of: $0, spans: spans) }
        // Mentions, by a merge of the two sorted lists.
        var m = 0
        for t in tokens.indices where tokens[t].kind == .word {
            while m < mentions.count, mentions[m].1.end <= tokens[t].start { m += 1 }
            if m < mentions.count, mentions[m].1.start <= tokens[t].start,
               tokens[t].start < mentions[m].1.end {
                tokens[t].mention = mentions[m].0
            }
        }
        splitSentences(s)
    }

    /// Words (hashed as they are read), punctuation marks and whole quotations.
    private static func tokens(of s: UnsafeBufferPointer<UInt32>, spans: [(Int, QuoteSpan)]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        let n = s.count
        var q = 0
        tokens.reserveCapacity(n / 4)
        let nextOpen = { (q: Int) -> Int in q < spans.count ? spans[q].1.open : Int.max }
        var open = nextOpen(q)
        while i < n {
            if open == i {
                let span = spans[q].1
                tokens.append(Token(kind: .quote, start: span.open, end: min(n, span.close + 1),
                                    value: UInt64(spans[q].0), capitalized: false, mention: -1))
                i = min(n, span.close + 1)
                q += 1
                open = nextOpen(q)
                continue
            }
            let c = s[i]
            if ScalarClass.isSpace(c) { i += 1; continue }
            if ScalarClass.isWord(c) {
                // The word's key (``NameKey``) is made as the word is read.
                var h = NameKey.empty
                h.add(value: c)
                var j = i + 1
                while j < n {
                    let d = s[j]
                    if d < 0x80 {
                        let folded = d | 0x20
                        if folded &- 0x61 < 26 || d &- 0x30 < 10 {
                            h.value = (h.value ^ UInt64(d &- 0x41 < 26 ? folded : d)) &* 0x100_0000_01b3  // NameKey.add, ASCII
                            j += 1
                            continue
                        }
                    } else if ScalarClass.isWord(d) {
                        h.add(value: d)
                        j += 1
                        continue
                    }
                    // Inner apostrophes, hyphens and dots: don't, Jong-un, U.S
                    if (d == 0x27 || d == 0x2019 || d == 0x2D || d == 0x2E || d == 0x2010 || d == 0x2011),
                       j + 1 < n, ScalarClass.isLetter(s[j + 1]), open != j {
                        if d == 0x2E, j - i > 2 { break }
                        h.add(value: d)
                        j += 1
                        continue
                    }
                    break
                }
                tokens.append(Token(kind: .word, start: i, end: j, value: h.value,
                                    capitalized: ScalarClass.isUpper(c), mention: -1))
                i = j
                continue
            }
            tokens.append(Token(kind: .punct, start: i, end: i + 1, value: UInt64(c), capitalized: false, mention: -1))
            i += 1
        }
        return tokens
    }

    private mutating func splitSentences(_ s: [UInt32]) {
        let count = tokens.count
        sentenceStart = TokenIndices(repeating: 0, count: count)
        sentenceEnd = TokenIndices(repeating: count, count: count)
        var start = 0
        for t in 0..<count {
            sentenceStart[t] = start
            // Only punctuation and quotations end a sentence.
            if t + 1 < count, tokens[t].kind != .word, endsSentence(at: t, s) {
                for k in start...t { sentenceEnd[k] = t + 1 }
                start = t + 1
            }
        }
        if start < count { for k in start..<count { sentenceEnd[k] = count } }
    }

    private func endsSentence(at t: Int, _ s: [UInt32]) -> Bool {
        let tok = tokens[t]
        let next = tokens[t + 1]
        switch tok.kind {
        case .punct:
            let c = UInt32(tok.value)
            guard c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2026 else { return false }
            if c == 0x2E, t > 0, tokens[t - 1].kind == .word, tokens[t - 1].end == tok.start {
                let w = tokens[t - 1]
                if SpeechLexicon.abbreviations.contains(w.value) { return false }
                if w.end - w.start == 1, w.capitalized { return false }  // an initial: Wayne A. Frederick
            }
            switch next.kind {
            case .quote: return true
            case .word: return next.capitalized || ScalarClass.isDigit(s[next.start])
            case .punct: return next.value == 0x28 || next.value == 0x2014 || next.value == 0x5B
            }
        case .quote:
            // `"… end." "Next quote"` or `"… end." Next sentence`: a quotation ending
            // in a full stop ends the sentence (an attribution would follow a comma).
            var k = tok.end - 2
            while k > tok.start, ScalarClass.isSpace(s[k]) { k -= 1 }
            guard k > tok.start else { return false }
            let c = s[k]
            if next.kind == .quote { return c == 0x2E || c == 0x21 || c == 0x3F }
            return c == 0x2E && next.kind == .word && next.capitalized
        case .word:
            return false
        }
    }
}
