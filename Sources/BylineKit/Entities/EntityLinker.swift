/// The article-wide pass: settles the type of lone words from the names around them
/// and joins mentions into entities, each named by the fullest form the article uses.
///
/// ```swift
/// // Kim Jong Un, Kim Jong-un, Mr Kim        → canonical "Kim Jong-un"
/// // Korean Central News Agency (KCNA), KCNA → canonical "Korean Central News Agency"
/// // North Korea … the North                 → `North`, canonical "North Korea"
/// ```
///
/// Two people who share a surname are never joined through it: a lone `Johnson` joins
/// `Boris Johnson` only when no other Johnson is named.
struct EntityLinker {
    /// The learned layer that has the last word on each name's type; nil: the rules alone.
    var model: EntityModel?

    /// The mentions of the candidates, which it changes in place (no copy of them is
    /// made); `scalars` are the article's, from which each mention's text is made.
    func link(_ cands: inout [EntityCandidate], scalars: BlockScalars) -> [EntityMention] {
        settleTypes(&cands)
        if let model { decideTypes(&cands, model: model) }
        let canonicals = canonicalNames(&cands)
        return Self.mentions(of: cands, canonicals: canonicals, scalars: scalars)
    }

    /// The mentions, in candidate order: each one's text read from its block, its
    /// canonical name the text of candidate `canonicals[i]` (one string shared by every
    /// mention of the entity). The blocks are read in text order, once.
    static func mentions(of cands: [EntityCandidate], canonicals: [Int32], scalars: BlockScalars) -> [EntityMention] {
        var mentions: [EntityMention] = []
        mentions.reserveCapacity(cands.count)
        // A candidate is its entity's canonical name when it is its own (or a date).
        var names: [Int32: String] = [:]
        for i in cands.indices {
            let text = ScalarClass.string(scalars[cands[i].block], cands[i].start..<cands[i].end)
            if canonicals[i] == Int32(i) { names[Int32(i)] = text }
            mentions.append(EntityMention(text: text, type: cands[i].type, canonical: "", location: cands[i].location))
        }
        for i in mentions.indices { mentions[i].canonical = names[canonicals[i]] ?? mentions[i].text }
        return mentions
    }

    // MARK: Types

    /// Lone words: a word of a person's name is that person (`Tusk`); otherwise a word
    /// after `in`/`at`/`from` is a place, one before `said` a person, else an
    /// organisation. The same text then gets one type across the article.
    func settleTypes(_ cands: inout [EntityCandidate]) {
        var personWords = Set<NameKey>()
        // By index, not `for c in cands`: a copy of each candidate costs more than the test.
        for i in cands.indices where cands[i].type == .person && cands[i].wordCount >= 2 && !cands[i].courtesy {
            for w in cands[i].nameKeys { personWords.insert(w) }
        }
        var strongTexts = Set<NameKey>()
        for i in cands.indices where !cands[i].weak && cands[i].type != .date { strongTexts.insert(cands[i].normKey) }
        // Lone ordinary words at a sentence start count only when the article names them
        // elsewhere.
        cands.removeAll { c in
            c.weak && !strongTexts.contains(c.normKey) && !personWords.contains(c.normKey)
        }
        var byText: [NameKey: (EntityType, EntityCandidate.Evidence)] = [:]
        for i in cands.indices where cands[i].type != .date {
            if cands[i].wordCount == 1 && cands[i].evidence < .known && cands[i].type != .norp && !cands[i].courtesy {
                // Tusk after Donald Tusk; Turpins after David Turpin; David (also a town).
                if personWords.contains(cands[i].normKey) || cands[i].stemKey.map(personWords.contains) == true {
                    cands[i].type = .person
                    cands[i].evidence = .shape
                    cands[i].fallback = false
                }
            }
            if cands[i].type == .place, cands[i].givenName, cands[i].personContext, cands[i].evidence < .known {
                // `his wife Mary said`: a given name that is also a town.
                cands[i].type = .person
            }
            if cands[i].evidence == .guess {
                let c = cands[i]
                if c.afterPreposition && !c.personContext || c.isShire {
                    cands[i].type = .place
                } else if c.personContext || !c.weak {
                    cands[i].type = .person
                } else {
                    cands[i].type = .org
                }
            }
        }
        retypeByContext(&cands)
        retypeLists(&cands)
        for i in cands.indices where cands[i].type != .date {
            let key = cands[i].normKey
            if let e = byText[key], e.1 >= cands[i].evidence { continue }
            byText[key] = (cands[i].type, cands[i].evidence)
        }
        for i in cands.indices where cands[i].type != .date && cands[i].evidence < .known {
            if let t = byText[cands[i].normKey] { cands[i].type = t.0 }
        }
    }

