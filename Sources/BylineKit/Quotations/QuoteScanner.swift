/// Finds the spans between quotation marks in the blocks of an article.
///
/// Works on scalar values, one pass per block. Straight and curly, double and single
/// marks are recognised; apostrophes (`Trump’s`, `rock ’n’ roll`, `the ’90s`, `don't`,
/// `the Turpins' house`) are not taken as marks. Marks nested inside a quotation stay
/// part of it. A mark that is never closed is skipped, so it cannot swallow the rest of
/// the article; it only extends to the end of its paragraph when the next paragraph
/// reopens the quotation (a quotation running over several paragraphs):
///
/// ```swift
/// QuoteScanner().spans(in: BlockScalars(decoded: [Array("He said “yes” twice".unicodeScalars.map(\.value))]))
/// // one span, block 0, 9..<12 ("yes")
/// ```
struct QuoteScanner: Sendable {
    /// The spans of every block, in text order.
    func spans(in blocks: BlockScalars) -> [QuoteSpan] {
        var result: [QuoteSpan] = []
        var previousRunsOn = false
        for b in blocks.indices {
            let s = blocks[b]
            var i = 0
            let n = s.count
            var runsOn = false
            let firstOpener = firstNonSpace(s)
            var index: CloseIndex? = nil
            while i < n {
                i = Self.nextMark(in: s, from: i)
                guard i < n else { break }
                let c = s[i]
                let double: Bool
                if ScalarClass.isDoubleMark(c), isDoubleOpener(s, i) {
                    double = true
                } else if ScalarClass.isSingleMark(c), isSingleOpener(s, i) {
                    double = false
                } else {
                    i += 1
                    continue
                }
                if index == nil { index = CloseIndex(s, scanner: self) }
                switch index!.close(s, from: i, double: double) {
                case .closed(let j):
                    if var span = makeSpan(block: b, s: s, open: i, close: j, double: double, runsOn: false) {
                        span.continuesPrevious = previousRunsOn && i == firstOpener
                        result.append(span)
                    }
                    i = j + 1
                case .conflict:
                    i += 1
                case .openToEnd:
                    if b + 1 < blocks.count, reopens(blocks[b + 1], double: double),
                       var span = makeSpan(block: b, s: s, open: i, close: n, double: double, runsOn: true) {
                        span.continuesPrevious = previousRunsOn && i == firstOpener
                        result.append(span)
                        runsOn = true
                        i = n
                    } else {
                        i += 1
                    }
                }
            }
            previousRunsOn = runsOn
        }
        return result
    }

    enum Close { case closed(Int), conflict, openToEnd }

