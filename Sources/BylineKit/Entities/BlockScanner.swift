/// Finds the names and dates of one block: runs of capitalised words, cut at titles,
/// possessives and sentence starts, typed by the gazetteers and by the shape of the
/// name.
///
/// ```swift
/// // "US president Joe Biden met Mr Kim." → US (PLACE), Joe Biden (PERSON), Mr Kim (PERSON)
/// ```
///
/// One step a file: the scan loop here; `+Dates` (dates), `+Runs` (which words make a
/// run, where it ends), `+Chunks` (trimming a run, courtesy titles, compounds, known
/// names), `+Titles` (job titles and the words before a name), `+Types` (the type of an
/// unknown name), `+Lists` (names listed together), `+Credits` (picture credits) and
/// `+Spans` (the keys and text of a span of tokens). The word lists it tests by identity
/// are ``Keys``.
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
}