    /// Fallback names (unknown words typed as people by default): a place when some
    /// mention stands after `in`/`at` and none before `said` (`at Ain Issa`); an
    /// organisation when it begins like an organisation of the article (`Scripps`
    /// after `Scripps Institution of Oceanography`).
    func retypeByContext(_ cands: inout [EntityCandidate]) {
        var placeKeys = Set<NameKey>()
        var personKeys = Set<NameKey>()
        var orgFirstWords = Set<NameKey>()
        for i in cands.indices where cands[i].type != .date {
            let fallback = cands[i].fallback, type = cands[i].type
            if fallback && cands[i].placeContext { placeKeys.insert(cands[i].normKey) }
            if cands[i].personContext || !fallback && type == .person { personKeys.insert(cands[i].normKey) }
            if type == .org, !fallback, cands[i].wordCount >= 2, let w = cands[i].nameKeys.first { orgFirstWords.insert(w) }
        }
        for i in cands.indices where cands[i].fallback && cands[i].type != .date {
            let c = cands[i]
            if placeKeys.contains(c.normKey), !personKeys.contains(c.normKey) {
                cands[i].type = .place
            } else if let w = c.nameKeys.first, orgFirstWords.contains(w), !c.personContext,
                      c.wordCount == 1 || !personKeys.contains(c.normKey) {
                cands[i].type = .org
            }
        }
    }

    /// Names listed together are of one kind: unknown names in a list take the type its
    /// head noun gives (`firms including Daimler`) or the one type of its gazetteer
    /// places or organisations (`Denmark, France and Ruritania`).
    func retypeLists(_ cands: inout [EntityCandidate]) {
        var i = 0
        while i < cands.count {
            let list = cands[i].list
            guard list != 0 else { i += 1; continue }
            var e = i + 1
            while e < cands.count, cands[e].list == list { e += 1 }
            var type = cands[i].listType
            if type == nil {
                // Two known members at least: `Iran and Assad` is no list of places.
                var agreed: EntityType?
                var mixed = false
                var known = 0
                for p in i..<e where cands[p].fromGazetteer && cands[p].type != .norp && cands[p].type != .date {
                    if let a = agreed, a != cands[p].type { mixed = true }
                    agreed = cands[p].type
                    known += 1
                }
                if !mixed, known >= 2, agreed == .place || agreed == .org { type = agreed }
            }
            if let type {
                for p in i..<e where cands[p].type != .date && cands[p].type != .norp
                    && (cands[p].fallback || cands[p].listType != nil && cands[p].evidence < .known) {
                    cands[p].type = type
                    if cands[p].evidence == .guess { cands[p].evidence = .shape }
                }
            }
            i = e
        }
    }

    // MARK: Canonical names

    private struct GroupKey: Hashable {
        var type: EntityType
        var norm: NameKey

        /// The name key is a hash already: the type moves it, and no SipHash runs.
        func _rawHashValue(seed: Int) -> Int {
            let typeIndex: Int
            switch type {
            case .person: typeIndex = 1
            case .org: typeIndex = 2
            case .place: typeIndex = 3
            case .norp: typeIndex = 4
            case .date: typeIndex = 5
            }
            return norm._rawHashValue(seed: seed &+ typeIndex &* 0x5BD1_E995)
        }
    }

    /// One entity: the mentions with the same type and normalised text.
    private struct Group {
        var type: EntityType
        var norm: NameKey
        /// Keys of the name's words, split at hyphens (`kim`, `jong`, `un`).
        var words: [NameKey]
        var acronym: Bool
        var compact: NameKey
        var stem: NameKey?
        var direction: Bool
        var gazetteerCanonical: NameKey?
        /// Key of the initials of a name of two or more words, else nil.
        var initials: NameKey?
        /// Named by a gazetteer (`Zimbabwe`), not guessed from its shape.
        var known: Bool
    }

