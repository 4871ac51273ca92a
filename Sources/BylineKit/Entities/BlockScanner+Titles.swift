/// Job titles and the words before a name (`UK Prime Minister Theresa May`,
/// `Russian Vladimir Putin`): what is split off, what is kept.
extension BlockScanner {
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
}
