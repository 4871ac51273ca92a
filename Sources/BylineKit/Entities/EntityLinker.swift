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
    /// Lower case, hyphens and full stops as spaces: `Kim Jong-un` → `kim jong un`.
    static func normalized(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var lastSpace = true
        for c in s.unicodeScalars {
            let v = NameKey.fold(c.value)
            let f = Unicode.Scalar(v) ?? c
            if f == "-" || f == "." || f == " " || f == "\u{A0}" {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else if f == "'" {
                continue
            } else {
                out.append(f)
                lastSpace = false
            }
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }

    func link(_ input: [EntityCandidate]) -> [EntityMention] {
        var cands = input
        settleTypes(&cands)
        let canonicals = canonicalNames(&cands)
        var mentions: [EntityMention] = []
        mentions.reserveCapacity(cands.count)
        for (i, c) in cands.enumerated() {
            mentions.append(EntityMention(text: c.text, type: c.type, canonical: canonicals[i],
                                          location: TextLocation(block: c.block, start: c.start, end: c.end)))
        }
        return mentions
    }

    // MARK: Types

    /// Lone words: a word of a person's name is that person (`Tusk`); otherwise a word
    /// after `in`/`at`/`from` is a place, one before `said` a person, else an
    /// organisation. The same text then gets one type across the article.
    func settleTypes(_ cands: inout [EntityCandidate]) {
        var personWords = Set<String>()
        for c in cands where c.type == .person && c.wordCount >= 2 && !c.courtesy {
            for w in c.nameWords { personWords.insert(w) }
        }
        var norms = cands.map(\.norm)
        var strongTexts = Set<String>()
        for (i, c) in cands.enumerated() where !c.weak && c.type != .date { strongTexts.insert(norms[i]) }
        // Lone ordinary words at a sentence start count only when the article names them
        // elsewhere.
        var keep: [EntityCandidate] = []
        var keptNorms: [String] = []
        keep.reserveCapacity(cands.count)
        for (i, c) in cands.enumerated() {
            if c.weak && !strongTexts.contains(norms[i]) && !personWords.contains(norms[i]) { continue }
            keep.append(c)
            keptNorms.append(norms[i])
        }
        cands = keep
        norms = keptNorms
        var byText: [String: (EntityType, EntityCandidate.Evidence)] = [:]
        for i in cands.indices where cands[i].type != .date {
            var c = cands[i]
            let w = norms[i]
            if c.wordCount == 1 && c.evidence < .known && c.type != .norp && !c.courtesy {
                // Tusk after Donald Tusk; Turpins after David Turpin; David (also a town).
                if personWords.contains(w) || w.hasSuffix("s") && personWords.contains(String(w.dropLast())) {
                    c.type = .person
                    c.evidence = .shape
                }
            }
            if c.evidence == .guess {
                if c.afterPreposition && !c.personContext || w.hasSuffix("shire") {
                    c.type = .place
                } else if c.personContext || !c.weak {
                    c.type = .person
                } else {
                    c.type = .org
                }
            }
            cands[i] = c
            if let e = byText[c.text], e.1 >= c.evidence { continue }
            byText[c.text] = (c.type, c.evidence)
        }
        for i in cands.indices where cands[i].type != .date && cands[i].evidence < .known {
            if let t = byText[cands[i].text] { cands[i].type = t.0 }
        }
    }

    // MARK: Canonical names

    private struct GroupKey: Hashable {
        var type: EntityType
        var norm: String
    }

    /// One entity: the mentions with the same type and normalised text.
    private struct Group {
        var type: EntityType
        var norm: String
        /// The name's words, normalised and split at hyphens (`kim jong un`).
        var words: [String]
        var acronym: Bool
        var direction: Bool
        var gazetteerCanonical: String?
        var initials: String
        /// Named by a gazetteer (`Zimbabwe`), not guessed from its shape.
        var known: Bool
        var members: [Int] = []
    }

    /// One canonical name per candidate.
    func canonicalNames(_ cands: inout [EntityCandidate]) -> [String] {
        var groups: [Group] = []
        var groupOf = [Int](repeating: -1, count: cands.count)
        var byKey: [GroupKey: Int] = [:]
        for i in cands.indices where cands[i].type != .date {
            let c = cands[i]
            let words = c.nameWords
            let norm = c.courtesy ? words.joined(separator: " ") : c.norm
            let key = GroupKey(type: c.type, norm: norm)
            if let g = byKey[key] {
                groups[g].members.append(i)
                groupOf[i] = g
                continue
            }
            let acronym = c.wordCount == 1 && c.text.unicodeScalars.count >= 2
                && c.text.unicodeScalars.allSatisfy { EntityTokenizer.isUpper($0) || $0 == "." }
            groups.append(Group(type: c.type, norm: norm, words: words, acronym: acronym, direction: c.direction,
                                gazetteerCanonical: c.gazetteerCanonical.map(Self.normalized),
                                initials: c.wordCount > 1 ? c.initials : "",
                                known: c.evidence == .known, members: [i]))
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

        for i in 0..<n {
            let g = groups[i]
            // Gazetteer short forms whose full form the article uses: US → United States.
            if let full = g.gazetteerCanonical, let f = byKey[GroupKey(type: g.type, norm: full)] {
                union(f, i)
                continue
            }
            var targets = Set<Int>()
            var strongTargets = Set<Int>()
            switch g.type {
            case .person:
                // A shorter name whose words all belong to exactly one longer name.
                guard !g.words.isEmpty else { continue }
                for j in 0..<n where j != i && groups[j].type == .person && groups[j].words.count > g.words.count {
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
                    for j in 0..<n where groups[j].type == .place && groups[j].words.count >= 2 && groups[j].words[0] == g.norm {
                        targets.insert(find(j))
                    }
                } else if g.acronym {
                    // KCNA → Korean Central News Agency.
                    let letters = g.norm.replacingSpaces()
                    for j in 0..<n where j != i && !groups[j].initials.isEmpty && groups[j].initials == letters
                        && (groups[j].type == .org || groups[j].type == .place) {
                        targets.insert(find(j))
                    }
                } else if !g.words.isEmpty {
                    // Vatican → Vatican City; Watch Tower → Watch Tower Society.
                    // Across organisation and place only for a name no gazetteer knows
                    // (`Watch Tower` → `Watch Tower Society`; not `Zimbabwe` → `Zimbabwe
                    // African National Union`).
                    for j in 0..<n where j != i && (groups[j].type == g.type || !g.known && (groups[j].type == .org || groups[j].type == .place))
                        && groups[j].words.count > g.words.count {
                        let fw = groups[j].words
                        if Array(fw.prefix(g.words.count)) == g.words
                            || (g.type == .org && groups[j].type == .org && Array(fw.suffix(g.words.count)) == g.words) {
                            targets.insert(find(j))
                        }
                    }
                }
            case .norp:
                // Londoners → Londoner.
                if g.norm.hasSuffix("s"), let j = byKey[GroupKey(type: .norp, norm: String(g.norm.dropLast()))] { targets.insert(find(j)) }
            case .date:
                break
            }
            let pick = strongTargets.count == 1 ? strongTargets : targets
            if pick.count == 1, let t = pick.first, t != find(i) { union(t, i) }
        }

        // Members take the type of the group's best-evidenced member; the canonical name
        // is the fullest form: most scalars, then a body form, then the first.
        var best: [Int: Int] = [:]
        var bestType: [Int: (EntityType, EntityCandidate.Evidence, Int)] = [:]
        for i in cands.indices where groupOf[i] >= 0 {
            let r = find(groupOf[i])
            let len = cands[i].text.unicodeScalars.count
            if let b = best[r] {
                let lb = cands[b].text.unicodeScalars.count
                if len > lb || (len == lb && cands[i].inBody && !cands[b].inBody) { best[r] = i }
            } else {
                best[r] = i
            }
            if let t = bestType[r], t.1 > cands[i].evidence || t.1 == cands[i].evidence && t.2 >= len { continue }
            bestType[r] = (cands[i].type, cands[i].evidence, len)
        }
        var out: [String] = []
        out.reserveCapacity(cands.count)
        for i in cands.indices {
            guard groupOf[i] >= 0 else { out.append(cands[i].text); continue }
            let r = find(groupOf[i])
            if cands[i].evidence < .known, let t = bestType[r] { cands[i].type = t.0 }
            out.append(cands[best[r] ?? i].text)
        }
        return out
    }

}

extension String {
    fileprivate func replacingSpaces() -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != " " }))
    }
}