    /// The key of a full name as `setTextKeys` would make it (`United States` →
    /// `united states`; `Erdoğan` → `erdogan`).
    static func normKey(_ s: String) -> NameKey {
        var k = NameKey.empty
        var pending = false
        var any = false
        for c in s.unicodeScalars {
            let f = NameKey.foldName(c.value)
            if f == 0 { continue }
            if f == 0x2D || f == 0x2E || f == 0x20 || f == 0xA0 { if any { pending = true }; continue }
            if f == 0x27 { continue }
            if pending { k.addSpace(); pending = false }
            k.add(Unicode.Scalar(f) ?? c)
            any = true
        }
        return k
    }

    /// The most groups one group is compared with when looking for the longer name it
    /// belongs to (an article names a few hundred entities; a hostile input may name a
    /// million that share a word).
    static let maxCandidates = 256

    /// Groups by the keys the joining rules look up, each list in group order.
    private struct GroupIndex {
        /// Person groups by each of their words.
        var personsByWord: [NameKey: [Int]] = [:]
        /// Place groups of two or more words by their first word (`north` → North Korea).
        var placesByFirstWord: [NameKey: [Int]] = [:]
        /// Organisation and place groups of two or more words by their initials.
        var bodiesByInitials: [NameKey: [Int]] = [:]
        /// Organisation and place groups by the key of each shorter run of their first
        /// words (`vatican` → Vatican City).
        var bodiesByPrefix: [NameKey: [Int]] = [:]
        /// Organisation groups by the key of each shorter run of their last words, last
        /// first (`society tower` → Watch Tower Society).
        var orgsBySuffix: [NameKey: [Int]] = [:]

        /// A key of a sequence of word keys.
        static func key(_ words: some Sequence<NameKey>) -> NameKey {
            var k = NameKey.empty
            for w in words { k.addWord(w) }
            return k
        }

        init(_ groups: [Group]) {
            for j in groups.indices {
                let g = groups[j]
                switch g.type {
                case .person:
                    var seen = Set<NameKey>()
                    for w in g.words where seen.insert(w).inserted { personsByWord[w, default: []].append(j) }
                case .org, .place:
                    if let initials = g.initials { bodiesByInitials[initials, default: []].append(j) }
                    guard let first = g.words.first else { continue }
                    if g.type == .place, g.words.count >= 2 { placesByFirstWord[first, default: []].append(j) }
                    var prefix = NameKey.empty, suffix = NameKey.empty
                    for k in 0..<(g.words.count - 1) {
                        prefix.addWord(g.words[k])
                        bodiesByPrefix[prefix, default: []].append(j)
                        if g.type == .org {
                            suffix.addWord(g.words[g.words.count - 1 - k])
                            orgsBySuffix[suffix, default: []].append(j)
                        }
                    }
                default:
                    break
                }
            }
        }
    }