    /// The first index from `i` of a double or single quotation mark (or apostrophe), or
    /// `s.count`.
    static func nextMark(in s: [UInt32], from i: Int) -> Int {
        s.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return p.count }
            let n = p.count
            let straightDouble = SIMD8<UInt32>(repeating: 0x22), straightSingle = SIMD8<UInt32>(repeating: 0x27)
            let latin = SIMD8<UInt32>(repeating: 0xAA)
            var k = i
            while k < n {
                // Eight scalars at a time: none is `"`, `'` or above U+00AA (where the
                // guillemets and curly marks are) in most of a text.
                if k + 8 <= n {
                    let v = UnsafeRawPointer(base + k).loadUnaligned(as: SIMD8<UInt32>.self)
                    if !any((v .== straightDouble) .| (v .== straightSingle) .| (v .> latin)) {
                        k += 8
                        continue
                    }
                }
                let end = min(n, k + 8)
                while k < end {
                    let c = p[k]
                    if c < 0x80 {
                        if c == 0x22 || c == 0x27 { return k }
                    } else if ScalarClass.isDoubleMark(c) || ScalarClass.isSingleMark(c) {
                        return k
                    }
                    k += 1
                }
            }
            return n
        }
    }

    private func firstNonSpace(_ s: [UInt32]) -> Int {
        var i = 0
        while i < s.count, ScalarClass.isSpace(s[i]) { i += 1 }
        return i
    }

    private func makeSpan(block: Int, s: [UInt32], open: Int, close: Int, double: Bool, runsOn: Bool) -> QuoteSpan? {
        var start = open + 1
        var end = close
        while start < end, ScalarClass.isSpace(s[start]) { start += 1 }
        while end > start, ScalarClass.isSpace(s[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        // A span of punctuation only ("'" or "…") is no quotation.
        var hasWord = false
        for k in start..<end where ScalarClass.isWord(s[k]) { hasWord = true; break }
        guard hasWord else { return nil }
        return QuoteSpan(block: block, open: open, close: close, start: start, end: end, isDouble: double, runsOn: runsOn)
    }

    /// Whether a paragraph begins by reopening a quotation of the same kind.
    private func reopens(_ s: [UInt32], double: Bool) -> Bool {
        let i = firstNonSpace(s)
        guard i < s.count else { return false }
        return double ? (ScalarClass.isDoubleMark(s[i]) && isDoubleOpener(s, i))
            : (ScalarClass.isSingleMark(s[i]) && isSingleOpener(s, i))
    }

    @inline(__always)
    func prev(_ s: [UInt32], _ i: Int) -> UInt32 { i > 0 ? s[i - 1] : 0x20 }
    @inline(__always)
    func next(_ s: [UInt32], _ i: Int) -> UInt32 { i + 1 < s.count ? s[i + 1] : 0x20 }

    func isDoubleOpener(_ s: [UInt32], _ i: Int) -> Bool {
        let c = s[i]
        guard i + 1 < s.count else { return false }
        switch c {
        case 0x201C, 0x201E, 0xAB:
            return true
        case 0x22:
            return straightOpens(s, i)
        default:
            return false
        }
    }

    /// A straight `"` after a space or opening punctuation and before the quoted text.
    func straightOpens(_ s: [UInt32], _ i: Int) -> Bool {
        let p = prev(s, i)
        guard ScalarClass.isSpace(p) || ScalarClass.isOpeningContext(p), i + 1 < s.count else { return false }
        let nx = s[i + 1]
        return !ScalarClass.isSpace(nx) && nx != 0x2E && nx != 0x2C && nx != 0x3B && nx != 0x3A && nx != 0x21
            && nx != 0x3F && nx != 0x29 && nx != 0x5D
    }

    func isSingleOpener(_ s: [UInt32], _ i: Int) -> Bool {
        let c = s[i]
        guard c == 0x27 || c == 0x2018, i + 1 < s.count else { return false }
        let p = prev(s, i)
        guard ScalarClass.isSpace(p) || ScalarClass.isOpeningContext(p) else { return false }
        let nx = s[i + 1]
        if ScalarClass.isDigit(nx) { return false }  // the ’90s
        guard ScalarClass.isLetter(nx) || ScalarClass.isDoubleMark(nx) || nx == 0x5B else { return false }
        return !isElision(s, i + 1)
    }

    func isSingleCloser(_ s: [UInt32], _ i: Int) -> Bool {
        guard !ScalarClass.isSpace(prev(s, i)) else { return false }
        return !ScalarClass.isWord(next(s, i))
    }

    /// `'n'`, `'em`, `'tis`, `'til`, `'cause`: a dropped letter, not an opening mark.
    private func isElision(_ s: [UInt32], _ start: Int) -> Bool {
        var end = start
        while end < s.count, ScalarClass.isLetter(s[end]), end - start < 7 { end += 1 }
        let h = NameKey(values: s, start..<end).value
        if h == Self.n {
            return end < s.count && ScalarClass.isSingleMark(s[end])
        }
        return Self.elisions.contains(h)
    }

    private static let n = NameKey("n").value
    /// `scripts/entities/keywords/elisions.txt`.
    private static let elisions = KeySet(KeywordData.words(KeywordData.elisions))
}
