/// Names listed together: `Denmark, France, and the Netherlands`, `firms including …`.
extension BlockScanner {
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
}