    /// One canonical name per candidate: the index of the candidate whose text it is
    /// (its own for a date).
    func canonicalNames(_ cands: inout [EntityCandidate]) -> [Int32] {
        var groups: [Group] = []
        var groupOf = [Int](repeating: -1, count: cands.count)
        var byKey: [GroupKey: Int] = [:]
        byKey.reserveCapacity(cands.count)
        for i in cands.indices where cands[i].type != .date {
            let c = cands[i]
            let norm = c.normKey  // of the surname alone for `Mr Kim`
            let key = GroupKey(type: c.type, norm: norm)
            if let g = byKey[key] {
                groupOf[i] = g
                continue
            }
            groups.append(Group(type: c.type, norm: norm, words: Array(c.nameKeys),
                                acronym: c.wordCount == 1 && c.isAcronym, compact: c.compactKey, stem: c.stemKey,
                                direction: c.direction,
                                gazetteerCanonical: c.gazetteerCanonicalKey,
                                initials: c.wordCount > 1 ? c.initialsKey : nil,
                                known: c.evidence == .known || c.fromGazetteer))
            byKey[key] = groups.count - 1
            groupOf[i] = groups.count - 1
        }
        let n = groups.count
        var parent = Array(0..<n)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[rb] = ra }
        }

        // The groups each rule below may join, indexed by the word or key the rule needs,
        // so a group looks only at groups that share it, never at every group.
        let index = GroupIndex(groups)
        for i in 0..<n {
            let g = groups[i]
            // Gazetteer short forms whose full form the article uses: US → United States.
            if let full = g.gazetteerCanonical, let f = byKey[GroupKey(type: g.type, norm: full)] {
                union(f, i)
                continue
            }
            var targets = Set<Int>()
            var strongTargets = Set<Int>()
            // At most `maxCandidates` groups are looked at for one group; past two
            // targets nothing is joined, so the walk stops there.
            var looked = 0
            switch g.type {
            case .person:
                // A shorter name whose words all belong to exactly one longer name.
                guard !g.words.isEmpty else { continue }
                // Such a name holds every word of this one: walk the rarest word's groups.
                var rarest = index.personsByWord[g.words[0]] ?? []
                for w in g.words.dropFirst() {
                    let list = index.personsByWord[w] ?? []
                    if list.count < rarest.count { rarest = list }
                }
                for j in rarest where j != i && groups[j].words.count > g.words.count {
                    looked += 1
                    if looked > Self.maxCandidates || strongTargets.count >= 2 { break }
                    let fw = groups[j].words
                    guard g.words.allSatisfy({ fw.contains($0) }) else { continue }
                    targets.insert(find(j))
                    if g.words.count == 1 ? fw.last == g.words[0] : fw.first == g.words.first && fw.last == g.words.last {
                        strongTargets.insert(find(j))
                    }
                }
            case .org, .place:
                if g.direction {
                    // the North → North Korea.
                    for j in index.placesByFirstWord[g.norm] ?? [] where groups[j].words.count >= 2 {
                        looked += 1
                        if looked > Self.maxCandidates || targets.count >= 2 { break }
                        targets.insert(find(j))
                    }
                } else if g.acronym {
                    // KCNA → Korean Central News Agency.
                    for j in index.bodiesByInitials[g.compact] ?? [] where j != i {
                        looked += 1
                        if looked > Self.maxCandidates || targets.count >= 2 { break }
                        targets.insert(find(j))
                    }
                } else if !g.words.isEmpty {
                    // Vatican → Vatican City; Watch Tower → Watch Tower Society. Across
                    // organisation and place only for a name no gazetteer knows (not
                    // `Zimbabwe` → `Zimbabwe African National Union`).
                    let byPrefix = index.bodiesByPrefix[GroupIndex.key(g.words)] ?? []
                    let bySuffix = g.type == .org ? index.orgsBySuffix[GroupIndex.key(g.words.reversed())] ?? [] : []
                    for j in [byPrefix, bySuffix].joined() where j != i && (groups[j].type == g.type || !g.known)
                        && groups[j].words.count > g.words.count {
                        looked += 1
                        if looked > Self.maxCandidates || targets.count >= 2 { break }
                        let fw = groups[j].words
                        if fw.prefix(g.words.count).elementsEqual(g.words)
                            || (g.type == .org && groups[j].type == .org && fw.suffix(g.words.count).elementsEqual(g.words)) {
                            targets.insert(find(j))
                        }
                    }
                }
            case .norp:
                // Londoners → Londoner.
                if let stem = g.stem, let j = byKey[GroupKey(type: .norp, norm: stem)] { targets.insert(find(j)) }
            case .date:
                break
            }
            let pick = strongTargets.count == 1 ? strongTargets : targets
            if pick.count == 1, let t = pick.first, t != find(i) { union(t, i) }
        }

        // Members take the type of the group's best-evidenced member; the canonical name
        // is the fullest form: most scalars, then a body form, then the first.
        var best = [Int](repeating: -1, count: n)
        var bestLength = [Int](repeating: 0, count: n)
        var bestType = [(EntityType, EntityCandidate.Evidence, Int)?](repeating: nil, count: n)
        for i in cands.indices where groupOf[i] >= 0 {
            let r = find(groupOf[i])
            let len = cands[i].end - cands[i].start
            if best[r] < 0 || len > bestLength[r] || (len == bestLength[r] && cands[i].inBody && !cands[best[r]].inBody) {
                best[r] = i
                bestLength[r] = len
            }
            if let t = bestType[r], t.1 > cands[i].evidence || t.1 == cands[i].evidence && t.2 >= len { continue }
            bestType[r] = (cands[i].type, cands[i].evidence, len)
        }
        var out: [Int32] = []
        out.reserveCapacity(cands.count)
        for i in cands.indices {
            guard groupOf[i] >= 0 else { out.append(Int32(i)); continue }
            let r = find(groupOf[i])
            if cands[i].evidence < .known, let t = bestType[r] { cands[i].type = t.0 }
            out.append(Int32(best[r] >= 0 ? best[r] : i))
        }
        return out
    }
}
